//! `epic db backup` and `epic db check` through the binary (SPEC §12): a
//! consistent copy taken while others write, owner-only, never over an
//! existing file without --force; damaged or newer copies are found out.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;

use epic_store::{hooks, schema};
use epic_tests::{Backend, Company, Epic, TestDb, block_on};
use serde_json::Value;

fn url(file: &Path) -> String {
    format!("sqlite://{}", file.display())
}

/// The last value the audit trail gives `field` of each record of `entity`.
fn last_audited(audit: &Value, field: &str) -> BTreeMap<i64, String> {
    let mut last = BTreeMap::new();
    let mut rows: Vec<&Value> = audit.as_array().unwrap().iter().collect();
    rows.sort_by_key(|row| row["id"].as_i64().unwrap());
    for row in rows {
        let changes: Value = serde_json::from_str(row["changes"].as_str().unwrap()).unwrap();
        for change in changes.as_array().into_iter().flatten() {
            if change["field"] == field {
                let id = row["entity_id"].as_i64().unwrap();
                last.insert(id, change["new"].as_str().unwrap_or_default().to_owned());
            }
        }
    }
    last
}

#[test]
fn a_backup_taken_while_four_writers_work_is_one_instant() {
    let (db, c) = Company::build_in(TestDb::sqlite());
    let token = Epic::new(&db).token(&c.manager.email.to_string());
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("epic-backup.db");
    let before = db.count_rows("audit_log");
    let client = c.client.to_string();
    let shown = Epic::new(&db).env("EPIC_TOKEN", &token);
    let shown = shown
        .run(&["client", "show", &client, "-o", "json"])
        .ok()
        .json();
    let first_company = shown["company_name"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    std::thread::scope(|scope| {
        // Three writers pay and rename, one creates clients; each write is
        // a record and its audit row in one transaction.
        for writer in 0..4 {
            let (db, c) = (&db, &c);
            scope.spawn(move || {
                let ada = Epic::logged_in(db, &c.manager.email.to_string());
                let bill = Epic::logged_in(db, &c.sales.email.to_string());
                for n in 0..25 {
                    match writer {
                        0 | 1 => {
                            let contract = if writer == 0 {
                                c.contract
                            } else {
                                c.other_contract
                            };
                            ada.run(&["contract", "pay", &contract.to_string(), "0.01"])
                        }
                        2 => bill.run(&[
                            "client",
                            "update",
                            &c.client.to_string(),
                            &format!("--company=Writer 2 round {n}"),
                        ]),
                        _ => bill.run(&[
                            "client",
                            "create",
                            &format!("--name=Writer client {n}"),
                            &format!("--email=w{n}@example.test"),
                        ]),
                    }
                    .ok();
                }
            });
        }
        let ada = Epic::new(&db).env("EPIC_TOKEN", &token);
        // Once the writers are under way (bounded wait), back up.
        let started = std::time::Instant::now();
        while db.count_rows("audit_log") < before + 8
            && started.elapsed() < std::time::Duration::from_secs(60)
        {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        ada.run(&["db", "backup", copy.to_str().unwrap()]).ok();
    });

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    let on_copy = Epic::at(&url(&copy)).env("EPIC_TOKEN", &token);
    on_copy.run(&["db", "check"]).ok();
    // Every entity's trail when `entity` is empty.
    let audit_of = |epic: &Epic, entity: &str| {
        let mut args = vec!["audit", "list", "-o", "json"];
        if !entity.is_empty() {
            args.extend(["--entity", entity]);
        }
        epic.run(&args).ok().json()
    };
    let audit_rows = |epic: &Epic| audit_of(epic, "").as_array().unwrap().len();
    let written = audit_rows(&on_copy);
    let all = audit_rows(&Epic::new(&db).env("EPIC_TOKEN", &token));
    assert!(
        written > before as usize && written < all,
        "the backup should fall mid-way: {before} < {written} < {all}"
    );

    // Restored, the backup is the company as of one instant: every
    // contract's amount due is the last one its audit trail gives, every
    // client's company too, and every client has its audit row.
    let restored_file = dir.path().join("restored.db");
    Epic::at(&url(&restored_file))
        .run(&["db", "restore", copy.to_str().unwrap()])
        .ok();
    // A restored installation signs anew: everyone logs in again.
    let fresh = Epic::at(&url(&restored_file)).token(&c.manager.email.to_string());
    let restored = Epic::at(&url(&restored_file)).env("EPIC_TOKEN", &fresh);
    for (what, list) in [("contract", "contract"), ("client", "client")] {
        assert_eq!(
            restored.run(&[list, "list", "-o", "json"]).ok().stdout,
            on_copy.run(&[list, "list", "-o", "json"]).ok().stdout,
            "{what}s differ after the restore"
        );
    }
    let contracts = restored
        .run(&["contract", "list", "-o", "json"])
        .ok()
        .json();
    let due = last_audited(&audit_of(&restored, "contract"), "amount_due");
    let mut paid = 0;
    for contract in contracts.as_array().unwrap() {
        let id = contract["id"].as_i64().unwrap();
        if let Some(last) = due.get(&id) {
            assert_eq!(
                contract["amount_due"].as_str().unwrap(),
                last,
                "contract {id}"
            );
            paid += 1;
        }
    }
    assert!(paid >= 1, "no payment made it into the backup");
    let clients = restored.run(&["client", "list", "-o", "json"]).ok().json();
    let client_audit = audit_of(&restored, "client");
    let companies = last_audited(&client_audit, "company_name");
    let client = clients
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == c.client)
        .unwrap();
    // Before writer 2's first rename reached the backup, the company is
    // the one the client was created with.
    let expected = companies.get(&c.client).unwrap_or(&first_company);
    assert_eq!(
        client["company_name"].as_str().unwrap_or_default(),
        expected
    );
    let ids = |list: &Value, field: &str| {
        let mut ids: Vec<i64> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[field].as_i64().unwrap())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    assert_eq!(
        ids(&clients, "id"),
        ids(&client_audit, "entity_id"),
        "a torn copy"
    );
}

#[test]
fn backups_never_overwrite_and_are_management_s_when_logged_in() {
    let (db, c) = Company::build();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    let path = copy.to_str().unwrap();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    if db.backend == Backend::Postgres {
        let run = ada.run(&["db", "backup", path]).code(2);
        assert!(
            run.stderr.contains("pg_dump --format=custom"),
            "{}",
            run.stderr
        );
        assert!(!copy.exists());
        return;
    }
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    bill.run(&["db", "backup", path]).code(5);
    assert!(!copy.exists());
    // Without a session, reading the file is the permission.
    Epic::new(&db).run(&["db", "backup", path]).ok();
    std::fs::write(&copy, b"an older backup").unwrap();
    let run = ada.run(&["db", "backup", path]).code(7);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(std::fs::read(&copy).unwrap(), b"an older backup");
    ada.run(&["db", "backup", path, "--force"]).ok();
    let bytes = std::fs::read(&copy).unwrap();
    Epic::at(&url(&copy)).run(&["db", "check"]).ok();
    assert!(
        std::fs::read(&copy).unwrap() == bytes,
        "the check wrote to the backup"
    );
    let partial = std::fs::read_dir(dir.path()).unwrap().any(|f| {
        f.unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".partial")
    });
    assert!(!partial, "a partial file was left");
}

