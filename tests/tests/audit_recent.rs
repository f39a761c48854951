//! `audit list` newest first, `--since T` and `--limit N`: what changed
//! lately, without paging through the company's whole history.

#![allow(clippy::unwrap_used)]

use epic_tests::{Company, Epic};
use serde_json::Value;

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|row| row["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn the_newest_changes_come_first_and_can_be_cut() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let all = ids(&ada.run(&["audit", "list", "-o", "json"]).ok().json());
    assert!(all.len() >= 5, "{all:?}");
    assert!(
        all.windows(2).all(|w| w[0] > w[1]),
        "not newest first: {all:?}"
    );

    let three = ids(&ada
        .run(&["audit", "list", "--limit", "3", "-o", "json"])
        .ok()
        .json());
    assert_eq!(three, all[..3]);

    // Everything so far happened before this instant; one change after it.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let now = chrono::Utc::now();
    std::thread::sleep(std::time::Duration::from_millis(20));
    ada.run(&["event", "update", &c.event.to_string(), "--attendees", "42"])
        .ok();
    let since = ada
        .run(&["audit", "list", "--since", &now.to_rfc3339(), "-o", "json"])
        .ok()
        .json();
    let since = since.as_array().unwrap();
    assert_eq!(since.len(), 1, "{since:?}");
    assert_eq!(since[0]["entity_id"], c.event);
    assert!(since[0]["id"].as_i64().unwrap() > all[0]);

    // Combined with the other filters, and with a day alone.
    let today = now.format("%Y-%m-%d").to_string();
    let events = ids(&ada
        .run(&[
            "audit", "list", "--entity", "event", "--since", &today, "--limit", "1", "-o", "json",
        ])
        .ok()
        .json());
    assert_eq!(events, [since[0]["id"].as_i64().unwrap()]);
    let tomorrow = (now + chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let none = ada
        .run(&["audit", "list", "--since", &tomorrow, "-o", "json"])
        .ok()
        .json();
    assert_eq!(none, serde_json::json!([]));
}

#[test]
fn bad_bounds_are_refused_naming_the_flag() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    for (args, code) in [
        (["--limit", "0"], 2),
        (["--limit=-3", "--entity=client"], 2),
        (["--limit", "many"], 2),
        (["--limit", "9223372036854775808"], 2),
        (["--since", "31/02/2027"], 6),
        (["--since", "yesterday-ish"], 6),
    ] {
        let mut all = vec!["audit", "list"];
        all.extend(args);
        let run = ada.run(&all).code(code);
        let flag = args[0].trim_start_matches('-').split('=').next().unwrap();
        assert!(run.stderr.contains(flag), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn the_same_through_a_server() {
    let (db, c) = Company::build();
    let server = epic_tests::Server::start(&db);
    let token = Epic::new(&db).token(&c.manager.email.to_string());
    let remote = Epic::through(&server.base).env("EPIC_TOKEN", &token);
    let local = Epic::new(&db).env("EPIC_TOKEN", &token);
    // A count past the databases' LIMIT is refused as a bad request.
    let answer = server.get("/api/v1/audit?limit=9223372036854775808", Some(&token));
    assert_eq!(answer.status, 400, "{}", answer.body);
    for args in [
        vec!["audit", "list", "--limit", "2", "-o", "json"],
        vec![
            "audit",
            "list",
            "--since",
            "2000-01-01",
            "--entity",
            "client",
            "-o",
            "csv",
        ],
    ] {
        assert_eq!(
            remote.run(&args).ok().stdout,
            local.run(&args).ok().stdout,
            "{args:?}"
        );
    }
}
