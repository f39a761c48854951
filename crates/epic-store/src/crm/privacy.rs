//! Forgetting people for good: their values become neutral text in the
//! records, the search keys, the notifications, the e-mails and the audit
//! log, in one transaction. On SQLite, `secure_delete` (set on every
//! connection) zeroes what the old values occupied, the full-text indexes
//! are merged so that no segment keeps a forgotten entry's terms, and a
//! checkpoint afterwards empties the write-ahead log. On PostgreSQL the
//! audit values are blanked by a function owned by the schema's owner, as
//! the runtime role may not change the audit log itself.

use chrono::{DateTime, Utc};
use epic_domain::crm::notice::Notice;
use epic_domain::crm::privacy::{CLIENT_FIELDS, EMPLOYEE_FIELDS, EVENT_FIELDS, Forgotten, NOWHERE};
use epic_domain::crm::records::{Client, Notification, Trail};
use epic_domain::crm::{ClientValues, PrivacyRepository};
use epic_domain::types::{ClientId, Email, EmployeeId, EventId, FullName};
use epic_domain::{Error, Message, Result, keys, search as folding};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Order, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::clients::{ClientRow, client_select, columns};
use super::read::rows;
use super::search::like_pattern;
use super::trail;
use super::write::Stored;
use crate::entity::{
    audit, calendar_feed, client, contract, employee, event, notification, notification_setting,
    outbox, session,
};
use crate::errors::IntoDomain;
use crate::{Backend, Store};

/// Fixed statements, no user data.
const OPTIMIZE_SEARCH: [&str; 2] = [
    "INSERT INTO clients_search(clients_search) VALUES ('optimize')",
    "INSERT INTO events_search(events_search) VALUES ('optimize')",
];

impl PrivacyRepository for Store {
    async fn notifications_about(&self, events: &[EventId]) -> Result<Vec<Notification>> {
        let mut all = Vec::new();
        for ids in events.chunks(trail::BATCH) {
            let found = notification::Entity::find()
                .filter(notification::Column::EventId.is_in(ids.iter().map(|e| e.0)))
                .order_by_asc(notification::Column::Id)
                .all(&self.db)
                .await
                .into_domain()?;
            for model in found {
                all.push(Notification::try_from(model)?);
            }
        }
        all.sort_by_key(|n| n.id.0);
        Ok(all)
    }

    async fn inactive_prospects(&self, before: DateTime<Utc>) -> Result<Vec<Client>> {
        rows::<_, ClientRow>(&self.db, &inactive_query(before))
            .await?
            .into_iter()
            .map(Client::try_from)
            .collect()
    }

    async fn forget_clients(
        &self,
        clients: Vec<(ClientId, Trail)>,
        inactive_before: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (txn, _turn) = self.write().await?;
        for (id, trail) in clients {
            let current = Client::get(&txn, id.0)
                .await?
                .ok_or_else(|| Error::not_found("client", id))?;
            if let Some(before) = inactive_before {
                let contracts = contract::Entity::find()
                    .filter(contract::Column::ClientId.eq(id.0))
                    .count(&txn)
                    .await
                    .into_domain()?;
                let forgotten = Forgotten::is_neutral_email(current.email.as_str());
                if contracts > 0 || current.updated_at >= before || forgotten {
                    return Err(Error::Conflict(
                        Message::new(keys::NO_LONGER_INACTIVE).arg("id", id),
                    ));
                }
            }
            forget_client(&txn, self.backend(), &current, now).await?;
            trail::record(&txn, Client::ENTITY, id.0, None, trail, now).await?;
        }
        if self.backend() == Backend::Sqlite {
            // FTS5 marks a deleted entry and keeps its terms in older
            // segments until they merge: merge them all now.
            for optimize in OPTIMIZE_SEARCH {
                txn.execute_unprepared(optimize).await.into_domain()?;
            }
        }
        txn.commit().await.into_domain()?;
        self.scrub().await
    }

