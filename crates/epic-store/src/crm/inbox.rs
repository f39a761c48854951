use chrono::{DateTime, Utc};
use epic_domain::Result;
use epic_domain::crm::records::{AuditRow, Notification};
use epic_domain::crm::{AuditFilter, LabelKind};
use epic_domain::types::EmployeeId;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Order, Query};
use sea_orm::{ColumnTrait, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder};

use super::read::rows;
use crate::Store;
use crate::entity::{audit, client, contract, employee, event, notification};
use crate::errors::IntoDomain;

fn mine(employee: EmployeeId, unread_only: bool) -> sea_orm::Select<notification::Entity> {
    let mut select =
        notification::Entity::find().filter(notification::Column::EmployeeId.eq(employee.0));
    if unread_only {
        select = select.filter(notification::Column::ReadAt.is_null());
    }
    select
}

pub(super) async fn notifications(
    store: &Store,
    employee: EmployeeId,
    unread_only: bool,
) -> Result<Vec<Notification>> {
    Ok(mine(employee, unread_only)
        .order_by_asc(notification::Column::Id)
        .all(&store.db)
        .await
        .into_domain()?
        .into_iter()
        .map(|n| Notification {
            id: n.id,
            event_id: n.event_id,
            kind: n.kind,
            message: n.message,
            created_at: n.created_at,
            read_at: n.read_at,
        })
        .collect())
}

pub(super) async fn unread(store: &Store, employee: EmployeeId) -> Result<u64> {
    mine(employee, true).count(&store.db).await.into_domain()
}

pub(super) async fn mark_read(
    store: &Store,
    employee: EmployeeId,
    id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<u64> {
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(now))
        .filter(notification::Column::EmployeeId.eq(employee.0))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(id) = id {
        update = update.filter(notification::Column::Id.eq(id));
    }
    Ok(update.exec(&store.db).await.into_domain()?.rows_affected)
}

#[derive(Debug, FromQueryResult)]
struct AuditRecord {
    id: i64,
    at: DateTime<Utc>,
    actor_id: Option<i64>,
    actor_name: Option<String>,
    action: String,
    entity: String,
    entity_id: i64,
    changes: String,
}

pub(super) async fn audit(store: &Store, filter: &AuditFilter) -> Result<Vec<AuditRow>> {
    use audit::Column as A;
    let actor = Alias::new("actor");
    let mut select = Query::select()
        .columns(
            [
                A::Id,
                A::At,
                A::ActorId,
                A::Action,
                A::Entity,
                A::EntityId,
                A::Changes,
            ]
            .map(|c| (audit::Entity, c)),
        )
        .expr_as(
            Expr::col((actor.clone(), employee::Column::FullName)),
            Alias::new("actor_name"),
        )
        .from(audit::Entity)
        .join_as(
            JoinType::LeftJoin,
            employee::Entity,
            actor.clone(),
            Expr::col((actor, employee::Column::Id)).equals((audit::Entity, A::ActorId)),
        )
        .order_by((audit::Entity, A::Id), Order::Asc)
        .to_owned();
    if let Some(entity) = &filter.entity {
        select.and_where(Expr::col((audit::Entity, A::Entity)).eq(entity.as_str()));
    }
    if let Some(id) = filter.entity_id {
        select.and_where(Expr::col((audit::Entity, A::EntityId)).eq(id));
    }
    if let Some(actor) = filter.actor {
        select.and_where(Expr::col((audit::Entity, A::ActorId)).eq(actor.0));
    }
    Ok(rows::<_, AuditRecord>(&store.db, &select)
        .await?
        .into_iter()
        .map(|r| AuditRow {
            id: r.id,
            at: r.at,
            actor_id: r.actor_id.map(EmployeeId),
            actor_name: r.actor_name,
            action: r.action,
            entity: r.entity,
            entity_id: r.entity_id,
            changes: r.changes,
        })
        .collect())
}

#[derive(Debug, FromQueryResult)]
struct Label {
    id: i64,
    label: String,
}

/// One narrow query per kind: ids and names only, no joins but the one a
/// contract needs for its client's name.
pub(super) async fn labels(store: &Store, kind: LabelKind) -> Result<Vec<(i64, String)>> {
    let mut select = Query::select();
    match kind {
        LabelKind::Employee => select
            .expr_as(
                Expr::col((employee::Entity, employee::Column::Id)),
                Alias::new("id"),
            )
            .expr_as(
                Expr::col((employee::Entity, employee::Column::FullName)),
                Alias::new("label"),
            )
            .from(employee::Entity),
        LabelKind::Client => select
            .expr_as(
                Expr::col((client::Entity, client::Column::Id)),
                Alias::new("id"),
            )
            .expr_as(
                Expr::col((client::Entity, client::Column::FullName)),
                Alias::new("label"),
            )
            .from(client::Entity),
        LabelKind::Contract => select
            .expr_as(
                Expr::col((contract::Entity, contract::Column::Id)),
                Alias::new("id"),
            )
            .expr_as(
                Expr::col((client::Entity, client::Column::FullName)),
                Alias::new("label"),
            )
            .from(contract::Entity)
            .inner_join(
                client::Entity,
                Expr::col((client::Entity, client::Column::Id))
                    .equals((contract::Entity, contract::Column::ClientId)),
            ),
        LabelKind::Event => select
            .expr_as(
                Expr::col((event::Entity, event::Column::Id)),
                Alias::new("id"),
            )
            .expr_as(
                Expr::col((event::Entity, event::Column::Name)),
                Alias::new("label"),
            )
            .from(event::Entity),
    };
    Ok(rows::<_, Label>(&store.db, &select)
        .await?
        .into_iter()
        .map(|l| (l.id, l.label))
        .collect())
}
