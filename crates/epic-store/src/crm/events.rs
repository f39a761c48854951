use std::collections::HashMap;

use chrono::{DateTime, Utc};
use epic_domain::crm::records::{Event, Trail};
use epic_domain::crm::{EventRepository, EventValues, Guard, ListEvents, NewEvent, Progress, Sink};
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId, EventText};
use epic_domain::{Error, Message, Result, keys};
use sea_orm::sea_query::{
    Alias, Expr, ExprTrait, JoinType, LockType, Order, Query, SelectStatement,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait,
    QueryFilter, QuerySelect,
};

use super::read::{corrupt, one, support};
use super::write::{GuardColumns, Stored, finish, guarded};
use super::{search, trail};
use crate::Store;
use crate::entity::{client, contract, employee, event};
use crate::errors::IntoDomain;
use crate::native::declare_row;

/// The list query for a filter; `tests/tests/query_plans.rs` checks each
/// filter is served by an index on both backends.
pub fn query(filter: &ListEvents, backend: DbBackend) -> SelectStatement {
    let col = |c: event::Column| Expr::col((event::Entity, c));
    let mut select = event_select();
    if filter.no_support {
        select.and_where(col(event::Column::SupportContactId).is_null());
    } else if let Some(id) = filter.support {
        select.and_where(col(event::Column::SupportContactId).eq(id.0));
    }
    if let Some(sales) = filter.sales {
        select
            .and_where(Expr::col((contract::Entity, contract::Column::SalesContactId)).eq(sales.0));
    }
    if let Some(contract) = filter.contract {
        select.and_where(col(event::Column::ContractId).eq(contract.0));
    }
    if let Some(from) = filter.from {
        select.and_where(col(event::Column::StartAt).gte(from));
    }
    if let Some(to) = filter.to {
        select.and_where(col(event::Column::StartAt).lt(to));
    }
    if let Some(after) = filter.ending_after {
        select.and_where(col(event::Column::EndAt).gt(after));
    }
    if filter.overlapping {
        // Only booked events can be double booked; saying so lets the
        // support contact's index choose them.
        select.and_where(col(event::Column::SupportContactId).is_not_null());
        select.and_where(Expr::exists(overlapping(backend)));
    }
    if let Some(text) = &filter.search {
        select.and_where(search::matches(
            backend,
            event::Entity,
            "events_search",
            text,
        ));
    }
    select
        .order_by((event::Entity, event::Column::StartAt), Order::Asc)
        .order_by((event::Entity, event::Column::Id), Order::Asc);
    select
}

/// SQLite runs one write at a time; PostgreSQL makes the writes that need
/// `support` free wait for each other on their employee row, so the second
/// sees the first's event once it is committed.
async fn take_turn(txn: &DatabaseTransaction, support: EmployeeId) -> Result<()> {
    if txn.get_database_backend() == DbBackend::Postgres {
        let mut lock = Query::select();
        lock.column(employee::Column::Id)
            .from(employee::Entity)
            .and_where(Expr::col(employee::Column::Id).eq(support.0))
            .lock(LockType::Update);
        txn.query_all(&lock).await.into_domain()?;
    }
    Ok(())
}

/// Another event of `support` than `id` at a time that overlaps `values`.
fn busy(support: EmployeeId, id: EventId, values: &EventValues) -> SelectStatement {
    let other = Alias::new("other");
    let theirs = |c: event::Column| Expr::col((other.clone(), c));
    Query::select()
        .expr(Expr::val(1))
        .from_as(event::Entity, other.clone())
        .and_where(theirs(event::Column::SupportContactId).eq(support.0))
        .and_where(theirs(event::Column::Id).ne(id.0))
        .and_where(theirs(event::Column::StartAt).lt(values.end))
        .and_where(theirs(event::Column::EndAt).gt(values.start))
        .to_owned()
}

/// Another event of the listed event's support contact, at a time that
/// overlaps it: found through the support contact's index. On PostgreSQL
/// `OFFSET 0` keeps it a lookup per listed event, where the planner would
/// otherwise hash every booked event to join them.
fn overlapping(backend: DbBackend) -> SelectStatement {
    let other = Alias::new("other");
    let theirs = |c: event::Column| Expr::col((other.clone(), c));
    let ours = |c: event::Column| Expr::col((event::Entity, c));
    let mut other_event = Query::select();
    other_event
        .expr(Expr::val(1))
        .from_as(event::Entity, other.clone())
        .and_where(
            theirs(event::Column::SupportContactId)
                .equals((event::Entity, event::Column::SupportContactId)),
        )
        .and_where(theirs(event::Column::Id).ne(ours(event::Column::Id)))
        .and_where(theirs(event::Column::StartAt).lt(ours(event::Column::EndAt)))
        .and_where(theirs(event::Column::EndAt).gt(ours(event::Column::StartAt)));
    if backend == DbBackend::Postgres {
        other_event.offset(0);
    }
    other_event
}