    async fn forget_employee(
        &self,
        id: EmployeeId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let (txn, _turn) = self.write().await?;
        let Some(current) = employee::Entity::find_by_id(id.0)
            .filter(employee::Column::Active.eq(false))
            .one(&txn)
            .await
            .into_domain()?
        else {
            return Ok(false);
        };
        let person = Forgotten::Employee(id.0);
        employee::Entity::update_many()
            .col_expr(employee::Column::FullName, Expr::value(person.name()))
            .col_expr(employee::Column::Email, Expr::value(person.email()))
            .col_expr(employee::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                employee::Column::Version,
                Expr::col(employee::Column::Version).add(1),
            )
            .filter(employee::Column::Id.eq(id.0))
            .exec(&txn)
            .await
            .into_domain()?;
        // What was theirs alone goes: sessions, their own notifications and
        // e-mails, settings and calendar feed.
        session::Entity::delete_many()
            .filter(session::Column::EmployeeId.eq(id.0))
            .exec(&txn)
            .await
            .into_domain()?;
        notification::Entity::delete_many()
            .filter(notification::Column::EmployeeId.eq(id.0))
            .exec(&txn)
            .await
            .into_domain()?;
        outbox::Entity::delete_many()
            .filter(outbox::Column::EmployeeId.eq(id.0))
            .exec(&txn)
            .await
            .into_domain()?;
        notification_setting::Entity::delete_many()
            .filter(notification_setting::Column::EmployeeId.eq(id.0))
            .exec(&txn)
            .await
            .into_domain()?;
        calendar_feed::Entity::delete_many()
            .filter(calendar_feed::Column::EmployeeId.eq(id.0))
            .exec(&txn)
            .await
            .into_domain()?;
        // Others were told what they did, by name.
        rename_in_notifications(&txn, &current.full_name, &person.name()).await?;
        rename_in_outbox(&txn, &current.full_name, &person.name()).await?;
        blank_audit(&txn, self.backend(), "employee", id.0, &EMPLOYEE_FIELDS).await?;
        trail::record(&txn, "employee", id.0, None, trail, now).await?;
        txn.commit().await.into_domain()?;
        self.scrub().await?;
        Ok(true)
    }
}

/// Prospects (no contract) last changed before `before` and not yet
/// forgotten, oldest first; `tests/tests/query_plans.rs` checks an index
/// serves it.
pub fn inactive_query(before: DateTime<Utc>) -> SelectStatement {
    let contracts = Query::select()
        .expr(Expr::val(1))
        .from(contract::Entity)
        .and_where(
            Expr::col((contract::Entity, contract::Column::ClientId))
                .equals((client::Entity, client::Column::Id)),
        )
        .to_owned();
    let mut select = client_select();
    select
        .and_where(Expr::col((client::Entity, client::Column::UpdatedAt)).lt(before))
        .and_where(Expr::exists(contracts).not())
        .and_where(
            Expr::col((client::Entity, client::Column::Email)).not_like(like_pattern(NOWHERE)),
        )
        .order_by((client::Entity, client::Column::UpdatedAt), Order::Asc)
        .order_by((client::Entity, client::Column::Id), Order::Asc);
    select
}

