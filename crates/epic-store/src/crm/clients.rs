use chrono::{DateTime, Utc};
use epic_domain::crm::records::{Client, Trail};
use epic_domain::crm::{ClientFilter, ClientValues, Guard, NewClient, Progress, Sink};
use epic_domain::{Error, Result};
use sea_orm::sea_query::{Condition, Expr, ExprTrait, Func, LikeExpr, Order, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter,
};

use super::read::{ClientRow, client_select, each, one};
use super::trail;
use crate::Store;
use crate::entity::{client, contract};
use crate::errors::{IntoDomain, map};

const ENTITY: &str = "client";

/// `%` and `_` in what people type are literal characters, not wildcards.
pub(crate) fn contains_pattern(text: &str) -> LikeExpr {
    let mut escaped = String::with_capacity(text.len() + 2);
    escaped.push('%');
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped.push('%');
    LikeExpr::new(escaped).escape('\\')
}

/// The list query for a filter; `tests/tests/query_plans.rs` checks each
/// filter is served by an index on both backends.
pub fn query(filter: &ClientFilter) -> SelectStatement {
    let mut select = client_select();
    if let Some(sales) = filter.sales_contact {
        select.and_where(Expr::col((client::Entity, client::Column::SalesContactId)).eq(sales.0));
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let column = |c: client::Column| Expr::expr(Func::lower(Expr::col((client::Entity, c))));
        select.cond_where(
            Condition::any()
                .add(column(client::Column::FullName).like(contains_pattern(search)))
                .add(column(client::Column::Email).like(contains_pattern(search)))
                .add(column(client::Column::CompanyName).like(contains_pattern(search))),
        );
    }
    select.order_by((client::Entity, client::Column::Id), Order::Asc);
    select
}

pub(super) async fn list(
    store: &Store,
    filter: &ClientFilter,
    sink: Sink<'_, Client>,
) -> Result<()> {
    each::<_, ClientRow, Client>(&store.db, &query(filter), sink).await
}

pub(super) async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Option<Client>> {
    let mut select = client_select();
    select.and_where(Expr::col((client::Entity, client::Column::Id)).eq(id));
    one::<_, ClientRow, Client>(db, &select).await
}

fn duplicate_email(email: &impl std::fmt::Display) -> impl Fn(sea_orm::DbErr) -> Error + '_ {
    move |e| match map(e) {
        Error::Conflict(_) => {
            Error::Conflict(format!("a client with the email {email} already exists"))
        }
        other => other,
    }
}

fn active(new: &NewClient, now: DateTime<Utc>) -> client::ActiveModel {
    client::ActiveModel {
        full_name: Set(new.full_name.as_str().to_owned()),
        email: Set(new.email.as_str().to_owned()),
        phone: Set(new.phone.as_ref().map(|p| p.as_str().to_owned())),
        company_name: Set(new.company_name.as_ref().map(|c| c.as_str().to_owned())),
        sales_contact_id: Set(new.sales_contact.0),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    }
}

async fn insert(
    txn: &DatabaseTransaction,
    new: NewClient,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<i64> {
    let model = client::Entity::insert(active(&new, now))
        .exec_with_returning(txn)
        .await
        .map_err(duplicate_email(&new.email))?;
    trail::record(txn, ENTITY, model.id, None, trail, now).await?;
    Ok(model.id)
}

pub(super) async fn create(
    store: &Store,
    new: NewClient,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Client> {
    let txn = store.write().await?;
    let id = insert(&txn, new, trail, now).await?;
    let created = get(&txn, id).await?;
    txn.commit().await.into_domain()?;
    created.ok_or_else(|| Error::Internal("a created client vanished".into()))
}

pub(super) async fn import(
    store: &Store,
    clients: Vec<(NewClient, Trail)>,
    now: DateTime<Utc>,
    progress: Progress<'_>,
) -> Result<Vec<i64>> {
    let txn = store.write().await?;
    let mut ids = Vec::with_capacity(clients.len());
    for batch in trail::chunks(clients) {
        let models = client::Entity::insert_many(batch.iter().map(|(new, _)| active(new, now)))
            .exec_with_returning(&txn)
            .await
            .into_domain()?;
        // RETURNING gives the rows in VALUES order on both backends; the
        // audit trail depends on it, so check rather than assume.
        let in_order = models.len() == batch.len()
            && models
                .iter()
                .zip(&batch)
                .all(|(m, (new, _))| m.email == new.email.as_str());
        if !in_order {
            return Err(Error::Internal(
                "the database returned imported clients out of order".into(),
            ));
        }
        let changes = models
            .iter()
            .zip(batch)
            .map(|(m, (_, trail))| (m.id, None, trail))
            .collect();
        trail::record_many(&txn, ENTITY, changes, now).await?;
        ids.extend(models.iter().map(|m| m.id));
        progress(ids.len());
    }
    txn.commit().await.into_domain()?;
    Ok(ids)
}

pub(super) async fn update(
    store: &Store,
    id: i64,
    guard: Guard,
    values: ClientValues,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<Client>> {
    let txn = store.write().await?;
    let mut update = client::Entity::update_many()
        .col_expr(
            client::Column::FullName,
            Expr::value(values.full_name.as_str()),
        )
        .col_expr(client::Column::Email, Expr::value(values.email.as_str()))
        .col_expr(
            client::Column::Phone,
            Expr::value(values.phone.as_ref().map(|p| p.as_str().to_owned())),
        )
        .col_expr(
            client::Column::CompanyName,
            Expr::value(values.company_name.as_ref().map(|c| c.as_str().to_owned())),
        )
        .col_expr(
            client::Column::SalesContactId,
            Expr::value(values.sales_contact.0),
        )
        .col_expr(client::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            client::Column::Version,
            Expr::col(client::Column::Version).add(1),
        )
        .filter(client::Column::Id.eq(id))
        .filter(client::Column::Version.eq(guard.version));
    if let Some(owner) = guard.owner {
        update = update.filter(client::Column::SalesContactId.eq(owner.0));
    }
    let changed = update
        .exec(&txn)
        .await
        .map_err(duplicate_email(&values.email))?;
    if changed.rows_affected == 0 {
        return Ok(None);
    }
    // A client's contracts follow its sales contact.
    contract::Entity::update_many()
        .col_expr(
            contract::Column::SalesContactId,
            Expr::value(values.sales_contact.0),
        )
        .col_expr(
            contract::Column::Version,
            Expr::col(contract::Column::Version).add(1),
        )
        .filter(contract::Column::ClientId.eq(id))
        .filter(contract::Column::SalesContactId.ne(values.sales_contact.0))
        .exec(&txn)
        .await
        .into_domain()?;
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
    let contracts = contract::Entity::find()
        .filter(contract::Column::ClientId.eq(id))
        .count(&txn)
        .await
        .into_domain()?;
    if contracts > 0 {
        return Err(Error::Conflict(format!(
            "client {id} still has {contracts} contract(s): delete them first"
        )));
    }
    let deleted = client::Entity::delete_by_id(id)
        .exec(&txn)
        .await
        .into_domain()?;
    if deleted.rows_affected == 0 {
        return Ok(false);
    }
    trail::record(&txn, ENTITY, id, None, trail, now).await?;
    txn.commit().await.into_domain()?;
    Ok(true)
}
