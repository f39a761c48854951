//! Times typed as a French office types them (`12/06/2027 14h30`, day
//! first), read in the user's time zone, shown back in it in tables, and
//! kept as RFC 3339 in JSON; impossible or ambiguous ones change nothing.

#![allow(clippy::unwrap_used)]

use chrono::{Datelike, Days, Utc};
use epic_tests::{Company, Epic};

const PARIS: &str = "Europe/Paris";

fn create(epic: &Epic, contract: i64, start: &str, end: &str) -> epic_tests::Run {
    epic.run(&[
        "event",
        "create",
        "--contract",
        &contract.to_string(),
        "--name",
        "Séminaire",
        "--start",
        start,
        "--end",
        end,
        "--location",
        "Lyon",
        "--attendees",
        "40",
        "-o",
        "json",
    ])
}

#[test]
fn day_first_times_are_local_and_shown_back_in_local_time() {
    let (db, c) = Company::build();
    let sales = Epic::logged_in(&db, &c.sales.email.to_string()).env("TZ", PARIS);
    let created = create(&sales, c.contract, "12/06/2027 14h30", "12/06/2027 23h")
        .ok()
        .json();
    // Paris is two hours ahead of UTC in June.
    assert_eq!(created["start"], "2027-06-12T12:30:00Z");
    assert_eq!(created["end"], "2027-06-12T21:00:00Z");
    let id = created["id"].as_i64().unwrap().to_string();

    let table = sales.run(&["event", "show", &id]).ok().stdout;
    let start_line = table.lines().find(|l| l.starts_with("start")).unwrap();
    assert!(start_line.ends_with("2027-06-12 14:30"), "{table}");

    // The same instant typed three ways finds the event; a day alone as
    // --to includes that day.
    for (from, to) in [
        ("12/06/2027 14:30", "12/06/2027"),
        ("2027-06-12 14h30", "2027-06-12"),
        ("2027-06-12T12:30:00Z", "12/06/2027 14h31"),
    ] {
        let found = sales
            .run(&["event", "list", "--from", from, "--to", to, "-o", "json"])
            .ok()
            .json();
        let ids: Vec<i64> = found
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_i64().unwrap())
            .collect();
        assert_eq!(ids, [id.parse::<i64>().unwrap()], "{from} .. {to}");
    }

    // In UTC the same typed text is another instant.
    let utc = Epic::logged_in(&db, &c.sales.email.to_string()).env("TZ", "UTC");
    let in_utc = create(&utc, c.contract, "12/06/2027 14h30", "12/06/2027 23h")
        .ok()
        .json();
    assert_eq!(in_utc["start"], "2027-06-12T14:30:00Z");
}

#[test]
fn words_for_days_count_from_today() {
    let (db, c) = Company::build();
    let sales = Epic::logged_in(&db, &c.sales.email.to_string()).env("TZ", "UTC");
    let today = Utc::now().date_naive();
    let tomorrow = create(&sales, c.contract, "demain 9h", "demain 18h")
        .ok()
        .json();
    assert_eq!(
        tomorrow["start"].as_str().unwrap(),
        format!(
            "{}T09:00:00Z",
            today.checked_add_days(Days::new(1)).unwrap()
        )
    );
    let monday = create(&sales, c.contract, "lundi 10h", "monday 11:00")
        .ok()
        .json();
    let ahead = match today.weekday().num_days_from_monday() {
        0 => 7,
        n => 7 - u64::from(n),
    };
    let next_monday = today.checked_add_days(Days::new(ahead)).unwrap();
    assert_eq!(
        monday["start"].as_str().unwrap(),
        format!("{next_monday}T10:00:00Z")
    );
    assert_eq!(
        monday["end"].as_str().unwrap(),
        format!("{next_monday}T11:00:00Z")
    );
}

#[test]
fn impossible_and_ambiguous_times_are_exit_6_and_change_nothing() {
    let (db, c) = Company::build();
    let sales = Epic::logged_in(&db, &c.sales.email.to_string()).env("TZ", PARIS);
    let before = db.count_rows("events");
    for (start, why) in [
        ("31/02/2027 14h", "not a day of the calendar"),
        ("12/06/27 14h", "four digits"),
        ("12/06/2027 25h", "12/06/2027 14h30"),
        // Summer time starts on 28 March 2027 at 2:00 in Paris...
        ("28/03/2027 02h30", "does not exist"),
        // ...and ends on 31 October 2027 at 3:00, which repeats 2:00-3:00.
        ("31/10/2027 02h30", "happens twice"),
    ] {
        let refused = create(&sales, c.contract, start, "31/12/2027 23h").code(6);
        assert!(
            refused.stderr.contains("start"),
            "{start}: {}",
            refused.stderr
        );
        assert!(refused.stderr.contains(why), "{start}: {}", refused.stderr);
    }
    let listed = sales
        .run(&["event", "list", "--from", "30/02/2027"])
        .code(6);
    assert!(listed.stderr.contains("from"), "{}", listed.stderr);
    assert_eq!(db.count_rows("events"), before);
}

/// Whichever process reads a time, it reads it where the person typing it
/// is: a server running in UTC stores the same instant for a Paris
/// employee's `--start` and for the same text in their imported sheet.
#[test]
fn a_server_in_another_zone_reads_times_where_their_writer_is() {
    let (db, c) = Company::build();
    let server = epic_tests::Server::start_in(&db.url, &[], &[("TZ", "UTC")]);
    let token = Epic::new(&db).token(c.sales.email.as_str());
    let sales = Epic::through(&server.base)
        .env("EPIC_TOKEN", &token)
        .env("TZ", PARIS);
    let created = create(&sales, c.contract, "12/06/2027 14h30", "12/06/2027 23h")
        .ok()
        .json();
    assert_eq!(created["start"], "2027-06-12T12:30:00Z");
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("events.csv");
    std::fs::write(
        &sheet,
        format!(
            "name,contract,client,start,end,support contact,location,attendees,notes\n\
             Gala,{},,12/06/2027 14h30,12/06/2027 23h,,Lyon,40,\n",
            c.contract
        ),
    )
    .unwrap();
    sales
        .run(&["event", "import", sheet.to_str().unwrap()])
        .ok();
    let events = sales.run(&["event", "list", "-o", "json"]).ok().json();
    let gala = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Gala")
        .unwrap()
        .clone();
    assert_eq!(gala["start"], created["start"]);
    assert_eq!(gala["end"], "2027-06-12T21:00:00Z");
}
