//! Helpers for the tests that break things on purpose: big imports to
//! interrupt, and ways to see that a write is under way.

// A helper that cannot do its part fails the test, on purpose.
#![allow(clippy::unwrap_used)]

use std::process::Child;
use std::time::{Duration, Instant};

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};

/// A CSV of `rows` new clients, long enough to interrupt.
pub fn big_import(dir: &std::path::Path, rows: usize) -> String {
    let mut text = String::from("full_name,email,phone,company_name\n");
    for i in 0..rows {
        text += &format!("Client {i},client.{i}@import.test,+33 6 00 00 00 00,Big Import\n");
    }
    let path = dir.join("clients.csv");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

pub fn finish(child: Child) -> (i32, String) {
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Waits until `ready` holds, checking every 10 ms for up to 30 s.
pub fn wait_for(what: &str, mut ready: impl FnMut() -> bool) {
    let started = Instant::now();
    while !ready() {
        assert!(started.elapsed() < Duration::from_secs(30), "never: {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The PostgreSQL backends of `epic` inside a transaction that has written
/// rows (it has a transaction id) on this database: an import under way.
pub async fn epic_backends_writing(admin: &DatabaseConnection) -> Vec<i32> {
    let select = Query::select()
        .column(Alias::new("pid"))
        .from(Alias::new("pg_stat_activity"))
        .and_where(Expr::col(Alias::new("datname")).eq(Func::cust(Alias::new("current_database"))))
        .and_where(Expr::col(Alias::new("application_name")).eq("epic"))
        .and_where(Expr::col(Alias::new("backend_xid")).is_not_null())
        .to_owned();
    admin
        .query_all(&select)
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get::<i32>("", "pid").unwrap())
        .collect()
}

/// Whether some other connection holds SQLite's write lock right now.
pub async fn sqlite_write_locked(url: &str) -> bool {
    let mut options = ConnectOptions::new(url);
    // Ask, don't wait: a busy database answers at once.
    options.map_sqlx_sqlite_opts(|o| o.busy_timeout(Duration::ZERO));
    let conn = Database::connect(options).await.unwrap();
    let immediate = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    };
    let locked = match conn.begin_with_options(immediate).await {
        Ok(txn) => {
            txn.rollback().await.unwrap();
            false
        }
        Err(_) => true,
    };
    let _ = conn.close().await;
    locked
}

/// Ends these PostgreSQL sessions, as an administrator or a restart would.
pub async fn end_sessions(admin: &DatabaseConnection, pids: Vec<i32>) {
    for pid in pids {
        let kill = Query::select()
            .expr(Func::cust(Alias::new("pg_terminate_backend")).arg(pid))
            .to_owned();
        admin.query_one(&kill).await.unwrap();
    }
}
