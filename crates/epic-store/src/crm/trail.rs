//! The audit row and notifications that go with every change, written in
//! the change's own transaction.

use chrono::{DateTime, Utc};
use epic_domain::Result;
use epic_domain::crm::records::Trail;
use sea_orm::{ActiveValue::Set, DatabaseTransaction, EntityTrait};

use crate::entity::{audit, notification};
use crate::errors::map;

pub(crate) async fn record(
    txn: &DatabaseTransaction,
    entity: &'static str,
    entity_id: i64,
    event_id: Option<i64>,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<()> {
    let changes = serde_json::to_string(&trail.changes)
        .map_err(|e| epic_domain::Error::Internal(format!("cannot encode an audit entry: {e}")))?;
    audit::Entity::insert(audit::ActiveModel {
        at: Set(now),
        actor_id: Set(Some(trail.actor.0)),
        action: Set(trail.action.to_owned()),
        entity: Set(entity.to_owned()),
        entity_id: Set(entity_id),
        changes: Set(changes),
        ..Default::default()
    })
    .exec_without_returning(txn)
    .await
    .map_err(map)?;
    if !trail.notify.is_empty() {
        notification::Entity::insert_many(trail.notify.into_iter().map(|n| {
            notification::ActiveModel {
                employee_id: Set(n.employee.0),
                event_id: Set(event_id),
                kind: Set(n.kind.to_owned()),
                message: Set(n.message),
                created_at: Set(now),
                read_at: Set(None),
                ..Default::default()
            }
        }))
        .exec_without_returning(txn)
        .await
        .map_err(map)?;
    }
    Ok(())
}
