//! `event update --append-notes`: support adds a line to an event's notes
//! without retyping them, under the same rules as `--notes`.

#![allow(clippy::unwrap_used)]

use epic_tests::{Company, Epic};

fn notes(epic: &Epic, event: i64) -> String {
    epic.run(&["event", "show", &event.to_string(), "-o", "json"])
        .ok()
        .json()["notes"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn support_adds_lines_to_its_event_s_notes() {
    let (db, c) = Company::build();
    let kate = Epic::logged_in(&db, &c.support.email.to_string());
    let event = c.event.to_string();
    kate.run(&["event", "update", &event, "--notes", ""]).ok();
    kate.run(&[
        "event",
        "update",
        &event,
        "--append-notes",
        "Florist at 2PM",
    ])
    .ok();
    assert_eq!(notes(&kate, c.event), "Florist at 2PM");
    kate.run(&[
        "event",
        "update",
        &event,
        "--append-notes",
        "  Cake: lemon, not chocolate  ",
    ])
    .ok();
    assert_eq!(
        notes(&kate, c.event),
        "Florist at 2PM\nCake: lemon, not chocolate"
    );
    let audit = Epic::logged_in(&db, &c.manager.email.to_string())
        .run(&[
            "audit", "list", "--entity", "event", "--id", &event, "-o", "json",
        ])
        .ok()
        .json();
    let last = audit
        .as_array()
        .unwrap()
        .iter()
        .max_by_key(|row| row["id"].as_i64().unwrap())
        .unwrap();
    assert!(
        last["changes"].as_str().unwrap().contains("Cake: lemon"),
        "{last}"
    );
}

#[test]
fn appending_follows_the_rules_of_notes_and_of_ownership() {
    let (db, c) = Company::build();
    let kate = Epic::logged_in(&db, &c.support.email.to_string());
    let event = c.event.to_string();
    kate.run(&["event", "update", &event, "--notes", "Twelve chars"])
        .ok();
    let before = notes(&kate, c.event);
    let refused = [
        (vec!["--notes", "new", "--append-notes", "more"], 2),
        (vec!["--append-notes", "   "], 6),
        (vec!["--append-notes", "bell\u{7}"], 6),
    ];
    for (args, code) in refused {
        let mut all = vec!["event", "update", event.as_str()];
        all.extend(args);
        kate.run(&all).code(code);
    }
    // Each part fits; together they pass the 5,000 characters of notes.
    let long = "x".repeat(4990);
    let run = kate
        .run(&["event", "update", &event, "--append-notes", &long])
        .code(6);
    assert!(run.stderr.contains("notes"), "{}", run.stderr);
    assert_eq!(notes(&kate, c.event), before);
    // Another support employee's event, and sales: not theirs to change.
    kate.run(&[
        "event",
        "update",
        &c.other_event.to_string(),
        "--append-notes",
        "mine now",
    ])
    .code(5);
    Epic::logged_in(&db, &c.sales.email.to_string())
        .run(&["event", "update", &event, "--append-notes", "sales note"])
        .code(5);
    assert_eq!(notes(&kate, c.event), before);
}

#[test]
fn appending_through_a_server_is_the_same() {
    let (db, c) = Company::build();
    let server = epic_tests::Server::start(&db);
    let token = Epic::new(&db).token(&c.support.email.to_string());
    let kate = Epic::through(&server.base).env("EPIC_TOKEN", &token);
    let event = c.event.to_string();
    kate.run(&["event", "update", &event, "--notes", "First"])
        .ok();
    kate.run(&["event", "update", &event, "--append-notes", "Second"])
        .ok();
    assert_eq!(notes(&kate, c.event), "First\nSecond");
    kate.run(&["event", "update", &event, "--append-notes", "\u{7}"])
        .code(6);
    assert_eq!(
        notes(&Epic::logged_in(&db, &c.support.email.to_string()), c.event),
        "First\nSecond"
    );
}
