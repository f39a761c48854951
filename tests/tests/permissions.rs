//! The whole permission matrix at the use-case level: every department ×
//! every action × every ownership case, against a literal table. A refused
//! action must leave the database exactly as it was.

#![allow(clippy::unwrap_used)]

use Case::{NoRecord, NotFound, Others, Own};
use Outcome::{D, M, Y};
use chrono::Utc;
use epic_domain::crm::privacy;
use epic_domain::crm::{
    self, ClientDetails, ClientFields, CreateClient, CreateContract, CreateEmployee, CreateEvent,
    EmployeeDetails, EmployeeFields, EventDetails, EventFields, PersonFields, SignContract,
    SupportChange, UpdateClient, UpdateContract, UpdateEmployee, UpdateEvent,
};
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_domain::policy::Action;
use epic_domain::types::{ClientId, ContractId, Department, EmployeeId, EventId};
use epic_domain::{Error, Result};
use epic_store::{BlockingHasher, Store};
use epic_tests::matrix::{Case, MATRIX, MISSING, Outcome, pick};
use epic_tests::{Company, PASSWORD, TestDb, block_on, snapshot};

fn actor(company: &Company, department: Department) -> &Employee {
    match department {
        Department::Management => &company.manager,
        Department::Sales => &company.sales,
        Department::Support => &company.support,
    }
}

fn password() -> Result<NewPassword> {
    NewPassword::parse("password", "a fresh passphrase".into())
}

/// A sink for lists whose records the matrix does not look at.
fn ignore<T>(_: T) -> std::ops::ControlFlow<()> {
    std::ops::ControlFlow::Continue(())
}

fn sign(id: i64, signed: bool) -> SignContract {
    SignContract {
        id: ContractId(id),
        signed,
    }
}

fn update_client(id: i64, details: ClientDetails, sales: Option<EmployeeId>) -> UpdateClient {
    UpdateClient {
        id: ClientId(id),
        details,
        sales_contact: sales,
        if_version: None,
    }
}

fn update_event(id: i64, details: EventDetails, support: Option<SupportChange>) -> UpdateEvent {
    UpdateEvent {
        id: EventId(id),
        details,
        support,
        append_notes: None,
        if_free: false,
        if_version: None,
    }
}

/// Carries out one action with valid input, so only permission can refuse it.
async fn perform(
    store: &Store,
    c: &Company,
    who: &Employee,
    action: Action,
    case: Case,
) -> Result<()> {
    let now = Utc::now();
    let employee = if case == NotFound {
        EmployeeId(MISSING)
    } else {
        c.spare.id
    };
    let client = || pick(case, c.client, c.other_client, None);
    let event = || pick(case, c.event, c.other_event, Some(c.unassigned_event));
    match action {
        Action::ReadRecords if case == NoRecord => {
            crm::list_events(store, who, &Default::default(), now, &mut ignore).await
        }
        Action::ReadRecords => {
            let id = ContractId(pick(case, c.contract, c.other_contract, None));
            crm::show_contract(store, who, id).await.map(drop)
        }
        Action::ReadEmployees if case == NoRecord => {
            crm::list_employees(store, who, now, &mut ignore).await
        }
        Action::ReadEmployees => crm::show_employee(store, who, employee, now)
            .await
            .map(drop),
        Action::ReadAudit => crm::audit(store, who, &Default::default(), &mut ignore).await,
        Action::ReadOutbox => crm::outbox(store, who, Default::default(), &mut ignore).await,
        Action::CreateEmployee => {
            let request = CreateEmployee::parse(&EmployeeFields {
                person: PersonFields {
                    full_name: Some("New Hire".into()),
                    email: Some("new.hire@epicevents.fr".into()),
                },
                department: Some("support".into()),
            })?;
            crm::create_employee(store, &BlockingHasher, who, request, password, now)
                .await
                .map(drop)
        }
        Action::UpdateEmployee => {
            let details = EmployeeDetails::parse(&EmployeeFields {
                person: PersonFields {
                    full_name: Some("Renamed".into()),
                    email: None,
                },
                department: None,
            })?;
            let request = UpdateEmployee {
                id: employee,
                details,
                if_version: None,
            };
            crm::update_employee(store, who, request, now)
                .await
                .map(drop)
        }
        Action::DeactivateEmployee => crm::set_active(store, who, employee, false, now)
            .await
            .map(drop),
        Action::DeleteEmployee => crm::delete_employee(store, who, employee, now).await,
        Action::ResetPassword => {
            crm::reset_password(store, &BlockingHasher, who, employee, password, now)
                .await
                .map(drop)
        }
        Action::CreateClient => {
            let request = CreateClient::parse(&ClientFields {
                person: PersonFields {
                    full_name: Some("New Client".into()),
                    email: Some("new@client.io".into()),
                },
                ..ClientFields::default()
            })?;
            crm::create_client(store, who, request, now).await.map(drop)
        }
        Action::UpdateClient => {
            let details = ClientDetails::parse(&ClientFields {
                company_name: Some("Renamed LLC".into()),
                ..ClientFields::default()
            })?;
            crm::update_client(store, who, update_client(client(), details, None), now)
                .await
                .map(drop)
        }
        Action::ReassignClient => {
            // Always to the other sales employee than the current one.
            let to = if case == Others {
                c.sales.id
            } else {
                c.other_sales.id
            };
            let request = update_client(client(), ClientDetails::default(), Some(to));
            crm::update_client(store, who, request, now).await.map(drop)
        }
        Action::DeleteClient => {
            crm::delete_client(
                store,
                who,
                ClientId(pick(case, c.empty_client, c.other_empty_client, None)),
                now,
            )
            .await
        }
        Action::CreateContract => {
            let target = if case == NotFound { MISSING } else { c.client };
            let request = CreateContract::parse(ClientId(target), "100", None)?;
            crm::create_contract(store, who, request, now)
                .await
                .map(drop)
        }
        Action::UpdateContract => {
            let id = ContractId(pick(case, c.contract, c.other_contract, None));
            let request = UpdateContract::parse(id, None, Some("900"), None)?;
            crm::update_contract(store, who, request, now)
                .await
                .map(drop)
        }
        Action::SignContract => {
            let target = pick(case, c.unsigned_contract, c.other_unsigned_contract, None);
            crm::set_signed(store, who, sign(target, true), now)
                .await
                .map(drop)
        }
        Action::UnsignContract => {
            let target = pick(case, c.free_contract, c.other_free_contract, None);
            crm::set_signed(store, who, sign(target, false), now)
                .await
                .map(drop)
        }
        Action::DeleteContract => {
            let target = pick(case, c.unsigned_contract, c.other_unsigned_contract, None);
            crm::delete_contract(store, who, ContractId(target), now).await
        }
        Action::CreateEvent => {
            let fields = EventFields {
                name: Some("Party".into()),
                start: Some("2026-07-01T18:00:00Z".into()),
                end: Some("2026-07-01T23:00:00Z".into()),
                location: Some("Paris".into()),
                attendees: Some("40".into()),
                notes: None,
            };
            let target = ContractId(pick(case, c.free_contract, c.other_free_contract, None));
            let request = CreateEvent::parse(target, &fields, &epic_tests::utc_here())?;
            crm::create_event(store, who, request, now).await.map(drop)
        }
        Action::UpdateEvent => {
            let details = EventDetails::parse(
                &EventFields {
                    notes: Some("Updated notes".into()),
                    ..EventFields::default()
                },
                &epic_tests::utc_here(),
            )?;
            crm::update_event(store, who, update_event(event(), details, None), now)
                .await
                .map(drop)
        }
        Action::AssignSupport => {
            let to = if case == Others {
                c.support.id
            } else {
                c.other_support.id
            };
            let change = Some(SupportChange::Assign(to));
            let request = update_event(event(), EventDetails::default(), change);
            crm::update_event(store, who, request, now).await.map(drop)
        }
        Action::DeleteEvent => crm::delete_event(store, who, EventId(event()), now).await,
        Action::ExportClientData => privacy::export_client_data(store, who, ClientId(client()))
            .await
            .map(drop),
        Action::ForgetClient => privacy::forget_client(store, who, ClientId(client()), now).await,
        Action::ForgetEmployee => {
            let former = if case == NotFound {
                EmployeeId(MISSING)
            } else {
                c.former.id
            };
            privacy::forget_employee(store, who, former, now).await
        }
        Action::OwnAccount => crm::notifications(store, who, Default::default(), &mut ignore).await,
    }
}

