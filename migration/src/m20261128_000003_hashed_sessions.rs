use sea_orm_migration::prelude::*;

/// Sessions now keep a hash of the token id instead of the id. Rows written
/// before held ids in clear, which anyone with a copy of the database could
/// sign tokens for: they are ended, and everyone logs in once more.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Sessions {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .exec_stmt(Query::delete().from_table(Sessions::Table).to_owned())
            .await
    }
}
