//! `--support`, `--sales`, `--client`, `--contract` and `--actor` take an
//! e-mail or a name as well as an id, locally and through the server; a
//! name that fits several records, or none, is exit 6 and changes nothing.

#![allow(clippy::unwrap_used)]

use epic_tests::{Company, Epic, Server};
use serde_json::Value;

fn all(json: &Value, field: &str) -> Vec<i64> {
    json.as_array()
        .unwrap()
        .iter()
        .map(|r| r[field].as_i64().unwrap())
        .collect()
}

/// The list is not empty and each of its records has `field` = `value`.
#[track_caller]
fn all_are(json: &Value, field: &str, value: i64) {
    let values = all(json, field);
    assert!(
        !values.is_empty() && values.iter().all(|v| *v == value),
        "{field}: {values:?}"
    );
}

/// The same commands as a person types them, on one way of reaching the data.
fn names_stand_for_ids(ada: &Epic, bill: &Epic, c: &Company) {
    let event = c.unassigned_event.to_string();
    let assigned = ada
        .run(&[
            "event",
            "update",
            &event,
            "--support",
            "kate hastroff",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(assigned["support_contact_id"], c.support.id.0);
    let assigned = ada
        .run(&[
            "event",
            "update",
            &event,
            "--support",
            "PAUL@epicevents.fr",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(assigned["support_contact_id"], c.other_support.id.0);

    let kate_s = bill
        .run(&["event", "list", "--support", "Kate Hastroff", "-o", "json"])
        .ok()
        .json();
    assert_eq!(all(&kate_s, "id"), [c.event]);
    let bill_s = bill
        .run(&[
            "client",
            "list",
            "--sales",
            "bill@epicevents.fr",
            "-o",
            "json",
        ])
        .ok()
        .json();
    all_are(&bill_s, "sales_contact_id", c.sales.id.0);
    let lou_s = bill
        .run(&["contract", "list", "--client", "lou bouzin", "-o", "json"])
        .ok()
        .json();
    assert_eq!(all(&lou_s, "client_id"), [c.other_client; 3]);
    let by_sam = bill
        .run(&["contract", "list", "--sales", "Sam Seller", "-o", "json"])
        .ok()
        .json();
    assert_eq!(all(&by_sam, "client_id"), [c.other_client; 3]);
    let by_ada = ada
        .run(&["audit", "list", "--actor", "Ada Manager", "-o", "json"])
        .ok()
        .json();
    all_are(&by_ada, "actor_id", c.manager.id.0);
    let contract = ada
        .run(&[
            "contract",
            "create",
            "--client",
            "kevin@startup.io",
            "--total",
            "100",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(contract["client_id"], c.empty_client);
    // Kevin now has exactly one contract: his name names it.
    let contract_id = contract["id"].as_i64().unwrap();
    ada.run(&["contract", "sign", &contract_id.to_string()])
        .ok();
    let of_kevin = bill
        .run(&["event", "list", "--contract", "Kevin Casey", "-o", "json"])
        .ok()
        .json();
    assert_eq!(all(&of_kevin, "id"), Vec::<i64>::new());
}

#[test]
fn emails_and_names_stand_for_ids() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    names_stand_for_ids(&ada, &bill, &c);
}

#[test]
fn emails_and_names_stand_for_ids_through_the_server() {
    let (db, c) = Company::build();
    let server = Server::start(&db);
    let local = Epic::new(&db);
    let ada =
        Epic::through(&server.base).env("EPIC_TOKEN", &local.token(&c.manager.email.to_string()));
    let bill =
        Epic::through(&server.base).env("EPIC_TOKEN", &local.token(&c.sales.email.to_string()));
    names_stand_for_ids(&ada, &bill, &c);
    // A name that fits nothing is exit 6 through the server too.
    let refused = ada
        .run(&[
            "event",
            "update",
            &c.event.to_string(),
            "--support",
            "Bill Boquet",
        ])
        .code(6);
    assert!(refused.stderr.contains("support"), "{}", refused.stderr);
}

#[test]
fn an_ambiguous_or_unknown_name_is_exit_6_listing_the_candidates() {
    let (db, c) = Company::build();
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    let twin = bill
        .run(&[
            "client",
            "create",
            "--name",
            "John Öuick",
            "--email",
            "john@elsewhere.fr",
            "-o",
            "json",
        ])
        .ok()
        .json()["id"]
        .as_i64()
        .unwrap();
    let contracts = db.count_rows("contracts");
    let events = db.count_rows("events");

    let refused = ada
        .run(&[
            "contract",
            "create",
            "--client",
            "john ouick",
            "--total",
            "100",
        ])
        .code(6);
    for id in [c.client, twin] {
        assert!(
            refused.stderr.contains(&format!("{id} John")),
            "{}",
            refused.stderr
        );
    }
    assert!(refused.stderr.contains("client"), "{}", refused.stderr);
    // By e-mail the twins are told apart.
    ada.run(&[
        "contract",
        "create",
        "--client",
        "john@elsewhere.fr",
        "--total",
        "100",
    ])
    .ok();
    assert_eq!(db.count_rows("contracts"), contracts + 1);

    // John has several contracts: his name names none of them.
    let refused = bill
        .run(&[
            "event",
            "create",
            "--contract",
            "john.ouick@gmail.com",
            "--name",
            "Gala",
            "--start",
            "12/06/2027 18h",
            "--end",
            "12/06/2027 23h",
            "--location",
            "Paris",
            "--attendees",
            "10",
        ])
        .code(6);
    for id in [c.contract, c.unsigned_contract, c.free_contract] {
        assert!(
            refused.stderr.contains(&format!("{id} (John Ouick")),
            "{}",
            refused.stderr
        );
    }
    for (args, why) in [
        (
            vec![
                "event",
                "update",
                &c.event.to_string(),
                "--support",
                "Bill Boquet",
            ],
            "no support employee",
        ),
        (
            vec![
                "event",
                "update",
                &c.event.to_string(),
                "--support",
                "nobody@epicevents.fr",
            ],
            "no support employee",
        ),
        (
            vec!["client", "list", "--sales", "Kate Hastroff"],
            "no sales employee",
        ),
        (
            vec!["event", "list", "--contract", "Nina Nobody"],
            "no contract",
        ),
        (vec!["audit", "list", "--actor", "Zed"], "no employee"),
    ] {
        let refused = ada.run(&args).code(6);
        assert!(refused.stderr.contains(why), "{args:?}: {}", refused.stderr);
    }
    assert_eq!(db.count_rows("events"), events);
    let event = ada
        .run(&["event", "show", &c.event.to_string(), "-o", "json"])
        .ok()
        .json();
    assert_eq!(event["support_contact_id"], c.support.id.0);
}

#[test]
fn completion_offers_the_department_the_flag_takes() {
    let (db, c) = Company::build();
    let bill = Epic::new(&db);
    bill.login_file(&c.sales.email.to_string()).ok();
    let complete = |words: &[&str]| {
        let mut args = vec!["--", "epic"];
        args.extend_from_slice(words);
        bill.run_full(&args, "", &[("COMPLETE", "fish")])
            .ok()
            .stdout
    };
    let support = complete(&["event", "list", "--support", ""]);
    assert!(
        support.contains(&format!("{}\tKate Hastroff", c.support.id.0)),
        "{support}"
    );
    assert!(
        support.contains(&format!("{}\tPaul Porter", c.other_support.id.0)),
        "{support}"
    );
    assert!(
        !support.contains("Bill Boquet") && !support.contains("Ada"),
        "{support}"
    );
    let sales = complete(&["client", "list", "--sales", ""]);
    assert!(
        sales.contains(&format!("{}\tBill Boquet", c.sales.id.0)),
        "{sales}"
    );
    assert!(!sales.contains("Kate") && !sales.contains("Ada"), "{sales}");
}

/// Who an employee is, by e-mail or name, is management's to ask; a
/// contact is named only among the active staff of its department.
#[test]
fn only_management_asks_who_an_employee_is_and_contacts_are_active_staff() {
    let (db, c) = Company::build();
    let server = Server::start(&db);
    let local = Epic::new(&db);
    let ada = local.token(&c.manager.email.to_string());
    let bill = local.token(&c.sales.email.to_string());
    let kate = local.token(&c.support.email.to_string());
    let ask = |kind: &str, text: &str, token: &str| {
        server.get(
            &format!("/api/v1/names?kind={kind}&text={text}"),
            Some(token),
        )
    };
    let manager = c.manager.email.to_string();
    let refused = ask("actor", &manager, &kate);
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(
        !refused.body.contains(&c.manager.id.0.to_string()),
        "{}",
        refused.body
    );
    assert_eq!(ask("actor", &manager, &bill).status, 403);
    assert_eq!(ask("actor", &manager, &ada).status, 200);
    // A support employee is no sales contact.
    let support = c.support.email.to_string();
    assert_eq!(ask("sales", &support, &bill).status, 422);
    assert_eq!(ask("support", &support, &ada).status, 200);
    // Once deactivated, nobody can be made a contact by name.
    Epic::logged_in(&db, &manager)
        .run(&[
            "employee",
            "deactivate",
            &c.support.id.0.to_string(),
            "--yes",
        ])
        .ok();
    assert_eq!(ask("support", &support, &ada).status, 422);
    assert_eq!(
        ask("actor", &support, &ada).status,
        200,
        "the audit still names them"
    );
}
