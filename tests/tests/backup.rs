//! `epic db backup` and `epic db check` through the binary (SPEC §12): a
//! consistent copy taken while others write, owner-only, never over an
//! existing file without --force; damaged or newer copies are found out.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use epic_store::schema;
use epic_tests::{Backend, Company, Epic, TestDb, block_on};
use serde_json::Value;

fn url(file: &Path) -> String {
    format!("sqlite://{}", file.display())
}

#[test]
fn a_backup_taken_while_four_writers_work_is_one_instant() {
    let (db, c) = Company::build_in(TestDb::sqlite());
    let token = Epic::new(&db).token(&c.manager.email.to_string());
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("epic-backup.db");
    let before = db.count_rows("clients");
    std::thread::scope(|scope| {
        for writer in 0..4 {
            let db = &db;
            let email = c.sales.email.to_string();
            scope.spawn(move || {
                let bill = Epic::logged_in(db, &email);
                for n in 0..25 {
                    bill.run(&[
                        "client",
                        "create",
                        &format!("--name=Writer {writer} client {n}"),
                        &format!("--email=w{writer}.{n}@example.test"),
                    ])
                    .ok();
                }
            });
        }
        let ada = Epic::new(&db).env("EPIC_TOKEN", &token);
        // Once the writers are under way (bounded wait), back up.
        let started = std::time::Instant::now();
        while db.count_rows("clients") < before + 4
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
    // The session came along: the same token reads the copy. Every client
    // in the copy has its audit row and every audit row its client.
    let clients = on_copy.run(&["client", "list", "-o", "json"]).ok().json();
    let audit = on_copy
        .run(&["audit", "list", "--entity", "client", "-o", "json"])
        .ok()
        .json();
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
    let written = clients
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["full_name"].as_str().unwrap().starts_with("Writer"))
        .count();
    assert!(
        (4..100).contains(&written),
        "the backup should fall mid-way: {written}"
    );
    let created: Vec<i64> = ids(&clients, "id");
    let audited: Vec<i64> = ids(&audit, "entity_id");
    assert_eq!(created, audited, "a torn copy");
    // The original went on to the end.
    let all = Epic::logged_in(&db, &c.sales.email.to_string())
        .run(&["client", "list", "--search", "writer", "-o", "json"])
        .ok()
        .json();
    assert_eq!(all.as_array().unwrap().len(), 100);
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
    Epic::at(&url(&copy)).run(&["db", "check"]).ok();
    let partial = std::fs::read_dir(dir.path()).unwrap().any(|f| {
        f.unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".partial")
    });
    assert!(!partial, "a partial file was left");
}

#[test]
fn damaged_or_newer_copies_fail_the_check() {
    let (db, _c) = Company::build_in(TestDb::sqlite());
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.db");
    Epic::new(&db)
        .run(&["db", "backup", good.to_str().unwrap()])
        .ok();
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
        schema::record_unknown_migration(&store, "m29990101_000001_future")
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

    // Into a new database: the same records, and the same sessions.
    let target = dir.path().join("restored.db");
    let restored = Epic::at(&url(&target)).env("EPIC_TOKEN", &token);
    restored
        .run(&["db", "restore", backup.to_str().unwrap()])
        .ok();
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
        schema::migrate_all_but(&store, 1).await.unwrap();
        store.close().await;
        let store = epic_store::Store::create(&url(&newer)).await.unwrap();
        schema::migrate(&store).await.unwrap();
        schema::record_unknown_migration(&store, "m29990101_000001_future")
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
