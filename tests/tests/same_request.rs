//! One use case per command: every list filter of the command line, asked
//! once of the use case directly and once of the `epic` binary, gives the
//! same records in the same order, for each department (`--mine` depends on
//! who asks).

use chrono::{DateTime, Utc};
use epic_domain::crm::{
    self, CreateEvent, EventFields, ListAudit, ListClients, ListContracts, ListEvents,
    ListNotifications, push_into,
};
use epic_domain::employee::Employee;
use epic_domain::search::SearchText;
use epic_domain::types::{ClientId, ContractId, EmployeeId};
use epic_store::Store;
use epic_tests::{Company, Epic, TestDb, block_on};
use serde_json::Value;

/// A list command as the use case takes it.
enum Ask {
    Employees,
    Clients(ListClients),
    Contracts(ListContracts),
    Events(ListEvents),
    Notifications(ListNotifications),
    Audit(ListAudit),
}

/// The records a use case streams, as the JSON the binary prints.
async fn direct(store: &Store, actor: &Employee, ask: &Ask) -> Value {
    let json = |records: Result<Value, serde_json::Error>| records.expect("records as JSON");
    let now = Utc::now();
    match ask {
        Ask::Employees => {
            let mut all = Vec::new();
            crm::list_employees(store, actor, Utc::now(), &mut push_into(&mut all))
                .await
                .expect("employees");
            json(serde_json::to_value(all))
        }
        Ask::Clients(request) => {
            let mut all = Vec::new();
            crm::list_clients(store, actor, request, &mut push_into(&mut all))
                .await
                .expect("clients");
            json(serde_json::to_value(all))
        }
        Ask::Contracts(request) => {
            let mut all = Vec::new();
            crm::list_contracts(store, actor, request, &mut push_into(&mut all))
                .await
                .expect("contracts");
            json(serde_json::to_value(all))
        }
        Ask::Events(request) => {
            let mut all = Vec::new();
            crm::list_events(store, actor, request, now, &mut push_into(&mut all))
                .await
                .expect("events");
            json(serde_json::to_value(all))
        }
        Ask::Notifications(request) => {
            let mut all = Vec::new();
            crm::notifications(store, actor, *request, &mut push_into(&mut all))
                .await
                .expect("notifications");
            json(serde_json::to_value(all))
        }
        Ask::Audit(request) => {
            let mut all = Vec::new();
            crm::audit(store, actor, request, &mut push_into(&mut all))
                .await
                .expect("audit");
            json(serde_json::to_value(all))
        }
    }
}

fn time(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("an RFC 3339 time")
        .with_timezone(&Utc)
}

/// Every list filter of the command line with the request it stands for.
fn cases(c: &Company) -> Vec<(Vec<String>, Ask)> {
    let id = |n: i64| n.to_string();
    let staff = |e: &Employee| e.id.0.to_string();
    let words = |list: &[&str]| list.iter().map(ToString::to_string).collect::<Vec<_>>();
    let with = |list: &[&str], extra: &[String]| {
        let mut all = words(list);
        all.extend(extra.iter().cloned());
        all
    };
    let (from, to) = ("2026-05-05T14:00:00Z", "2026-05-06T00:00:00Z");
    vec![
        (words(&["employee", "list"]), Ask::Employees),
        (
            words(&["client", "list"]),
            Ask::Clients(ListClients::default()),
        ),
        (
            words(&["client", "list", "--mine"]),
            Ask::Clients(ListClients {
                mine: true,
                ..ListClients::default()
            }),
        ),
        (
            with(&["client", "list", "--sales"], &[staff(&c.other_sales)]),
            Ask::Clients(ListClients {
                sales: Some(c.other_sales.id),
                ..ListClients::default()
            }),
        ),
        (
            words(&["client", "list", "--search", "OUICK"]),
            Ask::Clients(ListClients {
                search: SearchText::parse("OUICK"),
                ..ListClients::default()
            }),
        ),
        (
            words(&["contract", "list", "--signed", "--unpaid"]),
            Ask::Contracts(ListContracts {
                signed: Some(true),
                unpaid: true,
                ..ListContracts::default()
            }),
        ),
        (
            words(&["contract", "list", "--unsigned", "--mine"]),
            Ask::Contracts(ListContracts {
                signed: Some(false),
                mine: true,
                ..ListContracts::default()
            }),
        ),
        (
            with(&["contract", "list", "--client"], &[id(c.other_client)]),
            Ask::Contracts(ListContracts {
                client: Some(ClientId(c.other_client)),
                ..ListContracts::default()
            }),
        ),
        (
            with(&["contract", "list", "--sales"], &[staff(&c.sales)]),
            Ask::Contracts(ListContracts {
                sales: Some(c.sales.id),
                ..ListContracts::default()
            }),
        ),
        (
            words(&["event", "list", "--no-support"]),
            Ask::Events(ListEvents {
                no_support: true,
                ..ListEvents::default()
            }),
        ),
        (
            words(&["event", "list", "--mine"]),
            Ask::Events(ListEvents {
                mine: true,
                ..ListEvents::default()
            }),
        ),
        (
            with(&["event", "list", "--support"], &[staff(&c.other_support)]),
            Ask::Events(ListEvents {
                support: Some(c.other_support.id),
                ..ListEvents::default()
            }),
        ),
        (
            with(&["event", "list", "--contract"], &[id(c.contract)]),
            Ask::Events(ListEvents {
                contract: Some(ContractId(c.contract)),
                ..ListEvents::default()
            }),
        ),
        (
            words(&["event", "list", "--from", from, "--to", to]),
            Ask::Events(ListEvents {
                from: Some(time(from)),
                to: Some(time(to)),
                ..ListEvents::default()
            }),
        ),
        (
            words(&["event", "list", "--upcoming"]),
            Ask::Events(ListEvents {
                upcoming: true,
                ..ListEvents::default()
            }),
        ),
        (
            words(&["notification", "list"]),
            Ask::Notifications(ListNotifications::default()),
        ),
        (
            words(&["notification", "list", "--unread"]),
            Ask::Notifications(ListNotifications { unread: true }),
        ),
        (
            with(
                &["audit", "list", "--entity", "client", "--id"],
                &[id(c.client)],
            ),
            Ask::Audit(ListAudit {
                entity: Some("client".into()),
                entity_id: Some(c.client),
                ..ListAudit::default()
            }),
        ),
        (
            with(&["audit", "list", "--actor"], &[staff(&c.manager)]),
            Ask::Audit(ListAudit {
                actor: Some(EmployeeId(c.manager.id.0)),
                ..ListAudit::default()
            }),
        ),
    ]
}

