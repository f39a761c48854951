//! The CRM through the built binary: the permission matrix sampled, every
//! validation rule, the business rules, concurrent updates and output.

#![allow(clippy::unwrap_used)]

use std::process::Stdio;

use epic_tests::{Epic, Office};

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn id(n: i64) -> String {
    n.to_string()
}

#[test]
fn the_matrix_sampled_through_the_binary() {
    let o = Office::open();
    let c = &o.c;
    let (spare, client, other_client) = (id(c.spare.id.0), id(c.client), id(c.other_client));
    let deny = |who: &Epic, args: &[&str]| {
        o.refused(who, args, 5, "may not");
    };
    let allow = |who: &Epic, args: &[&str]| {
        who.run(args).ok();
    };

    allow(&o.kate, &["client", "list"]);
    allow(&o.kate, &["contract", "show", &id(c.contract)]);
    deny(&o.bill, &["employee", "list"]);
    allow(&o.ada, &["employee", "list"]);
    deny(&o.kate, &["audit", "list"]);
    deny(
        &o.bill,
        &[
            "employee",
            "create",
            "--name",
            "X Y",
            "--email",
            "x@y.io",
            "--department",
            "sales",
            "--password-stdin",
        ],
    );
    allow(&o.ada, &["employee", "show", &spare]);
    deny(
        &o.kate,
        &["employee", "update", &spare, "--name", "Renamed"],
    );
    allow(&o.ada, &["employee", "update", &spare, "--name", "Renamed"]);
    deny(&o.bill, &["employee", "deactivate", &spare]);
    allow(&o.ada, &["employee", "deactivate", &spare]);
    allow(&o.ada, &["employee", "reactivate", &spare]);
    deny(
        &o.bill,
        &["employee", "reset-password", &spare, "--password-stdin"],
    );
    let reset = o.ada.run_with_stdin(
        &["employee", "reset-password", &spare, "--password-stdin"],
        "another fine passphrase\n",
    );
    assert!(
        reset.ok().stdout.contains("true"),
        "must change password at next login"
    );
    deny(&o.kate, &["employee", "delete", &spare, "--yes"]);
    allow(&o.ada, &["employee", "delete", &spare, "--yes"]);
    let hired = o.ada.run_with_stdin(
        &[
            "employee",
            "create",
            "--name",
            "Nora New",
            "--email",
            "nora@epicevents.fr",
            "--department",
            "support",
            "--password-stdin",
            "-o",
            "json",
        ],
        "a fine first passphrase\n",
    );
    assert_eq!(hired.ok().json()["must_change_password"], true);

    deny(
        &o.ada,
        &[
            "client",
            "create",
            "--name",
            "New",
            "--email",
            "new@client.io",
        ],
    );
    allow(
        &o.bill,
        &[
            "client",
            "create",
            "--name",
            "New",
            "--email",
            "new@client.io",
        ],
    );
    deny(
        &o.bill,
        &["client", "update", &other_client, "--company", "Mine now"],
    );
    allow(
        &o.bill,
        &["client", "update", &client, "--company", "Ouick & Co"],
    );
    deny(
        &o.bill,
        &[
            "client",
            "update",
            &client,
            "--sales",
            &id(c.other_sales.id.0),
        ],
    );
    deny(
        &o.bill,
        &["client", "delete", &id(c.other_empty_client), "--yes"],
    );
    allow(
        &o.ada,
        &["client", "delete", &id(c.other_empty_client), "--yes"],
    );

    deny(
        &o.bill,
        &["contract", "create", "--client", &client, "--total", "100"],
    );
    allow(
        &o.ada,
        &["contract", "create", "--client", &client, "--total", "100"],
    );
    deny(
        &o.kate,
        &["contract", "update", &id(c.contract), "--due", "900"],
    );
    allow(
        &o.bill,
        &["contract", "update", &id(c.contract), "--due", "900"],
    );
    deny(&o.kate, &["contract", "pay", &id(c.contract), "100"]);
    allow(&o.bill, &["contract", "pay", &id(c.contract), "100"]);
    deny(
        &o.bill,
        &["contract", "sign", &id(c.other_unsigned_contract)],
    );
    allow(&o.bill, &["contract", "sign", &id(c.unsigned_contract)]);

    let event_args = |contract: i64| {
        vec![
            "event".to_owned(),
            "create".into(),
            "--contract".into(),
            contract.to_string(),
            "--name".into(),
            "Gala".into(),
            "--start".into(),
            "2026-09-01 18:00".into(),
            "--end".into(),
            "2026-09-01 23:00".into(),
            "--location".into(),
            "Paris".into(),
            "--attendees".into(),
            "80".into(),
        ]
    };
    deny(&o.bill, &refs(&event_args(c.other_free_contract)));
    allow(&o.bill, &refs(&event_args(c.free_contract)));
    deny(&o.bill, &["contract", "unsign", &id(c.other_free_contract)]);
    allow(&o.ada, &["contract", "unsign", &id(c.other_free_contract)]);
    deny(
        &o.sam,
        &[
            "contract",
            "delete",
            &id(c.other_unsigned_contract),
            "--yes",
        ],
    );
    allow(
        &o.ada,
        &[
            "contract",
            "delete",
            &id(c.other_unsigned_contract),
            "--yes",
        ],
    );

    deny(
        &o.kate,
        &["event", "update", &id(c.other_event), "--notes", "mine?"],
    );
    allow(
        &o.kate,
        &[
            "event",
            "update",
            &id(c.event),
            "--notes",
            "Catering booked",
        ],
    );
    deny(
        &o.kate,
        &[
            "event",
            "update",
            &id(c.unassigned_event),
            "--support",
            &id(c.support.id.0),
        ],
    );
    allow(
        &o.ada,
        &[
            "event",
            "update",
            &id(c.unassigned_event),
            "--support",
            &id(c.support.id.0),
        ],
    );
    deny(&o.kate, &["event", "delete", &id(c.event), "--yes"]);
    allow(
        &o.ada,
        &["event", "delete", &id(c.unassigned_event), "--yes"],
    );
    allow(&o.kate, &["notification", "list"]);
    allow(&o.kate, &["notification", "read", "--all"]);

    assert_eq!(
        o.bill
            .run(&["auth", "can-i", "sign", "contract", &id(c.contract)])
            .ok()
            .stdout
            .trim(),
        "yes"
    );
    assert_eq!(
        o.bill
            .run(&["auth", "can-i", "unsign", "contract", &id(c.contract)])
            .code(5)
            .stdout
            .trim(),
        "no"
    );
    assert_eq!(
        o.kate
            .run(&["auth", "can-i", "update", "event", &id(c.other_event)])
            .code(5)
            .stdout
            .trim(),
        "no"
    );
    o.kate
        .run(&["auth", "can-i", "frobnicate", "event"])
        .code(6);
}

