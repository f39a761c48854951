//! Keeping the data: a consistent copy of an SQLite database taken while
//! others write, and a check of a database's integrity. Both work on the
//! file through `rusqlite` (`VACUUM INTO` and the integrity pragmas are
//! SQLite's own tools); PostgreSQL has `pg_dump` and enforces its keys.

use std::path::{Path, PathBuf};

use epic_domain::{Error, Message, Result};

use crate::messages::keys;
use rusqlite::OpenFlags;

use crate::{Store, objects, schema, sqlite_path};

/// Every failure here is the file's (unreadable, damaged, locked): exit 8.
fn failed(what: &str) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::Unavailable(format!("{what}: {e}"))
}

pub(crate) fn read_only(file: &Path) -> Result<rusqlite::Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let connection = rusqlite::Connection::open_with_flags(file, flags)
        .map_err(failed("cannot open the database"))?;
    connection
        .busy_timeout(std::time::Duration::from_secs(5))
        .map_err(failed("cannot open the database"))?;
    Ok(connection)
}

/// Writes a consistent copy of the SQLite database to `to`, readable by its
/// owner only. The copy is one read transaction (`VACUUM INTO`), so writers
/// carry on and the copy is the database as of one instant. It is written
/// beside `to` and renamed over it at the end: an interrupted backup never
/// leaves a half file under the name, nor destroys an older backup. An
/// existing `to` is refused (a conflict) unless `replace`.
pub fn backup(store: &Store, to: &Path, replace: bool) -> Result<()> {
    let Some(file) = &store.file else {
        return Err(Error::invalid(
            "database",
            Message::new(keys::BACKUP_POSTGRES),
        ));
    };
    if to.exists() && !replace {
        return Err(Error::Conflict(
            Message::new(keys::FILE_EXISTS).arg("path", to.display()),
        ));
    }
    let partial = partial_name(to);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(&partial)
        .map_err(|e| Error::Unavailable(format!("cannot create {}: {e}", partial.display())))?;
    let written = read_only(file).and_then(|connection| {
        connection
            .execute("VACUUM INTO ?1", [partial.to_string_lossy().into_owned()])
            .map_err(failed("the backup failed"))
    });
    let moved = written.and_then(|_| {
        std::fs::File::open(&partial)
            .and_then(|f| f.sync_all())
            .and_then(|()| std::fs::rename(&partial, to))
            .map_err(|e| Error::Unavailable(format!("cannot write {}: {e}", to.display())))
    });
    if moved.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    moved
}

/// What `restore` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// Migrations applied to bring an older backup up to this epic.
    pub migrated: Vec<String>,
}

/// Restores the SQLite backup `from` as the database at `url`, which must
/// hold no company yet (missing, empty, or without employees): a restore
/// never replaces data (a conflict). The backup is copied beside the
/// target, checked there (integrity, foreign keys, schema: a newer schema
/// is refused, an older one migrated), and only then renamed into place;
/// the backup file itself is never opened for writing.
pub async fn restore(from: &Path, url: &str) -> Result<Restored> {
    let Some(target) = sqlite_path(url) else {
        return Err(Error::invalid(
            "database",
            Message::new(keys::RESTORE_POSTGRES),
        ));
    };
    if !from.is_file() {
        return Err(Error::invalid(
            "backup file",
            Message::new(keys::BACKUP_MISSING).arg("path", from.display()),
        ));
    }
    if target.exists() {
        refuse_unless_empty_epic(&target).await?;
    }
    let partial = partial_name(&target);
    let copied = copy_private(from, &partial);
    let checked = match copied {
        Ok(()) => prepare(&partial).await,
        Err(e) => Err(e),
    };
    let placed = checked.and_then(|restored| {
        for suffix in ["-wal", "-shm"] {
            let mut side = target.clone().into_os_string();
            side.push(suffix);
            let _ = std::fs::remove_file(side);
        }
        std::fs::rename(&partial, &target)
            .map_err(|e| Error::Unavailable(format!("cannot write {}: {e}", target.display())))?;
        Ok(restored)
    });
    if placed.is_err() {
        for suffix in ["", "-wal", "-shm"] {
            let mut side = partial.clone().into_os_string();
            side.push(suffix);
            let _ = std::fs::remove_file(side);
        }
    }
    placed
}

