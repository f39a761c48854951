//! Remote mode: the documented stories run through a real `epic serve`,
//! with every employee's `epic` holding no database settings, and what
//! they print is byte for byte what local mode prints.

#![allow(clippy::unwrap_used)]

use std::sync::OnceLock;

use epic_tests::Server;
use epic_tests::story::play_with;
use epic_tests::{Epic, TestDb};

/// Plays `document` with each person working through one server, started
/// once the database exists.
fn play_served(db: &TestDb, document: &str, text: &str) -> (OnceLock<Server>, Vec<String>) {
    let server = OnceLock::new();
    let people = play_with(document, text, &db.url, &|| {
        Epic::through(&server.get_or_init(|| Server::start(db)).base)
    });
    let ada = &people["ada"];
    let token = ada.run(&["auth", "token"]).ok().stdout.trim().to_owned();
    let status = ada.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(status["database"], server.get().unwrap().base.as_str());
    (server, vec![token])
}

#[test]
fn the_walkthrough_runs_through_the_server() {
    let db = TestDb::new();
    let (server, tokens) = play_served(
        &db,
        "docs/walkthrough.md",
        include_str!("../../docs/walkthrough.md"),
    );
    let base = &server.get().unwrap().base;
    let remote = Epic::through(base).env("EPIC_TOKEN", &tokens[0]);
    let event = remote
        .run(&["event", "show", "1", "-o", "json"])
        .ok()
        .json();
    assert_eq!(event["support_contact_name"], "Kate Hastroff");
    let contract = remote
        .run(&["contract", "show", "1", "-o", "json"])
        .ok()
        .json();
    assert_eq!(contract["amount_due"], "3500.00");
    assert_eq!(contract["signed"], true);
    same_output(&db, base, &tokens[0]);
}

#[test]
fn the_import_story_runs_through_the_server() {
    let db = TestDb::new();
    let (server, tokens) = play_served(&db, "docs/import.md", include_str!("../../docs/import.md"));
    let remote = Epic::through(&server.get().unwrap().base).env("EPIC_TOKEN", &tokens[0]);
    let events = remote.run(&["event", "list", "-o", "json"]).ok().json();
    assert_eq!(events.as_array().unwrap().len(), 2);
}

/// Every read, in every format, gives the same bytes and exit code in both
/// modes for the same person on the same data.
fn same_output(db: &TestDb, base: &str, token: &str) {
    let local = Epic::new(db).env("EPIC_TOKEN", token);
    let remote = Epic::through(base).env("EPIC_TOKEN", token);
    let reads: &[&[&str]] = &[
        &["employee", "list"],
        &["employee", "show", "1"],
        &["client", "list"],
        &["client", "list", "--search", "kevin"],
        &["client", "show", "1"],
        &["contract", "list"],
        &["contract", "list", "--unpaid"],
        &["contract", "show", "1"],
        &["event", "list"],
        &["event", "list", "--no-support"],
        &["event", "list", "--search", "WEDDING"],
        &["event", "list", "--fields", "start,name,client_name"],
        &[
            "client", "list", "--search", "élodie", "--fields", "email,id",
        ],
        &["event", "show", "1"],
        &["audit", "list"],
        &["notification", "list"],
        &["report", "unpaid"],
        &[
            "report",
            "monthly",
            "--from",
            "2020-01-01",
            "--to",
            "2030-01-01",
        ],
        &[
            "report",
            "revenue",
            "--from",
            "2020-01-01",
            "--to",
            "2030-01-01",
        ],
        &["whoami"],
        &["client", "show", "999"],
        &["client", "list", "--sales", "abc"],
        &["auth", "can-i", "delete", "employee"],
    ];
    let mut compared = 0;
    for read in reads {
        for format in [&["-o", "json"][..], &["-o", "csv"], &[]] {
            let args: Vec<&str> = read.iter().chain(format).copied().collect();
            let here = local.run(&args);
            let there = remote.run(&args);
            assert_eq!(
                (here.code, &here.stdout),
                (there.code, &there.stdout),
                "`epic {}` differs between local and remote mode\nremote stderr: {}",
                args.join(" "),
                there.stderr
            );
            compared += usize::from(!here.stdout.is_empty());
        }
    }
    assert!(compared > 40, "only {compared} non-empty outputs compared");
    let args = ["event", "list", "-o", "ics"];
    let (here, there) = (local.run(&args).ok(), remote.run(&args).ok());
    assert!(here.stdout.contains("BEGIN:VEVENT"), "{}", here.stdout);
    assert_eq!(here.stdout, there.stdout, "the calendar differs");
}

/// The servers keep nothing of their own: a version bumped through one is
/// stale on the other, and a logout on one is refused by the other.
#[test]
fn two_servers_on_one_database_behave_as_one() {
    let db = TestDb::new();
    Epic::company(&db);
    let (first, second) = (Server::start(&db), Server::start(&db));
    let token = Epic::through(&first.base).token(epic_tests::ADA);
    let on = |server: &Server| Epic::through(&server.base).env("EPIC_TOKEN", &token);
    let ada = on(&second)
        .run(&["employee", "show", "1", "-o", "json"])
        .ok()
        .json();
    let version = ada["version"].to_string();
    on(&first)
        .run(&[
            "employee",
            "update",
            "1",
            "--name",
            "Ada Lovelace",
            "--if-version",
            &version,
        ])
        .ok();
    let stale = on(&second)
        .run(&[
            "employee",
            "update",
            "1",
            "--name",
            "Ada King",
            "--if-version",
            &version,
        ])
        .code(7);
    assert!(stale.stderr.contains("version"), "{}", stale.stderr);
    on(&first).run(&["logout"]).ok();
    on(&second).run(&["whoami"]).code(4);
}
