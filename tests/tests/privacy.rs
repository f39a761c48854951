//! Personal data (SPEC §16): what is held about a client, forgetting a
//! client or a former employee for good, and retention of prospects, on
//! the walkthrough's company, through the binary and through `epic serve`.
//! "Nowhere" is checked where the data lives: the bytes of the SQLite file
//! and its write-ahead log, or a `pg_dump` of the PostgreSQL database.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use std::sync::OnceLock;

use epic_tests::story::{play, play_with};
use epic_tests::{Backend, Epic, Server, TestDb, block_on};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, Database};
use serde_json::Value;

const WALKTHROUGH: &str = include_str!("../../docs/walkthrough.md");

/// What the walkthrough holds about its client 1 and its event 1.
const PERSONAL: [&str; 5] = [
    "john.ouick@gmail.com",
    "John Ouick",
    "+1 234 567 8901",
    "53 Rue du Ch",
    "Wedding starts at 3PM",
];

/// The walkthrough's company (Ada of management, Bill of sales, Kate of
/// support), each person on the database or through one server.
struct Company {
    db: TestDb,
    server: OnceLock<Server>,
    people: BTreeMap<String, Epic>,
}

impl Company {
    fn open(served: bool) -> Self {
        let db = TestDb::new();
        let server = OnceLock::new();
        let people = if served {
            play_with("docs/walkthrough.md", WALKTHROUGH, &db.url, &|| {
                Epic::through(&server.get_or_init(|| Server::start(&db)).base)
            })
        } else {
            play("docs/walkthrough.md", WALKTHROUGH, &db.url)
        };
        Self { db, server, people }
    }

    fn person(&self, name: &str) -> &Epic {
        &self.people[name]
    }

    fn json(&self, who: &str, args: &[&str]) -> Value {
        let mut args = args.to_vec();
        args.extend(["-o", "json"]);
        self.person(who).run(&args).ok().json()
    }

    /// Every byte the database keeps: the SQLite file and its log, or a
    /// dump of the PostgreSQL database.
    fn bytes(&self) -> Vec<u8> {
        match self.db.backend {
            Backend::Sqlite => {
                let file = epic_store::sqlite_path(&self.db.url).unwrap();
                let mut bytes = std::fs::read(&file).unwrap();
                let wal = file.with_extension("db-wal");
                let wal = if wal.exists() {
                    wal
                } else {
                    std::path::PathBuf::from(format!("{}-wal", file.display()))
                };
                if let Ok(more) = std::fs::read(&wal) {
                    bytes.extend(more);
                }
                bytes
            }
            Backend::Postgres => {
                let out = Command::new("pg_dump")
                    .arg("--no-owner")
                    .arg(format!("--dbname={}", self.db.url))
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "pg_dump: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                assert!(out.stdout.len() > 1000, "an empty dump");
                out.stdout
            }
        }
    }

    fn holds(&self, text: &str) -> bool {
        let bytes = self.bytes();
        bytes
            .windows(text.len())
            .any(|window| window == text.as_bytes())
    }

    /// Sets when clients were last contacted, as if time had passed.
    fn last_contact(&self, clients: &[(i64, &str)]) {
        block_on(async {
            let db = Database::connect(&self.db.url).await.unwrap();
            for (id, when) in clients {
                let when: chrono::DateTime<chrono::Utc> = when.parse().unwrap();
                let update = Query::update()
                    .table(Alias::new("clients"))
                    .value(Alias::new("updated_at"), when)
                    .and_where(Expr::col(Alias::new("id")).eq(*id))
                    .to_owned();
                db.execute(&update).await.unwrap();
            }
            let _ = db.close().await;
        });
    }
}

