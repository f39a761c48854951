use chrono::{DateTime, Utc};
use epic_domain::crm::records::{Contract, Trail};
use epic_domain::crm::{ContractFilter, ContractValues, Guard, Sink};
use epic_domain::{Error, Result};
use sea_orm::sea_query::{Expr, ExprTrait, Order, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::read::{ContractRow, contract_select, each, one};
use super::trail;
use crate::Store;
use crate::entity::{client, contract, event};
use crate::errors::IntoDomain;

const ENTITY: &str = "contract";

/// The list query for a filter; `tests/tests/query_plans.rs` checks each
/// filter is served by an index on both backends.
pub fn query(filter: &ContractFilter) -> SelectStatement {
    let col = |c: contract::Column| Expr::col((contract::Entity, c));
    let mut select = contract_select();
    if let Some(signed) = filter.signed {
        select.and_where(col(contract::Column::Signed).eq(signed));
    }
    if filter.unpaid {
        // A literal, not a bound value, so the partial index ix_contracts_unpaid
        // (WHERE due_cents > 0) is provably usable by the planner.
        select.and_where(Expr::cust("contracts.due_cents > 0"));
    }
    if let Some(client) = filter.client {
        select.and_where(col(contract::Column::ClientId).eq(client));
    }
    if let Some(sales) = filter.sales_contact {
        select.and_where(col(contract::Column::SalesContactId).eq(sales.0));
    }
    if let Some(ids) = &filter.ids {
        select.and_where(col(contract::Column::Id).is_in(ids.iter().copied()));
    }
    select.order_by((contract::Entity, contract::Column::Id), Order::Asc);
    select
}

pub(super) async fn list(
    store: &Store,
    filter: &ContractFilter,
    sink: Sink<'_, Contract>,
) -> Result<()> {
    each::<_, ContractRow, Contract>(&store.db, &query(filter), sink).await
}

pub(super) async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Option<Contract>> {
    let mut select = contract_select();
    select.and_where(Expr::col((contract::Entity, contract::Column::Id)).eq(id));
    one::<_, ContractRow, Contract>(db, &select).await
}

pub(super) async fn create(
    store: &Store,
    client_id: i64,
    values: ContractValues,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<Contract>> {
    let txn = store.write().await?;
    let Some(owner) = client::Entity::find_by_id(client_id)
        .one(&txn)
        .await
        .into_domain()?
    else {
        return Ok(None);
    };
    let model = contract::Entity::insert(contract::ActiveModel {
        client_id: Set(client_id),
        sales_contact_id: Set(owner.sales_contact_id),
        total_cents: Set(values.total.cents()),
        due_cents: Set(values.due.cents()),
        signed: Set(values.signed_at.is_some()),
        signed_at: Set(values.signed_at),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    })
    .exec_with_returning(&txn)
    .await
    .into_domain()?;
    trail::record(&txn, ENTITY, model.id, None, trail, now).await?;
    let created = get(&txn, model.id).await?;
    txn.commit().await.into_domain()?;
    Ok(created)
}

pub(super) async fn update(
    store: &Store,
    id: i64,
    guard: Guard,
    values: ContractValues,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<Contract>> {
    let txn = store.write().await?;
    let mut update = contract::Entity::update_many()
        .col_expr(
            contract::Column::TotalCents,
            Expr::value(values.total.cents()),
        )
        .col_expr(contract::Column::DueCents, Expr::value(values.due.cents()))
        .col_expr(
            contract::Column::Signed,
            Expr::value(values.signed_at.is_some()),
        )
        .col_expr(contract::Column::SignedAt, Expr::value(values.signed_at))
        .col_expr(contract::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            contract::Column::Version,
            Expr::col(contract::Column::Version).add(1),
        )
        .filter(contract::Column::Id.eq(id))
        .filter(contract::Column::Version.eq(guard.version));
    if let Some(owner) = guard.owner {
        update = update.filter(contract::Column::SalesContactId.eq(owner.0));
    }
    if update.exec(&txn).await.into_domain()?.rows_affected == 0 {
        return Ok(None);
    }
    trail::record(&txn, ENTITY, id, None, trail, now).await?;
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
    let events = event::Entity::find()
        .filter(event::Column::ContractId.eq(id))
        .count(&txn)
        .await
        .into_domain()?;
    if events > 0 {
        return Err(Error::Conflict(format!(
            "contract {id} still has {events} event(s): delete them first"
        )));
    }
    if contract::Entity::delete_by_id(id)
        .exec(&txn)
        .await
        .into_domain()?
        .rows_affected
        == 0
    {
        return Ok(false);
    }
    trail::record(&txn, ENTITY, id, None, trail, now).await?;
    txn.commit().await.into_domain()?;
    Ok(true)
}