fn outcome(result: &Result<()>) -> Outcome {
    match result {
        Ok(()) => Y,
        Err(Error::PermissionDenied(_)) => D,
        Err(Error::NotFound { .. }) => M,
        Err(other) => panic!("only permission may refuse these actions, got: {other}"),
    }
}

#[test]
fn every_department_action_and_ownership_case() {
    let (template, company) = Company::build();
    let mut db = TestDb::copy_of(&template);
    let mut checked = 0;
    for &(action, case, expected) in MATRIX {
        for (department, want) in [
            Department::Management,
            Department::Sales,
            Department::Support,
        ]
        .into_iter()
        .zip(expected)
        {
            let who = actor(&company, department);
            let changed = block_on(async {
                let store = db.store().await;
                let before = snapshot(&store, &company).await;
                let result = perform(&store, &company, who, action, case).await;
                let got = outcome(&result);
                assert_eq!(got, want, "{department} {action:?} {case:?}: {result:?}");
                if got != Y {
                    assert_eq!(
                        snapshot(&store, &company).await,
                        before,
                        "{department} {action:?} {case:?} changed data"
                    );
                }
                store.close().await;
                got == Y
            });
            if changed {
                // Allowed actions change things: the next case starts afresh.
                db = TestDb::copy_of(&template);
            }
            checked += 1;
        }
    }
    assert_eq!(checked, MATRIX.len() * 3);
}

#[test]
fn the_matrix_covers_every_action_and_ownership_case() {
    for action in Action::ALL {
        assert!(
            MATRIX.iter().any(|(a, _, _)| *a == action),
            "{action:?} has no row"
        );
    }
    // Record-scoped actions have a not-found row.
    for (action, case, _) in MATRIX {
        if *case == Own {
            assert!(
                MATRIX.iter().any(|(a, c, _)| a == action && *c == NotFound),
                "{action:?} lacks a not-found case"
            );
        }
    }
}

#[test]
fn every_cli_subcommand_is_covered_by_the_matrix() {
    let nouns = [
        "employee",
        "client",
        "contract",
        "event",
        "notification",
        "audit",
    ];
    let command = epic_cli::command();
    for noun in nouns {
        let sub = command
            .find_subcommand(noun)
            .unwrap_or_else(|| panic!("no `epic {noun}`"));
        for verb in sub.get_subcommands().map(|v| v.get_name()) {
            // Sending the outbox works on the database itself, like `db`:
            // whoever can open the database can send what it holds.
            if (noun, verb) == ("notification", "send") {
                continue;
            }
            let action = epic_domain::policy::action_for(noun, verb)
                .unwrap_or_else(|| panic!("`epic {noun} {verb}` has no action in the policy"));
            assert!(
                MATRIX.iter().any(|(a, _, _)| *a == action),
                "`epic {noun} {verb}` ({action:?}) is not in the matrix"
            );
        }
    }
    let _ = PASSWORD;
}
