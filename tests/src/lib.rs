//! Test support: a fresh database per test on the backend chosen by
//! `EPIC_TEST_BACKEND` (`sqlite`, the default, or `postgres`), and a runner
//! for the real `epic` binary with a cleared environment.

mod cli;
mod company;
mod database;
pub mod faults;
mod mail;
pub mod matrix;
mod office;
mod pki;
mod sentry;
mod server;
pub mod story;

pub use cli::{Epic, Run};
pub use company::{Company, snapshot};
pub use database::{Backend, TestDb, postgres_admin, unique_suffix};
pub use mail::{Mail, MailServer};
pub use office::Office;
pub use pki::{Pki, pki};
pub use sentry::fake_sentry;
pub use server::{Answer, Server};

pub const PASSWORD: &str = "correct horse battery";
/// The first management employee of every test company.
pub const ADA: &str = "ada@epicevents.fr";
/// How often `epic serve` looks for e-mail to send.
pub const MAIL_POLL: std::time::Duration = epic_mail::POLL;

/// Times typed in UTC now, for the tests that call the use cases directly
/// (the binary, with a cleared environment, reads the system's zone).
pub fn utc_here() -> epic_domain::when::Here {
    epic_domain::when::Here::new(epic_domain::when::Tz::UTC, chrono::Utc::now())
}

/// A runtime for tests that call the store directly.
pub fn block_on<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("test runtime")
        .block_on(future)
}

/// Runs one statement built with sea-query against a test database, for
/// arranging states the product itself refuses to create.
pub async fn execute<S: sea_orm::StatementBuilder>(db: &TestDb, statement: &S) {
    use sea_orm::ConnectionTrait;
    let conn = sea_orm::Database::connect(&db.url).await.expect("connect");
    let backend = conn.get_database_backend();
    conn.execute_raw(backend.build(statement))
        .await
        .expect("execute");
    let _ = conn.close().await;
}
