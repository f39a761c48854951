//! `event list -o ics` read back by an independent iCalendar parser (the
//! `ical` crate), field by field, on the backend the run names.

#![allow(clippy::unwrap_used)]

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use epic_tests::{Company, Epic};
use ical::parser::ical::component::IcalEvent;
use serde_json::Value;

/// TEXT as RFC 5545 escapes it, undone (the parser leaves values as written).
fn unescape(value: &str) -> String {
    let mut text = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => text.push('\n'),
                Some(other) => text.push(other),
                None => text.push('\\'),
            }
        } else {
            text.push(c);
        }
    }
    text
}

fn utc(value: &Value) -> String {
    let time: DateTime<Utc> = value.as_str().unwrap().parse().unwrap();
    time.format("%Y%m%dT%H%M%SZ").to_string()
}

fn properties(event: &IcalEvent) -> HashMap<String, String> {
    event
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
        .collect()
}

/// The calendar's events by UID, after checking the raw lines.
fn parse(ics: &str) -> HashMap<String, HashMap<String, String>> {
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "a line without CR: {line:?}");
        let content = line.trim_end_matches("\r\n");
        assert!(content.len() <= 75, "{} octets: {content:?}", content.len());
    }
    let mut calendars = ical::IcalParser::new(ics.as_bytes());
    let calendar = calendars.next().unwrap().unwrap();
    assert!(calendars.next().is_none());
    let head: HashMap<String, String> = calendar
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
        .collect();
    assert_eq!(head["VERSION"], "2.0");
    assert!(head["PRODID"].contains("epic"));
    calendar
        .events
        .iter()
        .map(|e| {
            let p = properties(e);
            (p["UID"].clone(), p)
        })
        .collect()
}

#[test]
fn every_event_is_a_vevent_with_every_field() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let event = c.event.to_string();
    // Text that needs escaping, accents, and notes long enough to fold.
    ada.run(&[
        "event",
        "update",
        &event,
        "--name=Gala; dîner, \\ soirée",
        "--location=53 Rue du Château, 41120 Candé-sur-Beuvron, France",
        &format!(
            "--notes=Première ligne, avec virgule; point-virgule.\nDeuxième : {}",
            "très longue phrase ".repeat(12)
        ),
    ])
    .ok();

    let listed = ada.run(&["event", "list", "-o", "json"]).ok().json();
    let listed = listed.as_array().unwrap();
    assert!(listed.len() >= 3);
    let ics = ada.run(&["event", "list", "-o", "ics"]).ok().stdout;
    let events = parse(&ics);
    assert_eq!(events.len(), listed.len());
    let mut described = 0;
    for record in listed {
        let uid = format!("epic-event-{}", record["id"]);
        let p = &events[&uid];
        assert_eq!(p["DTSTART"], utc(&record["start"]), "{uid}");
        assert_eq!(p["DTEND"], utc(&record["end"]), "{uid}");
        assert_eq!(p["DTSTAMP"], utc(&record["updated_at"]), "{uid}");
        assert_eq!(p["LAST-MODIFIED"], utc(&record["updated_at"]), "{uid}");
        assert_eq!(p["SEQUENCE"], record["version"].to_string(), "{uid}");
        let summary = format!(
            "{} ({})",
            record["name"].as_str().unwrap(),
            record["client_name"].as_str().unwrap()
        );
        assert_eq!(unescape(&p["SUMMARY"]), summary, "{uid}");
        assert_eq!(unescape(&p["LOCATION"]), record["location"], "{uid}");
        let notes = record["notes"].as_str().unwrap();
        if notes.is_empty() {
            assert!(!p.contains_key("DESCRIPTION"), "{uid}");
        } else {
            assert_eq!(unescape(&p["DESCRIPTION"]), notes, "{uid}");
            described += 1;
        }
    }
    assert!(described >= 1);
    assert!(ics.contains("\r\n "), "the long notes are folded");

    // The same data gives the same bytes; a change keeps the UID and moves
    // SEQUENCE and LAST-MODIFIED on.
    assert_eq!(ada.run(&["event", "list", "-o", "ics"]).ok().stdout, ics);
    let uid = format!("epic-event-{event}");
    let before = events[&uid].clone();
    ada.run(&["event", "update", &event, "--attendees=12"]).ok();
    let after = parse(&ada.run(&["event", "list", "-o", "ics"]).ok().stdout);
    let after = &after[&uid];
    assert_eq!(
        after["SEQUENCE"].parse::<i64>().unwrap(),
        before["SEQUENCE"].parse::<i64>().unwrap() + 1
    );
    assert!(after["LAST-MODIFIED"] >= before["LAST-MODIFIED"]);

    // Filters apply; an empty list is an empty calendar.
    let none = ada
        .run(&["event", "list", "--search=zzzz", "-o", "ics"])
        .ok()
        .stdout;
    assert!(parse(&none).is_empty());
}

#[test]
fn ics_is_for_event_lists_only() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    for args in [
        &["client", "list", "-o", "ics"][..],
        &["event", "show", &c.event.to_string(), "-o", "ics"],
        &["event", "list", "--fields=id,name", "-o", "ics"],
        &["report", "upcoming", "-o", "ics"],
    ] {
        let run = ada.run(args).code(2);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        assert!(run.stderr.contains("ics"), "{args:?}: {}", run.stderr);
    }
    // Not a default: a config or EPIC_FORMAT of ics would break every other
    // command.
    let run = ada
        .env("EPIC_FORMAT", "ics")
        .run(&["event", "list"])
        .code(2);
    assert!(run.stderr.contains("table, json or csv"), "{}", run.stderr);
}
