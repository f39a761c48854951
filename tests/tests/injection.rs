//! SQL injection: every payload of `tests/data/sql-injection.txt` through
//! every text field and every filter of the binary. Each one is stored and
//! shown verbatim or refused as invalid input; searches return exactly the
//! records that contain it; no table gains or loses a row it should not; no
//! database error leaks; no call takes a second (time-based payloads sleep
//! for five).

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use epic_domain::search::{self, SearchText};
use epic_tests::{Company, Epic, Run, TestDb, block_on};
use sea_orm::DbBackend;
use serde_json::Value;

const TABLES: &[&str] = &[
    "settings",
    "employees",
    "sessions",
    "clients",
    "contracts",
    "events",
    "audit_log",
    "notifications",
];

/// Words of database errors that must never reach the user.
const LEAKS: &[&str] = &[
    "sqlx",
    "SQLSTATE",
    "syntax error",
    "unrecognized token",
    "near \"",
    "no such",
    "ERROR:",
    "relation \"",
    "sqlite3",
    "panicked",
];

fn payloads() -> Vec<&'static str> {
    include_str!("../data/sql-injection.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with("# "))
        .collect()
}

#[test]
fn the_corpus_is_large_and_varied() {
    let all = payloads();
    assert!(all.len() >= 100, "{} payloads", all.len());
    for marker in [
        "UNION",
        "DROP",
        "pg_sleep",
        "randomblob",
        "--",
        "/*",
        "%",
        "’",
    ] {
        assert!(all.iter().any(|p| p.contains(marker)), "{marker}");
    }
}

fn counts(db: &TestDb) -> BTreeMap<&'static str, i64> {
    TABLES.iter().map(|t| (*t, db.count_rows(t))).collect()
}

/// One payload's calls, each timed and checked for leaks.
struct Probe<'a> {
    payload: &'a str,
}

impl Probe<'_> {
    #[track_caller]
    fn run(&self, who: &Epic, args: &[&str]) -> Run {
        let started = Instant::now();
        let run = who.run(args);
        let took = started.elapsed();
        assert!(
            took < Duration::from_secs(1),
            "{args:?} took {took:?} for payload {:?}",
            self.payload
        );
        // The message may quote the payload back; look at the rest.
        let said = run.stderr.replace(self.payload, "");
        for leak in LEAKS {
            assert!(
                !said.contains(leak),
                "{args:?} leaked {leak:?} for payload {:?}: {}",
                self.payload,
                run.stderr
            );
        }
        assert_ne!(run.code, 1, "{args:?}: unexpected error: {}", run.stderr);
        run
    }

    /// Either stored (exit 0) or refused as invalid input naming `field`.
    #[track_caller]
    fn stored_or_invalid(&self, run: &Run, field: &str) -> bool {
        match run.code {
            0 => true,
            6 => {
                assert!(run.stderr.contains(field), "{field}: {}", run.stderr);
                false
            }
            other => panic!(
                "{field} with payload {:?}: exit {other}: {}",
                self.payload, run.stderr
            ),
        }
    }
}

/// What a `--search` must return: every record one of whose `fields`
/// contains the text, folded (`epic_domain::search`), field by field here
/// where the database looks in one indexed key.
fn matches(record: &Value, fields: &[&str], text: &str) -> bool {
    let Some(text) = SearchText::parse(text) else {
        return true;
    };
    fields.iter().any(|f| {
        record[*f]
            .as_str()
            .is_some_and(|v| search::fold(v).contains(text.folded()))
    })
}

const CLIENT_TEXT: &[&str] = &["full_name", "email", "company_name", "phone"];

fn ids(list: &Value) -> Vec<i64> {
    let mut ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    ids.sort_unstable();
    ids
}

/// Flags that take an id, an e-mail or a name.
const NAME_FLAGS: &[(&str, &str, &str)] = &[
    ("event", "list", "--support"),
    ("event", "list", "--contract"),
    ("client", "list", "--sales"),
    ("contract", "list", "--client"),
    ("contract", "list", "--sales"),
    ("audit", "list", "--actor"),
];

