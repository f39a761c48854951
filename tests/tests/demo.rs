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
    // Running it again starts afresh.
    epic.run_full(
        &["demo", "--generated", "0"],
        "",
        &[("EPIC_DATABASE_URL", "")],
    )
    .ok();
    demo.run_full(&["whoami"], "", &[("EPIC_TOKEN", &kate)])
        .code(4);
}
