//! `epic serve` when things break: SIGTERM while an import is being
//! written, a database whose connections are cut, and a client that goes
//! away in the middle of an export.

#![allow(clippy::unwrap_used)]

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use epic_tests::faults::{
    big_import, end_sessions, epic_backends_writing, finish, sqlite_write_locked,
};
use epic_tests::{Backend, Company, Epic, Server, TestDb, block_on};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query};
use sea_orm::{ConnectionTrait, Database};

/// Ends these PostgreSQL sessions, as an administrator or a restart would.
fn terminate(url: &str, pids: Vec<i32>) {
    block_on(async {
        let admin = Database::connect(url).await.unwrap();
        end_sessions(&admin, pids).await;
        let _ = admin.close().await;
    });
}

/// The server's connections to this database, with what they are doing.
fn epic_backends(url: &str) -> Vec<(i32, String)> {
    block_on(async {
        let admin = Database::connect(url).await.unwrap();
        let select = Query::select()
            .columns([Alias::new("pid"), Alias::new("state")])
            .from(Alias::new("pg_stat_activity"))
            .and_where(Expr::col(Alias::new("application_name")).eq("epic"))
            .and_where(
                Expr::col(Alias::new("datname")).eq(Func::cust(Alias::new("current_database"))),
            )
            .to_owned();
        let rows = admin.query_all(&select).await.unwrap();
        let _ = admin.close().await;
        rows.iter()
            .map(|r| {
                (
                    r.try_get::<i32>("", "pid").unwrap(),
                    r.try_get::<Option<String>>("", "state")
                        .unwrap()
                        .unwrap_or_default(),
                )
            })
            .collect()
    })
}

#[test]
fn sigterm_while_an_import_is_written_lets_it_finish_and_exits_0() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let token = Epic::new(&db).token(c.sales.email.as_str());
    let server = Server::start(&db);
    let dir = tempfile::tempdir().unwrap();
    let rows = 20_000;
    let file = big_import(dir.path(), rows);
    let before = db.count_rows("clients");
    let child = Epic::through(&server.base)
        .env("EPIC_TOKEN", &token)
        .command(&["client", "import", &file])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // SIGTERM once the server is writing the rows.
    let started = Instant::now();
    let writing = || match db.backend {
        Backend::Sqlite => block_on(sqlite_write_locked(&db.url)),
        Backend::Postgres => block_on(async {
            let admin = Database::connect(&db.url).await.unwrap();
            let writing = !epic_backends_writing(&admin).await.is_empty();
            let _ = admin.close().await;
            writing
        }),
    };
    while !writing() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the import never began"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let (status, log) = server.stop();
    let (code, stderr) = finish(child);
    assert!(status.success(), "{status}: {log}");
    assert_eq!(code, 0, "the import in flight must finish: {stderr}");
    let written = usize::try_from(db.count_rows("clients") - before).unwrap();
    assert_eq!(written, rows, "all of the import, or nothing");
    assert!(log.contains("POST /api/v1/clients/import 200"), "{log}");
}

#[test]
fn connections_cut_by_the_database_give_503_at_worst_then_recover() {
    // About PostgreSQL ending the server's sessions, whatever the suite's backend.
    let (db, c) = Company::build_in(TestDb::postgres());
    let token = Epic::new(&db).token(c.sales.email.as_str());
    let server = Server::start(&db);
    let remote = Epic::through(&server.base).env("EPIC_TOKEN", &token);
    remote.run(&["client", "list", "-o", "json"]).ok();
    let pids: Vec<i32> = epic_backends(&db.url)
        .into_iter()
        .map(|(pid, _)| pid)
        .collect();
    assert!(!pids.is_empty(), "the server holds connections");
    terminate(&db.url, pids);
    // Each answer is whole or a clean exit 8; within a few tries, whole.
    let mut codes = Vec::new();
    for _ in 0..20 {
        let run = remote.run(&["client", "list", "-o", "json"]);
        assert!(run.code == 0 || run.code == 8, "{}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        codes.push(run.code);
        if run.code == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(codes.last(), Some(&0), "never recovered: {codes:?}");
    let ready = server.get(epic_api::paths::READYZ, None);
    assert_eq!(ready.status, 200, "{}", ready.body);
}

#[test]
fn a_client_gone_in_the_middle_of_an_export_stops_the_query() {
    // About PostgreSQL's view of the server's query, whatever the suite's backend.
    let (db, c) = Company::build_in(TestDb::postgres());
    let bill = Epic::logged_in(&db, c.sales.email.as_str());
    let dir = tempfile::tempdir().unwrap();
    bill.run(&["client", "import", &big_import(dir.path(), 60_000)])
        .ok();
    let server = Server::start(&db);
    let token = Epic::new(&db).token(c.sales.email.as_str());
    let mut child = Epic::through(&server.base)
        .env("EPIC_TOKEN", &token)
        .command(&["client", "list", "-o", "json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The export has begun: its first bytes are here.
    let mut first = [0_u8; 1];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    assert_eq!(&first, b"[");
    child.kill().unwrap();
    child.wait().unwrap();
    // The server notices and ends the query: no connection stays active.
    let started = Instant::now();
    loop {
        let active: Vec<_> = epic_backends(&db.url)
            .into_iter()
            .filter(|(_, state)| state == "active")
            .collect();
        if active.is_empty() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the export query is still running: {active:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // And the server still serves.
    Epic::through(&server.base)
        .env("EPIC_TOKEN", &token)
        .run(&["client", "show", "1"])
        .ok();
    let (status, log) = server.stop();
    assert!(status.success(), "{log}");
}
