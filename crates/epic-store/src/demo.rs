//! `epic demo` rebuilds its database on every run. It leaves a mark in the
//! settings so that it can tell its own earlier database from any other file
//! before replacing it.

use std::path::Path;

use epic_domain::Result;
use sea_orm::sqlx::sqlite::SqliteConnectOptions;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, SqlxSqliteConnector};

use crate::Store;
use crate::entity::setting;
use crate::errors::IntoDomain;

const DEMO: &str = "demo";

/// Marks `store` as a demo database.
pub async fn mark(store: &Store) -> Result<()> {
    setting::ActiveModel {
        key: Set(DEMO.to_owned()),
        value: Set("true".to_owned()),
    }
    .insert(&store.db)
    .await
    .into_domain()?;
    Ok(())
}

/// Whether the file at `path` is a database that `epic demo` made. Opens it
/// read-only: a file that is anything else is left exactly as it was.
pub async fn is_demo(path: &Path) -> bool {
    let mut header = [0u8; 16];
    let is_sqlite = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .is_ok_and(|()| &header == b"SQLite format 3\0");
    if !is_sqlite {
        return false;
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .create_if_missing(false);
    let Ok(pool) = sea_orm::sqlx::SqlitePool::connect_with(options).await else {
        return false;
    };
    let db = SqlxSqliteConnector::from_sqlx_sqlite_pool(pool);
    let marked = setting::Entity::find_by_id(DEMO.to_owned()).one(&db).await;
    let _ = db.close().await;
    matches!(marked, Ok(Some(_)))
}
