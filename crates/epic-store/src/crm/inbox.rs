use chrono::{DateTime, Utc};
use epic_domain::crm::records::{AuditRow, Notification, NotificationSettings, OutboxEntry};
use epic_domain::crm::{AuditFilter, InboxRepository, LabelKind, ListOutbox, Sink};
use epic_domain::types::{EmailMode, EmployeeId, EventId, Language, NotificationId};
use epic_domain::{Error, Result};
use sea_orm::sea_query::{
    Alias, ColumnRef, Expr, ExprTrait, IntoColumnRef, JoinType, OnConflict, Order, Query,
    SelectStatement,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, QueryTrait,
};

use super::read::{each, rows};
use crate::Store;
use crate::entity::{
    audit, calendar_feed, client, contract, employee, event, notification, notification_setting,
    outbox,
};
use crate::errors::IntoDomain;
use crate::native::declare_row;

/// An employee's settings, the defaults if they never set theirs.
pub(crate) async fn settings_of<C: ConnectionTrait>(
    db: &C,
    employee: EmployeeId,
) -> Result<NotificationSettings> {
    let Some(row) = notification_setting::Entity::find_by_id(employee.0)
        .one(db)
        .await
        .into_domain()?
    else {
        return Ok(NotificationSettings::default());
    };
    let corrupt = || Error::Internal(format!("employee {employee}'s settings are unreadable"));
    Ok(NotificationSettings {
        email: EmailMode::from_word(&row.email).ok_or_else(corrupt)?,
        language: Language::from_word(&row.language).ok_or_else(corrupt)?,
    })
}

fn mine(employee: EmployeeId, unread_only: bool) -> sea_orm::Select<notification::Entity> {
    let mut select =
        notification::Entity::find().filter(notification::Column::EmployeeId.eq(employee.0));
    if unread_only {
        select = select.filter(notification::Column::ReadAt.is_null());
    }
    select
}

impl TryFrom<notification::Model> for Notification {
    type Error = Error;

    fn try_from(n: notification::Model) -> Result<Self> {
        Ok(Notification {
            id: NotificationId(n.id),
            event_id: n.event_id.map(EventId),
            kind: n.kind,
            message: n.message,
            created_at: n.created_at,
            read_at: n.read_at,
        })
    }
}

declare_row! {
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
}

impl TryFrom<AuditRecord> for AuditRow {
    type Error = Error;

    fn try_from(r: AuditRecord) -> Result<Self> {
        Ok(AuditRow {
            id: r.id,
            at: r.at,
            actor_id: r.actor_id.map(EmployeeId),
            actor_name: r.actor_name,
            action: r.action,
            entity: r.entity,
            entity_id: r.entity_id,
            changes: r.changes,
        })
    }
}

declare_row! {
    struct OutboxRecord {
        id: i64,
        employee_id: i64,
        employee_name: String,
        kind: String,
        event_id: Option<i64>,
        state: String,
        attempts: i32,
        created_at: DateTime<Utc>,
        next_attempt_at: DateTime<Utc>,
        sent_at: Option<DateTime<Utc>>,
        last_error: Option<String>,
    }
}

impl TryFrom<OutboxRecord> for OutboxEntry {
    type Error = Error;

    fn try_from(r: OutboxRecord) -> Result<Self> {
        let pending = r.state == crate::outbox::State::Pending.as_str();
        Ok(OutboxEntry {
            id: r.id,
            employee_id: EmployeeId(r.employee_id),
            employee_name: r.employee_name,
            kind: r.kind,
            event_id: r.event_id.map(EventId),
            state: r.state,
            attempts: u32::try_from(r.attempts).unwrap_or_default(),
            created_at: r.created_at,
            next_attempt_at: pending.then_some(r.next_attempt_at),
            sent_at: r.sent_at,
            last_error: r.last_error,
        })
    }
}

/// Oldest first, with the employee's name; by default only what is not
/// settled (pending, failed), which the index on the state serves.
pub fn outbox_query(request: ListOutbox) -> SelectStatement {
    use outbox::Column as O;
    let mut select = Query::select()
        .columns(
            [
                O::Id,
                O::EmployeeId,
                O::Kind,
                O::EventId,
                O::State,
                O::Attempts,
                O::CreatedAt,
                O::NextAttemptAt,
                O::SentAt,
                O::LastError,
            ]
            .map(|c| (outbox::Entity, c)),
        )
        .expr_as(
            Expr::col((employee::Entity, employee::Column::FullName)),
            Alias::new("employee_name"),
        )
        .from(outbox::Entity)
        .inner_join(
            employee::Entity,
            Expr::col((employee::Entity, employee::Column::Id))
                .equals((outbox::Entity, O::EmployeeId)),
        )
        .order_by((outbox::Entity, O::Id), Order::Asc)
        .to_owned();
    if !request.all {
        select.and_where(Expr::col((outbox::Entity, O::State)).is_in([
            crate::outbox::State::Pending.as_str(),
            crate::outbox::State::Failed.as_str(),
        ]));
    }
    select
}

#[derive(Debug, FromQueryResult)]
struct Label {
    id: i64,
    label: String,
}

/// `audit list`'s query, as the store runs it.
pub fn audit_query(filter: &AuditFilter) -> SelectStatement {
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
        // Newest first: the question is nearly always "what changed lately".
        // By time, then id, which the index on `at` serves in that order
        // (SQLite keys it by rowid too), so `--since` reads only its rows.
        .order_by((audit::Entity, A::At), Order::Desc)
        .order_by((audit::Entity, A::Id), Order::Desc)
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
    if let Some(since) = filter.since {
        select.and_where(Expr::col((audit::Entity, A::At)).gte(since));
    }
    if let Some(limit) = filter.limit {
        select.limit(u64::from(limit));
    }
    select
}