/// A restore replaces nothing but an epic database with no company yet:
/// any other file, or an epic database with employees, is refused.
async fn refuse_unless_empty_epic(target: &Path) -> Result<()> {
    let not_epic = |why: String| {
        Err(Error::Unavailable(format!(
            "{} exists and is not an empty epic database ({why}); restore into a new path",
            target.display()
        )))
    };
    if !objects::is_sqlite(target) {
        return not_epic("not an SQLite database".into());
    }
    let connection = read_only(target)?;
    let versions = sqlite_versions(&connection)?;
    let status = schema::status_of(versions.clone());
    if versions.is_empty() || !status.unknown.is_empty() {
        return not_epic("it has no epic schema".into());
    }
    let differences = objects::compare(&connection, versions.len()).await?;
    if !differences.is_empty() {
        return not_epic(differences.join("; "));
    }
    let employees: i64 = connection
        .query_row("SELECT count(*) FROM employees", [], |row| row.get(0))
        .map_err(failed("cannot count its employees"))?;
    if employees > 0 {
        return Err(Error::Conflict(
            Message::new(keys::RESTORE_TARGET_USED)
                .arg("path", target.display())
                .arg("employees", employees),
        ));
    }
    Ok(())
}

fn copy_private(from: &Path, to: &Path) -> Result<()> {
    let unavailable = |e: std::io::Error| {
        Error::Unavailable(format!(
            "cannot copy {} to {}: {e}",
            from.display(),
            to.display()
        ))
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = options.open(to).map_err(unavailable)?;
    let mut input = std::fs::File::open(from).map_err(unavailable)?;
    std::io::copy(&mut input, &mut out).map_err(unavailable)?;
    out.sync_all().map_err(unavailable)
}

/// Checks the copy at `file` (its schema is epic's, object by object, at
/// its version; then its pages and keys), migrates it if it is older, and
/// gives it a new signing secret and no sessions: whatever the file held,
/// no token signed before works on the restored database.
async fn prepare(file: &Path) -> Result<Restored> {
    if !objects::is_sqlite(file) {
        return Err(Error::Unavailable(
            "the file is not an epic backup (not an SQLite database)".into(),
        ));
    }
    {
        let connection = read_only(file)?;
        let versions = sqlite_versions(&connection)?;
        if versions.is_empty() {
            return Err(Error::Unavailable(
                "the file is not an epic backup (no schema)".into(),
            ));
        }
        let status = schema::status_of(versions.clone());
        if !status.unknown.is_empty() {
            return Err(Error::Unavailable(format!(
                "the backup is from a newer epic: {}",
                status.unknown.join(" ")
            )));
        }
        let differences = objects::compare(&connection, versions.len()).await?;
        if !differences.is_empty() {
            return Err(Error::Unavailable(format!(
                "the backup's schema is not epic's, nothing was restored: {}",
                differences.join("; ")
            )));
        }
        let problems = check_sqlite(&connection)?;
        if !problems.is_empty() {
            return Err(Error::Unavailable(format!(
                "the backup is damaged: {}",
                problems.join("; ")
            )));
        }
    }
    let url = format!("sqlite://{}", file.display());
    let store = Store::open(&url).await?;
    let outcome = async {
        let migrated = schema::migrate(&store).await?;
        crate::auth::renew_installation_secret(&store).await?;
        Ok(Restored { migrated })
    }
    .await;
    store.close().await;
    outcome
}

/// `backup.db` → `backup.db.partial-<pid>`, in the same folder, so that the
/// rename is atomic.
fn partial_name(to: &Path) -> PathBuf {
    let mut name = to.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".partial-{}", std::process::id()));
    to.with_file_name(name)
}

