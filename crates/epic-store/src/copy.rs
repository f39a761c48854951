//! `epic db copy`: every table of one database into an empty other one,
//! SQLite or PostgreSQL either way, then proof that the two hold the same
//! rows.
//!
//! The source is read in one snapshot (a read transaction), in primary-key
//! order, a batch at a time, so memory stays flat and the copy is the
//! database as of one instant. The target's schema, the rows and the id
//! sequences are written in one transaction; each table is then read back
//! inside it and compared with the source, and the transaction commits only
//! if every count and checksum agrees. A failure anywhere leaves the target
//! as it was.

use chrono::SecondsFormat;
use epic_domain::{Error, Message, Result};

use crate::messages::keys;
use futures_util::StreamExt;
use migration::{Migrator, MigratorTrait};
use sea_orm::sea_query::{Alias, Asterisk, Expr, ExprTrait, Func, InsertStatement, Query};
use sea_orm::{
    AccessMode, ConnectionTrait, DatabaseTransaction, EntityTrait, IsolationLevel, Iterable,
    ModelTrait, PrimaryKeyToColumn, PrimaryKeyTrait, QueryOrder, TransactionTrait, Value,
};
use sha2::{Digest, Sha256};

use crate::entity::{audit, client, contract, employee, event, notification, session, setting};
use crate::errors::IntoDomain;
use crate::{Backend, Store, schema, sqlite_path};

/// Rows per INSERT: 13 columns a row stays well under SQLite's 32,766 and
/// PostgreSQL's 65,535 bound parameters.
const BATCH: u64 = 1_000;

/// A table's rows as one side holds them: how many, and the wrapping sum
/// of a hash of each canonical row. The sum does not depend on the order
/// rows come in, so the two backends' orderings of text keys cannot differ.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub rows: u64,
    pub checksum: u64,
}

impl Tally {
    fn add(&mut self, row: &[Value]) {
        let mut hash = Sha256::new();
        for value in row {
            canonical(value, &mut hash);
        }
        let digest = hash.finalize();
        let mut head = [0u8; 8];
        head.copy_from_slice(&digest[..8]);
        self.rows += 1;
        self.checksum = self.checksum.wrapping_add(u64::from_be_bytes(head));
    }
}

/// One value as bytes that mean the same on both backends: a tag, the
/// length, then the text. Times are UTC to the microsecond, which is what
/// both backends keep.
fn canonical(value: &Value, hash: &mut Sha256) {
    let (tag, text): (u8, String) = match value {
        Value::Bool(Some(b)) => (1, u8::from(*b).to_string()),
        Value::Int(Some(n)) => (2, n.to_string()),
        Value::BigInt(Some(n)) => (2, n.to_string()),
        Value::String(Some(s)) => (3, s.clone()),
        Value::ChronoDateTimeUtc(Some(t)) => (4, t.to_rfc3339_opts(SecondsFormat::Micros, true)),
        Value::Bool(None)
        | Value::Int(None)
        | Value::BigInt(None)
        | Value::String(None)
        | Value::ChronoDateTimeUtc(None) => (0, String::new()),
        other => (5, format!("{other:?}")),
    };
    hash.update([tag]);
    hash.update((text.len() as u64).to_be_bytes());
    hash.update(text.as_bytes());
}

/// What the copy found for one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCopy {
    pub table: &'static str,
    pub source: Tally,
    pub target: Tally,
}

impl TableCopy {
    pub fn same(&self) -> bool {
        self.source == self.target
    }
}

/// The outcome: every table's comparison, and whether the copy was kept
/// (committed). It is kept only when every table is the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub tables: Vec<TableCopy>,
    pub kept: bool,
}

/// Rows written so far and in all, for a progress bar.
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Sync);

/// The tables in an order that satisfies every foreign key.
macro_rules! each_table {
    ($run:ident ( $($arg:expr),* )) => {
        [
            $run::<employee::Entity>($($arg),*).await?,
            $run::<client::Entity>($($arg),*).await?,
            $run::<contract::Entity>($($arg),*).await?,
            $run::<event::Entity>($($arg),*).await?,
            $run::<notification::Entity>($($arg),*).await?,
            $run::<session::Entity>($($arg),*).await?,
            $run::<setting::Entity>($($arg),*).await?,
            $run::<audit::Entity>($($arg),*).await?,
        ]
    };
}

/// Copies `source` into the database at `target_url`, which must be empty:
/// missing (an SQLite file is created), without a schema, or with the
/// schema and no rows. Anything else is a conflict and nothing is written.
pub async fn copy(source: &Store, target_url: &str, progress: Progress<'_>) -> Result<Copied> {
    schema::require_current(source).await?;
    let new_file = sqlite_path(target_url).filter(|path| !path.exists());
    let target = Store::create(target_url).await?;
    let outcome = copy_into(source, &target, progress).await;
    target.close().await;
    if let Some(path) = new_file
        && !matches!(outcome, Ok(Copied { kept: true, .. }))
    {
        for suffix in ["", "-wal", "-shm"] {
            let mut side = path.clone().into_os_string();
            side.push(suffix);
            let _ = std::fs::remove_file(side);
        }
    }
    outcome
}