/// The client, then each of its events, with neutral values everywhere.
async fn forget_client(
    txn: &DatabaseTransaction,
    backend: Backend,
    current: &Client,
    now: DateTime<Utc>,
) -> Result<()> {
    let id = current.id.0;
    let person = Forgotten::Client(id);
    let neutral = |text: String| FullName::parse(&text);
    let values = ClientValues {
        full_name: neutral(person.name())?,
        email: Email::parse(&person.email())?,
        phone: None,
        company_name: None,
        sales_contact: current.sales_contact_id,
    };
    let mut update = client::Entity::update_many()
        .col_expr(client::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            client::Column::Version,
            Expr::col(client::Column::Version).add(1),
        )
        .filter(client::Column::Id.eq(id));
    for (column, value) in columns(&values) {
        update = update.col_expr(column, Expr::value(value));
    }
    update.exec(txn).await.into_domain()?;
    blank_audit(txn, backend, "client", id, &CLIENT_FIELDS).await?;

    let events: Vec<i64> = event::Entity::find()
        .select_only()
        .column(event::Column::Id)
        .filter(
            event::Column::ContractId.in_subquery(
                Query::select()
                    .column(contract::Column::Id)
                    .from(contract::Entity)
                    .and_where(contract::Column::ClientId.eq(id))
                    .to_owned(),
            ),
        )
        .into_tuple()
        .all(txn)
        .await
        .into_domain()?;
    for event_id in events {
        let name = Forgotten::Event(event_id).name();
        event::Entity::update_many()
            .col_expr(event::Column::Name, Expr::value(name.clone()))
            .col_expr(event::Column::Location, Expr::value(name.clone()))
            .col_expr(event::Column::Notes, Expr::value(""))
            .col_expr(
                event::Column::SearchKey,
                Expr::value(folding::event_key(&name, &name, "")),
            )
            .col_expr(event::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                event::Column::Version,
                Expr::col(event::Column::Version).add(1),
            )
            .filter(event::Column::Id.eq(event_id))
            .exec(txn)
            .await
            .into_domain()?;
        blank_audit(txn, backend, "event", event_id, &EVENT_FIELDS).await?;
        forget_in_notifications(txn, event_id).await?;
        forget_in_outbox(txn, event_id, current.id).await?;
    }
    Ok(())
}

/// Blanks the values of `fields` in the audit entries of one record. The
/// runtime role of PostgreSQL may not update the audit log: there a
/// function owned by the schema's owner does this one thing.
async fn blank_audit(
    txn: &DatabaseTransaction,
    backend: Backend,
    entity: &'static str,
    id: i64,
    fields: &[&str],
) -> Result<()> {
    if backend == Backend::Postgres {
        let call = Query::select()
            .expr(
                Func::cust(Alias::new("epic_forget_audit"))
                    .args([Expr::val(entity), Expr::val(id)]),
            )
            .to_owned();
        txn.query_one(&call).await.into_domain()?;
        return Ok(());
    }
    let entries: Vec<(i64, String)> = audit::Entity::find()
        .select_only()
        .columns([audit::Column::Id, audit::Column::Changes])
        .filter(audit::Column::Entity.eq(entity))
        .filter(audit::Column::EntityId.eq(id))
        .into_tuple()
        .all(txn)
        .await
        .into_domain()?;
    for (entry, changes) in entries {
        let blanked = blank_changes(&changes, fields);
        if blanked != changes {
            audit::Entity::update_many()
                .col_expr(audit::Column::Changes, Expr::value(blanked))
                .filter(audit::Column::Id.eq(entry))
                .exec(txn)
                .await
                .into_domain()?;
        }
    }
    Ok(())
}

/// An audit entry's changes (a JSON array of `{field, old, new}`) with the
/// values of `fields` removed: the field stays, marked `forgotten`. The
/// same text as PostgreSQL's `epic_forget_audit` writes.
fn blank_changes(changes: &str, fields: &[&str]) -> String {
    let Ok(serde_json::Value::Array(items)) = serde_json::from_str(changes) else {
        return changes.to_owned();
    };
    let items: Vec<serde_json::Value> = items
        .into_iter()
        .map(|item| match item.get("field").and_then(|f| f.as_str()) {
            Some(field) if fields.contains(&field) => serde_json::json!({
                "field": field, "old": null, "new": null, "forgotten": true
            }),
            _ => item,
        })
        .collect();
    serde_json::Value::Array(items).to_string()
}

/// What staff were told about the event, without its name or client:
/// "Ada changed event 87".
async fn forget_in_notifications(txn: &DatabaseTransaction, event_id: i64) -> Result<()> {
    let told: Vec<(i64, String)> = notification::Entity::find()
        .select_only()
        .columns([notification::Column::Id, notification::Column::Message])
        .filter(notification::Column::EventId.eq(event_id))
        .into_tuple()
        .all(txn)
        .await
        .into_domain()?;
    for (id, message) in told {
        let neutral = Forgotten::Event(event_id).neutral_message(&message);
        set_message(txn, id, neutral).await?;
    }
    Ok(())
}

