//! `--fields a,b,c` on every list: the same fields in the same order in
//! JSON, CSV, plain lines and the table; unknown names are a usage error
//! naming the valid ones; completion offers the list's own names.

#![allow(clippy::unwrap_used)]

use epic_tests::{Company, Epic};

/// Every list, and two of its fields in an order of their own.
const LISTS: &[(&[&str], &str)] = &[
    (&["employee", "list"], "department,full_name"),
    (&["client", "list"], "email,id"),
    (&["contract", "list"], "amount_due,client_name"),
    (&["event", "list"], "start,name"),
    (&["notification", "list"], "message,id"),
    (&["audit", "list"], "action,at"),
    (
        &["report", "revenue", "--from=2000-01-01"],
        "revenue_signed,sales_contact_name",
    ),
    (&["report", "unpaid"], "amount_due,client_name"),
    (&["report", "upcoming", "--days=3660"], "name,start"),
    (
        &["report", "monthly", "--from=2000-01-01", "--to=2040-01-01"],
        "events,month",
    ),
];

fn with(list: &[&str], more: &[&str]) -> Vec<String> {
    list.iter().chain(more).map(|s| (*s).to_owned()).collect()
}

fn run(who: &Epic, args: &[String]) -> epic_tests::Run {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    who.run(&args)
}

#[test]
fn every_list_picks_and_orders_its_fields_in_every_format() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    // Something in every list, notifications included.
    ada.run(&[
        "event",
        "update",
        &c.unassigned_event.to_string(),
        "--support",
        &c.support.id.0.to_string(),
    ])
    .ok();
    ada.run(&[
        "event",
        "update",
        &c.event.to_string(),
        "--start=2030-06-12 14:00",
        "--end=2030-06-12 20:00",
    ])
    .ok();
    let kate = Epic::logged_in(&db, &c.support.email.to_string());
    for (list, fields) in LISTS {
        let who = if list[0] == "notification" {
            &kate
        } else {
            &ada
        };
        let wanted: Vec<&str> = fields.split(',').collect();
        let flag = format!("--fields={fields}");

        let json = run(who, &with(list, &[&flag, "-o", "json"])).ok().json();
        let records = json.as_array().unwrap();
        assert!(!records.is_empty(), "{list:?} lists nothing");
        let full = run(who, &with(list, &["-o", "json"])).ok().json();
        for (record, whole) in records.iter().zip(full.as_array().unwrap()) {
            let keys: Vec<&str> = record
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(keys, wanted, "{list:?}");
            for key in &wanted {
                assert_eq!(record[key], whole[key], "{list:?} {key}");
            }
        }

        let csv = run(who, &with(list, &[&flag, "-o", "csv"])).ok().stdout;
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, wanted, "{list:?}");
        assert_eq!(reader.records().count(), records.len(), "{list:?}");

        // Plain lines in a pipe: one tab-separated cell per field.
        let plain = run(who, &with(list, &[&flag])).ok().stdout;
        let first = plain.lines().next().unwrap();
        assert_eq!(first.split('\t').count(), wanted.len(), "{list:?}: {first}");

        let table = run(who, &with(list, &[&flag, "-o", "table"])).ok().stdout;
        let head = table.lines().nth(1).unwrap();
        let at = |name: &str| head.find(&header_of(name)).unwrap();
        assert!(at(wanted[0]) < at(wanted[1]), "{list:?}: {head}");
        assert_eq!(
            head.matches('│').count(),
            wanted.len() + 1,
            "{list:?}: {head}"
        );
    }
}

#[test]
fn unknown_fields_are_usage_errors_naming_the_valid_ones() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    for (list, _) in LISTS {
        let run = run(&ada, &with(list, &["--fields=nope", "-o", "json"])).code(2);
        assert!(run.stdout.is_empty(), "{list:?}");
        assert!(run.stderr.contains("\"nope\""), "{list:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("valid fields: "),
            "{list:?}: {}",
            run.stderr
        );
    }
    let run = ada.run(&["client", "list", "--fields=email,email"]).code(2);
    assert!(run.stderr.contains("twice"), "{}", run.stderr);
    // One record: the same choice.
    let shown = ada
        .run(&[
            "client",
            "show",
            &c.client.to_string(),
            "--fields=email,id",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let keys: Vec<&String> = shown.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["email", "id"]);
    let run = ada
        .run(&["client", "show", &c.client.to_string(), "--fields=nope"])
        .code(2);
    assert!(run.stderr.contains("full_name"), "{}", run.stderr);
}

#[test]
fn completion_offers_the_names_of_the_list_being_typed() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let complete = |words: &[&str]| {
        let mut args = vec!["--", "epic"];
        args.extend_from_slice(words);
        let run = ada.run_full(&args, "", &[("COMPLETE", "fish")]).ok();
        run.stdout
            .lines()
            .map(|l| l.split('\t').next().unwrap().to_owned())
            .collect::<Vec<String>>()
    };
    let offered = complete(&["event", "list", "--fields", "s"]);
    for name in [
        "start",
        "support_contact_id",
        "support_contact_name",
        "sales_contact_id",
    ] {
        assert!(offered.contains(&name.to_owned()), "{offered:?}");
    }
    assert!(!offered.contains(&"signed".to_owned()), "{offered:?}");
    let offered = complete(&["contract", "list", "--fields", "id,si"]);
    assert_eq!(offered, ["id,signed", "id,signed_at"]);
    let offered = complete(&["report", "monthly", "--fields", ""]);
    assert_eq!(offered, ["month", "events", "attendees", "without_support"]);
}

/// A field's table header in English, from the catalogue the binary uses,
/// or else the field's own words in capitals.
fn header_of(field: &str) -> String {
    let catalogue = include_str!("../../crates/epic-cli/locales/en.ftl");
    let key = format!("column-{field} = ");
    catalogue
        .lines()
        .find_map(|line| line.strip_prefix(&key))
        .map_or_else(|| field.replace('_', " ").to_uppercase(), str::to_owned)
}
