//! Double booking: assigning a support employee who is already at another
//! event at that time is made with a warning naming that event, refused
//! with `--if-free`, and `event list --overlapping` finds such events. The
//! test company's events all run on 5 May 2026, 15:00 to 17:00 UTC.

#![allow(clippy::unwrap_used)]

use epic_tests::{Company, Epic, Server};

fn support_of(epic: &Epic, event: i64) -> serde_json::Value {
    epic.run(&["event", "show", &event.to_string(), "-o", "json"])
        .ok()
        .json()["support_contact_id"]
        .clone()
}

fn overlapping(epic: &Epic) -> Vec<i64> {
    epic.run(&["event", "list", "--overlapping", "-o", "json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect()
}

/// Kate (support) already runs `c.event`; management gives her the
/// unassigned event at the same hour, through `epic`.
fn warns_refuses_and_lists(epic: &Epic, c: &Company) {
    let kate = c.support.email.to_string();
    let unassigned = c.unassigned_event.to_string();
    assert_eq!(overlapping(epic), Vec::<i64>::new());

    let refused = epic
        .run(&[
            "event",
            "update",
            &unassigned,
            "--support",
            &kate,
            "--if-free",
        ])
        .code(7);
    assert!(
        refused.stderr.contains(&format!("event {}", c.event)),
        "{}",
        refused.stderr
    );
    assert_eq!(
        support_of(epic, c.unassigned_event),
        serde_json::Value::Null
    );

    let made = epic
        .run(&[
            "event",
            "update",
            &unassigned,
            "--support",
            &kate,
            "-o",
            "json",
        ])
        .ok();
    assert_eq!(made.json()["support_contact_id"], c.support.id.0);
    assert!(made.json().get("warnings").is_none(), "{}", made.stdout);
    let warning = made.stderr.trim();
    assert!(warning.starts_with("warning: "), "{warning}");
    assert!(
        warning.contains(&c.support.full_name.to_string())
            && warning.contains(&format!("event {} (Assemblée générale)", c.event)),
        "{warning}"
    );
    assert_eq!(warning.lines().count(), 1, "{warning}");
    assert_eq!(overlapping(epic), vec![c.event, c.unassigned_event]);

    // Back to back is not double booked: an event ends as the next begins.
    let moved = epic
        .run(&[
            "event",
            "update",
            &unassigned,
            "--start",
            "2026-05-05T17:00:00Z",
            "--end",
            "2026-05-05T19:00:00Z",
            "--if-free",
        ])
        .ok();
    assert_eq!(moved.stderr, "");
    assert_eq!(overlapping(epic), Vec::<i64>::new());

    // Moving it back into her other event is a double booking again.
    epic.run(&[
        "event",
        "update",
        &unassigned,
        "--start",
        "2026-05-05T16:00:00Z",
        "--if-free",
    ])
    .code(7);
    let warned = epic
        .run(&[
            "event",
            "update",
            &unassigned,
            "--start",
            "2026-05-05T16:00:00Z",
        ])
        .ok();
    assert!(warned.stderr.starts_with("warning: "), "{}", warned.stderr);
    // Changing only the notes of a double-booked event says nothing again.
    let quiet = epic
        .run(&["event", "update", &unassigned, "--notes", "Two rooms"])
        .ok();
    assert_eq!(quiet.stderr, "");
}

#[test]
fn a_double_booking_is_warned_refused_on_request_and_listed() {
    let (db, c) = Company::build();
    let manager = Epic::logged_in(&db, &c.manager.email.to_string());
    warns_refuses_and_lists(&manager, &c);
}

#[test]
fn through_the_server_the_answer_carries_the_warnings() {
    let (db, c) = Company::build();
    let server = Server::start(&db);
    let token = Epic::through(&server.base).token(&c.manager.email.to_string());
    let manager = Epic::through(&server.base).env("EPIC_TOKEN", &token);
    warns_refuses_and_lists(&manager, &c);

    let path = format!("/api/v1/events/{}", c.event);
    let free = serde_json::json!({ "support": { "assign": c.support.id.0 }, "if_free": true });
    let refused = server.send("PATCH", &path, &token, None, &free);
    assert_eq!(refused.status, 409, "{}", refused.body);
    let answer = server.send(
        "PATCH",
        &path,
        &token,
        None,
        &serde_json::json!({ "notes": "Moved rooms", "start": "2026-05-05T16:30:00Z" }),
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    let body = answer.json();
    assert_eq!(body["id"], c.event);
    let warnings = body["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{body}");
    assert_eq!(warnings[0]["kind"], "double_booking");
    assert_eq!(warnings[0]["event_id"], c.unassigned_event);
    assert_eq!(warnings[0]["support_contact_id"], c.support.id.0);
    assert_eq!(warnings[0]["start"], "2026-05-05T16:00:00Z");
}

#[test]
fn two_assignments_that_need_the_same_person_free_take_turns() {
    let (db, c) = Company::build();
    let manager = Epic::logged_in(&db, &c.manager.email.to_string());
    let (one, two) = (c.other_event.to_string(), c.unassigned_event.to_string());
    // Two events at the same hour, away from Kate's own, and nobody on them.
    for event in [&one, &two] {
        manager
            .run(&[
                "event",
                "update",
                event,
                "--no-support",
                "--start",
                "2026-05-06T10:00:00Z",
                "--end",
                "2026-05-06T12:00:00Z",
            ])
            .ok();
    }
    let kate = c.support.email.to_string();
    let codes: Vec<i32> = std::thread::scope(|scope| {
        let tries: Vec<_> = [&one, &two]
            .into_iter()
            .map(|event| {
                let (manager, kate) = (&manager, &kate);
                scope.spawn(move || {
                    manager
                        .run(&["event", "update", event, "--support", kate, "--if-free"])
                        .code
                })
            })
            .collect();
        tries.into_iter().map(|t| t.join().unwrap()).collect()
    });
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, vec![0, 7], "{codes:?}");
    assert_eq!(overlapping(&manager), Vec::<i64>::new());
}
