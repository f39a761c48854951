use sea_orm_migration::prelude::*;

/// The transactional outbox: each e-mail is a row written in the same
/// transaction as the change it tells of, then delivered, retried or given
/// up on by whoever sends (`epic serve` or `epic notification send`).
/// Reminders are rows too, at most one per event, offset and person: the
/// unique key is what makes "once" true when two senders look at once.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    EmployeeId,
    Kind,
    EventId,
    Payload,
    CreatedAt,
    State,
    Attempts,
    NextAttemptAt,
    SentAt,
    LastError,
    OnceKey,
}

#[derive(DeriveIden)]
enum Employees {
    Table,
    Id,
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
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(Outbox::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Outbox::EmployeeId).big_integer().not_null())
                    .col(ColumnDef::new(Outbox::Kind).string_len(16).not_null())
                    .col(ColumnDef::new(Outbox::EventId).big_integer().null())
                    .col(ColumnDef::new(Outbox::Payload).text().not_null())
                    .col(
                        ColumnDef::new(Outbox::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Outbox::State)
                            .string_len(8)
                            .not_null()
                            .check(
                                Expr::col(Outbox::State)
                                    .is_in(["pending", "sent", "skipped", "failed"]),
                            ),
                    )
                    .col(ColumnDef::new(Outbox::Attempts).integer().not_null())
                    .col(
                        ColumnDef::new(Outbox::NextAttemptAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Outbox::SentAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(Outbox::LastError).text().null())
                    .col(ColumnDef::new(Outbox::OnceKey).string_len(64).null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_outbox_employee")
                            .from(Outbox::Table, Outbox::EmployeeId)
                            .to(Employees::Table, Employees::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // What a sender asks every few seconds: the next pending message due.
        manager
            .create_index(
                Index::create()
                    .name("ix_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::State)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_outbox_once")
                    .table(Outbox::Table)
                    .col(Outbox::OnceKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_outbox_employee")
                    .table(Outbox::Table)
                    .col(Outbox::EmployeeId)
                    .to_owned(),
            )
            .await
    }
}