/// Every problem `db check` finds in the database at `url`: schema, then
/// (SQLite) page integrity and foreign keys, or (PostgreSQL) every foreign
/// key and check constraint against the rows. Empty: healthy. An SQLite
/// file is only read, never opened for writing: checking a backup leaves it
/// byte for byte as it was.
pub async fn check(url: &str) -> Result<Vec<String>> {
    if let Some(file) = sqlite_path(url) {
        if !file.is_file() {
            return Err(Error::Unavailable(format!(
                "{} does not exist",
                file.display()
            )));
        }
        // A damaged file may fail any of these reads: each failure is one
        // more problem to list, not the end of the check.
        let connection = read_only(&file)?;
        let versions = match sqlite_versions(&connection) {
            Ok(versions) => versions,
            Err(e) => return Ok(vec![problem(e)]),
        };
        let status = schema::status_of(versions.clone());
        let mut problems = schema_problems(&status);
        if !status.unknown.is_empty() {
            return Ok(problems);
        }
        // The integrity check evaluates the CHECK constraints the file
        // stores: it runs only once they are known to be epic's own.
        let differences = match objects::compare(&connection, versions.len()).await {
            Ok(differences) => differences,
            Err(e) => vec![problem(e)],
        };
        if !differences.is_empty() {
            problems.extend(differences);
            problems.push(
                "integrity: not checked, since the schema is not epic's and checking would run what it stores"
                    .into(),
            );
            return Ok(problems);
        }
        match check_sqlite(&connection) {
            Ok(found) => problems.extend(found),
            Err(e) => problems.push(problem(e)),
        }
        return Ok(problems);
    }
    let store = Store::open(url).await?;
    let checked = async {
        let status = schema::status(&store).await?;
        let mut problems = schema_problems(&status);
        if !status.unknown.is_empty() {
            return Ok(problems);
        }
        // The rows are read only once every table, key and index is known
        // to be epic's own.
        match objects::compare_postgres(&store, status.applied.len()).await {
            Ok(differences) if differences.is_empty() => {
                problems.extend(check_postgres(&store).await?);
            }
            Ok(differences) => {
                problems.extend(differences);
                problems.push("keys: not checked, since the schema is not epic's".into());
            }
            Err(e) => problems.push(problem(e)),
        }
        Ok(problems)
    }
    .await;
    store.close().await;
    checked
}

fn problem(error: Error) -> String {
    match error {
        Error::Unavailable(message) => message,
        other => other.to_string(),
    }
}

fn schema_problems(status: &schema::SchemaStatus) -> Vec<String> {
    let mut problems = Vec::new();
    if !status.pending.is_empty() {
        problems.push(format!(
            "schema: migrations not applied: {}",
            status.pending.join(" ")
        ));
    }
    if !status.unknown.is_empty() {
        problems.push(format!(
            "schema: migrations of a newer epic: {}",
            status.unknown.join(" ")
        ));
    }
    problems
}

/// The migrations an SQLite file records; none when it has no schema.
fn sqlite_versions(connection: &rusqlite::Connection) -> Result<Vec<String>> {
    let has_table: bool = connection
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'seaql_migrations'",
            [],
            |row| row.get(0),
        )
        .map_err(failed("cannot read the schema"))?;
    if !has_table {
        return Ok(Vec::new());
    }
    texts(
        connection,
        "SELECT version FROM seaql_migrations ORDER BY version",
        "cannot read the schema",
    )
}

/// The first column of every row of a fixed statement.
fn texts(connection: &rusqlite::Connection, sql: &str, what: &str) -> Result<Vec<String>> {
    let mut select = connection.prepare(sql).map_err(failed(what))?;
    let rows = select
        .query_map([], |row| row.get::<_, String>(0))
        .map_err(failed(what))?;
    rows.collect::<rusqlite::Result<_>>().map_err(failed(what))
}

fn check_sqlite(connection: &rusqlite::Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for line in texts(connection, "PRAGMA integrity_check", "integrity check")? {
        if line != "ok" {
            problems.push(format!("integrity: {line}"));
        }
    }
    let mut keys = connection
        .prepare("PRAGMA foreign_key_check")
        .map_err(failed("foreign key check"))?;
    let orphans = keys
        .query_map([], |row| {
            Ok(format!(
                "foreign key: {} row {} points to a missing {} row",
                row.get::<_, String>(0)?,
                row.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                row.get::<_, String>(2)?,
            ))
        })
        .map_err(failed("foreign key check"))?;
    for orphan in orphans {
        problems.push(orphan.map_err(failed("foreign key check"))?);
    }
    Ok(problems)
}

