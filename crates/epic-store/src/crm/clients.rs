use chrono::{DateTime, Utc};
use epic_domain::crm::records::{Client, Trail};
use epic_domain::crm::{ClientRepository, ClientValues, Guard, ListClients, Progress, Sink};
use epic_domain::types::{ClientId, Email, EmployeeId, FullName, Phone};
use epic_domain::{Error, Message, Result, keys};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Order, Query, SelectStatement, Value};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait,
    PaginatorTrait, QueryFilter,
};

use super::read::{corrupt, one, sales};
use super::write::{GuardColumns, Stored, finish, guarded};
use super::{search, trail};
use crate::Store;
use crate::entity::{client, contract, employee};
use crate::errors::{IntoDomain, map};
use crate::native::declare_row;

/// The list query for a filter; `tests/tests/query_plans.rs` checks each
/// filter is served by an index on both backends.
pub fn query(filter: &ListClients, backend: DbBackend) -> SelectStatement {
    let mut select = client_select();
    if let Some(sales) = filter.sales {
        select.and_where(Expr::col((client::Entity, client::Column::SalesContactId)).eq(sales.0));
    }
    if let Some(text) = &filter.search {
        select.and_where(search::matches(
            backend,
            client::Entity,
            "clients_search",
            text,
        ));
    }
    select.order_by((client::Entity, client::Column::Id), Order::Asc);
    select
}

impl Stored for Client {
    const ENTITY: &'static str = "client";

    async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Option<Client>> {
        let mut select = client_select();
        select.and_where(Expr::col((client::Entity, client::Column::Id)).eq(id));
        one::<_, ClientRow, Client>(db, &select).await
    }
}

fn duplicate_email(email: &impl std::fmt::Display) -> impl Fn(sea_orm::DbErr) -> Error + '_ {
    move |e| match map(e) {
        Error::Conflict(_) => {
            Error::Conflict(Message::new(keys::CLIENT_EMAIL_TAKEN).arg("email", email))
        }
        other => other,
    }
}

/// The columns a client's values fill, written once for an insert and an
/// update.
pub(super) fn columns(values: &ClientValues) -> [(client::Column, Value); 6] {
    let text = |t: Option<&str>| Value::from(t.map(str::to_owned));
    // Taken apart whole: a new value is a compile error here until written.
    let ClientValues {
        full_name,
        email,
        phone,
        company_name,
        sales_contact,
    } = values;
    [
        (client::Column::FullName, full_name.as_str().into()),
        (client::Column::Email, email.as_str().into()),
        (
            client::Column::Phone,
            text(phone.as_ref().map(|p| p.as_str())),
        ),
        (
            client::Column::CompanyName,
            text(company_name.as_ref().map(|c| c.as_str())),
        ),
        (client::Column::SalesContactId, sales_contact.0.into()),
        (client::Column::SearchKey, values.search_key().into()),
    ]
}

fn active(new: &ClientValues, now: DateTime<Utc>) -> Result<client::ActiveModel> {
    let mut model = client::ActiveModel {
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    };
    for (column, value) in columns(new) {
        model.try_set(column, value).into_domain()?;
    }
    Ok(model)
}

impl ClientRepository for Store {
    async fn clients(&self, filter: &ListClients, sink: Sink<'_, Client>) -> Result<()> {
        let select = query(filter, self.db.get_database_backend());
        self.list::<ClientRow, Client>(&select, sink).await
    }

    async fn client(&self, id: ClientId) -> Result<Option<Client>> {
        Client::get(&self.db, id.0).await
    }

