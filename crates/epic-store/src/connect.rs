use crate::errors::IntoDomain;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use epic_domain::auth::Installation;
use epic_domain::{Error, Message, Result};

use crate::messages::keys;
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

/// An open database. Commands hold one connection for their whole run;
/// the server holds a pool (`open_pool`).
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) db: DatabaseConnection,
    backend: Backend,
    /// The SQLite file, which large lists read directly (`native`).
    pub(crate) file: Option<PathBuf>,
    /// With several SQLite connections, writers queue here in turn rather
    /// than in SQLite's busy handler, which sleeps and polls.
    writers: Option<Arc<tokio::sync::Mutex<()>>>,
    /// The installation once read (see `AuthRepository::installation`).
    pub(crate) installation: Arc<OnceLock<Installation>>,
    /// Idle read-only connections of the native SQLite reader.
    pub(crate) readers: Arc<crate::native::Readers>,
}

/// Held for the whole of a write transaction; drop it after the commit.
#[derive(Debug)]
pub(crate) struct WriteTurn {
    _queued: Option<tokio::sync::OwnedMutexGuard<()>>,
}

/// How many connections a store keeps open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Connections {
    /// A command: one conversation, strictly serial writes, and a single
    /// TLS handshake to pay at start-up.
    One,
    /// The server: readers in parallel (WAL on SQLite), writers in turn.
    Pool(u32),
}

impl Connections {
    fn max(self) -> u32 {
        match self {
            Self::One => 1,
            Self::Pool(n) => n.max(1),
        }
    }
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
    /// Whether lists block the calling thread while they read: on SQLite,
    /// which reads them natively; PostgreSQL lists are plain futures.
    pub fn lists_block(&self) -> bool {
        self.file.is_some()
    }

    /// Opens an existing database: `sqlite:PATH` or `postgres://…`. Fails
    /// fast with `Unavailable` when it cannot connect or the file is missing.
    pub async fn open(url: &str) -> Result<Self> {
        Self::connect(url, WAIT, Missing::Refuse, Connections::One).await
    }

    /// Opens an existing database with a pool of up to `connections`, for a
    /// process that serves many people at once.
    pub async fn open_pool(url: &str, connections: u32) -> Result<Self> {
        Self::connect(url, WAIT, Missing::Refuse, Connections::Pool(connections)).await
    }

    /// Opens `url`, creating an SQLite file (owner-only) and its folder if
    /// they are missing.
    pub async fn create(url: &str) -> Result<Self> {
        Self::connect(url, WAIT, Missing::Create, Connections::One).await
    }

    /// Like `open`, giving up on a server or a locked file after `wait`
    /// (shell completion cannot keep a TAB waiting for seconds).
    pub async fn open_within(url: &str, wait: Duration) -> Result<Self> {
        Self::connect(url, wait, Missing::Refuse, Connections::One).await
    }

    async fn connect(
        url: &str,
        wait: Duration,
        missing: Missing,
        connections: Connections,
    ) -> Result<Self> {
        if let Some(path) = sqlite_path(url) {
            return Self::open_sqlite(&path, wait, missing, connections).await;
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let mut options = ConnectOptions::new(url);
            options
                .max_connections(connections.max())
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
                writers: None,
                installation: Arc::default(),
                readers: Arc::default(),
            });
        }
        Err(Error::invalid(
            "database url",
            Message::new(keys::DATABASE_URL),
        ))
    }

    async fn open_sqlite(
        path: &Path,
        wait: Duration,
        missing: Missing,
        connections: Connections,
    ) -> Result<Self> {
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
            .max_connections(connections.max())
            .min_connections(0)
            .acquire_timeout(wait)
            .sqlx_logging(false)
            .map_sqlx_sqlite_opts(move |o| {
                o.filename(&file)
                    .create_if_missing(false)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    // What a change replaces or a delete removes is zeroed
                    // in the file, not left in free space: a forgotten
                    // person is gone from its bytes (RGPD).
                    .pragma("secure_delete", "ON")
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
            writers: (connections.max() > 1).then(Arc::default),
            installation: Arc::default(),
            readers: Arc::default(),
        })
    }

    /// Test support: the same database with every list read through
    /// SeaORM, to compare with what the native SQLite reader returns.
    #[cfg(feature = "test-hooks")]
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
    pub(crate) async fn write(&self) -> Result<(DatabaseTransaction, WriteTurn)> {
        let turn = match &self.writers {
            Some(writers) => {
                let queued = tokio::time::timeout(WAIT, Arc::clone(writers).lock_owned());
                Some(queued.await.map_err(|_| {
                    Error::Unavailable("the database is busy with other writes".into())
                })?)
            }
            None => None,
        };
        let options = TransactionOptions {
            sqlite_transaction_mode: (self.backend == Backend::Sqlite)
                .then_some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        };
        let txn = self.db.begin_with_options(options).await.into_domain()?;
        Ok((txn, WriteTurn { _queued: turn }))
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