async fn copy_into(source: &Store, target: &Store, progress: Progress<'_>) -> Result<Copied> {
    let status = schema::status(target).await?;
    if !status.unknown.is_empty() {
        return Err(Error::Unavailable(format!(
            "the target was upgraded by a newer epic (migrations {} are unknown here)",
            status.unknown.join(", ")
        )));
    }
    let (to, _turn) = target.write().await?;
    if !status.applied.is_empty() {
        let held: Vec<String> = each_table!(count(&to))
            .into_iter()
            .filter(|(_, rows)| *rows > 0)
            .map(|(table, rows)| format!("{table}: {rows}"))
            .collect();
        if !held.is_empty() {
            return Err(Error::Conflict(
                Message::new(keys::COPY_TARGET_USED).arg("tables", held.join(", ")),
            ));
        }
    }
    Migrator::up(&to, None).await.into_domain()?;

    let from = snapshot(source).await?;
    let total: u64 = each_table!(count(&from)).iter().map(|(_, rows)| rows).sum();
    let mut done = 0;
    let sources = each_table!(copy_table(&from, &to, &mut done, total, progress));
    for (table, _, high) in &sources {
        if let Some(high) = high {
            let high = Ord::max(*high, last_id(source.backend(), &from, table).await?);
            set_last_id(target.backend(), &to, table, high).await?;
        }
    }
    from.commit().await.into_domain()?;

    let targets = each_table!(tally(&to));
    let tables: Vec<TableCopy> = sources
        .into_iter()
        .zip(targets)
        .map(|((table, source, _), target)| TableCopy {
            table,
            source,
            target,
        })
        .collect();
    let kept = tables.iter().all(TableCopy::same);
    if kept {
        to.commit().await.into_domain()?;
    } else {
        to.rollback().await.into_domain()?;
    }
    Ok(Copied { tables, kept })
}

/// A read transaction that sees the source as of one instant while others
/// keep writing.
async fn snapshot(source: &Store) -> Result<DatabaseTransaction> {
    match source.backend() {
        // A deferred transaction: its first read fixes the snapshot.
        Backend::Sqlite => source.db.begin().await,
        Backend::Postgres => {
            source
                .db
                .begin_with_config(
                    Some(IsolationLevel::RepeatableRead),
                    Some(AccessMode::ReadOnly),
                )
                .await
        }
    }
    .into_domain()
}

fn name<E: EntityTrait>() -> &'static str {
    E::default().table_name()
}

/// The primary key column; every table here has a single-column key.
fn key<E: EntityTrait>() -> Result<E::Column> {
    E::PrimaryKey::iter()
        .next()
        .map(PrimaryKeyToColumn::into_column)
        .ok_or_else(|| Error::Unavailable(format!("{} has no primary key", name::<E>())))
}

/// A plain `COUNT(*)`, which works whatever columns an older schema has.
async fn count<E: EntityTrait>(db: &DatabaseTransaction) -> Result<(&'static str, u64)> {
    let select = Query::select()
        .expr_as(Func::count(Expr::col(Asterisk)), Alias::new("n"))
        .from(E::default())
        .to_owned();
    let rows = match db.query_one(&select).await.into_domain()? {
        Some(row) => row.try_get::<i64>("", "n").into_domain()?,
        None => 0,
    };
    Ok((name::<E>(), u64::try_from(rows).unwrap_or_default()))
}

fn values<E: EntityTrait>(model: &E::Model) -> Vec<Value> {
    E::Column::iter().map(|column| model.get(column)).collect()
}