/// The actions of audit entries, newest first.
fn actions(audit: &Value) -> Vec<&str> {
    audit
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect()
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

fn export_holds_exactly_the_clients_records(c: &Company) {
    let data = c.json("bill", &["client", "export-data", "1"]);
    // One document, whatever the format asked for.
    let same = c.person("ada").run(&["client", "export-data", "1"]).ok();
    assert_eq!(same.json(), data);

    assert_eq!(data["client"], c.json("ada", &["client", "show", "1"]));
    assert_eq!(
        data["contracts"],
        c.json("ada", &["contract", "list", "--client", "1"])
    );
    let mut events = Vec::new();
    for contract in ids(&data["contracts"]) {
        let listed = c.json(
            "ada",
            &["event", "list", "--contract", &contract.to_string()],
        );
        events.extend(listed.as_array().unwrap().iter().cloned());
    }
    assert!(!events.is_empty());
    assert_eq!(data["events"], Value::Array(events.clone()));

    let mut audit = Vec::new();
    let records = std::iter::once(("client", 1))
        .chain(
            ids(&data["contracts"])
                .into_iter()
                .map(|id| ("contract", id)),
        )
        .chain(events.iter().map(|e| ("event", e["id"].as_i64().unwrap())));
    for (entity, id) in records {
        let rows = c.json(
            "ada",
            &["audit", "list", "--entity", entity, "--id", &id.to_string()],
        );
        audit.extend(rows.as_array().unwrap().iter().cloned());
    }
    audit.sort_by_key(|row| row["id"].as_i64().unwrap());
    assert_eq!(data["audit"], Value::Array(audit));

    let event_ids: BTreeSet<i64> = events.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    let mut told = BTreeSet::new();
    for who in ["ada", "bill", "kate"] {
        for n in c.json(who, &["notification", "list"]).as_array().unwrap() {
            if n["event_id"]
                .as_i64()
                .is_some_and(|e| event_ids.contains(&e))
            {
                told.insert(n["id"].as_i64().unwrap());
            }
        }
    }
    assert!(!told.is_empty());
    assert_eq!(
        ids(&data["notifications"])
            .into_iter()
            .collect::<BTreeSet<_>>(),
        told
    );

    // Support is not the client's sales contact.
    let refused = c
        .person("kate")
        .run(&["client", "export-data", "1"])
        .code(5);
    assert!(refused.stdout.is_empty(), "{}", refused.stdout);
}

fn forgetting_is_managements_alone(c: &Company) {
    let before = c.json("ada", &["client", "export-data", "1"]);
    for who in ["bill", "kate"] {
        c.person(who)
            .run(&["client", "forget", "1", "--yes"])
            .code(5);
        c.person(who)
            .run(&["client", "forget", "--inactive-since", "1d", "--yes"])
            .code(5);
        c.person(who)
            .run(&["employee", "forget", "2", "--yes"])
            .code(5);
    }
    // A question nobody answers is no.
    c.person("ada").run(&["client", "forget", "1"]).code(2);
    assert_eq!(c.json("ada", &["client", "export-data", "1"]), before);
    assert!(c.holds("john.ouick@gmail.com"));
}

fn forgetting_leaves_no_trace(c: &Company) {
    let contract = c.json("ada", &["contract", "show", "1"]);
    let revenue = c.json("ada", &["report", "revenue"]);
    let monthly = c.json("ada", &["report", "monthly"]);

    c.person("ada")
        .run(&["client", "forget", "1", "--yes"])
        .ok();

    let client = c.json("bill", &["client", "show", "1"]);
    assert_eq!(client["full_name"], "client 1");
    assert_eq!(client["email"], "client-1@forgotten.invalid");
    assert_eq!(client["phone"], Value::Null);
    assert_eq!(client["company_name"], Value::Null);
    let event = c.json("kate", &["event", "show", "1"]);
    assert_eq!(event["name"], "event 1");
    assert_eq!(event["location"], "event 1");
    assert_eq!(event["notes"], "");
    assert_eq!(event["client_name"], "client 1");
    assert_eq!(event["support_contact_name"], "Kate Hastroff");

    // Accounting keeps its figures.
    let after = c.json("ada", &["contract", "show", "1"]);
    for field in [
        "total_amount",
        "amount_due",
        "signed",
        "signed_at",
        "created_at",
    ] {
        assert_eq!(after[field], contract[field], "{field}");
    }
    assert_eq!(c.json("ada", &["report", "revenue"]), revenue);
    assert_eq!(c.json("ada", &["report", "monthly"]), monthly);

    // The audit log keeps who changed which field and when, not the values.
    let audit = c.json("ada", &["audit", "list", "--entity", "client", "--id", "1"]);
    assert_eq!(actions(&audit), ["forget", "create"]);
    let created = &audit[1];
    assert_eq!(created["actor_name"], "Bill Boquet");
    let changes: Value = serde_json::from_str(created["changes"].as_str().unwrap()).unwrap();
    let fields: Vec<&str> = changes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["full_name", "email", "sales_contact_id"]);
    assert_eq!(changes[0]["new"], Value::Null);
    assert_eq!(changes[0]["forgotten"], true);
    assert_eq!(changes[2]["new"], "2", "not personal: kept");
    assert_eq!(audit[0]["actor_name"], "Ada Lovelace");
    let event_audit = c.json("ada", &["audit", "list", "--entity", "event", "--id", "1"]);
    let notes_changed = event_audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["actor_name"] == "Kate Hastroff" && r["action"] == "update")
        .count();
    assert_eq!(notes_changed, 1);

    // Search keys follow: the old name finds nothing, the new one the client.
    let found = c.json("bill", &["client", "list", "--search", "ouick"]);
    assert_eq!(found, Value::Array(Vec::new()));
    let found = c.json("bill", &["event", "list", "--search", "wedding"]);
    assert_eq!(found, Value::Array(Vec::new()));
    let found = c.json("bill", &["client", "list", "--search", "client 1"]);
    assert_eq!(ids(&found), [1]);

    // Notifications follow.
    for who in ["bill", "kate"] {
        for n in c.json(who, &["notification", "list"]).as_array().unwrap() {
            let message = n["message"].as_str().unwrap();
            assert!(!message.contains("Wedding"), "{message}");
            assert!(!message.contains("Ouick"), "{message}");
        }
    }

    for text in PERSONAL {
        assert!(!c.holds(text), "{text:?} is still in the database");
    }
    // Others' data is still there (the search looks at the right bytes).
    assert!(c.holds("kate@epicevents.fr"));

    // A French reader reads the neutral names in French.
    let shown = c
        .person("kate")
        .run_full(&["event", "show", "1"], "", &[("LANG", "fr_FR.UTF-8")])
        .ok();
    assert!(shown.stdout.contains("événement 1"), "{}", shown.stdout);

    let again = c
        .person("ada")
        .run(&["client", "forget", "1", "--yes"])
        .code(7);
    assert!(
        again.stderr.contains("already forgotten"),
        "{}",
        again.stderr
    );
}

