use epic_domain::search;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend, QueryResult};

/// `--search` ignores case and accents on both backends and is served by an
/// index: each client and event gets a key folded in Rust
/// (`epic_domain::search`), filled here for the rows already there, and a
/// trigram index over it: `pg_trgm` (a trusted extension since
/// PostgreSQL 13, which the database owner may create) or an FTS5 trigram
/// table kept in step by triggers on SQLite.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Rows per UPDATE while filling the keys.
const BATCH: u64 = 200;

const SQLITE_INDEX: [&str; 8] = [
    "CREATE VIRTUAL TABLE clients_search USING fts5(search_key, content='clients', content_rowid='id', tokenize='trigram')",
    "INSERT INTO clients_search(clients_search) VALUES ('rebuild')",
    "CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN
       INSERT INTO clients_search(rowid, search_key) VALUES (new.id, new.search_key);
     END",
    "CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN
       INSERT INTO clients_search(clients_search, rowid, search_key) VALUES ('delete', old.id, old.search_key);
     END",
    "CREATE TRIGGER clients_search_update AFTER UPDATE OF search_key ON clients BEGIN
       INSERT INTO clients_search(clients_search, rowid, search_key) VALUES ('delete', old.id, old.search_key);
       INSERT INTO clients_search(rowid, search_key) VALUES (new.id, new.search_key);
     END",
    "CREATE VIRTUAL TABLE events_search USING fts5(search_key, content='events', content_rowid='id', tokenize='trigram')",
    "INSERT INTO events_search(events_search) VALUES ('rebuild')",
    "CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
       INSERT INTO events_search(rowid, search_key) VALUES (new.id, new.search_key);
     END",
];

const SQLITE_EVENT_TRIGGERS: [&str; 2] = [
    "CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
       INSERT INTO events_search(events_search, rowid, search_key) VALUES ('delete', old.id, old.search_key);
     END",
    "CREATE TRIGGER events_search_update AFTER UPDATE OF search_key ON events BEGIN
       INSERT INTO events_search(events_search, rowid, search_key) VALUES ('delete', old.id, old.search_key);
       INSERT INTO events_search(rowid, search_key) VALUES (new.id, new.search_key);
     END",
];

const POSTGRES_INDEX: [&str; 3] = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_clients_search ON clients USING gin (search_key gin_trgm_ops)",
    "CREATE INDEX ix_events_search ON events USING gin (search_key gin_trgm_ops)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["clients", "events"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(
                            ColumnDef::new(Alias::new("search_key"))
                                .text()
                                .not_null()
                                .default(""),
                        )
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        fill(
            db,
            "clients",
            &["full_name", "email", "company_name", "phone"],
            |r| {
                Ok(search::client_key(
                    &r.try_get::<String>("", "full_name")?,
                    &r.try_get::<String>("", "email")?,
                    r.try_get::<Option<String>>("", "company_name")?.as_deref(),
                    r.try_get::<Option<String>>("", "phone")?.as_deref(),
                ))
            },
        )
        .await?;
        fill(db, "events", &["name", "location", "notes"], |r| {
            Ok(search::event_key(
                &r.try_get::<String>("", "name")?,
                &r.try_get::<String>("", "location")?,
                &r.try_get::<String>("", "notes")?,
            ))
        })
        .await?;
        let statements: Vec<&str> = match manager.get_database_backend() {
            DatabaseBackend::Postgres => POSTGRES_INDEX.to_vec(),
            _ => SQLITE_INDEX
                .iter()
                .chain(&SQLITE_EVENT_TRIGGERS)
                .copied()
                .collect(),
        };
        for statement in statements {
            db.execute_unprepared(statement).await?;
        }
        Ok(())
    }
}

/// Computes the key of every row of `table` from `columns`, in batches of
/// ids, with bound values only.
async fn fill<C: ConnectionTrait>(
    db: &C,
    table: &'static str,
    columns: &[&'static str],
    key: impl Fn(&QueryResult) -> Result<String, DbErr>,
) -> Result<(), DbErr> {
    let id = || Expr::col(Alias::new("id"));
    let mut after = 0_i64;
    loop {
        let select = Query::select()
            .column(Alias::new("id"))
            .columns(columns.iter().map(|c| Alias::new(*c)))
            .from(Alias::new(table))
            .and_where(id().gt(after))
            .order_by(Alias::new("id"), Order::Asc)
            .limit(BATCH)
            .to_owned();
        let rows = db.query_all(&select).await?;
        let Some(last) = rows.last() else {
            return Ok(());
        };
        after = last.try_get("", "id")?;
        let mut keys = CaseStatement::new();
        let mut ids = Vec::with_capacity(rows.len());
        for row in &rows {
            let row_id: i64 = row.try_get("", "id")?;
            keys = keys.case(id().eq(row_id), key(row)?);
            ids.push(row_id);
        }
        let update = Query::update()
            .table(Alias::new(table))
            .value(Alias::new("search_key"), keys.finally(""))
            .and_where(id().is_in(ids))
            .to_owned();
        db.execute(&update).await?;
    }
}
