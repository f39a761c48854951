use epic_store::Store;
use sea_orm::{ConnectionTrait, Database};

/// The PostgreSQL server the suite runs against (trust authentication).
const POSTGRES_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Fails loudly on an unknown value: a typo must not quietly test SQLite.
    pub fn from_env() -> Self {
        match std::env::var("EPIC_TEST_BACKEND").as_deref() {
            Err(_) | Ok("" | "sqlite") => Self::Sqlite,
            Ok("postgres") => Self::Postgres,
            Ok(other) => panic!("EPIC_TEST_BACKEND must be sqlite or postgres, not {other:?}"),
        }
    }
}

/// A database that exists for one test and is dropped after it.
#[derive(Debug)]
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    postgres_name: Option<String>,
    _dir: tempfile::TempDir,
}

fn random_suffix() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("random");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// The database name is generated here, never user input, and DDL cannot take
// bound parameters: this is the one place raw SQL is right.
#[allow(clippy::disallowed_methods)]
async fn admin(sql: String) {
    let db = Database::connect(POSTGRES_ADMIN_URL)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL must be reachable at {POSTGRES_ADMIN_URL}: {e}"));
    db.execute_raw(sea_orm::Statement::from_string(
        db.get_database_backend(),
        sql,
    ))
    .await
    .expect("admin statement");
    let _ = db.close().await;
}

/// Runs one statement as the PostgreSQL superuser: for tests that create
/// databases and roles under names they generate.
pub fn postgres_admin(sql: &str) {
    crate::block_on(admin(sql.to_owned()));
}

/// A random hexadecimal suffix for names of databases and roles.
pub fn unique_suffix() -> String {
    random_suffix()
}

impl TestDb {
    /// A database on the backend the suite runs on.
    pub fn new() -> Self {
        Self::on(Backend::from_env())
    }

    /// An SQLite database, for tests about SQLite itself.
    pub fn sqlite() -> Self {
        Self::on(Backend::Sqlite)
    }

    /// A PostgreSQL database, for tests about the server itself.
    pub fn postgres() -> Self {
        Self::on(Backend::Postgres)
    }

    fn on(backend: Backend) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        match backend {
            Backend::Sqlite => Self {
                url: format!("sqlite://{}", dir.path().join("epic.db").display()),
                backend: Backend::Sqlite,
                postgres_name: None,
                _dir: dir,
            },
            Backend::Postgres => {
                let name = format!("epic_test_{}", random_suffix());
                crate::block_on(admin(format!("CREATE DATABASE \"{name}\"")));
                Self {
                    // TLS buys nothing on loopback and costs ~170 ms per command.
                    url: format!("postgres://postgres@127.0.0.1:5432/{name}?sslmode=disable"),
                    backend: Backend::Postgres,
                    postgres_name: Some(name),
                    _dir: dir,
                }
            }
        }
    }

    pub async fn store(&self) -> Store {
        Store::create(&self.url).await.expect("open test database")
    }

    /// How many rows `table` holds now, read over a connection of its own.
    pub fn count_rows(&self, table: &str) -> i64 {
        use sea_orm::sea_query::{Alias, Asterisk, Expr, Func, Query};
        let select = Query::select()
            .expr_as(Func::count(Expr::col(Asterisk)), Alias::new("n"))
            .from(Alias::new(table))
            .to_owned();
        crate::block_on(async {
            let store = self.store().await;
            let row = store.connection().query_one(&select).await;
            store.close().await;
            row.expect("count rows")
                .expect("a count")
                .try_get::<i64>("", "n")
                .expect("a number")
        })
    }
}

impl Default for TestDb {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = self.postgres_name.take() {
            // Drop may run inside a runtime: use a thread of our own.
            let _ = std::thread::spawn(move || {
                crate::block_on(admin(format!(
                    "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                )));
            })
            .join();
        }
    }
}

impl TestDb {
    /// A copy of `template` (whose store must be closed), much cheaper than
    /// building the same data again.
    pub fn copy_of(template: &TestDb) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        match &template.postgres_name {
            None => {
                let source = template.url.trim_start_matches("sqlite://");
                let target = dir.path().join("epic.db");
                std::fs::copy(source, &target).expect("copy the template database");
                let wal = format!("{source}-wal");
                if std::path::Path::new(&wal).exists() {
                    std::fs::copy(&wal, format!("{}-wal", target.display())).expect("copy the WAL");
                }
                Self {
                    url: format!("sqlite://{}", target.display()),
                    backend: Backend::Sqlite,
                    postgres_name: None,
                    _dir: dir,
                }
            }
            Some(source) => {
                let name = format!("epic_test_{}", random_suffix());
                crate::block_on(admin(format!(
                    "CREATE DATABASE \"{name}\" TEMPLATE \"{source}\""
                )));
                Self {
                    // TLS buys nothing on loopback and costs ~170 ms per command.
                    url: format!("postgres://postgres@127.0.0.1:5432/{name}?sslmode=disable"),
                    backend: Backend::Postgres,
                    postgres_name: Some(name),
                    _dir: dir,
                }
            }
        }
    }
}
