use epic_domain::{Error, Message};

use crate::messages::keys;
use sea_orm::sqlx;
use sea_orm::{DbErr, RuntimeErr, SqlErr};

/// What a damaged SQLite file means for the user (exit 8, not a bug).
pub(crate) const DAMAGED: &str = "the database file is damaged (SQLite: malformed); `epic db check` lists the problems, and a backup can replace it";

/// `.into_domain()` on a database result: the one way the store turns a
/// database error into the domain's (see `map`).
pub(crate) trait IntoDomain<T> {
    fn into_domain(self) -> epic_domain::Result<T>;
}

impl<T> IntoDomain<T> for Result<T, DbErr> {
    fn into_domain(self) -> epic_domain::Result<T> {
        self.map_err(map)
    }
}

/// Maps a database error to what it means for the user. Connection problems
/// are "unavailable" (exit 8); constraint violations are conflicts; anything
/// else is unexpected and reported.
pub(crate) fn map(err: DbErr) -> Error {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            return Error::Conflict(Message::new(keys::UNIQUE_VALUE_TAKEN));
        }
        Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
            return Error::Conflict(Message::new(keys::STILL_REFERENCED));
        }
        _ => {}
    }
    if sqlstate(&err).as_deref() == Some("42501") {
        return Error::PermissionDenied(
            Message::new(keys::DATABASE_ROLE).arg("detail", brief(&err)),
        );
    }
    if brief(&err).contains("database disk image is malformed") {
        return Error::Unavailable(DAMAGED.into());
    }
    if brief(&err).contains("file is not a database") {
        return Error::Unavailable(
            "the file is not an epic database (not SQLite, or damaged); check the database URL"
                .into(),
        );
    }
    match &err {
        DbErr::Conn(_) | DbErr::ConnectionAcquire(_) => Error::Unavailable(brief(&err)),
        _ if lost_connection(&err) => Error::Unavailable(format!(
            "lost the connection to the database during the command ({}); check the server and run it again",
            brief(&err)
        )),
        _ if is_busy(&err) => Error::Unavailable(
            "the database is busy (locked by another writer); try again in a moment".into(),
        ),

        _ => Error::Internal(format!("database error: {err}")),
    }
}

fn sqlx_error(err: &DbErr) -> Option<&sqlx::Error> {
    match err {
        DbErr::Exec(RuntimeErr::SqlxError(e))
        | DbErr::Query(RuntimeErr::SqlxError(e))
        | DbErr::Conn(RuntimeErr::SqlxError(e)) => Some(e.as_ref()),
        _ => None,
    }
}

fn sqlstate(err: &DbErr) -> Option<String> {
    match sqlx_error(err)? {
        sqlx::Error::Database(db) => db.code().map(|c| c.into_owned()),
        _ => None,
    }
}

/// The server went away mid-command: shut down, restarted, the connection
/// killed or the network cut. The transaction it held is rolled back.
fn lost_connection(err: &DbErr) -> bool {
    let Some(e) = sqlx_error(err) else {
        return false;
    };
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        // PostgreSQL's classes 08 (connection exception) and 57P (operator
        // intervention: shutdown, terminated backend).
        sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
    }
}

fn is_busy(err: &DbErr) -> bool {
    let text = err.to_string();
    text.contains("database is locked") || text.contains("database is busy")
}

/// The first line of the error chain, without the driver's noise.
fn brief(err: &DbErr) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        text = s.to_string();
        source = s.source();
    }
    text.lines().next().unwrap_or_default().to_owned()
}
