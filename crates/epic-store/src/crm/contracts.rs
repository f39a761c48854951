use chrono::{DateTime, Utc};
use epic_domain::crm::records::{Contract, Trail};
use epic_domain::crm::{ContractRepository, ContractValues, Guard, ListContracts, Sink};
use epic_domain::types::{ClientId, ContractId, EmployeeId, Money};
use epic_domain::{Error, Message, Result, keys};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Order, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::read::{corrupt, one, sales};
use super::trail;
use super::write::{GuardColumns, Stored, finish, guarded};
use crate::Store;
use crate::entity::{client, contract, employee, event};
use crate::errors::IntoDomain;
use crate::native::declare_row;

/// The list query for a filter; `tests/tests/query_plans.rs` checks each
/// filter is served by an index on both backends.
pub fn query(filter: &ListContracts) -> SelectStatement {
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
        select.and_where(col(contract::Column::ClientId).eq(client.0));
    }
    if let Some(sales) = filter.sales {
        select.and_where(col(contract::Column::SalesContactId).eq(sales.0));
    }
    if let Some(ids) = &filter.ids {
        select.and_where(col(contract::Column::Id).is_in(ids.iter().map(|id| id.0)));
    }
    select.order_by((contract::Entity, contract::Column::Id), Order::Asc);
    select
}

impl Stored for Contract {
    const ENTITY: &'static str = "contract";

    async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Option<Contract>> {
        let mut select = contract_select();
        select.and_where(Expr::col((contract::Entity, contract::Column::Id)).eq(id));
        one::<_, ContractRow, Contract>(db, &select).await
    }
}

impl ContractRepository for Store {
    async fn contracts(&self, filter: &ListContracts, sink: Sink<'_, Contract>) -> Result<()> {
        self.list::<ContractRow, Contract>(&query(filter), sink)
            .await
    }

    async fn contract(&self, id: ContractId) -> Result<Option<Contract>> {
        Contract::get(&self.db, id.0).await
    }

    async fn create_contract(
        &self,
        client: ClientId,
        values: ContractValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Contract>> {
        let (txn, _turn) = self.write().await?;
        let Some(owner) = client::Entity::find_by_id(client.0)
            .one(&txn)
            .await
            .into_domain()?
        else {
            return Ok(None);
        };
        let model = contract::Entity::insert(contract::ActiveModel {
            client_id: Set(client.0),
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
        finish(txn, model.id, trail, now).await
    }

    async fn update_contract(
        &self,
        id: ContractId,
        guard: Guard,
        values: ContractValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Contract>> {
        let (txn, _turn) = self.write().await?;
        let update = contract::Entity::update_many()
            .col_expr(
                contract::Column::TotalCents,
                Expr::value(values.total.cents()),
            )
            .col_expr(contract::Column::DueCents, Expr::value(values.due.cents()))
            .col_expr(
                contract::Column::Signed,
                Expr::value(values.signed_at.is_some()),
            )
            .col_expr(contract::Column::SignedAt, Expr::value(values.signed_at));
        let columns = GuardColumns {
            id: contract::Column::Id,
            version: contract::Column::Version,
            updated_at: contract::Column::UpdatedAt,
            owner: Some(contract::Column::SalesContactId),
        };
        if !guarded(&txn, update, columns, id.0, guard, now)
            .await
            .into_domain()?
        {
            return Ok(None);
        }
        finish(txn, id.0, trail, now).await
    }

    async fn delete_contract(
        &self,
        id: ContractId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let (txn, _turn) = self.write().await?;
        let events = event::Entity::find()
            .filter(event::Column::ContractId.eq(id.0))
            .count(&txn)
            .await
            .into_domain()?;
        if events > 0 {
            return Err(Error::Conflict(
                Message::new(keys::CONTRACT_HAS_EVENTS)
                    .arg("id", id)
                    .arg("events", events),
            ));
        }
        if contract::Entity::delete_by_id(id.0)
            .exec(&txn)
            .await
            .into_domain()?
            .rows_affected
            == 0
        {
            return Ok(false);
        }
        trail::record(&txn, Contract::ENTITY, id.0, None, trail, now).await?;
        txn.commit().await.into_domain()?;
        Ok(true)
    }
}

declare_row! {
    pub(crate) struct ContractRow {
        id: i64,
        client_id: i64,
        client_name: String,
        sales_contact_id: i64,
        sales_contact_name: String,
        total_cents: i64,
        due_cents: i64,
        signed: bool,
        signed_at: Option<DateTime<Utc>>,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        version: i64,
    }
}

pub(crate) fn contract_select() -> SelectStatement {
    use contract::Column as K;
    Query::select()
        .columns(
            [
                K::Id,
                K::ClientId,
                K::SalesContactId,
                K::TotalCents,
                K::DueCents,
                K::Signed,
                K::SignedAt,
                K::CreatedAt,
                K::UpdatedAt,
                K::Version,
            ]
            .map(|c| (contract::Entity, c)),
        )
        .expr_as(
            Expr::col((client::Entity, client::Column::FullName)),
            Alias::new("client_name"),
        )
        .expr_as(
            Expr::col((sales(), employee::Column::FullName)),
            Alias::new("sales_contact_name"),
        )
        .from(contract::Entity)
        .inner_join(
            client::Entity,
            Expr::col((client::Entity, client::Column::Id)).equals((contract::Entity, K::ClientId)),
        )
        .join_as(
            JoinType::InnerJoin,
            employee::Entity,
            sales(),
            Expr::col((sales(), employee::Column::Id))
                .equals((contract::Entity, K::SalesContactId)),
        )
        .to_owned()
}

impl TryFrom<ContractRow> for Contract {
    type Error = Error;

    fn try_from(r: ContractRow) -> Result<Self> {
        Ok(Contract {
            id: ContractId(r.id),
            client_id: ClientId(r.client_id),
            client_name: r.client_name,
            sales_contact_id: EmployeeId(r.sales_contact_id),
            sales_contact_name: r.sales_contact_name,
            total_amount: Money::from_cents("total_amount", r.total_cents)
                .map_err(|_| corrupt("total"))?,
            amount_due: Money::from_cents("amount_due", r.due_cents)
                .map_err(|_| corrupt("amount due"))?,
            signed: r.signed,
            signed_at: r.signed_at,
            created_at: r.created_at,
            updated_at: r.updated_at,
            version: r.version,
        })
    }
}
