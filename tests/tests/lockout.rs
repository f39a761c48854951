//! The growing lock-out, at the use-case level with a controlled clock.

// Test helpers panic on purpose: a failed step is a failed test.
#![allow(clippy::unwrap_used)]

use std::sync::Mutex;

use chrono::{DateTime, Duration, TimeZone, Utc};
use epic_domain::auth::{self, LockoutPolicy};
use epic_domain::error::AuthFailure;
use epic_domain::password::NewPassword;
use epic_domain::types::{Email, FullName};
use epic_domain::{Clock, Error};
use epic_store::{BlockingHasher, schema};
use epic_tests::{PASSWORD, TestDb, block_on};

struct FakeClock(Mutex<DateTime<Utc>>);

impl Clock for FakeClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().expect("clock")
    }
}

impl FakeClock {
    fn advance(&self, by: Duration) {
        *self.0.lock().expect("clock") += by;
    }
}

const ADA: &str = "ada@epicevents.fr";

#[test]
fn repeated_failures_lock_the_account_and_the_lock_lifts() {
    let db = TestDb::new();
    block_on(async {
        let store = db.store().await;
        schema::migrate(&store).await.unwrap();
        let clock = FakeClock(Mutex::new(
            Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
        ));
        auth::init(
            &store,
            &BlockingHasher,
            &clock,
            FullName::parse("Ada Manager").unwrap(),
            Email::parse(ADA).unwrap(),
            NewPassword::parse("password", PASSWORD.into()).unwrap(),
        )
        .await
        .unwrap();
        let policy = LockoutPolicy::default();
        let attempt = |password: &'static str| {
            auth::login(&store, &BlockingHasher, &clock, policy, ADA, password)
        };

        for _ in 0..policy.free_attempts {
            let err = attempt("wrong password!").await.unwrap_err();
            assert!(matches!(
                err,
                Error::Unauthenticated(AuthFailure::BadCredentials)
            ));
        }
        // Locked: even the right password fails, with the same error.
        let err = attempt(PASSWORD).await.unwrap_err();
        assert!(matches!(
            err,
            Error::Unauthenticated(AuthFailure::BadCredentials)
        ));

        clock.advance(policy.first_lock + Duration::seconds(1));
        // Another failure doubles the lock.
        attempt("wrong again!!").await.unwrap_err();
        clock.advance(policy.first_lock + Duration::seconds(1));
        attempt(PASSWORD).await.unwrap_err();
        clock.advance(policy.first_lock);
        let logged_in = attempt(PASSWORD).await.unwrap();
        assert_eq!(logged_in.employee.email.as_str(), ADA);

        // Success resets the count: one failure no longer locks.
        attempt("wrong password!").await.unwrap_err();
        attempt(PASSWORD).await.unwrap();
    });
}

#[test]
fn management_sees_a_lock_out_and_its_end() {
    use epic_tests::{Company, Epic};
    let (db, c) = Company::build();
    let bill = c.sales.email.to_string();
    let stranger = Epic::new(&db);
    for _ in 0..LockoutPolicy::default().free_attempts {
        stranger.login_token(&bill, "not bill's password").code(4);
    }
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let show = |id: i64| {
        ada.run(&["employee", "show", &id.to_string(), "-o", "json"])
            .ok()
            .json()
    };
    let until: DateTime<Utc> = show(c.sales.id.0)["locked_until"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(until > Utc::now(), "{until}");
    assert!(show(c.other_sales.id.0)["locked_until"].is_null());
    let table = ada
        .run(&["employee", "show", &c.sales.id.0.to_string()])
        .ok()
        .stdout;
    assert!(table.contains("locked_until"), "{table}");
    let listed = ada.run(&["employee", "list", "-o", "json"]).ok().json();
    let locked: Vec<i64> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["locked_until"].is_null())
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert_eq!(locked, [c.sales.id.0]);
    // Seen after its end, the lock-out is gone.
    block_on(async {
        let store = db.store().await;
        let later = until + Duration::seconds(1);
        let seen = epic_domain::crm::show_employee(&store, &c.manager, c.sales.id, later)
            .await
            .unwrap();
        assert_eq!(seen.locked_until, None);
        store.close().await;
    });
}
