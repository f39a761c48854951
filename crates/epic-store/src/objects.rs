//! An SQLite file's schema as data: every table, index, trigger and view
//! with the statement that made it, read from `sqlite_master` as text and
//! never run. A file is epic's only when these are exactly what epic's
//! migrations make at the file's version: nothing added, nothing missing,
//! nothing changed.

use std::collections::BTreeMap;
use std::path::Path;

use epic_domain::{Error, Result};
use sea_orm::JoinType;
use sea_orm::sea_query::{Alias, Expr, Query, SelectStatement, UnionType};

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

/// Where the migrations are applied, inside a transaction that is rolled
/// back, to read what they make on this very server.
macro_rules! reference_schema {
    () => {
        "epic_schema_reference"
    };
}

/// The schema named by the bound value, as an oid.
macro_rules! namespace {
    () => {
        "(SELECT n.oid FROM pg_namespace n WHERE n.nspname = $1)"
    };
}

/// One kind of object of a schema, as `(kind, name, sql)` text columns.
/// Every fragment is a constant: only the schema's name is a value, bound.
fn described(
    kind: &'static str,
    name: &'static str,
    sql: &'static str,
    table: &str,
    alias: &str,
) -> SelectStatement {
    Query::select()
        .expr_as(Expr::cust(kind), Alias::new("kind"))
        .expr_as(Expr::cust(name), Alias::new("name"))
        .expr_as(Expr::cust(sql), Alias::new("sql"))
        .from_as(Alias::new(table), Alias::new(alias))
        .to_owned()
}

fn joined(
    select: &mut SelectStatement,
    table: &str,
    alias: &str,
    on: &'static str,
    kind: JoinType,
) {
    select.join_as(kind, Alias::new(table), Alias::new(alias), Expr::cust(on));
}

/// In the schema `schema`, by the condition `test` (`$1` is the schema).
fn within(select: &mut SelectStatement, test: &'static str, schema: &str) {
    select.and_where(Expr::cust_with_values(test, [schema]));
}

/// Every object of one schema, described by the catalog as text: relations
/// (tables, views, sequences, indexes), columns with their types, defaults
/// and nullability, constraints, indexes, triggers, rules, policies and the
/// functions not brought by an extension. Catalog reads only: nothing the
/// database stores is run.
fn describe_query(schema: &str) -> SelectStatement {
    let in_class = concat!("c.relnamespace = ", namespace!());
    let mut relations = described(
        "'relation ' || c.relkind::text",
        "c.relname::text",
        "CASE WHEN c.relrowsecurity THEN 'row security' ELSE '' END",
        "pg_class",
        "c",
    );
    within(&mut relations, in_class, schema);
    let mut columns = described(
        "'column'",
        "c.relname || '.' || a.attname",
        "format_type(a.atttypid, a.atttypmod) \
         || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END \
         || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')",
        "pg_attribute",
        "a",
    );
    joined(
        &mut columns,
        "pg_class",
        "c",
        "c.oid = a.attrelid",
        JoinType::InnerJoin,
    );
    joined(
        &mut columns,
        "pg_attrdef",
        "d",
        "d.adrelid = a.attrelid AND d.adnum = a.attnum",
        JoinType::LeftJoin,
    );
    within(&mut columns, in_class, schema);
    columns.and_where(Expr::cust(
        "a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
    ));
    let mut constraints = described(
        "'constraint'",
        "c.relname || '.' || k.conname",
        "pg_get_constraintdef(k.oid) || CASE WHEN k.convalidated THEN '' ELSE ' not validated' END",
        "pg_constraint",
        "k",
    );
    joined(
        &mut constraints,
        "pg_class",
        "c",
        "c.oid = k.conrelid",
        JoinType::InnerJoin,
    );
    within(
        &mut constraints,
        concat!("k.connamespace = ", namespace!()),
        schema,
    );
    let mut indexes = described(
        "'index'",
        "i.indexname::text",
        "i.indexdef",
        "pg_indexes",
        "i",
    );
    within(&mut indexes, "i.schemaname = $1", schema);
    let mut triggers = described(
        "'trigger'",
        "c.relname || '.' || t.tgname",
        "pg_get_triggerdef(t.oid)",
        "pg_trigger",
        "t",
    );
    joined(
        &mut triggers,
        "pg_class",
        "c",
        "c.oid = t.tgrelid",
        JoinType::InnerJoin,
    );
    within(&mut triggers, in_class, schema);
    triggers.and_where(Expr::cust("NOT t.tgisinternal"));
    let mut rules = described(
        "'rule'",
        "r.tablename || '.' || r.rulename",
        "r.definition",
        "pg_rules",
        "r",
    );
    within(&mut rules, "r.schemaname = $1", schema);
    let mut policies = described(
        "'policy'",
        "c.relname || '.' || p.polname",
        "''",
        "pg_policy",
        "p",
    );
    joined(
        &mut policies,
        "pg_class",
        "c",
        "c.oid = p.polrelid",
        JoinType::InnerJoin,
    );
    within(&mut policies, in_class, schema);
    let mut functions = described(
        "'function'",
        "p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'",
        "''",
        "pg_proc",
        "p",
    );
    within(
        &mut functions,
        concat!("p.pronamespace = ", namespace!()),
        schema,
    );
    functions.and_where(Expr::cust(
        "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = p.oid AND e.deptype = 'e')",
    ));
    let mut all = relations;
    for part in [
        columns,
        constraints,
        indexes,
        triggers,
        rules,
        policies,
        functions,
    ] {
        all.union(UnionType::All, part);
    }
    all
}

