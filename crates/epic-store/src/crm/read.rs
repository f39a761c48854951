//! Reading records with the names people want next to the ids.

use epic_domain::crm::Sink;
use epic_domain::crm::records::{Client, Contract, Event};
use epic_domain::types::{
    ClientId, ContractId, Email, EmployeeId, EventId, EventText, FullName, Money, Phone,
};
use epic_domain::{Error, Result};
use futures_util::StreamExt;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Query, SelectStatement};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, QueryResult, StreamTrait};

use crate::Store;
use crate::entity::{client, contract, employee, event};
use crate::errors::IntoDomain;
use crate::native::{self, NativeRow, declare_row};

fn corrupt(what: &str) -> Error {
    Error::Internal(format!("the database holds an invalid {what}"))
}

fn sales() -> Alias {
    Alias::new("sales")
}

fn support() -> Alias {
    Alias::new("support")
}

pub(crate) async fn rows<C: ConnectionTrait, T: FromQueryResult>(
    db: &C,
    select: &SelectStatement,
) -> Result<Vec<T>> {
    let results = db.query_all(select).await.into_domain()?;
    results
        .iter()
        .map(|r| T::from_query_result(r, ""))
        .collect::<Result<Vec<T>, DbErr>>()
        .into_domain()
}

pub(crate) async fn first<C: ConnectionTrait, T: FromQueryResult>(
    db: &C,
    select: &SelectStatement,
) -> Result<Option<T>> {
    let result: Option<QueryResult> = db.query_one(select).await.into_domain()?;
    result
        .map(|r| T::from_query_result(&r, ""))
        .transpose()
        .into_domain()
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
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
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
        signed_at: Option<chrono::DateTime<chrono::Utc>>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
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
        start_at: chrono::DateTime<chrono::Utc>,
        end_at: chrono::DateTime<chrono::Utc>,
        location: String,
        attendees: i32,
        notes: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
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

pub(crate) async fn one<C, R, T>(db: &C, select: &SelectStatement) -> Result<Option<T>>
where
    C: ConnectionTrait,
    R: FromQueryResult,
    T: TryFrom<R, Error = Error>,
{
    first::<C, R>(db, select)
        .await?
        .map(T::try_from)
        .transpose()
}

impl Store {
    /// A list fed to `sink` row by row: on SQLite straight from the file
    /// (`native`), elsewhere through SeaORM's stream.
    pub(crate) async fn list<R, T>(&self, select: &SelectStatement, sink: Sink<'_, T>) -> Result<()>
    where
        R: FromQueryResult + NativeRow,
        T: TryFrom<R, Error = Error>,
    {
        match &self.file {
            Some(file) => native::each::<R, T>(file, &self.readers, select, sink),
            None => each::<_, R, T>(&self.db, select, sink).await,
        }
    }
}

/// Feeds each row to `sink` as the database returns it: memory stays flat
/// whatever the number of rows.
pub(crate) async fn each<C, R, T>(db: &C, select: &SelectStatement, sink: Sink<'_, T>) -> Result<()>
where
    C: StreamTrait,
    R: FromQueryResult,
    T: TryFrom<R, Error = Error>,
{
    let rows = db.stream(select).await.into_domain()?;
    let mut rows = std::pin::pin!(rows);
    while let Some(row) = rows.next().await {
        let record = T::try_from(R::from_query_result(&row.into_domain()?, "").into_domain()?)?;
        if sink(record).is_break() {
            break;
        }
    }
    Ok(())
}
