use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Settings {
    Table,
    Key,
    Value,
}

#[derive(DeriveIden)]
enum Employees {
    Table,
    Id,
    FullName,
    Email,
    Department,
    Active,
    PasswordHash,
    TokenVersion,
    MustChangePassword,
    FailedLogins,
    LockedUntil,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden)]
enum Clients {
    Table,
    Id,
    FullName,
    Email,
    Phone,
    CompanyName,
    SalesContactId,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden)]
enum Contracts {
    Table,
    Id,
    ClientId,
    SalesContactId,
    TotalCents,
    DueCents,
    Signed,
    SignedAt,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    Name,
    ContractId,
    SupportContactId,
    StartAt,
    EndAt,
    Location,
    Attendees,
    Notes,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Jti,
    EmployeeId,
    IssuedAt,
    ExpiresAt,
    LastSeenAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorId,
    Action,
    Entity,
    EntityId,
    Changes,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    EmployeeId,
    EventId,
    Kind,
    Message,
    CreatedAt,
    ReadAt,
}

fn id<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name)
        .big_integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn text<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name).text().not_null().to_owned()
}

fn at<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

fn at_opt<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name)
        .timestamp_with_time_zone()
        .null()
        .to_owned()
}

fn version<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name)
        .big_integer()
        .not_null()
        .default(0)
        .to_owned()
}

fn flag<T: IntoIden>(name: T, default: bool) -> ColumnDef {
    ColumnDef::new(name)
        .boolean()
        .not_null()
        .default(default)
        .to_owned()
}

fn fk<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}

