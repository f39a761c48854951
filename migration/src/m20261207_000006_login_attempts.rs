use sea_orm_migration::prelude::*;

/// Login attempts counted per client address and per account, one row a
/// key and a one-minute window, so that every server on one database
/// counts the same attempts: two servers no longer double the allowance.
/// A key is an address or an e-mail, never longer than an e-mail may be.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LoginAttempts {
    Table,
    Key,
    WindowStart,
    Attempts,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LoginAttempts::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(LoginAttempts::Key)
                            .string_len(300)
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(LoginAttempts::WindowStart)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(LoginAttempts::Attempts)
                            .integer()
                            .not_null()
                            .check(Expr::col(LoginAttempts::Attempts).gte(0)),
                    )
                    .to_owned(),
            )
            .await?;
        // Forgetting finished windows reads them by their start.
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("login_attempts_window_start")
                    .table(LoginAttempts::Table)
                    .col(LoginAttempts::WindowStart)
                    .to_owned(),
            )
            .await
    }
}
