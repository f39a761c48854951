//! `epic db copy` through the binary (SPEC §12): a company moves to the
//! other backend and back with its ids, sequences, sessions and every row,
//! proven by the copy's own table of counts and checksums; the story goes
//! on where it stopped; a target holding data is never written.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use epic_bench::{load, shape::Shape};
use epic_store::schema;
use epic_tests::story::{play, play_on, split_at};
use epic_tests::{ADA, Backend, Epic, TestDb, block_on};
use serde_json::Value;

/// A database on the backend the suite does not run on.
fn on_the_other_backend(db: &TestDb) -> TestDb {
    match db.backend {
        Backend::Sqlite => TestDb::postgres(),
        Backend::Postgres => TestDb::sqlite(),
    }
}

/// Runs `db copy` as `token`'s holder and returns its table, checking that
/// every line agrees.
fn copy(from: &TestDb, to: &TestDb, token: &str) -> Vec<Value> {
    let run = Epic::at(&from.url)
        .env("EPIC_TOKEN", token)
        .run(&["db", "copy", "--to", &to.url, "-o", "json"])
        .ok();
    let lines = run.json().as_array().unwrap().clone();
    assert_eq!(lines.len(), 8, "{lines:?}");
    for line in &lines {
        assert_eq!(line["same"], true, "{line}");
        assert_eq!(line["source_rows"], line["target_rows"], "{line}");
        assert_eq!(line["source_checksum"], line["target_checksum"], "{line}");
    }
    assert!(
        run.stderr.contains("each the same on both sides"),
        "{}",
        run.stderr
    );
    lines
}

/// The target was never written: not even the schema is there.
fn assert_no_schema(db: &TestDb) {
    let status = block_on(async {
        let store = db.store().await;
        let status = schema::status(&store).await.unwrap();
        store.close().await;
        status
    });
    assert!(status.applied.is_empty(), "{status:?}");
}

fn rows(lines: &[Value], table: &str) -> i64 {
    lines.iter().find(|l| l["table"] == table).unwrap()["source_rows"]
        .as_i64()
        .unwrap()
}

