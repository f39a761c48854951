//! Test support only (the `test-hooks` feature, off in every build of
//! `epic`): put a database in the states an older or newer build would
//! leave it in, without that build.

use epic_domain::{Error, Result};
use migration::known_versions;
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};

use crate::Store;
use crate::errors::IntoDomain;
use crate::schema::{TABLE, migrate_first};

/// Test support: pretend the newest migration was never applied, so the
/// "schema behind" path can be exercised without an old binary.
pub async fn forget_newest_migration(store: &Store) -> Result<()> {
    let Some(newest) = known_versions().pop() else {
        return Ok(());
    };
    let delete = Query::delete()
        .from_table(Alias::new(TABLE))
        .and_where(Expr::col(Alias::new("version")).eq(newest))
        .to_owned();
    store.db.execute(&delete).await.into_domain()?;
    Ok(())
}

/// Test support: apply every migration but the newest `left`, so that a
/// test can write rows as an older build did before migrating them.
pub async fn migrate_all_but(store: &Store, left: u32) -> Result<()> {
    let steps = u32::try_from(known_versions().len())
        .unwrap_or(u32::MAX)
        .saturating_sub(left);
    migrate_first(store, steps).await
}

/// Test support: apply the migrations that come before `version`, so that
/// a test can write rows as the build before it did.
pub async fn migrate_before(store: &Store, version: &str) -> Result<()> {
    let steps = known_versions()
        .iter()
        .position(|known| known == version)
        .ok_or_else(|| Error::Internal(format!("no migration is named {version}")))?;
    migrate_first(store, u32::try_from(steps).unwrap_or(u32::MAX)).await
}

/// Test support: record a migration this build does not know.
pub async fn record_unknown_migration(store: &Store, version: &str) -> Result<()> {
    let insert = Query::insert()
        .into_table(Alias::new(TABLE))
        .columns([Alias::new("version"), Alias::new("applied_at")])
        .values_panic([version.into(), 0i64.into()])
        .to_owned();
    store.db.execute(&insert).await.into_domain()?;
    Ok(())
}
