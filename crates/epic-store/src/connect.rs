use crate::errors::IntoDomain;
use std::path::{Path, PathBuf};
use std::time::Duration;

use epic_domain::{Error, Message, Result, keys};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};

/// How long to wait for a server, or for another SQLite writer, before
/// telling the user the database is unavailable.
const WAIT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// An open database. Commands hold one for their whole run.
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) db: DatabaseConnection,
    backend: Backend,
    /// The SQLite file, which large lists read directly (`native`).
    pub(crate) file: Option<PathBuf>,
}

/// Whether opening an SQLite URL may create the file: only the commands that
/// make a database (`init`, `db migrate`, `demo`) may, so that a mistyped
/// path fails instead of leaving an empty database behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Missing {
    Create,
    Refuse,
}

impl Store {
    /// Opens an existing database: `sqlite:PATH` or `postgres://…`. Fails
    /// fast with `Unavailable` when it cannot connect or the file is missing.
    pub async fn open(url: &str) -> Result<Self> {
        Self::connect(url, WAIT, Missing::Refuse).await
    }

    /// Opens `url`, creating an SQLite file (owner-only) and its folder if
    /// they are missing.
    pub async fn create(url: &str) -> Result<Self> {
        Self::connect(url, WAIT, Missing::Create).await
    }

    /// Like `open`, giving up on a server or a locked file after `wait`
    /// (shell completion cannot keep a TAB waiting for seconds).
    pub async fn open_within(url: &str, wait: Duration) -> Result<Self> {
        Self::connect(url, wait, Missing::Refuse).await
    }

    async fn connect(url: &str, wait: Duration, missing: Missing) -> Result<Self> {
        if let Some(path) = sqlite_path(url) {
            return Self::open_sqlite(&path, wait, missing).await;
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let mut options = ConnectOptions::new(url);
            options
                // One connection: every command is one conversation, and a
                // second TLS handshake would double the start-up cost.
                .max_connections(1)
                .min_connections(0)
                .connect_timeout(wait)
                .acquire_timeout(wait)
                .sqlx_logging(false)
                .set_application_name("epic");
            let db = Database::connect(options).await.into_domain()?;
            return Ok(Self {
                db,
                backend: Backend::Postgres,
                file: None,
            });
        }
        Err(Error::invalid(
            "database url",
            Message::new(keys::DATABASE_URL),
        ))
    }

    async fn open_sqlite(path: &Path, wait: Duration, missing: Missing) -> Result<Self> {
        match missing {
            Missing::Create => create_private_file(path)?,
            Missing::Refuse if !path.exists() => {
                return Err(Error::Unavailable(format!(
                    "{} does not exist; `epic init` creates a new database",
                    path.display()
                )));
            }
            Missing::Refuse => {}
        }
        crate::private::tighten_sqlite(path)?;
        let file = path.to_owned();
        let mut options = ConnectOptions::new("sqlite:epic.db");
        options
            // One connection: a CLI run is one conversation, and it keeps
            // write transactions strictly serial within the process.
            .max_connections(1)
            .min_connections(0)
            .acquire_timeout(wait)
            .sqlx_logging(false)
            .map_sqlx_sqlite_opts(move |o| {
                o.filename(&file)
                    .create_if_missing(false)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(wait)
                    // Rows cross from SQLite's thread to ours through this
                    // buffer; the default (50) makes long lists wake both
                    // threads every few rows.
                    .row_buffer_size(4096)
            });
        let db = Database::connect(options).await.into_domain()?;
        Ok(Self {
            db,
            backend: Backend::Sqlite,
            file: Some(path.to_owned()),
        })
    }

    /// Test support: the same database with every list read through
    /// SeaORM, to compare with what the native SQLite reader returns.
    #[doc(hidden)]
    pub fn without_native_reads(mut self) -> Self {
        self.file = None;
        self
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connection itself, for tools that load data in bulk outside the
    /// use cases (the benchmark data generator). The CLI never uses it.
    pub fn connection(&self) -> &DatabaseConnection {
        &self.db
    }

    /// A transaction for writes. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so a busy database waits for the busy timeout
    /// instead of failing half-way through.
    pub(crate) async fn write(&self) -> Result<DatabaseTransaction> {
        let options = TransactionOptions {
            sqlite_transaction_mode: (self.backend == Backend::Sqlite)
                .then_some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        };
        self.db.begin_with_options(options).await.into_domain()
    }

    pub async fn close(self) {
        let _ = self.db.close().await;
    }
}

/// `sqlite:///abs/path`, `sqlite://rel/path` and `sqlite:path` all name a file.
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let rest = rest.split_once('?').map_or(rest, |(p, _)| p);
    Some(PathBuf::from(rest))
}

/// The database holds password hashes and the signing secret: only its
/// owner may read it, and so may only they list its folder.
fn create_private_file(path: &Path) -> Result<()> {
    let unavailable = |what: &str, e: std::io::Error| {
        Error::Unavailable(format!("cannot {what} {}: {e}", path.display()))
    };
    let missing_parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && !p.exists());
    if let Some(parent) = missing_parent {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(parent)
            .map_err(|e| unavailable("create the folder of", e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|e| unavailable("open", e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_files() {
        assert_eq!(
            sqlite_path("sqlite:///tmp/a.db"),
            Some(PathBuf::from("/tmp/a.db"))
        );
        assert_eq!(
            sqlite_path("sqlite:a.db?mode=rwc"),
            Some(PathBuf::from("a.db"))
        );
        assert_eq!(sqlite_path("postgres://x"), None);
    }
}
