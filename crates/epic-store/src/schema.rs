//! Schema version: apply migrations, report them, and refuse to work on a
//! database this build does not match.

use crate::errors::IntoDomain;
use epic_domain::{Error, Result};
use migration::SchemaManager;
use migration::{Migrator, MigratorTrait, known_versions};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Alias, Order, Query};

use crate::Store;

pub(crate) const TABLE: &str = "seaql_migrations";

pub use epic_domain::schema::SchemaStatus;

async fn applied_versions(store: &Store) -> Result<Vec<String>> {
    let select = Query::select()
        .column(Alias::new("version"))
        .from(Alias::new(TABLE))
        .order_by(Alias::new("version"), Order::Asc)
        .to_owned();
    match store.db.query_all(&select).await {
        Ok(rows) => rows
            .iter()
            .map(|r| r.try_get::<String>("", "version"))
            .collect::<Result<_, _>>()
            .into_domain(),
        Err(err) => {
            // Only look the table up when the cheap query failed.
            let manager = SchemaManager::new(&store.db);
            if manager.has_table(TABLE).await.into_domain()? {
                Err(crate::errors::map(err))
            } else {
                Ok(Vec::new())
            }
        }
    }
}

/// One query in the usual case.
pub async fn status(store: &Store) -> Result<SchemaStatus> {
    Ok(status_of(applied_versions(store).await?))
}

/// The status of a database that has applied the migrations `applied`.
pub(crate) fn status_of(applied: Vec<String>) -> SchemaStatus {
    let known = known_versions();
    let pending = known
        .iter()
        .filter(|v| !applied.contains(v))
        .cloned()
        .collect();
    let unknown = applied
        .iter()
        .filter(|v| !known.contains(v))
        .cloned()
        .collect();
    SchemaStatus::new(applied, pending, unknown)
}

fn newer_than_this_build(status: &SchemaStatus) -> Error {
    Error::Unavailable(format!(
        "this database was upgraded by a newer epic (migrations {} are unknown here): upgrade epic",
        status.unknown.join(", ")
    ))
}

/// Every command but `db migrate`, `db status` and `init` goes through this.
pub async fn require_current(store: &Store) -> Result<()> {
    let status = status(store).await?;
    if !status.unknown.is_empty() {
        return Err(newer_than_this_build(&status));
    }
    if status.applied.is_empty() {
        return Err(Error::Unavailable(
            "this database has no epic schema: run `epic init` (or `epic db migrate`)".into(),
        ));
    }
    if !status.pending.is_empty() {
        return Err(Error::Unavailable(format!(
            "this database's schema is behind this epic ({} pending migration(s)): run `epic db migrate`",
            status.pending.len()
        )));
    }
    Ok(())
}

/// Applies every pending migration in one transaction: all or nothing.
pub async fn migrate(store: &Store) -> Result<Vec<String>> {
    let before = status(store).await?;
    if !before.unknown.is_empty() {
        return Err(newer_than_this_build(&before));
    }
    if before.pending.is_empty() {
        return Ok(Vec::new());
    }
    let (txn, _turn) = store.write().await?;
    Migrator::up(&txn, None).await.into_domain()?;
    txn.commit().await.into_domain()?;
    Ok(before.pending)
}

/// Applies the first `steps` migrations, in one transaction.
pub(crate) async fn migrate_first(store: &Store, steps: u32) -> Result<()> {
    let (txn, _turn) = store.write().await?;
    Migrator::up(&txn, Some(steps)).await.into_domain()?;
    txn.commit().await.into_domain()?;
    Ok(())
}