fn first_in(list: &Value, department: &str) -> String {
    list.as_array()
        .unwrap()
        .iter()
        .find(|e| e["department"] == department)
        .unwrap()["email"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_generated_company_goes_to_the_other_backend_and_back() {
    let source = TestDb::new();
    Epic::company(&source);
    block_on(load::seed(&source.url, Shape::for_events(100_000))).unwrap();
    let ada = Epic::new(&source).token(ADA);
    let staff = Epic::at(&source.url)
        .env("EPIC_TOKEN", &ada)
        .run(&["employee", "list", "-o", "json"])
        .ok()
        .json();
    let bill = Epic::new(&source).token(&first_in(&staff, "sales"));
    let kate_id = staff
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["department"] == "support")
        .unwrap()["id"]
        .to_string();
    let on = |db: &TestDb, token: &str| Epic::at(&db.url).env("EPIC_TOKEN", token);
    // Some history: an audit trail, a notification, and a client whose id
    // was handed out and then deleted, so the highest id is not in use.
    let gone = on(&source, &bill)
        .run(&[
            "client",
            "create",
            "--name",
            "Gone Soon",
            "--email",
            "gone@soon.test",
            "-o",
            "json",
        ])
        .ok()
        .json()["id"]
        .as_i64()
        .unwrap();
    on(&source, &ada)
        .run(&["client", "delete", &gone.to_string(), "--yes"])
        .ok();
    on(&source, &ada)
        .run(&["event", "update", "7", "--support", &kate_id])
        .ok();

    let there = on_the_other_backend(&source);
    let first = copy(&source, &there, &ada);
    let back = match source.backend {
        Backend::Sqlite => TestDb::sqlite(),
        Backend::Postgres => TestDb::postgres(),
    };
    let second = copy(&there, &back, &ada);
    // Three databases, one company: the checksums of the source seen by the
    // first copy are those of the copy seen by the second.
    assert_eq!(first, second);
    assert_eq!(rows(&first, "events"), 100_000);
    assert!(rows(&first, "audit_log") >= 3, "{first:?}");
    assert!(rows(&first, "notifications") >= 1, "{first:?}");
    assert!(rows(&first, "sessions") >= 2, "{first:?}");

    for copy in [&there, &back] {
        Epic::at(&copy.url).run(&["db", "check"]).ok();
        // The sessions came along: the tokens work, and new ids follow the
        // highest ever handed out, even deleted.
        let created = on(copy, &bill)
            .run(&[
                "client",
                "create",
                "--name",
                "Newcomer",
                "--email",
                "new@comer.test",
                "-o",
                "json",
            ])
            .ok()
            .json();
        assert_eq!(created["id"].as_i64().unwrap(), gone + 1, "{created}");
        let event = on(copy, &ada)
            .run(&["event", "show", "7", "-o", "json"])
            .ok()
            .json();
        assert_eq!(event["support_contact_id"].to_string(), kate_id);
    }
}

#[test]
fn the_walkthrough_goes_on_after_a_move_to_the_other_backend() {
    let text = include_str!("../../docs/walkthrough.md");
    let (before, after) = split_at(
        text,
        "## Management writes the contract; sales gets it signed",
    );
    let source = TestDb::new();
    let people = play("docs/walkthrough.md (first part)", before, &source.url);
    let target = on_the_other_backend(&source);
    let token = |person: &Epic| person.run(&["auth", "token"]).ok().stdout.trim().to_owned();
    copy(&source, &target, &token(&people["ada"]));
    let moved: BTreeMap<String, Epic> = people
        .iter()
        .map(|(name, person)| {
            let token = token(person);
            (
                name.clone(),
                Epic::at(&target.url).env("EPIC_TOKEN", &token),
            )
        })
        .collect();
    let people = play_on(
        "docs/walkthrough.md (second part)",
        after,
        &target.url,
        moved,
    );
    let event = people["kate"]
        .run(&["event", "show", "1", "-o", "json"])
        .ok()
        .json();
    assert_eq!(event["support_contact_name"], "Kate Hastroff");
    // The source is as the move left it.
    assert_eq!(source.count_rows("contracts"), 0);
}

#[test]
fn a_target_holding_data_is_refused_and_left_as_it_was() {
    let source = TestDb::new();
    Epic::company(&source);
    let target = on_the_other_backend(&source);
    let other = Epic::new(&target);
    other.init("someone@else.test").ok();
    let before = target.count_rows("employees");
    let settings = target.count_rows("settings");
    let run = Epic::new(&source)
        .run(&["db", "copy", "--to", &target.url])
        .code(7);
    assert!(run.stderr.contains("already holds data"), "{}", run.stderr);
    assert_eq!(target.count_rows("employees"), before);
    assert_eq!(target.count_rows("settings"), settings);
    assert_eq!(target.count_rows("clients"), 0);

    // The same for the source itself, named as the target.
    Epic::new(&source)
        .run(&["db", "copy", "--to", &source.url])
        .code(7);

    // A password in the URL is refused before anything is opened.
    let run = Epic::new(&source)
        .run(&[
            "db",
            "copy",
            "--to",
            "postgres://owner:s3cret@127.0.0.1/nowhere",
        ])
        .code(2);
    assert!(run.stderr.contains("~/.pgpass"), "{}", run.stderr);
    assert!(!run.stderr.contains("s3cret"), "{}", run.stderr);
}

#[test]
fn only_management_copies_when_logged_in() {
    let (source, company) = epic_tests::Company::build();
    let target = on_the_other_backend(&source);
    let sales = Epic::logged_in(&source, &company.sales.email.to_string());
    sales.run(&["db", "copy", "--to", &target.url]).code(5);
    assert_no_schema(&target);
}

/// A row the source let in and the target refuses: a key pointing nowhere,
/// written with the source's checks off.
fn orphan_in(db: &TestDb) {
    use sea_orm::ConnectionTrait;
    let damage = match db.backend {
        Backend::Sqlite => {
            "PRAGMA foreign_keys = OFF;
             UPDATE events SET contract_id = 999999 WHERE id = (SELECT max(id) FROM events);"
        }
        Backend::Postgres => {
            "SET session_replication_role = replica;
             UPDATE events SET contract_id = 999999 WHERE id = (SELECT max(id) FROM events);
             SET session_replication_role = origin;"
        }
    };
    block_on(async {
        let store = db.store().await;
        store.connection().execute_unprepared(damage).await.unwrap();
        store.close().await;
    });
}

#[test]
fn a_copy_that_fails_half_way_leaves_the_target_as_it_was() {
    let (source, _company) = epic_tests::Company::build();
    orphan_in(&source);
    let target = on_the_other_backend(&source);
    let run = Epic::new(&source)
        .run(&["db", "copy", "--to", &target.url])
        .code(8);
    assert!(
        run.stderr.contains("refused rows of events") && run.stderr.contains("nothing was kept"),
        "{}",
        run.stderr
    );
    // Not even the schema stayed: the same target takes a good copy later.
    assert_no_schema(&target);
    Epic::new(&source).run(&["db", "check"]).code(8);
}
