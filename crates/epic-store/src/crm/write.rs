//! The one shape of every write: in one transaction, a change guarded by
//! the version the use case read (and the owner, for sales and support),
//! the audit trail, the record read back, the commit.

use std::future::Future;

use chrono::{DateTime, Utc};
use epic_domain::Result;
use epic_domain::crm::Guard;
use epic_domain::crm::records::Trail;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, UpdateMany,
};

use super::trail;
use crate::errors::IntoDomain;

/// A kind of record the CRM writes.
pub(crate) trait Stored: Sized + Send {
    /// Its name in the audit log.
    const ENTITY: &'static str;

    /// Read with the names people want next to the ids.
    fn get<C: ConnectionTrait>(
        db: &C,
        id: i64,
    ) -> impl Future<Output = Result<Option<Self>>> + Send;

    /// The event a change is about, for its notifications.
    fn event_id(_id: i64) -> Option<i64> {
        None
    }
}

/// The columns a guarded update checks and moves on.
pub(crate) struct GuardColumns<C> {
    pub id: C,
    pub version: C,
    pub updated_at: C,
    /// The record's sales or support contact; none for employees.
    pub owner: Option<C>,
}

/// Runs `update` on record `id` only if it is still at the guard's version
/// and, when the guard names an owner, still theirs; moves the version on
/// and stamps the time. Whether a row changed.
pub(crate) async fn guarded<E: EntityTrait>(
    txn: &DatabaseTransaction,
    update: UpdateMany<E>,
    columns: GuardColumns<E::Column>,
    id: i64,
    guard: Guard,
    now: DateTime<Utc>,
) -> std::result::Result<bool, DbErr> {
    let mut update = touched(update, &columns, id, now).filter(columns.version.eq(guard.version));
    if let (Some(owner), Some(column)) = (guard.owner, columns.owner) {
        update = update.filter(column.eq(owner.0));
    }
    Ok(update.exec(txn).await?.rows_affected > 0)
}

/// The update of record `id`, moving its version on and stamping the time,
/// as every write does.
pub(crate) fn touched<E: EntityTrait>(
    update: UpdateMany<E>,
    columns: &GuardColumns<E::Column>,
    id: i64,
    now: DateTime<Utc>,
) -> UpdateMany<E> {
    update
        .col_expr(columns.updated_at, Expr::value(now))
        .col_expr(columns.version, Expr::col(columns.version).add(1))
        .filter(columns.id.eq(id))
}

/// Writes the change's trail, reads the record back and commits.
pub(crate) async fn finish<T: Stored>(
    txn: DatabaseTransaction,
    id: i64,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<T>> {
    trail::record(&txn, T::ENTITY, id, T::event_id(id), trail, now).await?;
    let record = T::get(&txn, id).await?;
    txn.commit().await.into_domain()?;
    Ok(record)
}