/// Runs every `parts`-th payload from `part` on its own copy of the company.
fn corpus(part: usize, parts: usize) {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    let event = c.event.to_string();
    let spare = c.spare.id.0.to_string();
    let bills_client = c.client.to_string();

    // A control update tells how many notifications an event update sends.
    let before = counts(&db);
    ada.run(&["event", "update", &event, "--notes=control"])
        .ok();
    let mut expected = counts(&db);
    let notified = expected["notifications"] - before["notifications"];
    assert_eq!(expected["audit_log"], before["audit_log"] + 1);

    let mut clients = bill.run(&["client", "list", "-o", "json"]).ok().json();
    for (n, payload) in payloads().into_iter().enumerate() {
        if n % parts != part {
            continue;
        }
        let probe = Probe { payload };
        let long = payload.chars().count() > 120;

        // Names and companies are stored verbatim.
        let created = probe.run(
            &bill,
            &[
                "client",
                "create",
                &format!("--name={payload}"),
                &format!("--company={payload}"),
                &format!("--email=injection.{n}@example.test"),
                "-o",
                "json",
            ],
        );
        if probe.stored_or_invalid(&created, "full_name") {
            assert!(!long);
            let id = created.json()["id"].as_i64().unwrap().to_string();
            let shown = probe
                .run(&bill, &["client", "show", &id, "-o", "json"])
                .ok();
            let shown = shown.json();
            assert_eq!(shown["full_name"], payload);
            assert_eq!(shown["company_name"], payload);
            clients.as_array_mut().unwrap().push(shown);
            expected.entry("clients").and_modify(|v| *v += 1);
            expected.entry("audit_log").and_modify(|v| *v += 1);
        } else {
            assert!(long, "{payload:?} refused as a name");
        }

        // Search returns exactly the clients that contain the text.
        let found = probe
            .run(
                &bill,
                &[
                    "client",
                    "list",
                    &format!("--search={payload}"),
                    "-o",
                    "json",
                ],
            )
            .ok()
            .json();
        let want: Vec<Value> = clients
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| matches(c, CLIENT_TEXT, payload))
            .cloned()
            .collect();
        assert_eq!(ids(&found), ids(&Value::Array(want)), "search {payload:?}");

        // Event texts, employee name: verbatim.
        let updated = probe.run(
            &ada,
            &[
                "event",
                "update",
                &event,
                &format!("--name={payload}"),
                &format!("--location={payload}"),
                &format!("--notes={payload}"),
                "-o",
                "json",
            ],
        );
        if probe.stored_or_invalid(&updated, "name") {
            let shown = probe.run(&ada, &["event", "show", &event, "-o", "json"]);
            let shown = shown.ok().json();
            for field in ["name", "location", "notes"] {
                assert_eq!(shown[field], payload, "event {field}");
            }
            // Found by its own text, and nothing found that lacks it.
            let found = probe.run(
                &ada,
                &[
                    "event",
                    "list",
                    &format!("--search={payload}"),
                    "-o",
                    "json",
                ],
            );
            let found = found.ok().json();
            let found = found.as_array().unwrap();
            assert!(
                found.iter().any(|e| e["id"] == shown["id"]),
                "event search {payload:?}"
            );
            let text = ["name", "location", "notes"];
            assert!(found.iter().all(|e| matches(e, &text, payload)));
            expected.entry("audit_log").and_modify(|v| *v += 1);
            expected
                .entry("notifications")
                .and_modify(|v| *v += notified);
        } else {
            assert!(long, "{payload:?} refused as an event name");
        }
        let renamed = probe.run(
            &ada,
            &[
                "employee",
                "update",
                &spare,
                &format!("--name={payload}"),
                "-o",
                "json",
            ],
        );
        if probe.stored_or_invalid(&renamed, "full_name") {
            assert_eq!(renamed.json()["full_name"], payload);
            expected.entry("audit_log").and_modify(|v| *v += 1);
        } else {
            assert!(long, "{payload:?} refused as an employee name");
        }

        // Phone and email have formats: stored as given, or refused.
        let phone = probe.run(
            &bill,
            &[
                "client",
                "update",
                &bills_client,
                &format!("--phone={payload}"),
                "-o",
                "json",
            ],
        );
        if probe.stored_or_invalid(&phone, "phone") {
            assert_eq!(phone.json()["phone"], payload);
            expected.entry("audit_log").and_modify(|v| *v += 1);
        }
        let email = probe.run(
            &bill,
            &[
                "client",
                "update",
                &bills_client,
                &format!("--email={payload}"),
                "-o",
                "json",
            ],
        );
        if probe.stored_or_invalid(&email, "email") {
            assert_eq!(email.json()["email"], payload.to_lowercase());
            expected.entry("audit_log").and_modify(|v| *v += 1);
        }

        // Filters: text compares as text, numbers and times must parse.
        let audit = probe.run(
            &ada,
            &[
                "audit",
                "list",
                &format!("--entity={payload}"),
                "-o",
                "json",
            ],
        );
        assert_eq!(audit.ok().json(), Value::Array(Vec::new()));
        // A payload is an id, or names the record stored from it above
        // (exit 0: a filter like any other), or names nobody: refused as
        // input to that flag (exit 6). Never anything else.
        let (noun, verb, flag) = NAME_FLAGS[n % NAME_FLAGS.len()];
        let named = probe.run(&ada, &[noun, verb, &format!("{flag}={payload}")]);
        assert!(
            named.code == 0 || (named.code == 6 && named.stderr.contains(&flag[2..])),
            "{flag}={payload:?}: {} {}",
            named.code,
            named.stderr
        );
        probe
            .run(&ada, &["audit", "list", &format!("--id={payload}")])
            .code(2);
        probe.run(&ada, &["client", "show", payload]).code(2);
        let time_flag = if n % 2 == 0 { "--from" } else { "--to" };
        let refused = probe.run(&ada, &["event", "list", &format!("{time_flag}={payload}")]);
        assert!(!probe.stored_or_invalid(&refused, &time_flag[2..]));

        assert_eq!(counts(&db), expected, "row counts after {payload:?}");
    }
}

#[test]
fn payloads_part_1_of_3() {
    corpus(0, 3);
}

#[test]
fn payloads_part_2_of_3() {
    corpus(1, 3);
}

#[test]
fn payloads_part_3_of_3() {
    corpus(2, 3);
}

#[test]
fn the_test_counts_rows_on_the_backend_under_test() {
    let db = TestDb::new();
    let backend = block_on(async {
        let store = db.store().await;
        let backend = store.connection().get_database_backend();
        store.close().await;
        backend
    });
    let wanted = match epic_tests::Backend::from_env() {
        epic_tests::Backend::Sqlite => DbBackend::Sqlite,
        epic_tests::Backend::Postgres => DbBackend::Postgres,
    };
    assert_eq!(backend, wanted);
}
