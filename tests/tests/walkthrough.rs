//! Runs `docs/walkthrough.md` line by line through the binary: each step
//! must end with the exit code the document gives, and every refused step
//! must leave the data as it was.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use epic_tests::{Epic, TestDb};

struct Step {
    line: usize,
    user: String,
    args: Vec<String>,
    stdin: String,
    exit: i32,
}

/// Splits a shell line the way bash would for the quoting the document
/// uses: '…', "…", $'…' with \n, and a `<<<` here-string.
fn split(line: &str) -> (Vec<String>, Option<String>) {
    let mut words = Vec::new();
    let mut here = None;
    let mut chars = line.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match c {
            ' ' => {
                if let Some(w) = current.take() {
                    words.push(w);
                }
            }
            '\'' => {
                let w = current.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    w.push(c);
                }
            }
            '"' => {
                let w = current.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                    w.push(c);
                }
            }
            '$' if chars.peek() == Some(&'\'') => {
                chars.next();
                let w = current.get_or_insert_with(String::new);
                while let Some(c) = chars.next() {
                    match c {
                        '\'' => break,
                        '\\' if chars.peek() == Some(&'n') => {
                            chars.next();
                            w.push('\n');
                        }
                        other => w.push(other),
                    }
                }
            }
            other => current.get_or_insert_with(String::new).push(other),
        }
    }
    if let Some(w) = current {
        words.push(w);
    }
    if let Some(at) = words.iter().position(|w| w == "<<<") {
        here = words.get(at + 1).cloned();
        words.truncate(at);
    }
    (words, here)
}

fn steps(text: &str) -> Vec<Step> {
    // Example files are named from the repository's root.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../");
    let mut steps = Vec::new();
    let mut in_console = false;
    for (number, raw) in text.lines().enumerate() {
        if raw.starts_with("```") {
            in_console = raw == "```console";
            continue;
        }
        let Some((user, command)) = raw.split_once("$ epic ").filter(|_| in_console) else {
            continue;
        };
        let (command, exit) = match command.rsplit_once("# exit ") {
            Some((c, code)) => (c.trim_end(), code.trim().parse().unwrap()),
            None => (command, 0),
        };
        let (mut args, here) = split(command);
        for arg in &mut args {
            if arg.starts_with("docs/") {
                *arg = format!("{root}{arg}");
            }
        }
        if args.first().map(String::as_str) == Some("login") {
            args.push("--insecure-storage".into());
        }
        steps.push(Step {
            line: number + 1,
            user: user.to_owned(),
            args,
            stdin: here.map(|h| h + "\n").unwrap_or_default(),
            exit,
        });
    }
    steps
}

fn state(ada: &Epic) -> String {
    ["client", "contract", "event", "audit"]
        .iter()
        .map(|noun| ada.run(&[noun, "list", "-o", "json"]).ok().stdout)
        .collect()
}

/// Runs every step of a document; returns each person's terminal.
fn play(document: &str, text: &str, db: &TestDb) -> BTreeMap<String, Epic> {
    let steps = steps(text);
    assert!(
        steps.len() > 10,
        "{document} lost its steps: {}",
        steps.len()
    );
    let mut people: BTreeMap<String, Epic> = BTreeMap::new();
    for step in &steps {
        people
            .entry(step.user.clone())
            .or_insert_with(|| Epic::new(db));
        let args: Vec<&str> = step.args.iter().map(String::as_str).collect();
        let refused = step.exit != 0;
        let before = (refused && step.user != "ada").then(|| state(&people["ada"]));
        let epic = &people[&step.user];
        let run = epic.run_with_stdin(&args, &step.stdin);
        assert_eq!(
            run.code,
            step.exit,
            "{document}:{} `{}$ epic {}`\nstdout: {}\nstderr: {}",
            step.line,
            step.user,
            step.args.join(" "),
            run.stdout,
            run.stderr
        );
        if let Some(before) = before {
            assert_eq!(
                state(&people["ada"]),
                before,
                "{document}:{} changed data",
                step.line
            );
        }
    }
    people
}

#[test]
fn the_documented_story_runs_as_written() {
    let db = TestDb::new();
    let people = play(
        "docs/walkthrough.md",
        include_str!("../../docs/walkthrough.md"),
        &db,
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
    let people = play("docs/import.md", include_str!("../../docs/import.md"), &db);
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
