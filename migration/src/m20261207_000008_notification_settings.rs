use sea_orm_migration::prelude::*;

/// How each employee hears of their events besides `notification list`:
/// e-mail for each notification, none, or a daily digest, in French or
/// English. An employee without a row has the defaults (each, French).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum NotificationSettings {
    Table,
    EmployeeId,
    Email,
    Language,
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
                    .table(NotificationSettings::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(NotificationSettings::EmployeeId)
                            .big_integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(NotificationSettings::Email)
                            .string_len(6)
                            .not_null()
                            .check(
                                Expr::col(NotificationSettings::Email)
                                    .is_in(["on", "off", "digest"]),
                            ),
                    )
                    .col(
                        ColumnDef::new(NotificationSettings::Language)
                            .string_len(2)
                            .not_null()
                            .check(Expr::col(NotificationSettings::Language).is_in(["fr", "en"])),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_notification_settings_employee")
                            .from(
                                NotificationSettings::Table,
                                NotificationSettings::EmployeeId,
                            )
                            .to(Employees::Table, Employees::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }
}