/// A company on SQLite and its backup, `good.db` in a temporary folder.
fn company_backup() -> (TestDb, tempfile::TempDir, std::path::PathBuf) {
    let (db, _c) = Company::build_in(TestDb::sqlite());
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.db");
    Epic::new(&db)
        .run(&["db", "backup", good.to_str().unwrap()])
        .ok();
    (db, dir, good)
}

#[test]
fn damaged_or_newer_copies_fail_the_check() {
    let (_db, dir, good) = company_backup();
    let bytes = std::fs::read(&good).unwrap();
    assert!(bytes.len() > 8 * 4096);

    // Bytes flipped in the headers of table pages.
    let flipped = dir.path().join("flipped.db");
    let mut damaged = bytes.clone();
    for page in 2..8 {
        for b in &mut damaged[page * 4096..page * 4096 + 12] {
            *b ^= 0x5a;
        }
    }
    std::fs::write(&flipped, &damaged).unwrap();
    let run = Epic::at(&url(&flipped)).run(&["db", "check"]).code(8);
    assert!(
        run.stderr.contains("problem") || run.stderr.contains("not an epic"),
        "{}",
        run.stderr
    );

    // Cut short.
    let truncated = dir.path().join("truncated.db");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    Epic::at(&url(&truncated)).run(&["db", "check"]).code(8);

    // Of a newer epic.
    let newer = dir.path().join("newer.db");
    std::fs::write(&newer, &bytes).unwrap();
    block_on(async {
        let store = epic_store::Store::open(&url(&newer)).await.unwrap();
        hooks::record_unknown_migration(&store, "m29990101_000001_future")
            .await
            .unwrap();
        store.close().await;
    });
    let run = Epic::at(&url(&newer)).run(&["db", "check"]).code(8);
    assert!(run.stderr.contains("newer epic"), "{}", run.stderr);

    // The failed checks changed nothing.
    assert_eq!(
        std::fs::read(&truncated).unwrap(),
        &bytes[..bytes.len() / 2]
    );
}

