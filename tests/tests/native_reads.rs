//! Large SQLite lists are read straight from SQLite (`epic_store::native`)
//! instead of through SeaORM: both readers must return the same records for
//! the same filters, values as awkward as the schema allows included. This
//! is about SQLite's reader, so it runs on SQLite whatever the suite's
//! backend (PostgreSQL lists have only the one reader).

#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use epic_domain::crm::records::{AuditRow, Client, Contract, Event};
use epic_domain::crm::{
    AuditFilter, ClientRepository, ContractRepository, EventRepository, InboxRepository,
    ListClients, ListContracts, ListEvents, push_into,
};
use epic_domain::search::SearchText;
use epic_tests::{Company, Epic, TestDb, block_on, snapshot};

#[test]
fn both_sqlite_readers_return_the_same_records() {
    let (db, c) = Company::build_in(TestDb::sqlite());
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    // No phone, no company, accents, quotes, line breaks; a time to the
    // microsecond; an unsupported event.
    bill.run(&[
        "client",
        "create",
        "--name=Zoé \"O'Hara\" Œuvre",
        "--email=zoe@example.fr",
    ])
    .ok();
    ada.run(&[
        "event",
        "update",
        &c.event.to_string(),
        "--notes=ligne 1\nligne 2 — «guillemets»",
        "--start=2030-06-12T14:00:00.123456Z",
        "--end=2030-06-12T20:00:00Z",
    ])
    .ok();

    block_on(async {
        let native = db.store().await;
        let seaorm = db.store().await.without_native_reads();
        assert_eq!(snapshot(&native, &c).await, snapshot(&seaorm, &c).await);

        let when = Utc.with_ymd_and_hms(2030, 6, 12, 14, 0, 0).unwrap();
        let events = [
            ListEvents {
                from: Some(when),
                ..ListEvents::default()
            },
            ListEvents {
                to: Some(when),
                ..ListEvents::default()
            },
            ListEvents {
                no_support: true,
                ..ListEvents::default()
            },
            ListEvents {
                search: SearchText::parse("ligne 2"),
                ..ListEvents::default()
            },
        ];
        let mut compared = 0;
        for filter in &events {
            let (mut a, mut b) = (Vec::<Event>::new(), Vec::<Event>::new());
            native.events(filter, &mut push_into(&mut a)).await.unwrap();
            seaorm.events(filter, &mut push_into(&mut b)).await.unwrap();
            assert_eq!(a, b, "{filter:?}");
            compared += a.len();
        }
        let clients = [
            ListClients {
                search: SearchText::parse("oeuvre"),
                ..ListClients::default()
            },
            ListClients {
                sales: Some(c.sales.id),
                ..ListClients::default()
            },
        ];
        for filter in &clients {
            let (mut a, mut b) = (Vec::<Client>::new(), Vec::<Client>::new());
            native
                .clients(filter, &mut push_into(&mut a))
                .await
                .unwrap();
            seaorm
                .clients(filter, &mut push_into(&mut b))
                .await
                .unwrap();
            assert_eq!(a, b, "{filter:?}");
            compared += a.len();
        }
        let contracts = [
            ListContracts {
                signed: Some(false),
                ..ListContracts::default()
            },
            ListContracts {
                unpaid: true,
                ..ListContracts::default()
            },
        ];
        for filter in &contracts {
            let (mut a, mut b) = (Vec::<Contract>::new(), Vec::<Contract>::new());
            native
                .contracts(filter, &mut push_into(&mut a))
                .await
                .unwrap();
            seaorm
                .contracts(filter, &mut push_into(&mut b))
                .await
                .unwrap();
            assert_eq!(a, b, "{filter:?}");
            compared += a.len();
        }
        let filter = AuditFilter {
            entity: Some("event".into()),
            ..AuditFilter::default()
        };
        let (mut a, mut b) = (Vec::<AuditRow>::new(), Vec::<AuditRow>::new());
        native.audit(&filter, &mut push_into(&mut a)).await.unwrap();
        seaorm.audit(&filter, &mut push_into(&mut b)).await.unwrap();
        assert_eq!(a, b);
        compared += a.len();
        // Every filter selected something, so equality means something.
        assert!(compared >= 10, "{compared}");
    });
}

/// The native reader opens a bounded number of connections; lists beyond
/// it wait for one to come back, and every one of them ends whole.
#[test]
fn more_lists_at_once_than_readers_all_end_whole() {
    let (db, _c) = Company::build_in(TestDb::sqlite());
    let store = block_on(db.store());
    let list = || {
        block_on(async {
            let mut events = 0_usize;
            let mut sink = |_: Event| {
                // Each list holds its reader a while, so that they overlap.
                if events == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                events += 1;
                std::ops::ControlFlow::Continue(())
            };
            store
                .events(&ListEvents::default(), &mut sink)
                .await
                .unwrap();
            events
        })
    };
    let alone = list();
    assert!(alone > 0, "the company has events");
    std::thread::scope(|scope| {
        let lists: Vec<_> = (0..24).map(|_| scope.spawn(list)).collect();
        for each in lists {
            assert_eq!(each.join().unwrap(), alone);
        }
    });
}