impl Stored for Event {
    const ENTITY: &'static str = "event";

    async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Option<Event>> {
        let mut select = event_select();
        select.and_where(Expr::col((event::Entity, event::Column::Id)).eq(id));
        one::<_, EventRow, Event>(db, &select).await
    }

    fn event_id(id: i64) -> Option<i64> {
        Some(id)
    }
}

fn active(new: NewEvent, now: DateTime<Utc>) -> Result<event::ActiveModel> {
    let NewEvent {
        contract, values, ..
    } = new;
    Ok(event::ActiveModel {
        search_key: Set(values.search_key()),
        name: Set(values.name.as_str().to_owned()),
        contract_id: Set(contract.0),
        support_contact_id: Set(values.support_contact.map(|s| s.0)),
        start_at: Set(values.start),
        end_at: Set(values.end),
        location: Set(values.location.as_str().to_owned()),
        attendees: Set(i32::try_from(values.attendees)
            .map_err(|_| Error::invalid("attendees", Message::new(keys::ATTENDEES_TOO_LARGE)))?),
        notes: Set(values.notes),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    })
}

/// Whether every contract is still signed and, when an owner is set,
/// still theirs; the contract rows are locked until the transaction ends.
async fn still_allowed(txn: &DatabaseTransaction, events: &[(NewEvent, Trail)]) -> Result<bool> {
    let mut wanted: Vec<i64> = events.iter().map(|(e, _)| e.contract.0).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let contracts: HashMap<i64, i64> = contract::Entity::find()
        .filter(contract::Column::Id.is_in(wanted))
        .filter(contract::Column::Signed.eq(true))
        .lock(LockType::Update)
        .all(txn)
        .await
        .into_domain()?
        .into_iter()
        .map(|c| (c.id, c.sales_contact_id))
        .collect();
    Ok(events.iter().all(|(new, _)| {
        contracts
            .get(&new.contract.0)
            .is_some_and(|seller| new.owner.is_none_or(|o| o.0 == *seller))
    }))
}

impl EventRepository for Store {
    async fn events(&self, filter: &ListEvents, sink: Sink<'_, Event>) -> Result<()> {
        let select = query(filter, self.db.get_database_backend());
        self.list::<EventRow, Event>(&select, sink).await
    }

    async fn event(&self, id: EventId) -> Result<Option<Event>> {
        Event::get(&self.db, id.0).await
    }