/// Copies one table in key order, a batch per INSERT; returns its tally
/// and, for a table with an id sequence, the highest id copied. Reading
/// the next batch overlaps writing the last one (two batches in flight at
/// most): the source's reader and the target's server work side by side.
async fn copy_table<E: EntityTrait>(
    from: &DatabaseTransaction,
    to: &DatabaseTransaction,
    done: &mut u64,
    total: u64,
    progress: Progress<'_>,
) -> Result<(&'static str, Tally, Option<i64>)>
where
    E::Model: Sync,
{
    let (batches, mut received) = tokio::sync::mpsc::channel::<(InsertStatement, u64)>(2);
    let read = async move {
        let key = key::<E>()?;
        let mut tally = Tally::default();
        let mut high = E::PrimaryKey::auto_increment().then_some(0);
        let rows = E::find()
            .order_by_asc(key)
            .stream(from)
            .await
            .into_domain()?;
        let mut rows = std::pin::pin!(rows);
        let mut batch = (insert_into::<E>(), 0);
        while let Some(model) = rows.next().await {
            let model = model.into_domain()?;
            if let (Some(high), Value::BigInt(Some(id))) = (high.as_mut(), model.get(key)) {
                *high = Ord::max(id, *high);
            }
            let row = values::<E>(&model);
            tally.add(&row);
            batch
                .0
                .values(row.into_iter().map(Expr::val))
                .map_err(|e| Error::Unavailable(e.to_string()))?;
            batch.1 += 1;
            if batch.1 == BATCH {
                let full = std::mem::replace(&mut batch, (insert_into::<E>(), 0));
                if batches.send(full).await.is_err() {
                    // The writer stopped; its error is the one to report.
                    return Ok((tally, high));
                }
            }
        }
        if batch.1 > 0 {
            let _ = batches.send(batch).await;
        }
        Ok((tally, high))
    };
    // Owning the receiver, the writer closes the channel when it stops, so
    // a reader waiting to send is never left waiting.
    let write = async move {
        while let Some((insert, rows)) = received.recv().await {
            to.execute(&insert).await.map_err(|e| {
                Error::Unavailable(format!(
                    "the target refused rows of {} ({e}); nothing was kept: run `epic db check` on the source",
                    name::<E>()
                ))
            })?;
            *done += rows;
            progress(*done, total);
        }
        Ok::<_, Error>(())
    };
    let (read, write) = tokio::join!(read, write);
    write?;
    let (tally, high) = read?;
    Ok((name::<E>(), tally, high))
}

fn insert_into<E: EntityTrait>() -> InsertStatement {
    Query::insert()
        .into_table(E::default())
        .columns(E::Column::iter())
        .to_owned()
}

/// Reads a table back in full, for the comparison.
async fn tally<E: EntityTrait>(db: &DatabaseTransaction) -> Result<Tally>
where
    E::Model: Sync,
{
    let rows = E::find().stream(db).await.into_domain()?;
    let mut rows = std::pin::pin!(rows);
    let mut tally = Tally::default();
    while let Some(model) = rows.next().await {
        tally.add(&values::<E>(&model.into_domain()?));
    }
    Ok(tally)
}

/// The last id the source's sequence handed out: above the highest row
/// when the newest rows were deleted, and those ids must not come back (the
/// audit log still names them).
async fn last_id(backend: Backend, db: &DatabaseTransaction, table: &str) -> Result<i64> {
    let select = match backend {
        Backend::Sqlite => Query::select()
            .column(Alias::new("seq"))
            .from(Alias::new("sqlite_sequence"))
            .and_where(Expr::col(Alias::new("name")).eq(table))
            .to_owned(),
        Backend::Postgres => Query::select()
            .expr_as(
                Func::cust(Alias::new("pg_sequence_last_value")).arg(
                    Expr::expr(
                        Func::cust(Alias::new("pg_get_serial_sequence"))
                            .args([Expr::val(table), Expr::val("id")]),
                    )
                    .cast_as(Alias::new("regclass")),
                ),
                Alias::new("seq"),
            )
            .to_owned(),
    };
    let row = db.query_one(&select).await.into_domain()?;
    Ok(match row {
        Some(row) => row
            .try_get::<Option<i64>>("", "seq")
            .into_domain()?
            .unwrap_or(0),
        None => 0,
    })
}

/// Makes the target's next id for `table` follow `high`.
async fn set_last_id(
    backend: Backend,
    db: &DatabaseTransaction,
    table: &str,
    high: i64,
) -> Result<()> {
    match backend {
        Backend::Sqlite => {
            let sequence = Alias::new("sqlite_sequence");
            let forget = Query::delete()
                .from_table(sequence.clone())
                .and_where(Expr::col(Alias::new("name")).eq(table))
                .to_owned();
            db.execute(&forget).await.into_domain()?;
            if high > 0 {
                let record = Query::insert()
                    .into_table(sequence)
                    .columns([Alias::new("name"), Alias::new("seq")])
                    .values_panic([table.into(), high.into()])
                    .to_owned();
                db.execute(&record).await.into_domain()?;
            }
        }
        Backend::Postgres => {
            // setval(seq, 1, false) when nothing was ever handed out.
            let select = Query::select()
                .expr(
                    Func::cust(Alias::new("setval")).args([
                        Expr::expr(
                            Func::cust(Alias::new("pg_get_serial_sequence"))
                                .args([Expr::val(table), Expr::val("id")]),
                        ),
                        Expr::val(Ord::max(high, 1)),
                        Expr::val(high > 0),
                    ]),
                )
                .to_owned();
            db.query_one(&select).await.into_domain()?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_ignore_order_and_see_every_value() {
        let a = [Value::BigInt(Some(1)), Value::String(Some("ab".into()))];
        let b = [Value::BigInt(Some(2)), Value::String(Some("c".into()))];
        let (mut forward, mut backward) = (Tally::default(), Tally::default());
        forward.add(&a);
        forward.add(&b);
        backward.add(&b);
        backward.add(&a);
        assert_eq!(forward, backward);

        // The boundary between values is part of the row.
        let mut split = Tally::default();
        split.add(&[
            Value::String(Some("a".into())),
            Value::String(Some("bc".into())),
        ]);
        let mut other = Tally::default();
        other.add(&[
            Value::String(Some("ab".into())),
            Value::String(Some("c".into())),
        ]);
        assert_ne!(split.checksum, other.checksum);
        // NULL is not the empty text.
        let mut null = Tally::default();
        null.add(&[Value::String(None)]);
        let mut empty = Tally::default();
        empty.add(&[Value::String(Some(String::new()))]);
        assert_ne!(null.checksum, empty.checksum);
    }
}
