//! Runs `docs/walkthrough.md` line by line through the binary: each step
//! must end with the exit code the document gives, and every refused step
//! must leave the data as it was.

#![allow(clippy::unwrap_used)]

use epic_tests::TestDb;
use epic_tests::story::play;

#[test]
fn the_documented_story_runs_as_written() {
    let db = TestDb::new();
    let people = play(
        "docs/walkthrough.md",
        include_str!("../../docs/walkthrough.md"),
        &db.url,
    );

    // The end of the story, read back.
    let ada = &people["ada"];
    let event = ada.run(&["event", "show", "1", "-o", "json"]).ok().json();
    assert_eq!(event["support_contact_name"], "Kate Hastroff");
    assert_eq!(
        event["location"],
        "53 Rue du Château, 41120 Candé-sur-Beuvron, France"
    );
    assert!(
        event["notes"]
            .as_str()
            .unwrap()
            .contains("reception starts at 5PM")
    );
    assert_eq!(event["client_phone"], "+1 234 567 8901");
    let contract = ada
        .run(&["contract", "show", "1", "-o", "json"])
        .ok()
        .json();
    assert_eq!(contract["amount_due"], "3500.00");
    assert_eq!(contract["signed"], true);
    let kate = &people["kate"];
    assert_eq!(
        kate.run(&["notification", "list", "--unread", "-o", "json"])
            .ok()
            .json(),
        serde_json::json!([])
    );
    let bills = people["bill"]
        .run(&["notification", "list", "-o", "json"])
        .ok()
        .json();
    assert!(bills.as_array().unwrap().iter().any(|n| {
        n["message"]
            .as_str()
            .unwrap()
            .contains("Kate Hastroff changed")
    }));
}

#[test]
fn the_documented_import_runs_as_written() {
    let db = TestDb::new();
    let people = play(
        "docs/import.md",
        include_str!("../../docs/import.md"),
        &db.url,
    );
    let events = people["ada"]
        .run(&["event", "list", "-o", "json"])
        .ok()
        .json();
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 2);
    let wedding = events
        .iter()
        .find(|e| e["name"] == "John Ouick Wedding")
        .unwrap();
    assert_eq!(wedding["client_name"], "John Ouick");
    assert_eq!(wedding["client_phone"], "+1 234 567 8901");
    assert_eq!(
        wedding["location"],
        "53 Rue du Château, 41120 Candé-sur-Beuvron, France"
    );
    let assembly = events
        .iter()
        .find(|e| e["name"] == "Lou Bouzin General Assembly")
        .unwrap();
    assert_eq!(assembly["client_name"], "Jacky Blangier");
    assert_eq!(assembly["attendees"], 200);
}