#[test]
fn every_validation_rule_names_its_field_and_writes_nothing() {
    let o = Office::open();
    let c = &o.c;
    let client = |name: &str, email: &str, phone: &str| {
        let mut args = vec!["client", "create", "--name", name, "--email", email];
        if !phone.is_empty() {
            args.extend(["--phone", phone]);
        }
        args.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    o.refused(
        &o.bill,
        &refs(&client("Kevin Casey", "kevin@", "")),
        6,
        "email",
    );
    o.refused(
        &o.bill,
        &refs(&client("Kevin Casey", "kevin2@startup.io", "12")),
        6,
        "phone",
    );
    o.refused(
        &o.bill,
        &refs(&client("Kevin Casey", "kevin2@startup.io", "call me maybe")),
        6,
        "phone",
    );
    o.refused(
        &o.bill,
        &refs(&client("   ", "kevin2@startup.io", "")),
        6,
        "--name",
    );
    o.bill
        .run(&refs(&client(
            "Kevin Casey",
            "kevin2@startup.io",
            "+678 123 456 78",
        )))
        .ok();
    o.refused(
        &o.bill,
        &refs(&client("Kevin Again", "KEVIN2@startup.io", "")),
        7,
        "already exists",
    );

    let k = id(c.contract);
    o.refused(
        &o.ada,
        &[
            "contract",
            "create",
            "--client",
            &id(c.client),
            "--total",
            "-5",
        ],
        6,
        "--total",
    );
    o.refused(
        &o.ada,
        &[
            "contract",
            "create",
            "--client",
            &id(c.client),
            "--total",
            "10",
            "--due",
            "20",
        ],
        6,
        "--due",
    );
    o.refused(
        &o.ada,
        &[
            "contract",
            "create",
            "--client",
            &id(c.client),
            "--total",
            "10.999",
        ],
        6,
        "--total",
    );
    // Partial updates are checked on the final values: due is 1000.
    o.refused(
        &o.ada,
        &["contract", "update", &k, "--total", "999.99"],
        6,
        "--due",
    );
    o.ada
        .run(&["contract", "update", &k, "--total", "1000"])
        .ok();
    o.refused(&o.bill, &["contract", "pay", &k, "1000.01"], 6, "amount");
    o.refused(&o.bill, &["contract", "pay", &k, "0"], 6, "amount");
    let paid = o
        .bill
        .run(&["contract", "pay", &k, "1000", "-o", "json"])
        .ok()
        .json();
    assert_eq!(paid["amount_due"], "0.00");

    let event = |contract: i64, start: &str, end: &str, attendees: &str| {
        [
            "event",
            "create",
            "--contract",
            &contract.to_string(),
            "--name",
            "Gala",
            "--start",
            start,
            "--end",
            end,
            "--location",
            "Paris",
            "--attendees",
            attendees,
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let f = c.free_contract;
    o.refused(
        &o.bill,
        &refs(&event(f, "2026-09-02 10:00", "2026-09-01 10:00", "5")),
        6,
        "end",
    );
    o.refused(
        &o.bill,
        &refs(&event(f, "2026-09-01 10:00", "2026-09-02 10:00", "-1")),
        6,
        "attendees",
    );
    o.refused(
        &o.bill,
        &refs(&event(f, "tomorrow", "2026-09-02 10:00", "5")),
        6,
        "start",
    );
    o.refused(
        &o.bill,
        &refs(&event(
            c.unsigned_contract,
            "2026-09-01 10:00",
            "2026-09-02 10:00",
            "5",
        )),
        6,
        "signed",
    );
    o.refused(
        &o.kate,
        &["event", "update", &id(c.event), "--end", "2000-01-01 00:00"],
        6,
        "end",
    );

    let hire = |department: &str, password: &str| {
        o.ada.run_with_stdin(
            &[
                "employee",
                "create",
                "--name",
                "New Hire",
                "--email",
                "hire@epicevents.fr",
                "--department",
                department,
                "--password-stdin",
            ],
            &format!("{password}\n"),
        )
    };
    let before = o.audit_len();
    assert!(
        hire("sales", "password1")
            .code(6)
            .stderr
            .contains("password")
    );
    assert!(hire("sales", "short").code(6).stderr.contains("password"));
    assert!(
        hire("marketing", "a fine passphrase")
            .code(6)
            .stderr
            .contains("department")
    );
    assert_eq!(o.audit_len(), before);
}

#[test]
fn business_rules() {
    let o = Office::open();
    let c = &o.c;
    // Support goes only to an active support employee; sales only to sales.
    o.refused(
        &o.ada,
        &[
            "event",
            "update",
            &id(c.unassigned_event),
            "--support",
            &id(c.sales.id.0),
        ],
        6,
        "--support",
    );
    o.refused(
        &o.ada,
        &[
            "client",
            "update",
            &id(c.client),
            "--sales",
            &id(c.support.id.0),
        ],
        6,
        "--sales",
    );
    o.ada
        .run(&["employee", "deactivate", &id(c.other_support.id.0)])
        .ok();
    o.refused(
        &o.ada,
        &[
            "event",
            "update",
            &id(c.unassigned_event),
            "--support",
            &id(c.other_support.id.0),
        ],
        6,
        "--support",
    );

    // Reassigning a client moves its contracts along.
    o.ada
        .run(&[
            "client",
            "update",
            &id(c.client),
            "--sales",
            &id(c.other_sales.id.0),
        ])
        .ok();
    let contracts = o
        .ada
        .run(&["contract", "list", "--client", &id(c.client), "-o", "json"])
        .ok()
        .json();
    for contract in contracts.as_array().unwrap() {
        assert_eq!(contract["sales_contact_id"], c.other_sales.id.0);
    }
    // ...and Bill lost his rights over them at once.
    o.refused(
        &o.bill,
        &["contract", "pay", &id(c.contract), "1"],
        5,
        "may not",
    );

    // The last active manager stays.
    let ada = id(c.manager.id.0);
    o.refused(
        &o.ada,
        &["employee", "deactivate", &ada],
        7,
        "last active management",
    );
    o.refused(
        &o.ada,
        &["employee", "update", &ada, "--department", "sales"],
        7,
        "last active management",
    );
    o.refused(
        &o.ada,
        &["employee", "delete", &ada, "--yes"],
        7,
        "last active management",
    );
    // Still referenced employees cannot be deleted.
    o.refused(
        &o.ada,
        &["employee", "delete", &id(c.sales.id.0), "--yes"],
        7,
        "still the contact",
    );
    o.refused(
        &o.ada,
        &["client", "delete", &id(c.client), "--yes"],
        7,
        "contract",
    );
    o.refused(
        &o.ada,
        &["contract", "delete", &id(c.contract), "--yes"],
        7,
        "event",
    );
}

#[test]
fn a_role_change_or_deactivation_ends_sessions_at_once() {
    let o = Office::open();
    o.bill.run(&["whoami"]).ok();
    o.ada
        .run(&[
            "employee",
            "update",
            &id(o.c.sales.id.0),
            "--department",
            "support",
        ])
        .ok();
    o.bill.run(&["whoami"]).code(4);
    o.kate.run(&["whoami"]).ok();
    o.ada
        .run(&["employee", "deactivate", &id(o.c.support.id.0)])
        .ok();
    o.kate.run(&["whoami"]).code(4);
}

#[test]
fn concurrent_updates_from_the_same_version_one_wins() {
    let o = Office::open();
    let k = id(o.c.contract);
    let version = o
        .ada
        .run(&["contract", "show", &k, "-o", "json"])
        .ok()
        .json()["version"]
        .as_i64()
        .unwrap()
        .to_string();
    let spawn = |who: &Epic, due: &str| {
        let mut command = who.command(&[
            "contract",
            "update",
            &k,
            "--due",
            due,
            "--if-version",
            &version,
        ]);
        command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null());
        command.spawn().unwrap()
    };
    let first = spawn(&o.ada, "700");
    let second = spawn(&o.bill, "800");
    let results = [
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    ];
    let codes: Vec<i32> = results.iter().map(|r| r.status.code().unwrap()).collect();
    assert!(
        codes.contains(&0) && codes.contains(&7),
        "exactly one wins: {codes:?}"
    );
    let winner = if codes[0] == 0 { "700.00" } else { "800.00" };
    let now = o
        .ada
        .run(&["contract", "show", &k, "-o", "json"])
        .ok()
        .json();
    assert_eq!(now["amount_due"], winner);
    assert_eq!(
        now["version"].as_i64().unwrap(),
        version.parse::<i64>().unwrap() + 1
    );
}

#[test]
fn json_and_csv_carry_the_same_fields_accents_included() {
    let o = Office::open();
    let c = &o.c;
    o.ada
        .run(&[
            "event",
            "update",
            &id(c.unassigned_event),
            "--location",
            "53 Rue du Château, 41120 Candé-sur-Beuvron, France",
        ])
        .ok();
    for noun in ["client", "contract", "event"] {
        let json = o.kate.run(&[noun, "list", "-o", "json"]).ok().json();
        let csv = o.kate.run(&[noun, "list", "-o", "csv"]).ok().stdout;
        let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
        let rows = json.as_array().unwrap();
        assert_eq!(
            rows.len(),
            csv.lines().count() - 1,
            "{noun}: one CSV line per JSON object"
        );
        let keys: Vec<&str> = rows[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, header, "{noun}: same fields in the same order");
        // Lists stream each record straight to CSV and to a pipe; every
        // cell must still say what the JSON says.
        let tsv = o.kate.run(&[noun, "list"]).ok().stdout;
        let mut cells = csv::Reader::from_reader(csv.as_bytes());
        for ((row, line), object) in cells.records().zip(tsv.lines()).zip(rows) {
            let row = row.expect("valid CSV");
            let fields: Vec<&str> = line.split('\t').collect();
            for (i, key) in keys.iter().enumerate() {
                let plain = match &object[*key] {
                    serde_json::Value::Null => String::new(),
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                // CSV neutralises what a spreadsheet would run as a formula.
                let in_csv = if plain.starts_with(['=', '+', '-', '@']) {
                    format!("'{plain}")
                } else {
                    plain.clone()
                };
                assert_eq!(row.get(i), Some(in_csv.as_str()), "{noun}.{key} in CSV");
                assert_eq!(fields.get(i), Some(&plain.as_str()), "{noun}.{key} piped");
            }
        }
        assert_eq!(
            tsv.lines().count(),
            rows.len(),
            "{noun}: one piped line each"
        );
    }
    let event = o
        .kate
        .run(&["event", "show", &id(c.unassigned_event), "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        event["location"],
        "53 Rue du Château, 41120 Candé-sur-Beuvron, France"
    );
    assert_eq!(event["client_name"], "John Ouick");
    assert_eq!(event["client_email"], "john.ouick@gmail.com");
    assert_eq!(event["support_contact_id"], serde_json::Value::Null);
    assert_eq!(event["attendees"], 200);
    assert_eq!(event["start"], "2026-05-05T15:00:00Z");
    let csv = o
        .kate
        .run(&["event", "list", "--no-support", "-o", "csv"])
        .ok()
        .stdout;
    assert!(
        csv.contains("\"53 Rue du Château, 41120 Candé-sur-Beuvron, France\""),
        "{csv}"
    );
    let contract = o
        .kate
        .run(&["contract", "show", &id(c.contract), "-o", "json"])
        .ok()
        .json();
    assert_eq!(contract["total_amount"], "5000.00");
    assert_eq!(contract["amount_due"], "1000.00");
    assert_eq!(contract["sales_contact_name"], "Bill Boquet");

    // Empty results: [] and a header alone.
    let none = o
        .kate
        .run(&["client", "list", "--search", "%", "-o", "json"])
        .ok();
    assert_eq!(none.json(), serde_json::json!([]));
    let header = o
        .kate
        .run(&["client", "list", "--search", "zzz", "-o", "csv"])
        .ok()
        .stdout;
    assert_eq!(header.lines().count(), 1);
    assert!(
        header.starts_with(
            "id,full_name,email,phone,company_name,sales_contact_id,sales_contact_name"
        )
    );
    // Search is case-insensitive and takes % and _ literally.
    let found = o
        .kate
        .run(&["client", "list", "--search", "OUICK", "-o", "json"])
        .ok()
        .json();
    assert_eq!(found.as_array().unwrap().len(), 1);
    o.bill
        .run(&[
            "client",
            "create",
            "--name",
            "100% Fun_Co",
            "--email",
            "fun@co.io",
        ])
        .ok();
    let literal = o
        .kate
        .run(&["client", "list", "--search", "0% f", "-o", "json"])
        .ok()
        .json();
    assert_eq!(literal.as_array().unwrap().len(), 1);
    let underscore = o
        .kate
        .run(&["client", "list", "--search", "n_c", "-o", "json"])
        .ok()
        .json();
    assert_eq!(underscore.as_array().unwrap().len(), 1);
    let not_wild = o
        .kate
        .run(&["client", "list", "--search", "o_i", "-o", "json"])
        .ok()
        .json();
    assert_eq!(not_wild.as_array().unwrap().len(), 0);
}

#[test]
fn notifications_reach_only_their_owner() {
    let o = Office::open();
    let c = &o.c;
    o.ada
        .run(&[
            "event",
            "update",
            &id(c.unassigned_event),
            "--support",
            &id(c.support.id.0),
        ])
        .ok();
    let kate = o
        .kate
        .run(&["notification", "list", "--unread", "-o", "json"])
        .ok()
        .json();
    let mine = kate.as_array().unwrap();
    assert!(
        mine.iter()
            .any(|n| n["kind"] == "assigned" && n["event_id"] == c.unassigned_event)
    );
    let their_id = mine[0]["id"].as_i64().unwrap().to_string();
    // Bill cannot read or mark Kate's notification.
    let bills = o
        .bill
        .run(&["notification", "list", "-o", "json"])
        .ok()
        .json();
    assert!(
        bills
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["id"].as_i64().unwrap().to_string() != their_id)
    );
    o.bill.run(&["notification", "read", &their_id]).code(3);
    o.kate.run(&["notification", "read", &their_id]).ok();
    // Kate changing her own event tells Bill (the sales contact), not Kate.
    o.kate
        .run(&["event", "update", &id(c.event), "--attendees", "80"])
        .ok();
    let bills = o
        .bill
        .run(&["notification", "list", "--unread", "-o", "json"])
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
fn audit_rows_record_each_kind_of_change() {
    let o = Office::open();
    let c = &o.c;
    o.bill
        .run(&["contract", "pay", &id(c.contract), "250"])
        .ok();
    let rows = o
        .ada
        .run(&[
            "audit",
            "list",
            "--entity",
            "contract",
            "--id",
            &id(c.contract),
            "-o",
            "json",
        ])
        .ok()
        .json();
    let rows = rows.as_array().unwrap();
    // Newest first.
    let last = rows.first().unwrap();
    assert_eq!(last["action"], "pay");
    assert_eq!(last["actor_id"], c.sales.id.0);
    let changes: serde_json::Value =
        serde_json::from_str(last["changes"].as_str().unwrap()).unwrap();
    assert_eq!(
        changes,
        serde_json::json!([{"field": "amount_due", "old": "1000.00", "new": "750.00"}])
    );
    for action in ["create", "sign"] {
        assert!(
            rows.iter().any(|r| r["action"] == action),
            "no {action} row"
        );
    }
    o.ada
        .run_with_stdin(
            &[
                "employee",
                "reset-password",
                &id(c.spare.id.0),
                "--password-stdin",
            ],
            "another fine passphrase\n",
        )
        .ok();
    let all = o
        .ada
        .run(&["audit", "list", "--entity", "employee", "-o", "json"])
        .ok()
        .stdout;
    assert!(all.contains("reset-password"));
    assert!(
        !all.contains("another fine passphrase") && !all.contains("argon2"),
        "no secret in the audit log"
    );
}

#[test]
fn scripts_get_usage_errors_instead_of_prompts() {
    let o = Office::open();
    let run = o.bill.run(&["client", "create", "--name", "Half"]).code(2);
    assert!(run.stderr.contains("--email"), "{}", run.stderr);
    let run = o.bill.run(&["event", "create", "--contract", "1"]).code(2);
    for flag in ["--name", "--start", "--end", "--location", "--attendees"] {
        assert!(run.stderr.contains(flag), "{flag}: {}", run.stderr);
    }
    let run = o
        .ada
        .run(&["client", "delete", &id(o.c.empty_client)])
        .code(2);
    assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    o.kate.run(&["client", "show", &id(o.c.empty_client)]).ok();
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    let o = Office::open();
    for format in ["csv", "json", "table"] {
        let mut child = o
            .kate
            .command(&["event", "list", "-o", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("epic starts");
        // Close our end before epic writes: like `epic … | head -0`.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("epic ends");
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
}
