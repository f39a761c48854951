use std::collections::HashMap;

use chrono::{DateTime, Utc};
use epic_domain::crm::records::{Event, Trail};
use epic_domain::crm::{EventFilter, EventValues, Guard, Progress, Sink};
use epic_domain::types::EmployeeId;
use epic_domain::{Error, Result};
use sea_orm::sea_query::{Expr, ExprTrait, LockType, Order, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QuerySelect,
};

use super::read::{EventRow, each, event_select, one};
use super::trail;
use crate::Store;
use crate::entity::{contract, event};
use crate::errors::IntoDomain;

const ENTITY: &str = "event";

/// The list query for a filter; `tests/tests/query_plans.rs` checks each
/// filter is served by an index on both backends.
pub fn query(filter: &EventFilter) -> SelectStatement {
    let col = |c: event::Column| Expr::col((event::Entity, c));
    let mut select = event_select();
    match filter.support_contact {
        Some(Some(id)) => {
            select.and_where(col(event::Column::SupportContactId).eq(id.0));
        }
        Some(None) => {
            select.and_where(col(event::Column::SupportContactId).is_null());
        }
        None => {}
    }
    if let Some(sales) = filter.sales_contact {
        select
            .and_where(Expr::col((contract::Entity, contract::Column::SalesContactId)).eq(sales.0));
    }
    if let Some(contract) = filter.contract {
        select.and_where(col(event::Column::ContractId).eq(contract));
    }
    if let Some(from) = filter.from {
        select.and_where(col(event::Column::StartAt).gte(from));
    }
    if let Some(to) = filter.to {
        select.and_where(col(event::Column::StartAt).lt(to));
    }
    select
        .order_by((event::Entity, event::Column::StartAt), Order::Asc)
        .order_by((event::Entity, event::Column::Id), Order::Asc);
    select
}

pub(super) async fn list(store: &Store, filter: &EventFilter, sink: Sink<'_, Event>) -> Result<()> {
    each::<_, EventRow, Event>(&store.db, &query(filter), sink).await
}

pub(super) async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Option<Event>> {
    let mut select = event_select();
    select.and_where(Expr::col((event::Entity, event::Column::Id)).eq(id));
    one::<_, EventRow, Event>(db, &select).await
}

fn active(contract_id: i64, values: EventValues, now: DateTime<Utc>) -> Result<event::ActiveModel> {
    Ok(event::ActiveModel {
        name: Set(values.name.as_str().to_owned()),
        contract_id: Set(contract_id),
        support_contact_id: Set(values.support_contact.map(|s| s.0)),
        start_at: Set(values.start),
        end_at: Set(values.end),
        location: Set(values.location.as_str().to_owned()),
        attendees: Set(i32::try_from(values.attendees)
            .map_err(|_| Error::invalid("attendees", "is too large"))?),
        notes: Set(values.notes),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    })
}

/// Inserts one event if its contract is still signed and, when `owner` is
/// set, still theirs; the contract row is locked against changes meanwhile.
async fn insert(
    txn: &DatabaseTransaction,
    contract_id: i64,
    owner: Option<EmployeeId>,
    values: EventValues,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    let mut check =
        contract::Entity::find_by_id(contract_id).filter(contract::Column::Signed.eq(true));
    if let Some(owner) = owner {
        check = check.filter(contract::Column::SalesContactId.eq(owner.0));
    }
    if check
        .lock(LockType::Update)
        .one(txn)
        .await
        .into_domain()?
        .is_none()
    {
        return Ok(None);
    }
    let model = event::Entity::insert(active(contract_id, values, now)?)
        .exec_with_returning(txn)
        .await
        .into_domain()?;
    trail::record(txn, ENTITY, model.id, Some(model.id), trail, now).await?;
    Ok(Some(model.id))
}

