//! `epic config` and the precedence flag > environment > file > default.

#![allow(clippy::unwrap_used)]

use epic_tests::{Epic, TestDb};

#[cfg(unix)]
#[test]
fn config_round_trip_and_precedence() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    let epic = Epic::new(&db);
    epic.init("ada@epicevents.fr").ok();
    epic.run(&["config", "get", "format"]).code(3);
    epic.run(&["config", "set", "format", "yaml"]).code(6);
    epic.run(&["config", "set", "colour", "red"]).code(2);
    epic.run(&["config", "set", "format", "json"]).ok();
    assert_eq!(
        epic.run(&["config", "get", "format"]).ok().stdout.trim(),
        "json"
    );
    let file = epic.home.path().join(".config/epic/config.toml");
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );

    // The file's format applies; the environment beats it; a flag beats both.
    let status = epic.run(&["db", "status"]).ok();
    assert!(status.json()["current"].as_bool().unwrap());
    let csv = epic
        .run_full(&["db", "status"], "", &[("EPIC_FORMAT", "csv")])
        .ok();
    assert!(csv.stdout.starts_with("database,current"), "{}", csv.stdout);
    let table = epic
        .run_full(
            &["db", "status", "-o", "table"],
            "",
            &[("EPIC_FORMAT", "csv")],
        )
        .ok();
    assert!(table.stdout.starts_with("database "), "{}", table.stdout);

    // The database URL: the file is used when neither flag nor environment is set.
    let elsewhere = format!("sqlite://{}", epic.home.path().join("other.db").display());
    epic.run(&["config", "set", "database_url", &elsewhere])
        .ok();
    let listed = epic.run(&["config", "list"]).ok().json();
    assert_eq!(listed["database_url"], elsewhere.as_str());
    let from_file = epic
        .run_full(&["db", "status"], "", &[("EPIC_DATABASE_URL", "")])
        .code(8);
    // It names the file, and does not create it.
    assert!(
        from_file.stderr.contains("other.db") && from_file.stderr.contains("does not exist"),
        "{}",
        from_file.stderr
    );
    assert!(!epic.home.path().join("other.db").exists());
    let from_env = epic.run(&["db", "status"]).ok();
    assert!(!from_env.stdout.contains("other.db"));
    epic.run(&["config", "set", "format", ""]).ok();
    epic.run(&["config", "get", "format"]).code(3);
    // EPIC_CONFIG points elsewhere.
    let custom = epic.home.path().join("custom.toml");
    epic.run_full(
        &["config", "set", "format", "csv"],
        "",
        &[("EPIC_CONFIG", custom.to_str().unwrap())],
    )
    .ok();
    assert!(
        std::fs::read_to_string(&custom)
            .unwrap()
            .contains("format = \"csv\"")
    );
}
