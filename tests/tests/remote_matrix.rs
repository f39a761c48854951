//! The literal permission matrix, by the binary through a real `epic
//! serve`: each department's `epic` holds only its token. Exit 0, 5 or 3
//! as the table says, and a refused command changes nothing.

#![allow(clippy::unwrap_used)]

use epic_domain::policy::Action;
use epic_domain::types::Department;
use epic_tests::matrix::{Case, MATRIX, MISSING, Outcome, pick};
use epic_tests::{Company, Epic, Server, TestDb, block_on, snapshot};

/// The command that carries out `action` on the record of `case`, with
/// valid input so that only permission can refuse it, and its stdin.
fn command(c: &Company, action: Action, case: Case) -> (Vec<String>, &'static str) {
    let employee = if case == Case::NotFound {
        MISSING
    } else {
        c.spare.id.0
    };
    let client = || pick(case, c.client, c.other_client, None);
    let event = || pick(case, c.event, c.other_event, Some(c.unassigned_event));
    let password = "a fresh passphrase\n";
    let (args, stdin): (Vec<String>, &str) = match action {
        Action::ReadRecords if case == Case::NoRecord => (words("event list"), ""),
        Action::ReadRecords => (with(words("contract show"), [client_contract(c, case)]), ""),
        Action::ReadEmployees if case == Case::NoRecord => (words("employee list"), ""),
        Action::ReadEmployees => (with(words("employee show"), [employee]), ""),
        Action::ReadAudit => (words("audit list"), ""),
        Action::ReadOutbox => (words("notification outbox"), ""),
        Action::CreateEmployee => (
            words(
                "employee create --name Hire --email new.hire@epicevents.fr --department support --password-stdin",
            ),
            password,
        ),
        Action::UpdateEmployee => (
            with(words("employee update --name Renamed"), [employee]),
            "",
        ),
        Action::DeactivateEmployee => (with(words("employee deactivate"), [employee]), ""),
        Action::DeleteEmployee => (with(words("employee delete --yes"), [employee]), ""),
        Action::ResetPassword => (
            with(
                words("employee reset-password --password-stdin"),
                [employee],
            ),
            password,
        ),
        Action::CreateClient => (
            words("client create --name Newcomer --email new@client.io"),
            "",
        ),
        Action::UpdateClient => (
            with(words("client update --company Renamed"), [client()]),
            "",
        ),
        Action::ReassignClient => {
            let to = if case == Case::Others {
                c.sales.id.0
            } else {
                c.other_sales.id.0
            };
            (with(words("client update --sales"), [to, client()]), "")
        }
        Action::DeleteClient => {
            let target = pick(case, c.empty_client, c.other_empty_client, None);
            (with(words("client delete --yes"), [target]), "")
        }
        Action::CreateContract => {
            let target = if case == Case::NotFound {
                MISSING
            } else {
                c.client
            };
            (
                with(words("contract create --total 100 --client"), [target]),
                "",
            )
        }
        Action::UpdateContract => (
            with(
                words("contract update --due 900"),
                [client_contract(c, case)],
            ),
            "",
        ),
        Action::SignContract => {
            let target = pick(case, c.unsigned_contract, c.other_unsigned_contract, None);
            (with(words("contract sign"), [target]), "")
        }
        Action::UnsignContract => {
            let target = pick(case, c.free_contract, c.other_free_contract, None);
            (with(words("contract unsign"), [target]), "")
        }
        Action::DeleteContract => {
            let target = pick(case, c.unsigned_contract, c.other_unsigned_contract, None);
            (with(words("contract delete --yes"), [target]), "")
        }
        Action::CreateEvent => {
            let target = pick(case, c.free_contract, c.other_free_contract, None);
            let args = words(
                "event create --name Party --start 2026-07-01T18:00:00Z --end 2026-07-01T23:00:00Z --location Paris --attendees 40 --contract",
            );
            (with(args, [target]), "")
        }
        Action::UpdateEvent => (with(words("event update --notes Updated"), [event()]), ""),
        Action::AssignSupport => {
            let to = if case == Case::Others {
                c.support.id.0
            } else {
                c.other_support.id.0
            };
            (with(words("event update --support"), [to, event()]), "")
        }
        Action::DeleteEvent => (with(words("event delete --yes"), [event()]), ""),
        Action::ExportClientData => (with(words("client export-data"), [client()]), ""),
        Action::ForgetClient => (with(words("client forget --yes"), [client()]), ""),
        Action::ForgetEmployee => {
            let former = if case == Case::NotFound {
                MISSING
            } else {
                c.former.id.0
            };
            (with(words("employee forget --yes"), [former]), "")
        }
        Action::OwnAccount => (words("notification list"), ""),
    };
    (args, stdin)
}

fn client_contract(c: &Company, case: Case) -> i64 {
    pick(case, c.contract, c.other_contract, None)
}

fn words(text: &str) -> Vec<String> {
    text.split(' ').map(str::to_owned).collect()
}

fn with<const N: usize>(mut args: Vec<String>, ids: [i64; N]) -> Vec<String> {
    args.extend(ids.iter().map(ToString::to_string));
    args
}

fn expected_exit(outcome: Outcome) -> i32 {
    match outcome {
        Outcome::Y => 0,
        Outcome::D => 5,
        Outcome::M => 3,
    }
}

#[test]
fn every_department_action_and_ownership_case_through_the_server() {
    let (template, company) = Company::build();
    // Sessions are copied with the database: one login per department.
    let tokens: Vec<String> = [&company.manager, &company.sales, &company.support]
        .iter()
        .map(|e| Epic::new(&template).token(e.email.as_str()))
        .collect();
    let mut db = TestDb::copy_of(&template);
    let mut server = Server::start(&db);
    let mut checked = 0;
    for &(action, case, expected) in MATRIX {
        let departments = [
            Department::Management,
            Department::Sales,
            Department::Support,
        ];
        for ((department, want), token) in departments.into_iter().zip(expected).zip(&tokens) {
            let (args, stdin) = command(&company, action, case);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let before = block_on(async { snapshot(&db.store().await, &company).await });
            let run = Epic::through(&server.base)
                .env("EPIC_TOKEN", token)
                .run_with_stdin(&args, stdin);
            assert_eq!(
                run.code,
                expected_exit(want),
                "{department} {action:?} {case:?}: `epic {}`\n{}",
                args.join(" "),
                run.stderr
            );
            if want == Outcome::Y {
                // Allowed commands change things: the next case starts afresh.
                let _ = server.stop();
                db = TestDb::copy_of(&template);
                server = Server::start(&db);
            } else {
                let after = block_on(async { snapshot(&db.store().await, &company).await });
                assert_eq!(
                    after, before,
                    "{department} {action:?} {case:?} changed data"
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, MATRIX.len() * 3);
    let (status, log) = server.stop();
    assert!(status.success(), "{status}: {log}");
}