/// One narrow query per kind: ids and names only, no joins but the one a
/// contract needs for its client's name.
fn labels_query(kind: LabelKind) -> SelectStatement {
    let mut select = Query::select();
    let mut pair = |id: ColumnRef, label: ColumnRef| {
        select
            .expr_as(Expr::col(id), Alias::new("id"))
            .expr_as(Expr::col(label), Alias::new("label"))
            .to_owned()
    };
    match kind {
        LabelKind::Employee(department) => {
            let mut select = pair(
                (employee::Entity, employee::Column::Id).into_column_ref(),
                (employee::Entity, employee::Column::FullName).into_column_ref(),
            )
            .from(employee::Entity)
            .to_owned();
            // A department's staff to choose from: those who may be chosen.
            if let Some(department) = department {
                select
                    .and_where(employee::Column::Department.eq(department.as_str()))
                    .and_where(employee::Column::Active.eq(true));
            }
            select
        }
        LabelKind::Client => pair(
            (client::Entity, client::Column::Id).into_column_ref(),
            (client::Entity, client::Column::FullName).into_column_ref(),
        )
        .from(client::Entity)
        .to_owned(),
        LabelKind::Contract => pair(
            (contract::Entity, contract::Column::Id).into_column_ref(),
            (client::Entity, client::Column::FullName).into_column_ref(),
        )
        .from(contract::Entity)
        .inner_join(
            client::Entity,
            Expr::col((client::Entity, client::Column::Id))
                .equals((contract::Entity, contract::Column::ClientId)),
        )
        .to_owned(),
        LabelKind::Event => pair(
            (event::Entity, event::Column::Id).into_column_ref(),
            (event::Entity, event::Column::Name).into_column_ref(),
        )
        .from(event::Entity)
        .to_owned(),
    }
}

impl InboxRepository for Store {
    async fn notifications(
        &self,
        employee: EmployeeId,
        unread_only: bool,
        sink: Sink<'_, Notification>,
    ) -> Result<()> {
        let select = mine(employee, unread_only)
            .order_by_asc(notification::Column::Id)
            .into_query();
        each::<_, notification::Model, Notification>(&self.db, &select, sink).await
    }

    async fn unread_notifications(&self, employee: EmployeeId) -> Result<u64> {
        mine(employee, true).count(&self.db).await.into_domain()
    }

    async fn mark_read(
        &self,
        employee: EmployeeId,
        id: Option<NotificationId>,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let mut update = notification::Entity::update_many()
            .col_expr(notification::Column::ReadAt, Expr::value(now))
            .filter(notification::Column::EmployeeId.eq(employee.0))
            .filter(notification::Column::ReadAt.is_null());
        if let Some(id) = id {
            update = update.filter(notification::Column::Id.eq(id.0));
        }
        Ok(update.exec(&self.db).await.into_domain()?.rows_affected)
    }

    async fn notification_settings(&self, employee: EmployeeId) -> Result<NotificationSettings> {
        settings_of(&self.db, employee).await
    }

    async fn set_notification_settings(
        &self,
        employee: EmployeeId,
        settings: NotificationSettings,
    ) -> Result<()> {
        let NotificationSettings { email, language } = settings;
        let row = notification_setting::ActiveModel {
            employee_id: Set(employee.0),
            email: Set(email.as_str().to_owned()),
            language: Set(language.as_str().to_owned()),
        };
        notification_setting::Entity::insert(row)
            .on_conflict(
                OnConflict::column(notification_setting::Column::EmployeeId)
                    .update_columns([
                        notification_setting::Column::Email,
                        notification_setting::Column::Language,
                    ])
                    .to_owned(),
            )
            .exec(&self.db)
            .await
            .into_domain()?;
        Ok(())
    }

    async fn audit(&self, filter: &AuditFilter, sink: Sink<'_, AuditRow>) -> Result<()> {
        self.list::<AuditRecord, AuditRow>(&audit_query(filter), sink)
            .await
    }

    async fn set_calendar_token(
        &self,
        employee: EmployeeId,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let row = calendar_feed::ActiveModel {
            employee_id: Set(employee.0),
            token_hash: Set(token_hash.to_owned()),
            created_at: Set(now),
        };
        calendar_feed::Entity::insert(row)
            .on_conflict(
                OnConflict::column(calendar_feed::Column::EmployeeId)
                    .update_columns([
                        calendar_feed::Column::TokenHash,
                        calendar_feed::Column::CreatedAt,
                    ])
                    .to_owned(),
            )
            .exec(&self.db)
            .await
            .into_domain()?;
        Ok(())
    }

    async fn has_calendar(&self, employee: EmployeeId) -> Result<bool> {
        Ok(calendar_feed::Entity::find_by_id(employee.0)
            .one(&self.db)
            .await
            .into_domain()?
            .is_some())
    }

    async fn calendar_owner(&self, token_hash: &str) -> Result<Option<EmployeeId>> {
        Ok(calendar_feed::Entity::find()
            .filter(calendar_feed::Column::TokenHash.eq(token_hash))
            .one(&self.db)
            .await
            .into_domain()?
            .map(|row| EmployeeId(row.employee_id)))
    }

    async fn outbox(&self, request: ListOutbox, sink: Sink<'_, OutboxEntry>) -> Result<()> {
        self.list::<OutboxRecord, OutboxEntry>(&outbox_query(request), sink)
            .await
    }

    async fn labels(&self, kind: LabelKind) -> Result<Vec<(i64, String)>> {
        Ok(rows::<_, Label>(&self.db, &labels_query(kind))
            .await?
            .into_iter()
            .map(|l| (l.id, l.label))
            .collect())
    }
}
