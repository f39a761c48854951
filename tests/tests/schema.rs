//! Migrations on an empty database, status, and refusal of a mismatched schema.

// Test helpers panic on purpose: a failed step is a failed test.
#![allow(clippy::unwrap_used)]

use epic_store::hooks;
use epic_tests::{Epic, TestDb, block_on};

#[test]
fn migrate_then_status_on_an_empty_database() {
    let db = TestDb::new();
    if let Some(path) = db.url.strip_prefix("sqlite://") {
        // An empty file is an empty SQLite database; a missing one is refused.
        std::fs::File::create(path).unwrap();
    }
    let epic = Epic::new(&db);
    let empty = epic.run(&["db", "status", "-o", "json"]).code(8).json();
    assert_eq!(empty["current"], false);
    epic.run(&["db", "migrate"]).ok();
    let status = epic.run(&["db", "status", "-o", "json"]).ok().json();
    assert_eq!(status["current"], true);
    assert_eq!(status["pending"], "");
    assert!(status["applied"].as_str().unwrap().contains("initial"));
    // Migrating again is a no-op.
    epic.run(&["db", "migrate"]).ok();
}

#[test]
fn commands_refuse_a_database_without_schema() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let run = epic.run(&["whoami"]).code(8);
    assert!(run.stderr.contains("epic init"), "{}", run.stderr);
}

#[test]
fn commands_refuse_a_schema_behind_this_build() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    epic.init("ada@epicevents.fr").ok();
    block_on(async {
        hooks::forget_newest_migration(&db.store().await)
            .await
            .unwrap();
    });
    let run = epic.run(&["whoami"]).code(8);
    assert!(run.stderr.contains("epic db migrate"), "{}", run.stderr);
    epic.run(&["db", "status"]).code(8);
}

#[test]
fn commands_refuse_a_schema_ahead_of_this_build() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    epic.init("ada@epicevents.fr").ok();
    block_on(async {
        hooks::record_unknown_migration(&db.store().await, "m29990101_000001_future")
            .await
            .unwrap();
    });
    let run = epic.run(&["whoami"]).code(8);
    assert!(run.stderr.contains("newer epic"), "{}", run.stderr);
    epic.run(&["db", "migrate"]).code(8);
}

#[test]
fn the_schema_enforces_what_it_can() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    epic.init("ada@epicevents.fr").ok();
    // A mixed-case email cannot be stored behind the application's back.
    let result = block_on(async {
        use sea_orm::ConnectionTrait;
        use sea_orm::sea_query::{Alias, Query};
        let conn = sea_orm::Database::connect(&db.url).await.unwrap();
        let insert = Query::insert()
            .into_table(Alias::new("employees"))
            .columns(
                [
                    "full_name",
                    "email",
                    "department",
                    "password_hash",
                    "created_at",
                    "updated_at",
                ]
                .map(Alias::new),
            )
            .values_panic([
                "Bad".into(),
                "Bad@Example.com".into(),
                "sales".into(),
                "x".into(),
                chrono::Utc::now().into(),
                chrono::Utc::now().into(),
            ])
            .to_owned();
        conn.execute(&insert).await
    });
    assert!(
        result.is_err(),
        "the CHECK on lower-case emails must refuse it"
    );
}
