//! Large SQLite lists read straight from SQLite. sqlx runs each SQLite
//! connection on a thread of its own and hands every row across a channel,
//! which costs two to three times what the `sqlite3` shell takes for a long
//! list (docs/performance.md). Here the same SeaQuery statement, with the
//! same bound values, runs on a read-only `rusqlite` connection on the
//! calling thread, and each row goes to the sink as SQLite steps to it.
//!
//! Only lists that stream come this way, on SQLite only: writes, single
//! records and every PostgreSQL read stay on SeaORM. The call blocks its
//! thread while it reads, which suits both callers: the CLI does nothing
//! else meanwhile, and the server lists on a blocking thread already.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use epic_domain::crm::Sink;
use epic_domain::{Error, Result};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{OpenFlags, Row, ToSql};
use sea_orm::sea_query::{SelectStatement, SqliteQueryBuilder, Value};

/// How long a read waits for a writer holding SQLite's lock (WAL readers
/// rarely wait at all).
const WAIT: Duration = Duration::from_secs(5);

/// A row type both readers fill: SeaORM through `FromQueryResult`, this
/// module through `from_row`. `declare_row!` writes both from one list of
/// fields.
pub(crate) trait NativeRow: Sized {
    /// The fields, in declaration order; their columns are looked up by
    /// name once per statement.
    const COLUMNS: &'static [&'static str];

    fn from_row(row: &Row<'_>, at: &[usize]) -> rusqlite::Result<Self>;
}

/// A value SQLite gives back, decoded as sqlx decodes it for SeaORM.
pub(crate) trait Column: Sized {
    fn column(row: &Row<'_>, at: usize) -> rusqlite::Result<Self>;
}

fn mismatch(at: usize, wanted: &str) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnType(at, wanted.to_owned(), rusqlite::types::Type::Null)
}

impl Column for i64 {
    fn column(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        row.get_ref(at)?
            .as_i64()
            .map_err(|_| mismatch(at, "integer"))
    }
}

impl Column for i32 {
    fn column(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        i32::try_from(i64::column(row, at)?).map_err(|_| mismatch(at, "32-bit integer"))
    }
}

impl Column for bool {
    fn column(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(i64::column(row, at)? != 0)
    }
}

impl Column for String {
    fn column(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        row.get_ref(at)?
            .as_str()
            .map(str::to_owned)
            .map_err(|_| mismatch(at, "text"))
    }
}

/// sqlx writes times as RFC 3339 text (`2026-11-28T11:20:34.568138+00:00`).
impl Column for DateTime<Utc> {
    fn column(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        let text = row
            .get_ref(at)?
            .as_str()
            .map_err(|_| mismatch(at, "time"))?;
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| mismatch(at, "RFC 3339 time"))
    }
}

impl<T: Column> Column for Option<T> {
    fn column(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        match row.get_ref(at)? {
            ValueRef::Null => Ok(None),
            _ => T::column(row, at).map(Some),
        }
    }
}

/// Declares a row struct that both SeaORM and the native reader fill.
macro_rules! declare_row {
    ($(#[$meta:meta])* $vis:vis struct $name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, sea_orm::FromQueryResult)]
        $vis struct $name {
            $($field: $ty),*
        }

        impl $crate::native::NativeRow for $name {
            const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),*];

            fn from_row(row: &rusqlite::Row<'_>, at: &[usize]) -> rusqlite::Result<Self> {
                let mut next = at.iter().copied();
                Ok(Self {
                    $($field: $crate::native::Column::column(
                        row,
                        next.next().ok_or(rusqlite::Error::InvalidColumnIndex(at.len()))?,
                    )?),*
                })
            }
        }
    };
}
pub(crate) use declare_row;

/// A SeaQuery value bound as sqlx binds it for SeaORM, so that comparisons
/// (times as text, booleans as integers) mean the same.
struct Bound<'a>(&'a Value);

impl ToSql for Bound<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        use rusqlite::types::Value as Owned;
        let owned = |v: Option<Owned>| Ok(ToSqlOutput::Owned(v.unwrap_or(Owned::Null)));
        match self.0 {
            Value::Bool(v) => owned(v.map(|b| Owned::Integer(i64::from(b)))),
            Value::TinyInt(v) => owned(v.map(|i| Owned::Integer(i64::from(i)))),
            Value::SmallInt(v) => owned(v.map(|i| Owned::Integer(i64::from(i)))),
            Value::Int(v) => owned(v.map(|i| Owned::Integer(i64::from(i)))),
            Value::BigInt(v) => owned(v.map(Owned::Integer)),
            Value::TinyUnsigned(v) => owned(v.map(|i| Owned::Integer(i64::from(i)))),
            Value::SmallUnsigned(v) => owned(v.map(|i| Owned::Integer(i64::from(i)))),
            Value::Unsigned(v) => owned(v.map(|i| Owned::Integer(i64::from(i)))),
            // A LIMIT: SQLite's integers are signed, and no list is longer.
            Value::BigUnsigned(v) => {
                owned(v.map(|i| Owned::Integer(i64::try_from(i).unwrap_or(i64::MAX))))
            }
            Value::Double(v) => owned(v.map(Owned::Real)),
            Value::String(v) => owned(v.clone().map(Owned::Text)),
            Value::ChronoDateTimeUtc(v) => {
                owned(v.map(|t| Owned::Text(t.to_rfc3339_opts(SecondsFormat::AutoSi, false))))
            }
            other => Err(rusqlite::Error::ToSqlConversionFailure(
                format!("no native binding for {other:?}").into(),
            )),
        }
    }
}

