//! The database going away mid-command. A long import interrupted (the
//! PostgreSQL server ends its connection; an SQLite writer is killed) leaves
//! nothing behind and says so with exit 8; so does an export cut off by the
//! server; a locked SQLite database makes a writer wait, then either write
//! or give up cleanly with exit 8.

#![allow(clippy::unwrap_used)]

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use epic_tests::faults::{
    big_import, end_sessions, epic_backends_writing, finish, sqlite_write_locked, wait_for,
};
use epic_tests::{Backend, Company, Epic, TestDb, block_on};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query};
use sea_orm::{
    ConnectionTrait, Database, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

fn clients(db: &TestDb) -> i64 {
    db.count_rows("clients")
}

#[test]
fn a_database_lost_in_the_middle_of_an_import_keeps_nothing_of_it() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    let dir = tempfile::tempdir().unwrap();
    let file = big_import(dir.path(), 50_000);
    let before = clients(&db);

    let child = bill
        .command(&["client", "import", &file])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    match db.backend {
        Backend::Postgres => {
            // The server ends the session half-way through the writes.
            block_on(async {
                let admin = Database::connect(&db.url).await.unwrap();
                let mut pids = Vec::new();
                let started = Instant::now();
                while pids.is_empty() {
                    assert!(
                        started.elapsed() < Duration::from_secs(30),
                        "import never began"
                    );
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    pids = epic_backends_writing(&admin).await;
                }
                end_sessions(&admin, pids).await;
                let _ = admin.close().await;
            });
            let (code, stderr) = finish(child);
            assert_eq!(code, 8, "{stderr}");
            assert!(stderr.contains("lost the connection"), "{stderr}");
            assert!(!stderr.contains("panicked"), "{stderr}");
        }
        Backend::Sqlite => {
            // An embedded database stops with its process: kill the writer
            // while it holds the write lock.
            let mut child = child;
            wait_for("the import holds the write lock", || {
                block_on(sqlite_write_locked(&db.url))
            });
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }
    assert_eq!(clients(&db), before, "no row of the import may remain");
    // The database is usable at once: the next writer is not blocked.
    bill.run(&[
        "client",
        "create",
        "--name",
        "After The Fault",
        "--email",
        "after@fault.test",
    ])
    .ok();
    assert_eq!(clients(&db), before + 1);
}

/// Holds SQLite's write lock from another connection for `hold`.
fn lock_for(url: &str, hold: Duration) -> std::thread::JoinHandle<()> {
    let url = url.to_owned();
    let (locked, is_locked) = std::sync::mpsc::channel();
    let holder = std::thread::spawn(move || {
        block_on(async move {
            let conn = Database::connect(&url).await.unwrap();
            let options = TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..TransactionOptions::default()
            };
            let txn = conn.begin_with_options(options).await.unwrap();
            locked.send(()).unwrap();
            tokio::time::sleep(hold).await;
            txn.commit().await.unwrap();
            let _ = conn.close().await;
        });
    });
    is_locked.recv().unwrap();
    holder
}

#[test]
fn a_locked_sqlite_database_makes_writers_wait_then_fail_cleanly() {
    // About SQLite's own locking, whatever backend the suite is on.
    let db = TestDb::sqlite();
    let ada = Epic::new(&db);
    ada.init(epic_tests::ADA).ok();
    let ada = Epic::logged_in(&db, epic_tests::ADA);
    // A write management may do: rename herself (employee 1).
    let rename = |to: &str| ada.run(&["employee", "update", "1", "--name", to]);
    let name = || {
        ada.run(&["employee", "show", "1", "-o", "json"])
            .ok()
            .json()["full_name"]
            .clone()
    };
    let before = clients(&db);

    // Released after 1.5 s: the writer waits, then writes.
    let holder = lock_for(&db.url, Duration::from_millis(1500));
    let started = Instant::now();
    let readers = ada.run(&["client", "list", "-o", "json"]).ok();
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "readers never wait"
    );
    assert_eq!(readers.json().as_array().unwrap().len() as i64, before);
    rename("Ada Waited").ok();
    assert!(
        started.elapsed() >= Duration::from_millis(1000),
        "it waited"
    );
    holder.join().unwrap();
    assert_eq!(name(), "Ada Waited");

    // Held past the 5 s wait: exit 8, a clear message, nothing written.
    let holder = lock_for(&db.url, Duration::from_secs(8));
    let run = rename("Ada Gave Up").code(8);
    assert!(run.stderr.contains("busy"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    holder.join().unwrap();
    assert_eq!(name(), "Ada Waited");
}

#[test]
fn a_server_lost_in_the_middle_of_an_export_ends_with_exit_8() {
    // About a PostgreSQL server going away, whatever the suite's backend.
    let (db, c) = Company::build_in(TestDb::postgres());
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    let dir = tempfile::tempdir().unwrap();
    bill.run(&["client", "import", &big_import(dir.path(), 60_000)])
        .ok();

    let mut child = bill
        .command(&["client", "list", "-o", "json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Nobody reads epic's output yet, so once the pipe is full the server
    // waits to send more rows (ClientWrite): the export is half-way. End it.
    block_on(async {
        let admin = Database::connect(&db.url).await.unwrap();
        let blocked = Query::select()
            .column(Alias::new("pid"))
            .from(Alias::new("pg_stat_activity"))
            .and_where(Expr::col(Alias::new("application_name")).eq("epic"))
            .and_where(Expr::col(Alias::new("wait_event")).eq("ClientWrite"))
            .and_where(
                Expr::col(Alias::new("datname")).eq(Func::cust(Alias::new("current_database"))),
            )
            .to_owned();
        let started = Instant::now();
        let pid = loop {
            let rows = admin.query_all(&blocked).await.unwrap();
            if let Some(row) = rows.first() {
                break row.try_get::<i32>("", "pid").unwrap();
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "export never blocked"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        };
        end_sessions(&admin, vec![pid]).await;
        let _ = admin.close().await;
    });
    let mut out = Vec::new();
    child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    let (code, stderr) = finish(child);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains("lost the connection"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let out = String::from_utf8(out).unwrap();
    assert!(out.starts_with("[\n  {"), "the export had begun");
    assert!(
        !out.trim_end().ends_with(']'),
        "a cut export must not look complete"
    );
}