fn a_former_employee_is_forgotten(c: &Company) {
    let ada = c.person("ada");
    let zoe = ada
        .run_with_stdin(
            &[
                "employee",
                "create",
                "--name",
                "Zoé Temporaire",
                "--email",
                "zoe.temp@epicevents.fr",
                "--department",
                "management",
                "--password-stdin",
                "--print-id",
            ],
            "zoe-first-passphrase",
        )
        .ok()
        .stdout
        .trim()
        .to_owned();
    ada.run(&["employee", "forget", &zoe, "--yes"]).code(7);
    ada.run(&["employee", "deactivate", &zoe]).ok();
    ada.run(&["employee", "forget", &zoe, "--yes"]).ok();

    let shown = c.json("ada", &["employee", "show", &zoe]);
    assert_eq!(shown["full_name"], format!("former employee {zoe}"));
    let audit = c.json(
        "ada",
        &["audit", "list", "--entity", "employee", "--id", &zoe],
    );
    assert_eq!(actions(&audit), ["forget", "deactivate", "create"]);
    for text in ["Zoé Temporaire", "zoe.temp@epicevents.fr"] {
        assert!(!c.holds(text), "{text:?} is still in the database");
    }
    let french = ada
        .run_full(&["employee", "show", &zoe], "", &[("LANG", "fr_FR.UTF-8")])
        .ok();
    assert!(
        french.stdout.contains(&format!("ancien employé {zoe}")),
        "{}",
        french.stdout
    );
}

fn retention_forgets_old_prospects_only(c: &Company) {
    let bill = c.person("bill");
    let mut made = Vec::new();
    for (name, email) in [
        ("Old Prospect", "old.prospect@example.com"),
        ("Recent Prospect", "recent.prospect@example.com"),
    ] {
        let id = bill
            .run(&[
                "client",
                "create",
                "--name",
                name,
                "--email",
                email,
                "--print-id",
            ])
            .ok()
            .stdout
            .trim()
            .parse::<i64>()
            .unwrap();
        made.push(id);
    }
    let (old, recent) = (made[0], made[1]);
    // Client 1 has a contract: never a prospect, however old.
    c.last_contact(&[
        (old, "2020-01-01T00:00:00Z"),
        (recent, "2025-06-01T00:00:00Z"),
        (1, "2019-01-01T00:00:00Z"),
    ]);
    let at = "2026-12-08T00:00:00Z";
    let listed = c.json(
        "ada",
        &[
            "client",
            "forget",
            "--inactive-since",
            "3y",
            "--dry-run",
            "--at",
            at,
        ],
    );
    assert_eq!(ids(&listed), [old]);
    c.person("ada")
        .run(&["client", "forget", "--inactive-since", "3w", "--dry-run"])
        .code(6);
    c.person("ada")
        .run(&[
            "client",
            "forget",
            "--inactive-since",
            "3y",
            "--at",
            at,
            "--yes",
        ])
        .ok();
    assert_eq!(
        c.json("ada", &["client", "show", &old.to_string()])["full_name"],
        format!("client {old}")
    );
    assert_eq!(
        c.json("ada", &["client", "show", &recent.to_string()])["full_name"],
        "Recent Prospect"
    );
    assert_eq!(
        c.json("ada", &["client", "show", "1"])["full_name"],
        "John Ouick"
    );
    assert!(!c.holds("old.prospect@example.com"));
    assert!(c.holds("recent.prospect@example.com"));

    // `retention` in the config is the default age; forgotten prospects
    // are not listed again.
    let config = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(config.path(), "retention = \"18m\"\n").unwrap();
    let path = config.path().to_str().unwrap();
    let listed = c
        .person("ada")
        .run_full(
            &[
                "client",
                "forget",
                "--inactive-since",
                "--dry-run",
                "--at",
                at,
                "-o",
                "json",
            ],
            "",
            &[("EPIC_CONFIG", path)],
        )
        .ok()
        .json();
    assert_eq!(ids(&listed), [recent]);
}

#[test]
fn personal_data_on_the_database() {
    let c = Company::open(false);
    export_holds_exactly_the_clients_records(&c);
    forgetting_is_managements_alone(&c);
    retention_forgets_old_prospects_only(&c);
    forgetting_leaves_no_trace(&c);
    a_former_employee_is_forgotten(&c);
}

#[test]
fn personal_data_through_the_server() {
    let c = Company::open(true);
    assert!(c.server.get().is_some());
    export_holds_exactly_the_clients_records(&c);
    forgetting_is_managements_alone(&c);
    retention_forgets_old_prospects_only(&c);
    forgetting_leaves_no_trace(&c);
    a_former_employee_is_forgotten(&c);
}