fn map(err: rusqlite::Error) -> Error {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            Error::Unavailable(
                "the database is busy (locked by another writer); try again in a moment".into(),
            )
        }
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            Error::Unavailable(crate::errors::DAMAGED.into())
        }
        Some(rusqlite::ErrorCode::NotADatabase) => Error::Unavailable(
            "the file is not an epic database (not SQLite, or damaged); check the database URL"
                .into(),
        ),
        _ => Error::Internal(format!("database error: {err}")),
    }
}

/// Read-only connections to the file, kept between lists (opening one and
/// reading the schema cost more than a list of a few rows) and bounded:
/// each holds a page cache and a thread's allocations while it reads, so
/// twenty long lists at once would hold twenty of each. Past the bound, a
/// list waits for a reader to come back; lists run at the database's
/// pace, so the wait is short.
#[derive(Debug, Default)]
pub(crate) struct Readers {
    state: std::sync::Mutex<Open>,
    returned: std::sync::Condvar,
}

#[derive(Debug, Default)]
struct Open {
    idle: Vec<rusqlite::Connection>,
    /// Idle and lent out.
    count: usize,
}

/// How many readers a store opens at most, each with a small page cache.
const READERS: usize = 8;

/// A reader lent to one list; it goes back (or, after a failure, is
/// closed) when the list ends.
struct Lease<'a> {
    readers: &'a Readers,
    connection: Option<rusqlite::Connection>,
    healthy: bool,
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        let mut open = self
            .readers
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match self.connection.take() {
            // A connection that failed may be in any state: it is not kept.
            Some(connection) if self.healthy => open.idle.push(connection),
            _ => open.count -= 1,
        }
        self.readers.returned.notify_one();
    }
}

impl Readers {
    fn take(&self, file: &Path) -> Result<Lease<'_>> {
        let lease = |connection| Lease {
            readers: self,
            connection,
            healthy: false,
        };
        let mut open = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            if let Some(connection) = open.idle.pop() {
                return Ok(lease(Some(connection)));
            }
            if open.count < READERS {
                break;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return Err(Error::Unavailable(
                    "every database reader is busy; try again in a moment".into(),
                ));
            }
            open = self
                .returned
                .wait_timeout(open, left)
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .0;
        }
        open.count += 1;
        drop(open);
        // Counted from here: if opening fails, dropping the lease uncounts it.
        let mut lease = lease(None);
        lease.connection = Some(Self::open(file)?);
        Ok(lease)
    }

    fn open(file: &Path) -> Result<rusqlite::Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_EXRESCODE;
        let connection = rusqlite::Connection::open_with_flags(file, flags).map_err(map)?;
        connection.busy_timeout(WAIT).map_err(map)?;
        // Lists read rows in order once: a large cache would only hold memory.
        connection
            .pragma_update(None, "cache_size", -1024)
            .map_err(map)?;
        Ok(connection)
    }
}

/// Feeds each row of `select` to `sink` as SQLite returns it.
pub(crate) fn each<R, T>(
    file: &Path,
    readers: &Readers,
    select: &SelectStatement,
    sink: Sink<'_, T>,
) -> Result<()>
where
    R: NativeRow,
    T: TryFrom<R, Error = Error>,
{
    let mut lease = readers.take(file)?;
    let connection = lease
        .connection
        .as_ref()
        .ok_or_else(|| Error::Internal("a database reader was lent empty".into()))?;
    let outcome = each_on::<R, T>(connection, select, sink);
    lease.healthy = outcome.is_ok();
    outcome
}

fn each_on<R, T>(
    connection: &rusqlite::Connection,
    select: &SelectStatement,
    sink: Sink<'_, T>,
) -> Result<()>
where
    R: NativeRow,
    T: TryFrom<R, Error = Error>,
{
    let (sql, values) = select.build(SqliteQueryBuilder);
    let mut statement = connection.prepare(&sql).map_err(map)?;
    let at = R::COLUMNS
        .iter()
        .map(|c| statement.column_index(c))
        .collect::<rusqlite::Result<Vec<usize>>>()
        .map_err(map)?;
    let mut rows = statement
        .query(rusqlite::params_from_iter(values.iter().map(Bound)))
        .map_err(map)?;
    while let Some(row) = rows.next().map_err(map)? {
        let record = T::try_from(R::from_row(row, &at).map_err(map)?)?;
        if sink(record).is_break() {
            break;
        }
    }
    Ok(())
}
