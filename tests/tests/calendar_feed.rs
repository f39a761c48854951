//! `epic calendar url`: a secret URL of the team server that calendar
//! applications subscribe to, fetched here with `curl` as they would and
//! read with an iCalendar parser (the `ical` crate): one's own events from
//! 30 days ago on, each with an alarm the day before; `304` for an
//! unchanged feed; `404` once reset, and once the employee is deactivated.

#![allow(clippy::unwrap_used)]

use std::process::Command;

use epic_tests::{Company, Epic, Server};

/// What `curl` got: the status, the headers (names in lower case) and
/// the body.
struct Fetched {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Fetched {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn curl(url: &str, if_none_match: Option<&str>) -> Fetched {
    let mut command = Command::new("curl");
    command.args(["--silent", "--show-error", "--include", "--max-time", "10"]);
    if let Some(tag) = if_none_match {
        command.args(["--header", &format!("If-None-Match: {tag}")]);
    }
    let out = command.arg(url).output().expect("curl");
    assert!(
        out.status.success(),
        "curl: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Fetched {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// Each event's UID, DTSTART and the triggers of its alarms.
fn events(ics: &str) -> Vec<(String, String, Vec<String>)> {
    let calendar = ical::IcalParser::new(ics.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let value = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let mut events: Vec<_> = calendar
        .events
        .iter()
        .map(|e| {
            let alarms = e
                .alarms
                .iter()
                .map(|a| value(&a.properties, "TRIGGER"))
                .collect();
            (
                value(&e.properties, "UID"),
                value(&e.properties, "DTSTART"),
                alarms,
            )
        })
        .collect();
    events.sort();
    events
}

fn uid(id: i64) -> String {
    format!("epic-event-{id}")
}

#[test]
fn the_feed_is_one_s_own_events_cached_and_revoked() {
    let (db, c) = Company::build();
    let server = Server::start(&db);
    let as_ = |email: &str| {
        let token = Epic::through(&server.base).token(email);
        Epic::through(&server.base).env("EPIC_TOKEN", &token)
    };
    let manager = as_(&c.manager.email.to_string());
    let kate = as_(&c.support.email.to_string());
    // Kate's event ten days ago stays in her feed; the unassigned one,
    // given to her for June, joins it; Paul's is not hers.
    let ten_days_ago =
        (chrono::Utc::now() - chrono::TimeDelta::days(10)).format("%Y-%m-%dT10:00:00Z");
    let ten_days_ago_end =
        (chrono::Utc::now() - chrono::TimeDelta::days(10)).format("%Y-%m-%dT12:00:00Z");
    manager
        .run(&[
            "event",
            "update",
            &c.event.to_string(),
            "--start",
            &ten_days_ago.to_string(),
            "--end",
            &ten_days_ago_end.to_string(),
        ])
        .ok();
    manager
        .run(&[
            "event",
            "update",
            &c.unassigned_event.to_string(),
            "--start",
            "2027-06-12T12:00:00Z",
            "--end",
            "2027-06-12T20:00:00Z",
            "--support",
            &c.support.email.to_string(),
        ])
        .ok();

    let url = kate.run(&["calendar", "url"]).ok().stdout.trim().to_owned();
    assert!(
        url.starts_with(&format!("{}/calendar/", server.base)) && url.ends_with(".ics"),
        "{url}"
    );
    // Shown once: asking again is refused, and says how to get a new one.
    let again = kate.run(&["calendar", "url"]).code(7);
    assert!(again.stderr.contains("--reset"), "{}", again.stderr);

    let feed = curl(&url, None);
    assert_eq!(feed.status, 200, "{}", feed.body);
    assert_eq!(
        feed.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    let found = events(&feed.body);
    assert_eq!(
        found.iter().map(|(u, _, _)| u.clone()).collect::<Vec<_>>(),
        {
            let mut mine = vec![uid(c.event), uid(c.unassigned_event)];
            mine.sort();
            mine
        }
    );
    assert!(
        found.iter().all(|(_, _, alarms)| alarms == &["-P1D"]),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(_, start, _)| start == "20270612T120000Z"),
        "{found:?}"
    );

    // Unchanged: 304 without a body; changed: a new ETag.
    let tag = feed.header("etag").unwrap().to_owned();
    let cached = curl(&url, Some(&tag));
    assert_eq!(cached.status, 304);
    assert!(cached.body.is_empty());
    manager
        .run(&[
            "event",
            "update",
            &c.unassigned_event.to_string(),
            "--location",
            "Lyon",
        ])
        .ok();
    let changed = curl(&url, Some(&tag));
    assert_eq!(changed.status, 200);
    assert_ne!(changed.header("etag"), Some(tag.as_str()));

    // Management's feed has every event from 30 days ago on.
    let all = manager
        .run(&["calendar", "url"])
        .ok()
        .stdout
        .trim()
        .to_owned();
    let everyone = events(&curl(&all, None).body);
    assert_eq!(everyone.len(), 2, "{everyone:?}");

    // A reset ends the old URL; nothing tells a wrong token from a revoked one.
    let new_url = kate
        .run(&["calendar", "url", "--reset"])
        .ok()
        .stdout
        .trim()
        .to_owned();
    assert_ne!(new_url, url);
    assert_eq!(curl(&url, None).status, 404);
    assert_eq!(curl(&new_url, None).status, 200);
    let forged = format!("{}/calendar/{}.ics", server.base, "0".repeat(64));
    assert_eq!(curl(&forged, None).status, 404);
    assert_eq!(
        curl(&format!("{}/calendar/x.ics", server.base), None).status,
        404
    );

    // Deactivated: the feed ends with the account.
    manager
        .run(&["employee", "deactivate", &c.support.id.to_string()])
        .ok();
    assert_eq!(curl(&new_url, None).status, 404);
}

#[test]
fn without_a_server_there_is_no_feed_to_subscribe_to() {
    let (db, c) = Company::build();
    let kate = Epic::logged_in(&db, &c.support.email.to_string());
    let refused = kate.run(&["calendar", "url"]).code(2);
    assert!(refused.stderr.contains("server"), "{}", refused.stderr);
}
