use sea_orm_migration::prelude::*;

/// `event list --overlapping` and the double-booking check look for a
/// support employee's other events by start time: an index on the support
/// contact and the start serves both, and everything the index on the
/// support contact alone served, so it replaces that one.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE INDEX ix_events_support_start ON events (support_contact_id, start_at)",
        )
        .await?;
        db.execute_unprepared("DROP INDEX ix_events_support_contact")
            .await?;
        Ok(())
    }
}
