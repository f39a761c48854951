//! The audit row and notifications that go with every change, written in
//! the change's own transaction.

use chrono::{DateTime, Utc};
use epic_domain::Result;
use epic_domain::crm::records::Trail;
use sea_orm::{ActiveValue::Set, DatabaseTransaction, EntityTrait};

use crate::entity::{audit, notification, outbox};
use crate::errors::IntoDomain;

pub(crate) async fn record(
    txn: &DatabaseTransaction,
    entity: &'static str,
    entity_id: i64,
    event_id: Option<i64>,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<()> {
    record_many(txn, entity, vec![(entity_id, event_id, trail)], now).await
}

/// The audit rows and notifications of many changes (an import), a few
/// statements per thousand rows instead of one or two per row.
pub(crate) async fn record_many(
    txn: &DatabaseTransaction,
    entity: &'static str,
    changes: Vec<(i64, Option<i64>, Trail)>,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut audits = Vec::with_capacity(changes.len());
    let mut notices = Vec::new();
    let mut mails = Vec::new();
    for (entity_id, event_id, trail) in changes {
        let changes = serde_json::to_string(&trail.changes).map_err(|e| {
            epic_domain::Error::Internal(format!("cannot encode an audit entry: {e}"))
        })?;
        audits.push(audit::ActiveModel {
            at: Set(now),
            actor_id: Set(Some(trail.actor.0)),
            action: Set(trail.action.to_owned()),
            entity: Set(entity.to_owned()),
            entity_id: Set(entity_id),
            changes: Set(changes),
            ..Default::default()
        });
        for n in trail.notify {
            mails.push(crate::outbox::pending(n.employee, &n.notice, None, now)?);
            notices.push(notification::ActiveModel {
                employee_id: Set(n.employee.0),
                event_id: Set(event_id),
                kind: Set(n.notice.kind.as_str().to_owned()),
                message: Set(n.message),
                created_at: Set(now),
                read_at: Set(None),
                ..Default::default()
            });
        }
    }
    for chunk in chunks(audits) {
        audit::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await
            .into_domain()?;
    }
    for chunk in chunks(notices) {
        notification::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await
            .into_domain()?;
    }
    for chunk in chunks(mails) {
        outbox::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await
            .into_domain()?;
    }
    Ok(())
}

/// Rows per multi-row statement: under 10 columns a row, well within
/// SQLite's 32,766 and PostgreSQL's 65,535 bound values.
pub(crate) const BATCH: usize = 1_000;

/// Splits `rows` into owned batches of at most `BATCH`.
pub(crate) fn chunks<T>(mut rows: Vec<T>) -> impl Iterator<Item = Vec<T>> {
    std::iter::from_fn(move || {
        if rows.is_empty() {
            return None;
        }
        let rest = rows.split_off(rows.len().min(BATCH));
        Some(std::mem::replace(&mut rows, rest))
    })
}
