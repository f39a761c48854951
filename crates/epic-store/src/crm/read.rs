//! Reading records, for every aggregate: one, all, or streamed to a sink,
//! through SeaORM or (SQLite lists) natively. Each aggregate's row, select
//! and conversion to its record are in its own file.

use epic_domain::crm::Sink;
use epic_domain::{Error, Result};
use futures_util::StreamExt;
use sea_orm::sea_query::{Alias, SelectStatement};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, QueryResult, StreamTrait};

use crate::Store;
use crate::errors::IntoDomain;
use crate::native::{self, NativeRow};

pub(super) fn corrupt(what: &str) -> Error {
    Error::Internal(format!("the database holds an invalid {what}"))
}

pub(super) fn sales() -> Alias {
    Alias::new("sales")
}

pub(super) fn support() -> Alias {
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