#[test]
fn a_restore_brings_back_the_company_and_never_replaces_one() {
    let (db, c) = Company::build_in(TestDb::sqlite());
    let token = Epic::new(&db).token(&c.manager.email.to_string());
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.db");
    let ada = Epic::new(&db).env("EPIC_TOKEN", &token);
    ada.run(&["db", "backup", backup.to_str().unwrap()]).ok();
    let backup_bytes = std::fs::read(&backup).unwrap();

    // Into a new database: the same records, a new signing secret and no
    // sessions: everyone logs in again.
    let target = dir.path().join("restored.db");
    Epic::at(&url(&target))
        .run(&["db", "restore", backup.to_str().unwrap()])
        .ok();
    let before_restore = Epic::at(&url(&target)).env("EPIC_TOKEN", &token);
    before_restore.run(&["whoami"]).code(4);
    let fresh = Epic::at(&url(&target)).token(&c.manager.email.to_string());
    let restored = Epic::at(&url(&target)).env("EPIC_TOKEN", &fresh);
    for list in [
        &["client", "list"][..],
        &["event", "list"],
        &["audit", "list"],
    ] {
        let args: Vec<&str> = list.iter().copied().chain(["-o", "json"]).collect();
        assert_eq!(ada.run(&args).ok().stdout, restored.run(&args).ok().stdout);
    }
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        backup_bytes,
        "the backup is read only"
    );

    // Never over a company: exit 7, nothing changed.
    let before = restored.run(&["client", "list", "-o", "json"]).ok().stdout;
    let run = restored
        .run(&["db", "restore", backup.to_str().unwrap()])
        .code(7);
    assert!(
        run.stderr.contains("already holds a company"),
        "{}",
        run.stderr
    );
    assert_eq!(
        restored.run(&["client", "list", "-o", "json"]).ok().stdout,
        before
    );

    // A damaged backup is refused and writes nothing.
    let damaged = dir.path().join("damaged.db");
    std::fs::write(&damaged, &backup_bytes[..backup_bytes.len() / 2]).unwrap();
    let nowhere = dir.path().join("nowhere.db");
    Epic::at(&url(&nowhere))
        .run(&["db", "restore", damaged.to_str().unwrap()])
        .code(8);
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("nowhere"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_older_backup_is_migrated_and_a_newer_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let older = dir.path().join("older.db");
    let newer = dir.path().join("newer.db");
    block_on(async {
        let store = epic_store::Store::create(&url(&older)).await.unwrap();
        hooks::migrate_all_but(&store, 1).await.unwrap();
        store.close().await;
        let store = epic_store::Store::create(&url(&newer)).await.unwrap();
        schema::migrate(&store).await.unwrap();
        hooks::record_unknown_migration(&store, "m29990101_000001_future")
            .await
            .unwrap();
        store.close().await;
    });
    let target = dir.path().join("target.db");
    let epic = Epic::at(&url(&target));
    let run = epic.run(&["db", "restore", older.to_str().unwrap()]).ok();
    assert!(run.stderr.contains("applied 1 migration"), "{}", run.stderr);
    epic.run(&["db", "status"]).ok();
    let other = Epic::at(&url(&dir.path().join("other.db")));
    let run = other
        .run(&["db", "restore", newer.to_str().unwrap()])
        .code(8);
    assert!(run.stderr.contains("newer"), "{}", run.stderr);
    assert!(!dir.path().join("other.db").exists());
}

/// A row PostgreSQL never checked: a key pointing nowhere, written with
/// triggers off.
const ORPHAN: &str = "
SET session_replication_role = replica;
UPDATE clients SET sales_contact_id = 999999 WHERE id = (SELECT min(id) FROM clients);
SET session_replication_role = origin;";

