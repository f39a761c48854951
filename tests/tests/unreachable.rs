//! A database that cannot be reached fails fast with exit 8 and one line.

// Test helpers panic on purpose: a failed step is a failed test.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use epic_tests::{Epic, TestDb};

#[test]
fn an_unreachable_server_gives_exit_8_quickly() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let started = Instant::now();
    let run = epic
        .run(&[
            "--database-url",
            "postgres://postgres@127.0.0.1:1/epic",
            "whoami",
        ])
        .code(8);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert!(
        run.stderr.starts_with("error: cannot open the database"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("panicked") && run.stderr.lines().count() <= 2,
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_that_is_not_a_database_gives_exit_8() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let path = epic.home.path().join("notes.txt");
    std::fs::write(
        &path,
        "this is not a database, just some text that is long enough",
    )
    .unwrap();
    let url = format!("sqlite://{}", path.display());
    let run = epic.run(&["--database-url", &url, "whoami"]).code(8);
    assert!(
        run.stderr.contains("not an epic database"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("busy"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "this is not a database, just some text that is long enough"
    );
}

#[test]
fn a_password_in_the_url_is_never_printed() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let run = epic
        .run(&[
            "--database-url",
            "postgres://epic:hunter2secret@127.0.0.1:1/epic",
            "whoami",
        ])
        .code(8);
    assert!(!run.stderr.contains("hunter2secret"), "{}", run.stderr);
}