pub(super) async fn create(
    store: &Store,
    contract_id: i64,
    owner: Option<EmployeeId>,
    values: EventValues,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<Event>> {
    let txn = store.write().await?;
    let Some(id) = insert(&txn, contract_id, owner, values, trail, now).await? else {
        return Ok(None);
    };
    let created = get(&txn, id).await?;
    txn.commit().await.into_domain()?;
    Ok(created)
}

pub(super) async fn import(
    store: &Store,
    events: Vec<(i64, Option<EmployeeId>, EventValues, Trail)>,
    now: DateTime<Utc>,
    progress: Progress<'_>,
) -> Result<Option<Vec<i64>>> {
    let txn = store.write().await?;
    let mut ids = Vec::with_capacity(events.len());
    for batch in trail::chunks(events) {
        // Each contract still signed and, when an owner is set, still
        // theirs; locked against changes until the import commits.
        let mut wanted: Vec<i64> = batch.iter().map(|(c, ..)| *c).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let contracts: HashMap<i64, i64> = contract::Entity::find()
            .filter(contract::Column::Id.is_in(wanted))
            .filter(contract::Column::Signed.eq(true))
            .lock(LockType::Update)
            .all(&txn)
            .await
            .into_domain()?
            .into_iter()
            .map(|c| (c.id, c.sales_contact_id))
            .collect();
        let allowed = batch.iter().all(|(contract, owner, ..)| {
            contracts
                .get(contract)
                .is_some_and(|seller| owner.is_none_or(|o| o.0 == *seller))
        });
        if !allowed {
            // Dropping the transaction rolls every row back.
            return Ok(None);
        }
        let mut models = Vec::with_capacity(batch.len());
        for (contract_id, _, values, _) in &batch {
            models.push(active(*contract_id, values.clone(), now)?);
        }
        let inserted = event::Entity::insert_many(models)
            .exec_with_returning(&txn)
            .await
            .into_domain()?;
        // RETURNING gives the rows in VALUES order on both backends; the
        // audit trail depends on it, so check rather than assume.
        let in_order = inserted.len() == batch.len()
            && inserted
                .iter()
                .zip(&batch)
                .all(|(m, (contract, _, values, _))| {
                    m.contract_id == *contract && m.name == values.name.as_str()
                });
        if !in_order {
            return Err(Error::Internal(
                "the database returned imported events out of order".into(),
            ));
        }
        let changes = inserted
            .iter()
            .zip(batch)
            .map(|(m, (.., trail))| (m.id, Some(m.id), trail))
            .collect();
        trail::record_many(&txn, ENTITY, changes, now).await?;
        ids.extend(inserted.iter().map(|m| m.id));
        progress(ids.len());
    }
    txn.commit().await.into_domain()?;
    Ok(Some(ids))
}

pub(super) async fn update(
    store: &Store,
    id: i64,
    guard: Guard,
    values: EventValues,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<Event>> {
    let txn = store.write().await?;
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
        .col_expr(event::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            event::Column::Version,
            Expr::col(event::Column::Version).add(1),
        )
        .filter(event::Column::Id.eq(id))
        .filter(event::Column::Version.eq(guard.version));
    if let Some(owner) = guard.owner {
        update = update.filter(event::Column::SupportContactId.eq(owner.0));
    }
    if update.exec(&txn).await.into_domain()?.rows_affected == 0 {
        return Ok(None);
    }
    trail::record(&txn, ENTITY, id, Some(id), trail, now).await?;
    let updated = get(&txn, id).await?;
    txn.commit().await.into_domain()?;
    Ok(updated)
}

pub(super) async fn delete(
    store: &Store,
    id: i64,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<bool> {
    let txn = store.write().await?;
    if event::Entity::find_by_id(id)
        .one(&txn)
        .await
        .into_domain()?
        .is_none()
    {
        return Ok(false);
    }
    // The notifications outlive the event; their link is cleared by the FK.
    trail::record(&txn, ENTITY, id, Some(id), trail, now).await?;
    event::Entity::delete_by_id(id)
        .exec(&txn)
        .await
        .into_domain()?;
    txn.commit().await.into_domain()?;
    Ok(true)
}