async fn describe_postgres(txn: &sea_orm::DatabaseTransaction, schema: &str) -> Result<Objects> {
    use sea_orm::ConnectionTrait;
    let rows = txn
        .query_all(&describe_query(schema))
        .await
        .map_err(crate::errors::map)?;
    let qualified = format!("{schema}.");
    rows.iter()
        .map(|row| {
            let text = |column| {
                row.try_get::<String>("", column)
                    .map_err(crate::errors::map)
            };
            let sql = normalised(&text("sql")?.replace(&qualified, ""));
            Ok(((text("kind")?, text("name")?), sql))
        })
        .collect()
}

/// The differences between the current schema of a PostgreSQL database and
/// what epic's first `applied` migrations make on the same server, applied
/// to a schema of their own in a transaction that is then rolled back.
pub(crate) async fn compare_postgres(store: &Store, applied: usize) -> Result<Vec<String>> {
    use sea_orm::{ConnectionTrait, TransactionTrait};
    let txn = store.db.begin().await.map_err(crate::errors::map)?;
    let current_schema = Query::select()
        .expr_as(Expr::cust("current_schema()::text"), Alias::new("name"))
        .to_owned();
    let current: String = txn
        .query_one(&current_schema)
        .await
        .map_err(crate::errors::map)?
        .ok_or_else(|| Error::Unavailable("the database names no current schema".into()))?
        .try_get("", "name")
        .map_err(crate::errors::map)?;
    let found = describe_postgres(&txn, &current).await?;
    let prepared = async {
        txn.execute_unprepared(concat!("CREATE SCHEMA ", reference_schema!()))
            .await?;
        txn.execute_unprepared(concat!(
            "SELECT set_config('search_path', '",
            reference_schema!(),
            ", ' || current_setting('search_path'), true)"
        ))
        .await?;
        <migration::Migrator as migration::MigratorTrait>::up(
            &txn,
            Some(u32::try_from(applied).unwrap_or(u32::MAX)),
        )
        .await
    }
    .await;
    if let Err(e) = prepared {
        let _ = txn.rollback().await;
        return Err(Error::Unavailable(format!(
            "the schema could not be compared with epic's (run db check as the database's owner): {e}"
        )));
    }
    let expected = describe_postgres(&txn, reference_schema!()).await;
    let _ = txn.rollback().await;
    Ok(differences(&found, &expected?))
}