fn index<T: IntoIden + 'static>(
    table: T,
    name: &str,
    cols: &[&'static str],
) -> IndexCreateStatement {
    let mut stmt = Index::create();
    stmt.name(name).table(table);
    for col in cols {
        stmt.col(Alias::new(*col));
    }
    stmt.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    #[allow(clippy::too_many_lines)]
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Settings::Table)
                    .col(
                        ColumnDef::new(Settings::Key)
                            .text()
                            .not_null()
                            .primary_key(),
                    )
                    .col(text(Settings::Value))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Employees::Table)
                    .col(id(Employees::Id))
                    .col(text(Employees::FullName).check(Expr::cust("length(trim(full_name)) > 0")))
                    .col(
                        text(Employees::Email)
                            .unique_key()
                            .check(Expr::cust("email = lower(email)")),
                    )
                    .col(text(Employees::Department).check(Expr::cust(
                        "department IN ('sales', 'support', 'management')",
                    )))
                    .col(flag(Employees::Active, true))
                    .col(text(Employees::PasswordHash))
                    .col(version(Employees::TokenVersion))
                    .col(flag(Employees::MustChangePassword, false))
                    .col(
                        ColumnDef::new(Employees::FailedLogins)
                            .integer()
                            .not_null()
                            .default(0)
                            .check(Expr::cust("failed_logins >= 0")),
                    )
                    .col(at_opt(Employees::LockedUntil))
                    .col(at(Employees::CreatedAt))
                    .col(at(Employees::UpdatedAt))
                    .col(version(Employees::Version))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Employees::Table,
                "ix_employees_department",
                &["department"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Clients::Table)
                    .col(id(Clients::Id))
                    .col(text(Clients::FullName).check(Expr::cust("length(trim(full_name)) > 0")))
                    .col(
                        text(Clients::Email)
                            .unique_key()
                            .check(Expr::cust("email = lower(email)")),
                    )
                    .col(ColumnDef::new(Clients::Phone).text().null())
                    .col(ColumnDef::new(Clients::CompanyName).text().null())
                    .col(fk(Clients::SalesContactId))
                    .col(at(Clients::CreatedAt))
                    .col(at(Clients::UpdatedAt))
                    .col(version(Clients::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_clients_sales_contact")
                            .from(Clients::Table, Clients::SalesContactId)
                            .to(Employees::Table, Employees::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Clients::Table,
                "ix_clients_sales_contact",
                &["sales_contact_id"],
            ))
            .await?;
        manager
            .create_index(index(
                Clients::Table,
                "ix_clients_full_name",
                &["full_name"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Contracts::Table)
                    .col(id(Contracts::Id))
                    .col(fk(Contracts::ClientId))
                    .col(fk(Contracts::SalesContactId))
                    .col(
                        ColumnDef::new(Contracts::TotalCents)
                            .big_integer()
                            .not_null()
                            .check(Expr::cust("total_cents >= 0")),
                    )
                    .col(
                        ColumnDef::new(Contracts::DueCents)
                            .big_integer()
                            .not_null()
                            .check(Expr::cust("due_cents >= 0 AND due_cents <= total_cents")),
                    )
                    .col(flag(Contracts::Signed, false))
                    .col(at_opt(Contracts::SignedAt))
                    .col(at(Contracts::CreatedAt))
                    .col(at(Contracts::UpdatedAt))
                    .col(version(Contracts::Version))
                    .check(Expr::cust(
                        "(signed AND signed_at IS NOT NULL) OR (NOT signed AND signed_at IS NULL)",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_contracts_client")
                            .from(Contracts::Table, Contracts::ClientId)
                            .to(Clients::Table, Clients::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_contracts_sales_contact")
                            .from(Contracts::Table, Contracts::SalesContactId)
                            .to(Employees::Table, Employees::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            ("ix_contracts_client", &["client_id"][..]),
            ("ix_contracts_sales_contact", &["sales_contact_id"][..]),
            ("ix_contracts_signed", &["signed"][..]),
            ("ix_contracts_due", &["due_cents"][..]),
        ] {
            manager
                .create_index(index(Contracts::Table, name, cols))
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(id(Events::Id))
                    .col(text(Events::Name).check(Expr::cust("length(trim(name)) > 0")))
                    .col(fk(Events::ContractId))
                    .col(
                        ColumnDef::new(Events::SupportContactId)
                            .big_integer()
                            .null(),
                    )
                    .col(at(Events::StartAt))
                    .col(at(Events::EndAt))
                    .col(text(Events::Location))
                    .col(
                        ColumnDef::new(Events::Attendees)
                            .integer()
                            .not_null()
                            .check(Expr::cust("attendees >= 0")),
                    )
                    .col(ColumnDef::new(Events::Notes).text().not_null().default(""))
                    .col(at(Events::CreatedAt))
                    .col(at(Events::UpdatedAt))
                    .col(version(Events::Version))
                    .check(Expr::cust("end_at >= start_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_events_contract")
                            .from(Events::Table, Events::ContractId)
                            .to(Contracts::Table, Contracts::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_events_support_contact")
                            .from(Events::Table, Events::SupportContactId)
                            .to(Employees::Table, Employees::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            ("ix_events_contract", &["contract_id"][..]),
            ("ix_events_support_contact", &["support_contact_id"][..]),
            ("ix_events_start", &["start_at"][..]),
        ] {
            manager
                .create_index(index(Events::Table, name, cols))
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(
                        ColumnDef::new(Sessions::Jti)
                            .text()
                            .not_null()
                            .primary_key(),
                    )
                    .col(fk(Sessions::EmployeeId))
                    .col(at(Sessions::IssuedAt))
                    .col(at(Sessions::ExpiresAt))
                    .col(at(Sessions::LastSeenAt))
                    .col(at_opt(Sessions::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_sessions_employee")
                            .from(Sessions::Table, Sessions::EmployeeId)
                            .to(Employees::Table, Employees::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Sessions::Table,
                "ix_sessions_employee",
                &["employee_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(id(AuditLog::Id))
                    .col(at(AuditLog::At))
                    .col(ColumnDef::new(AuditLog::ActorId).big_integer().null())
                    .col(text(AuditLog::Action))
                    .col(text(AuditLog::Entity))
                    .col(ColumnDef::new(AuditLog::EntityId).big_integer().not_null())
                    .col(text(AuditLog::Changes))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_audit_actor")
                            .from(AuditLog::Table, AuditLog::ActorId)
                            .to(Employees::Table, Employees::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            ("ix_audit_entity", &["entity", "entity_id"][..]),
            ("ix_audit_actor", &["actor_id"][..]),
            ("ix_audit_at", &["at"][..]),
        ] {
            manager
                .create_index(index(AuditLog::Table, name, cols))
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(id(Notifications::Id))
                    .col(fk(Notifications::EmployeeId))
                    .col(ColumnDef::new(Notifications::EventId).big_integer().null())
                    .col(text(Notifications::Kind))
                    .col(text(Notifications::Message))
                    .col(at(Notifications::CreatedAt))
                    .col(at_opt(Notifications::ReadAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_notifications_employee")
                            .from(Notifications::Table, Notifications::EmployeeId)
                            .to(Employees::Table, Employees::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_notifications_event")
                            .from(Notifications::Table, Notifications::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Notifications::Table,
                "ix_notifications_employee",
                &["employee_id", "read_at"],
            ))
            .await?;
        Ok(())
    }
}