async fn set_message(txn: &DatabaseTransaction, id: i64, message: String) -> Result<()> {
    notification::Entity::update_many()
        .col_expr(notification::Column::Message, Expr::value(message))
        .filter(notification::Column::Id.eq(id))
        .exec(txn)
        .await
        .into_domain()?;
    Ok(())
}

/// The e-mails about the event, sent or not, without its name, place,
/// notes or client.
async fn forget_in_outbox(
    txn: &DatabaseTransaction,
    event_id: i64,
    client: ClientId,
) -> Result<()> {
    let letters = outbox_rows(txn, outbox::Column::EventId.eq(event_id)).await?;
    for (id, mut notice) in letters {
        notice.forget_event(client);
        set_payload(txn, id, &notice).await?;
    }
    Ok(())
}

/// Staff's notifications that name `name` as who made a change.
async fn rename_in_notifications(
    txn: &DatabaseTransaction,
    name: &str,
    neutral: &str,
) -> Result<()> {
    let told: Vec<(i64, String)> = notification::Entity::find()
        .select_only()
        .columns([notification::Column::Id, notification::Column::Message])
        .filter(Expr::col(notification::Column::Message).like(like_pattern(name)))
        .into_tuple()
        .all(txn)
        .await
        .into_domain()?;
    for (id, message) in told {
        if let Some(rest) = message.strip_prefix(name) {
            set_message(txn, id, format!("{neutral}{rest}")).await?;
        }
    }
    Ok(())
}

/// E-mails that tell of a change `name` made.
async fn rename_in_outbox(txn: &DatabaseTransaction, name: &str, neutral: &str) -> Result<()> {
    let letters = outbox_rows(
        txn,
        Expr::col(outbox::Column::Payload).like(like_pattern(name)),
    )
    .await?;
    for (id, mut notice) in letters {
        if notice.by.as_deref() == Some(name) {
            notice.by = Some(neutral.to_owned());
            set_payload(txn, id, &notice).await?;
        }
    }
    Ok(())
}

async fn outbox_rows(
    txn: &DatabaseTransaction,
    condition: impl sea_orm::sea_query::IntoCondition,
) -> Result<Vec<(i64, Notice)>> {
    let found: Vec<(i64, String)> = outbox::Entity::find()
        .select_only()
        .columns([outbox::Column::Id, outbox::Column::Payload])
        .filter(condition)
        .into_tuple()
        .all(txn)
        .await
        .into_domain()?;
    found
        .into_iter()
        .map(|(id, payload)| {
            serde_json::from_str(&payload)
                .map(|notice| (id, notice))
                .map_err(|_| Error::Internal("the database holds an unreadable e-mail".into()))
        })
        .collect()
}

async fn set_payload(txn: &DatabaseTransaction, id: i64, notice: &Notice) -> Result<()> {
    outbox::Entity::update_many()
        .col_expr(
            outbox::Column::Payload,
            Expr::value(crate::outbox::payload(notice)?),
        )
        .filter(outbox::Column::Id.eq(id))
        .exec(txn)
        .await
        .into_domain()?;
    Ok(())
}

impl Store {
    /// SQLite keeps the pages a transaction replaced in its write-ahead log
    /// until a checkpoint: this one copies them into the file (where
    /// `secure_delete` zeroed the old values) and empties the log.
    async fn scrub(&self) -> Result<()> {
        if self.backend() == Backend::Sqlite {
            self.db
                .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
                .await
                .into_domain()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanking_keeps_the_field_and_drops_the_values() {
        let changes = r#"[{"field":"email","old":"a@b.fr","new":"c@d.fr"},{"field":"total_amount","old":"1.00","new":"2.00"}]"#;
        assert_eq!(
            blank_changes(changes, &CLIENT_FIELDS),
            r#"[{"field":"email","old":null,"new":null,"forgotten":true},{"field":"total_amount","old":"1.00","new":"2.00"}]"#
        );
    }
}