/// Whether `actor` may run this list at all (employees and the audit log
/// are management's); a refusal is compared elsewhere, in the matrix.
fn may_read(actor: &Employee, ask: &Ask) -> bool {
    let management = actor.department == epic_domain::types::Department::Management;
    management || !matches!(ask, Ask::Employees | Ask::Audit(_))
}

/// The test company's events are past; `--upcoming` needs one to come.
fn company_with_an_event_to_come() -> (TestDb, Company) {
    let (db, company) = Company::build();
    let fields = EventFields {
        name: Some("Gala to come".into()),
        start: Some("2099-06-01T18:00:00Z".into()),
        end: Some("2099-06-01T23:00:00Z".into()),
        location: Some("Paris".into()),
        attendees: Some("80".into()),
        notes: None,
    };
    let request = CreateEvent::parse(
        ContractId(company.free_contract),
        &fields,
        &epic_tests::utc_here(),
    )
    .expect("event");
    block_on(async {
        crm::create_event(&db.store().await, &company.sales, request, Utc::now())
            .await
            .expect("an event to come")
    });
    (db, company)
}

#[test]
fn every_list_filter_gives_the_same_records_through_the_use_case_and_the_binary() {
    let (db, company) = company_with_an_event_to_come();
    let people = [&company.manager, &company.sales, &company.support];
    let mut compared = 0;
    for actor in people {
        let epic = Epic::logged_in(&db, actor.email.as_str());
        for (args, ask) in cases(&company) {
            if !may_read(actor, &ask) {
                continue;
            }
            let expected = block_on(async { direct(&db.store().await, actor, &ask).await });
            let mut command: Vec<&str> = args.iter().map(String::as_str).collect();
            command.extend(["-o", "json"]);
            let printed = epic.run(&command).ok().json();
            assert_eq!(
                printed,
                expected,
                "{} ({}): epic {}",
                actor.full_name,
                actor.department,
                args.join(" ")
            );
            compared += 1;
        }
    }
    // 19 filters for management; sales and support may not list employees
    // or the audit log.
    assert_eq!(compared, 19 + 16 + 16);
}

#[test]
fn filters_select_something_so_the_comparison_means_something() {
    let (db, company) = company_with_an_event_to_come();
    let people = [&company.manager, &company.sales, &company.support];
    let mut empty = Vec::new();
    for (args, ask) in cases(&company) {
        let selected = people.iter().any(|actor| {
            may_read(actor, &ask)
                && block_on(async { direct(&db.store().await, actor, &ask).await })
                    .as_array()
                    .is_some_and(|a| !a.is_empty())
        });
        if !selected {
            empty.push(args.join(" "));
        }
    }
    assert!(
        empty.is_empty(),
        "these select nothing for anyone: {empty:?}"
    );
}