    async fn create_client(
        &self,
        new: ClientValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Client> {
        let (txn, _turn) = self.write().await?;
        let model = client::Entity::insert(active(&new, now)?)
            .exec_with_returning(&txn)
            .await
            .map_err(duplicate_email(&new.email))?;
        finish(txn, model.id, trail, now)
            .await?
            .ok_or_else(|| Error::Internal("a created client vanished".into()))
    }

    async fn import_clients(
        &self,
        clients: Vec<(ClientValues, Trail)>,
        now: DateTime<Utc>,
        progress: Progress<'_>,
    ) -> Result<Vec<ClientId>> {
        let (txn, _turn) = self.write().await?;
        let mut ids = Vec::with_capacity(clients.len());
        for batch in trail::chunks(clients) {
            let rows = batch
                .iter()
                .map(|(new, _)| active(new, now))
                .collect::<Result<Vec<_>>>()?;
            let models = client::Entity::insert_many(rows)
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
            trail::record_many(&txn, Client::ENTITY, changes, now).await?;
            ids.extend(models.iter().map(|m| ClientId(m.id)));
            progress(ids.len());
        }
        txn.commit().await.into_domain()?;
        Ok(ids)
    }

    async fn update_client(
        &self,
        id: ClientId,
        guard: Guard,
        values: ClientValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Client>> {
        let (txn, _turn) = self.write().await?;
        let update = columns(&values)
            .into_iter()
            .fold(client::Entity::update_many(), |update, (column, value)| {
                update.col_expr(column, Expr::value(value))
            });
        let columns = GuardColumns {
            id: client::Column::Id,
            version: client::Column::Version,
            updated_at: client::Column::UpdatedAt,
            owner: Some(client::Column::SalesContactId),
        };
        let changed = guarded(&txn, update, columns, id.0, guard, now)
            .await
            .map_err(duplicate_email(&values.email))?;
        if !changed {
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
            .filter(contract::Column::ClientId.eq(id.0))
            .filter(contract::Column::SalesContactId.ne(values.sales_contact.0))
            .exec(&txn)
            .await
            .into_domain()?;
        finish(txn, id.0, trail, now).await
    }

    async fn delete_client(&self, id: ClientId, trail: Trail, now: DateTime<Utc>) -> Result<bool> {
        let (txn, _turn) = self.write().await?;
        let contracts = contract::Entity::find()
            .filter(contract::Column::ClientId.eq(id.0))
            .count(&txn)
            .await
            .into_domain()?;
        if contracts > 0 {
            return Err(Error::Conflict(
                Message::new(keys::CLIENT_HAS_CONTRACTS)
                    .arg("id", id)
                    .arg("contracts", contracts),
            ));
        }
        let deleted = client::Entity::delete_by_id(id.0)
            .exec(&txn)
            .await
            .into_domain()?;
        if deleted.rows_affected == 0 {
            return Ok(false);
        }
        trail::record(&txn, Client::ENTITY, id.0, None, trail, now).await?;
        txn.commit().await.into_domain()?;
        Ok(true)
    }
}

declare_row! {
    pub(crate) struct ClientRow {
        id: i64,
        full_name: String,
        email: String,
        phone: Option<String>,
        company_name: Option<String>,
        sales_contact_id: i64,
        sales_contact_name: String,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        version: i64,
    }
}

pub(crate) fn client_select() -> SelectStatement {
    use client::Column as C;
    Query::select()
        .columns(
            [
                C::Id,
                C::FullName,
                C::Email,
                C::Phone,
                C::CompanyName,
                C::SalesContactId,
                C::CreatedAt,
                C::UpdatedAt,
                C::Version,
            ]
            .map(|c| (client::Entity, c)),
        )
        .expr_as(
            Expr::col((sales(), employee::Column::FullName)),
            Alias::new("sales_contact_name"),
        )
        .from(client::Entity)
        .join_as(
            JoinType::InnerJoin,
            employee::Entity,
            sales(),
            Expr::col((sales(), employee::Column::Id)).equals((client::Entity, C::SalesContactId)),
        )
        .to_owned()
}

impl TryFrom<ClientRow> for Client {
    type Error = Error;

    fn try_from(r: ClientRow) -> Result<Self> {
        Ok(Client {
            id: ClientId(r.id),
            full_name: FullName::parse(&r.full_name).map_err(|_| corrupt("client name"))?,
            email: Email::parse(&r.email).map_err(|_| corrupt("client email"))?,
            phone: r
                .phone
                .as_deref()
                .map(Phone::parse)
                .transpose()
                .map_err(|_| corrupt("client phone"))?,
            company_name: r
                .company_name
                .as_deref()
                .map(|c| FullName::parse_field("company_name", c))
                .transpose()
                .map_err(|_| corrupt("company name"))?,
            sales_contact_id: EmployeeId(r.sales_contact_id),
            sales_contact_name: r.sales_contact_name,
            created_at: r.created_at,
            updated_at: r.updated_at,
            version: r.version,
        })
    }
}