    async fn create_event(
        &self,
        new: NewEvent,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Event>> {
        let (txn, _turn) = self.write().await?;
        let one = [(new, trail)];
        if !still_allowed(&txn, &one).await? {
            return Ok(None);
        }
        let [(new, trail)] = one;
        let model = event::Entity::insert(active(new, now)?)
            .exec_with_returning(&txn)
            .await
            .into_domain()?;
        finish(txn, model.id, trail, now).await
    }

    async fn import_events(
        &self,
        events: Vec<(NewEvent, Trail)>,
        now: DateTime<Utc>,
        progress: Progress<'_>,
    ) -> Result<Option<Vec<EventId>>> {
        let (txn, _turn) = self.write().await?;
        let mut ids = Vec::with_capacity(events.len());
        for batch in trail::chunks(events) {
            if !still_allowed(&txn, &batch).await? {
                // Dropping the transaction rolls every row back.
                return Ok(None);
            }
            let mut models = Vec::with_capacity(batch.len());
            for (new, _) in &batch {
                models.push(active(new.clone(), now)?);
            }
            let inserted = event::Entity::insert_many(models)
                .exec_with_returning(&txn)
                .await
                .into_domain()?;
            // RETURNING gives the rows in VALUES order on both backends; the
            // audit trail depends on it, so check rather than assume.
            let in_order = inserted.len() == batch.len()
                && inserted.iter().zip(&batch).all(|(m, (new, _))| {
                    m.contract_id == new.contract.0 && m.name == new.values.name.as_str()
                });
            if !in_order {
                return Err(Error::Internal(
                    "the database returned imported events out of order".into(),
                ));
            }
            let changes = inserted
                .iter()
                .zip(batch)
                .map(|(m, (_, trail))| (m.id, Some(m.id), trail))
                .collect();
            trail::record_many(&txn, Event::ENTITY, changes, now).await?;
            ids.extend(inserted.iter().map(|m| EventId(m.id)));
            progress(ids.len());
        }
        txn.commit().await.into_domain()?;
        Ok(Some(ids))
    }

    async fn update_event(
        &self,
        id: EventId,
        guard: Guard,
        free: bool,
        values: EventValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Event>> {
        let (txn, _turn) = self.write().await?;
        let mut update = event::Entity::update_many()
            .col_expr(event::Column::Name, Expr::value(values.name.as_str()))
            .col_expr(event::Column::StartAt, Expr::value(values.start))
            .col_expr(event::Column::EndAt, Expr::value(values.end))
            .col_expr(
                event::Column::Location,
                Expr::value(values.location.as_str()),
            )
            .col_expr(
                event::Column::Attendees,
                Expr::value(i64::from(values.attendees)),
            )
            .col_expr(event::Column::Notes, Expr::value(values.notes.as_str()))
            .col_expr(
                event::Column::SupportContactId,
                Expr::value(values.support_contact.map(|s| s.0)),
            )
            .col_expr(event::Column::SearchKey, Expr::value(values.search_key()));
        if free && let Some(support) = values.support_contact {
            take_turn(&txn, support).await?;
            update = update.filter(Expr::exists(busy(support, id, &values)).not());
        }
        let columns = GuardColumns {
            id: event::Column::Id,
            version: event::Column::Version,
            updated_at: event::Column::UpdatedAt,
            owner: Some(event::Column::SupportContactId),
        };
        if !guarded(&txn, update, columns, id.0, guard, now)
            .await
            .into_domain()?
        {
            return Ok(None);
        }
        finish(txn, id.0, trail, now).await
    }

    async fn delete_event(&self, id: EventId, trail: Trail, now: DateTime<Utc>) -> Result<bool> {
        let (txn, _turn) = self.write().await?;
        if event::Entity::find_by_id(id.0)
            .one(&txn)
            .await
            .into_domain()?
            .is_none()
        {
            return Ok(false);
        }
        // The notifications outlive the event; their link is cleared by the FK.
        trail::record(&txn, Event::ENTITY, id.0, Some(id.0), trail, now).await?;
        event::Entity::delete_by_id(id.0)
            .exec(&txn)
            .await
            .into_domain()?;
        txn.commit().await.into_domain()?;
        Ok(true)
    }
}

declare_row! {
    pub(crate) struct EventRow {
        id: i64,
        name: String,
        contract_id: i64,
        client_id: i64,
        client_name: String,
        client_email: String,
        client_phone: Option<String>,
        sales_contact_id: i64,
        support_contact_id: Option<i64>,
        support_contact_name: Option<String>,
        start_at: DateTime<Utc>,
        end_at: DateTime<Utc>,
        location: String,
        attendees: i32,
        notes: String,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        version: i64,
    }
}

pub(crate) fn event_select() -> SelectStatement {
    use event::Column as V;
    Query::select()
        .columns(
            [
                V::Id,
                V::Name,
                V::ContractId,
                V::SupportContactId,
                V::StartAt,
                V::EndAt,
                V::Location,
                V::Attendees,
                V::Notes,
                V::CreatedAt,
                V::UpdatedAt,
                V::Version,
            ]
            .map(|c| (event::Entity, c)),
        )
        .expr_as(
            Expr::col((client::Entity, client::Column::Id)),
            Alias::new("client_id"),
        )
        .expr_as(
            Expr::col((client::Entity, client::Column::FullName)),
            Alias::new("client_name"),
        )
        .expr_as(
            Expr::col((client::Entity, client::Column::Email)),
            Alias::new("client_email"),
        )
        .expr_as(
            Expr::col((client::Entity, client::Column::Phone)),
            Alias::new("client_phone"),
        )
        .expr_as(
            Expr::col((contract::Entity, contract::Column::SalesContactId)),
            Alias::new("sales_contact_id"),
        )
        .expr_as(
            Expr::col((support(), employee::Column::FullName)),
            Alias::new("support_contact_name"),
        )
        .from(event::Entity)
        .inner_join(
            contract::Entity,
            Expr::col((contract::Entity, contract::Column::Id))
                .equals((event::Entity, V::ContractId)),
        )
        .inner_join(
            client::Entity,
            Expr::col((client::Entity, client::Column::Id))
                .equals((contract::Entity, contract::Column::ClientId)),
        )
        .join_as(
            JoinType::LeftJoin,
            employee::Entity,
            support(),
            Expr::col((support(), employee::Column::Id))
                .equals((event::Entity, V::SupportContactId)),
        )
        .to_owned()
}

impl TryFrom<EventRow> for Event {
    type Error = Error;

    fn try_from(r: EventRow) -> Result<Self> {
        Ok(Event {
            id: EventId(r.id),
            name: EventText::parse_field("name", &r.name).map_err(|_| corrupt("event name"))?,
            contract_id: ContractId(r.contract_id),
            client_id: ClientId(r.client_id),
            client_name: r.client_name,
            client_email: r.client_email,
            client_phone: r.client_phone,
            sales_contact_id: EmployeeId(r.sales_contact_id),
            support_contact_id: r.support_contact_id.map(EmployeeId),
            support_contact_name: r.support_contact_name,
            start: r.start_at,
            end: r.end_at,
            location: EventText::parse_field("location", &r.location)
                .map_err(|_| corrupt("event location"))?,
            attendees: u32::try_from(r.attendees).map_err(|_| corrupt("attendee count"))?,
            notes: r.notes,
            created_at: r.created_at,
            updated_at: r.updated_at,
            version: r.version,
        })
    }
}