/// What a count of offending rows means for one kind of constraint.
type Describe = fn(i64) -> String;

/// PostgreSQL enforces keys and checks as rows are written, but not on
/// rows loaded with triggers disabled or constraints added `NOT VALID`:
/// every foreign key is evaluated again against the rows (a comparison of
/// columns named by the catalog), and a constraint not validated is
/// reported. A CHECK's expression is never evaluated: it is text stored in
/// the database, which could call any function as whoever runs the check,
/// and PostgreSQL already holds every validated CHECK on every write.
async fn check_postgres(store: &Store) -> Result<Vec<String>> {
    use sea_orm::ConnectionTrait;
    use sea_orm::sea_query::{Alias, Expr, Order, Query};
    // Fixed catalog queries, no user data. Each constraint's count query is
    // assembled by PostgreSQL itself (`format` with `%I` and regclass
    // quoting identifiers) from the catalog, and run by `query_to_xml`.
    const FOREIGN_KEY_ORPHANS: &str = "(xpath('/row/n/text()', query_to_xml(format(
        'SELECT count(*) AS n FROM %s AS child WHERE child.%I IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM %s AS parent WHERE parent.%I = child.%I)',
        c.conrelid::regclass, child_column.attname, c.confrelid::regclass,
        parent_column.attname, child_column.attname), false, true, '')))[1]::text::bigint";
    let in_schema = "c.connamespace = current_schema()::regnamespace";
    let constraint = || {
        Query::select()
            .expr_as(Expr::cust("c.conrelid::regclass::text"), Alias::new("tbl"))
            .expr_as(Expr::cust("c.conname::text"), Alias::new("name"))
            .from_as(Alias::new("pg_constraint"), Alias::new("c"))
            .and_where(Expr::cust(in_schema))
            .order_by(Alias::new("tbl"), Order::Asc)
            .order_by(Alias::new("name"), Order::Asc)
            .to_owned()
    };
    let not_validated = constraint()
        .expr_as(Expr::cust("1::bigint"), Alias::new("violations"))
        .and_where(Expr::cust("NOT c.convalidated"))
        .to_owned();
    let keys = constraint()
        .expr_as(Expr::cust(FOREIGN_KEY_ORPHANS), Alias::new("violations"))
        .join_as(
            sea_orm::JoinType::InnerJoin,
            Alias::new("pg_attribute"),
            Alias::new("child_column"),
            Expr::cust("child_column.attrelid = c.conrelid AND child_column.attnum = c.conkey[1]"),
        )
        .join_as(
            sea_orm::JoinType::InnerJoin,
            Alias::new("pg_attribute"),
            Alias::new("parent_column"),
            Expr::cust(
                "parent_column.attrelid = c.confrelid AND parent_column.attnum = c.confkey[1]",
            ),
        )
        .and_where(Expr::cust("c.contype = 'f'"))
        .to_owned();
    let mut problems = Vec::new();
    let described: [(_, Describe); 2] = [
        (not_validated, |_| "is not validated".to_owned()),
        (keys, |n| {
            format!("has {n} row(s) pointing to a missing row")
        }),
    ];
    for (select, describe) in described {
        let rows = store
            .db
            .query_all(&select)
            .await
            .map_err(crate::errors::map)?;
        for row in rows {
            let table: String = row.try_get("", "tbl").map_err(crate::errors::map)?;
            let name: String = row.try_get("", "name").map_err(crate::errors::map)?;
            let violations: i64 = row.try_get("", "violations").map_err(crate::errors::map)?;
            if violations > 0 {
                problems.push(format!(
                    "constraint: {name} on {table} {}",
                    describe(violations)
                ));
            }
        }
    }
    Ok(problems)
}