/// A check re-added `NOT VALID` over a row that breaks it: no longer the
/// constraint epic makes.
const NOT_VALIDATED: &str = "
DO $$ DECLARE name text; BEGIN
  SELECT conname INTO name FROM pg_constraint
   WHERE conrelid = 'contracts'::regclass AND contype = 'c'
     AND pg_get_constraintdef(oid) LIKE '%due_cents <= total_cents%';
  EXECUTE format('ALTER TABLE contracts DROP CONSTRAINT %I', name);
  UPDATE contracts SET due_cents = total_cents + 1 WHERE id = (SELECT min(id) FROM contracts);
  EXECUTE format('ALTER TABLE contracts ADD CONSTRAINT %I
    CHECK (due_cents >= 0 AND due_cents <= total_cents) NOT VALID', name);
END $$";

/// A function of a low role, called by a CHECK of a table that role made,
/// which counts every call: a check run as a superuser must never call it.
const TRAP: &str = "
CREATE TABLE trap_calls (n integer);
CREATE FUNCTION trap() RETURNS boolean LANGUAGE sql AS $$ INSERT INTO trap_calls VALUES (1); SELECT true $$;
CREATE TABLE trap (x integer CHECK (trap()));
INSERT INTO trap VALUES (1);";

fn damage(db: &TestDb, sql: &str) {
    use sea_orm::ConnectionTrait;
    block_on(async {
        let store = db.store().await;
        store.connection().execute_unprepared(sql).await.unwrap();
        store.close().await;
    });
}

#[test]
fn the_postgres_check_reads_every_key_and_runs_nothing_stored() {
    let (db, _c) = Company::build_in(TestDb::postgres());
    let epic = Epic::new(&db);
    let run = epic.run(&["db", "check"]).ok();
    assert!(run.stderr.contains("no problem found"), "{}", run.stderr);
    damage(&db, ORPHAN);
    let run = epic.run(&["db", "check"]).code(8);
    for expected in [
        "on clients has 1 row(s) pointing to a missing row",
        "1 problem(s) found",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    damage(&db, NOT_VALIDATED);
    let run = epic.run(&["db", "check"]).code(8);
    assert!(
        run.stderr
            .contains("constraint contracts.contracts_check is not as epic makes it"),
        "{}",
        run.stderr
    );

    let (db, _c) = Company::build_in(TestDb::postgres());
    damage(&db, TRAP);
    assert_eq!(db.count_rows("trap_calls"), 1);
    let run = Epic::new(&db).run(&["db", "check"]).code(8);
    for expected in [
        "relation r trap is not epic's",
        "function trap() is not epic's",
        "constraint trap.trap_check is not epic's",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    assert_eq!(db.count_rows("trap_calls"), 1, "the check called the trap");
}

/// Runs fixed statements on an SQLite file, as someone with the file would.
fn tamper(file: &Path, sql: &str) {
    tamper_at(&url(file), sql);
}

fn tamper_at(url: &str, sql: &str) {
    use sea_orm::ConnectionTrait;
    block_on(async {
        let db = sea_orm::Database::connect(url).await.unwrap();
        db.execute_unprepared(sql).await.unwrap();
        let _ = db.close().await;
    });
}

/// One row's first column of a query on an SQLite file.
fn read_first<T: sea_orm::TryGetable>(
    file: &Path,
    select: &sea_orm::sea_query::SelectStatement,
) -> T {
    use sea_orm::ConnectionTrait;
    block_on(async {
        let db = sea_orm::Database::connect(url(file)).await.unwrap();
        let row = db.query_one(select).await.unwrap().unwrap();
        let value = row.try_get_by_index::<T>(0).unwrap();
        let _ = db.close().await;
        value
    })
}

fn rows_in(file: &Path, table: &str) -> i64 {
    use sea_orm::sea_query::{Alias, Asterisk, Expr, Func, Query};
    let select = Query::select()
        .expr(Func::count(Expr::col(Asterisk)))
        .from(Alias::new(table))
        .to_owned();
    read_first(file, &select)
}

fn signing_secret(file: &Path) -> String {
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    let select = Query::select()
        .column(Alias::new("value"))
        .from(Alias::new("settings"))
        .and_where(Expr::col(Alias::new("key")).eq("jwt_secret"))
        .to_owned();
    read_first(file, &select)
}

/// A data file is data: a backup with anything epic's migrations do not
/// make is refused by check and restore, naming it, before anything it
/// holds runs; the backup and the target are left as they were.
#[test]
fn a_backup_with_more_than_epic_s_schema_is_refused_and_nothing_runs() {
    let (_db, dir, good) = company_backup();
    let hostile = [
        (
            "trigger",
            "evil_trigger",
            "CREATE TRIGGER evil_trigger AFTER INSERT ON sessions BEGIN DELETE FROM audit_log; END",
        ),
        (
            "view",
            "evil_view",
            "CREATE VIEW evil_view AS SELECT * FROM employees",
        ),
        ("table", "evil_table", "CREATE TABLE evil_table (x TEXT)"),
        (
            "index",
            "evil_index",
            "CREATE INDEX evil_index ON clients (phone)",
        ),
    ];
    for (kind, name, sql) in hostile {
        let file = dir.path().join(format!("{name}.db"));
        std::fs::copy(&good, &file).unwrap();
        tamper(&file, sql);
        let audit = rows_in(&file, "audit_log");
        let bytes = std::fs::read(&file).unwrap();
        let check = Epic::at(&url(&file)).run(&["db", "check"]).code(8);
        let named = format!("{kind} {name} is not epic's");
        assert!(check.stderr.contains(&named), "{name}: {}", check.stderr);
        let target = dir.path().join(format!("restored-{name}.db"));
        let restore = Epic::at(&url(&target))
            .run(&["db", "restore", file.to_str().unwrap()])
            .code(8);
        assert!(
            restore.stderr.contains(&named),
            "{name}: {}",
            restore.stderr
        );
        assert!(!target.exists(), "{name}: a refused restore left a file");
        assert_eq!(
            std::fs::read(&file).unwrap(),
            bytes,
            "{name}: the backup changed"
        );
        assert_eq!(rows_in(&file, "audit_log"), audit);
    }

    // A chosen signing secret and planted sessions do not survive a
    // restore: the restored database signs with a secret of its own.
    let planted = dir.path().join("planted.db");
    std::fs::copy(&good, &planted).unwrap();
    let chosen = "00".repeat(32);
    tamper(
        &planted,
        &format!(
            "UPDATE settings SET value = '{chosen}' WHERE key = 'jwt_secret';
             INSERT INTO sessions (jti, employee_id, issued_at, expires_at, last_seen_at)
             SELECT 'planted', min(id), '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z',
                    '2026-01-01T00:00:00Z' FROM employees"
        ),
    );
    assert!(rows_in(&planted, "sessions") > 0);
    let target = dir.path().join("restored-planted.db");
    Epic::at(&url(&target))
        .run(&["db", "restore", planted.to_str().unwrap()])
        .ok();
    let secret = signing_secret(&target);
    assert_ne!(secret, chosen);
    assert_eq!(secret.len(), 64);
    assert_eq!(rows_in(&target, "sessions"), 0);
}

/// A restore writes only where there is nothing, or an epic database with
/// no company: never over another file.
#[test]
fn a_restore_never_replaces_a_file_that_is_not_an_empty_epic_database() {
    let (db, _c) = Company::build_in(TestDb::sqlite());
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.db");
    Epic::new(&db)
        .run(&["db", "backup", backup.to_str().unwrap()])
        .ok();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a database").unwrap();
    let other = dir.path().join("other.db");
    // A database of something else, created by whoever had the path.
    tamper_at(
        &format!("{}?mode=rwc", url(&other)),
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)",
    );
    for target in [&text, &other] {
        let before = std::fs::read(target).unwrap();
        let run = Epic::at(&url(target))
            .run(&["db", "restore", backup.to_str().unwrap()])
            .code(8);
        assert!(
            run.stderr.contains("not an empty epic database"),
            "{}",
            run.stderr
        );
        assert_eq!(std::fs::read(target).unwrap(), before);
    }
    // An epic database with no company yet is fine.
    let empty = dir.path().join("empty.db");
    Epic::at(&url(&empty)).run(&["db", "migrate"]).ok();
    Epic::at(&url(&empty))
        .run(&["db", "restore", backup.to_str().unwrap()])
        .ok();
}
