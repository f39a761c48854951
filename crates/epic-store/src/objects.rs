//! An SQLite file's schema as data: every table, index, trigger and view
//! with the statement that made it, read from `sqlite_master` as text and
//! never run. A file is epic's only when these are exactly what epic's
//! migrations make at the file's version: nothing added, nothing missing,
//! nothing changed.

use std::collections::BTreeMap;
use std::path::Path;

use epic_domain::{Error, Result};

use crate::{Store, schema};

/// `(kind, name)` → the statement that made it.
pub(crate) type Objects = BTreeMap<(String, String), String>;

/// The objects of the file open on `connection`; SQLite's own aside.
pub(crate) fn of_file(connection: &rusqlite::Connection) -> Result<Objects> {
    let failed = |e: rusqlite::Error| Error::Unavailable(format!("cannot read the schema: {e}"));
    let mut select = connection
        .prepare(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master \
             WHERE substr(name, 1, 7) <> 'sqlite_' ORDER BY type, name",
        )
        .map_err(failed)?;
    let rows = select
        .query_map([], |row| {
            Ok((
                (row.get(0)?, row.get(1)?),
                normalised(&row.get::<_, String>(2)?),
            ))
        })
        .map_err(failed)?;
    rows.collect::<rusqlite::Result<_>>().map_err(failed)
}

/// Runs of white space as one: the same statement however it was spaced.
fn normalised(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What epic's first `steps` migrations make, read from a fresh file they
/// are applied to in a private temporary folder.
pub(crate) async fn made_by_migrations(steps: usize) -> Result<Objects> {
    let unavailable =
        |e: std::io::Error| Error::Unavailable(format!("cannot make the reference schema: {e}"));
    let folder = tempfile::tempdir().map_err(unavailable)?;
    let file = folder.path().join("reference.db");
    let store = Store::create(&format!("sqlite://{}", file.display())).await?;
    let migrated = schema::migrate_first(&store, u32::try_from(steps).unwrap_or(u32::MAX)).await;
    store.close().await;
    migrated?;
    of_file(&crate::maintenance::read_only(&file)?)
}

/// Every way `found` differs from `expected`, one line each, named.
pub(crate) fn differences(found: &Objects, expected: &Objects) -> Vec<String> {
    let mut lines = Vec::new();
    for ((kind, name), sql) in found {
        match expected.get(&(kind.clone(), name.clone())) {
            None => lines.push(format!("schema: {kind} {name} is not epic's")),
            Some(ours) if ours != sql => {
                lines.push(format!("schema: {kind} {name} is not as epic makes it"));
            }
            Some(_) => {}
        }
    }
    for (kind, name) in expected.keys() {
        if !found.contains_key(&(kind.clone(), name.clone())) {
            lines.push(format!("schema: {kind} {name} is missing"));
        }
    }
    lines
}

/// The differences between the file's schema and epic's at the file's own
/// version (`applied` migrations, all known to this build).
pub(crate) async fn compare(
    connection: &rusqlite::Connection,
    applied: usize,
) -> Result<Vec<String>> {
    let expected = made_by_migrations(applied).await?;
    Ok(differences(&of_file(connection)?, &expected))
}

/// Whether `path` holds an SQLite database at all (its header).
pub(crate) fn is_sqlite(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0_u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok_and(|()| &header == b"SQLite format 3\0")
}
