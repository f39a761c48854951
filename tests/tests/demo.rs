//! `epic demo` builds its own database, tells the story, and hands over
//! working credentials, without touching the user's database.

#![allow(clippy::unwrap_used)]

use epic_tests::{Epic, TestDb};

#[test]
fn the_demo_tells_the_story_in_its_own_database() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    // No EPIC_DATABASE_URL for the demo: it must pick its own file.
    let run = epic
        .run_full(
            &["demo", "--generated", "20"],
            "",
            &[("EPIC_DATABASE_URL", "")],
        )
        .ok();
    for step in [
        "bill$ epic client create",
        "ada$ epic contract create",
        "bill$ epic contract sign",
        "ada$ epic event update",
        "kate$ epic event update",
    ] {
        assert!(
            run.stdout.contains(step),
            "the tour lacks `{step}`:\n{}",
            run.stdout
        );
    }
    assert!(run.stdout.contains("created event"), "{}", run.stdout);
    assert!(
        run.stdout.contains("refused with exit code 5"),
        "{}",
        run.stdout
    );
    let demo_db = epic.home.path().join(".local/share/epic/demo.db");
    assert!(demo_db.exists());
    assert!(
        !epic.home.path().join(".local/share/epic/epic.db").exists(),
        "the real database was created"
    );

    // The printed credentials work.
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("kate@epicevents.fr") && l.contains("password:"))
        .unwrap();
    let password = line
        .rsplit("password: ")
        .next()
        .unwrap()
        .trim_end_matches(')');
    let demo = Epic::new(&db).env(
        "EPIC_DATABASE_URL",
        &format!("sqlite://{}", demo_db.display()),
    );
    let kate = demo
        .login_token("kate@epicevents.fr", password)
        .ok()
        .stdout
        .trim()
        .to_owned();
    let events = demo
        .run_full(
            &["event", "list", "--mine", "-o", "json"],
            "",
            &[("EPIC_TOKEN", &kate)],
        )
        .ok()
        .json();
    let events = events.as_array().unwrap();
    let wedding = events
        .iter()
        .find(|e| e["name"] == "John Ouick Wedding")
        .unwrap();
    assert!(
        wedding["notes"]
            .as_str()
            .unwrap()
            .contains("reception starts at 5PM")
    );
    let ada = demo
        .run_full(
            &["event", "list", "-o", "json"],
            "",
            &[("EPIC_TOKEN", &kate)],
        )
        .ok()
        .json();
    assert!(
        ada.as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == "Lou Bouzin General Assembly"
                && e["support_contact_name"] == "Aliénor Vichum")
    );
    // Replacing the earlier demo needs a yes; then it starts afresh.
    let refused = epic
        .run_full(
            &["demo", "--generated", "0"],
            "",
            &[("EPIC_DATABASE_URL", "")],
        )
        .code(2);
    assert!(refused.stderr.contains("--yes"), "{}", refused.stderr);
    demo.run_full(&["whoami"], "", &[("EPIC_TOKEN", &kate)])
        .ok();
    epic.run_full(
        &["demo", "--generated", "0", "--yes"],
        "",
        &[("EPIC_DATABASE_URL", "")],
    )
    .ok();
    demo.run_full(&["whoami"], "", &[("EPIC_TOKEN", &kate)])
        .code(4);
}

/// A company database, and every way of spelling its path as a URL.
fn spellings(path: &std::path::Path) -> Vec<String> {
    let dir = path.parent().unwrap();
    let name = path.file_name().unwrap().to_str().unwrap();
    let link = dir.join("link.db");
    std::os::unix::fs::symlink(path, &link).unwrap();
    vec![
        format!("sqlite://{}", path.display()),
        format!("sqlite:{}", path.display()),
        format!("sqlite://{}/./{name}?mode=rwc", dir.display()),
        format!(
            "sqlite://{}/../{}/{name}",
            dir.display(),
            dir.file_name().unwrap().to_str().unwrap()
        ),
        format!("sqlite://{}", link.display()),
    ]
}

#[test]
fn the_demo_never_replaces_the_database_in_use_or_any_other_file() {
    let db = TestDb::sqlite();
    let epic = Epic::company(&db);
    let path = std::path::PathBuf::from(db.url.trim_start_matches("sqlite://"));
    let before = std::fs::read(&path).unwrap();
    for url in spellings(&path) {
        // Named by the environment, as the user's database.
        let run = epic.run(&["demo", "--yes", "--database-url", &url]).code(2);
        assert!(
            run.stderr.contains("your epic database"),
            "{url}: {}",
            run.stderr
        );
        // Named by the config file.
        let config = epic.home.path().join("config.toml");
        std::fs::write(&config, format!("database_url = {:?}\n", db.url)).unwrap();
        epic.run_full(
            &["demo", "--yes", "--database-url", &url],
            "",
            &[
                ("EPIC_DATABASE_URL", ""),
                ("EPIC_CONFIG", config.to_str().unwrap()),
            ],
        )
        .code(2);
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the database changed"
    );
    epic.run_with_stdin(
        &[
            "login",
            "--email",
            epic_tests::ADA,
            "--password-stdin",
            "--print-token",
        ],
        &format!("{}\n", epic_tests::PASSWORD),
    )
    .ok();

    // Any other file, a database or not, is not the demo's to replace.
    let other = epic.home.path().join("notes.txt");
    std::fs::write(&other, "not a database").unwrap();
    let run = epic
        .run(&[
            "demo",
            "--yes",
            "--database-url",
            &format!("sqlite:{}", other.display()),
        ])
        .code(2);
    assert!(run.stderr.contains("not a demo database"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "not a database");
    let copy = epic.home.path().join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    let copied = std::fs::read(&copy).unwrap();
    epic.run(&[
        "demo",
        "--yes",
        "--database-url",
        &format!("sqlite://{}", copy.display()),
    ])
    .code(2);
    assert!(std::fs::read(&copy).unwrap() == copied, "the copy changed");
}
