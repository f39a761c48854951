use sea_orm_migration::prelude::*;

/// `contract list --unpaid` lists in id order; SQLite would rather walk the
/// whole table in id order than use an index on the amount and sort. A
/// partial index holding only unpaid contracts, in id order, serves both.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX ix_contracts_unpaid ON contracts (id) WHERE due_cents > 0",
            )
            .await?;
        Ok(())
    }
}
