//! The database schema, one migration per change. Every migration runs in a
//! transaction on both backends, so a failed upgrade leaves nothing behind.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_initial;
mod m20261127_000002_unpaid_index;
mod m20261128_000003_hashed_sessions;
mod m20261128_000004_append_only_audit;
mod m20261128_000005_search_keys;
mod m20261207_000006_login_attempts;
mod m20261207_000007_support_schedule_index;
mod m20261207_000008_notification_settings;
mod m20261207_000009_outbox;
mod m20261207_000010_calendar_feeds;
mod m20261208_000011_forget;

#[derive(Debug)]
pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_initial::Migration),
            Box::new(m20261127_000002_unpaid_index::Migration),
            Box::new(m20261128_000003_hashed_sessions::Migration),
            Box::new(m20261128_000004_append_only_audit::Migration),
            Box::new(m20261128_000005_search_keys::Migration),
            Box::new(m20261207_000006_login_attempts::Migration),
            Box::new(m20261207_000007_support_schedule_index::Migration),
            Box::new(m20261207_000008_notification_settings::Migration),
            Box::new(m20261207_000009_outbox::Migration),
            Box::new(m20261207_000010_calendar_feeds::Migration),
            Box::new(m20261208_000011_forget::Migration),
        ]
    }
}

/// The names of every migration this build knows, oldest first.
pub fn known_versions() -> Vec<String> {
    Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect()
}
