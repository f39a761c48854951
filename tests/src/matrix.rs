//! SPEC section 3 as a literal table: every department × every action ×
//! every ownership case, checked at the use-case level and through the
//! server by the binary.

use Case::{NoRecord, NotFound, Others, Own, Unassigned};
use Outcome::{D, M, Y};
use epic_domain::policy::Action;

/// The record an action is aimed at, relative to the acting employee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// No record (create, list), or ownership does not apply.
    NoRecord,
    Own,
    Others,
    Unassigned,
    NotFound,
}

/// Allowed, Denied (exit 5), or Missing (exit 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Y,
    D,
    M,
}

/// SPEC section 3, spelled out: [management, sales, support].
pub const MATRIX: &[(Action, Case, [Outcome; 3])] = &[
    (Action::ReadRecords, NoRecord, [Y, Y, Y]),
    (Action::ReadRecords, Own, [Y, Y, Y]),
    (Action::ReadRecords, NotFound, [M, M, M]),
    (Action::ReadEmployees, NoRecord, [Y, D, D]),
    (Action::ReadEmployees, NotFound, [M, D, D]),
    (Action::ReadAudit, NoRecord, [Y, D, D]),
    (Action::ReadOutbox, NoRecord, [Y, D, D]),
    (Action::CreateEmployee, NoRecord, [Y, D, D]),
    (Action::UpdateEmployee, NoRecord, [Y, D, D]),
    (Action::UpdateEmployee, NotFound, [M, D, D]),
    (Action::DeactivateEmployee, NoRecord, [Y, D, D]),
    (Action::DeactivateEmployee, NotFound, [M, D, D]),
    (Action::DeleteEmployee, NoRecord, [Y, D, D]),
    (Action::DeleteEmployee, NotFound, [M, D, D]),
    (Action::ResetPassword, NoRecord, [Y, D, D]),
    (Action::ResetPassword, NotFound, [M, D, D]),
    (Action::CreateClient, NoRecord, [D, Y, D]),
    (Action::UpdateClient, Own, [D, Y, D]),
    (Action::UpdateClient, Others, [D, D, D]),
    (Action::UpdateClient, NotFound, [M, M, M]),
    (Action::ReassignClient, Own, [Y, D, D]),
    (Action::ReassignClient, Others, [Y, D, D]),
    (Action::ReassignClient, NotFound, [M, M, M]),
    (Action::DeleteClient, Own, [Y, D, D]),
    (Action::DeleteClient, Others, [Y, D, D]),
    (Action::DeleteClient, NotFound, [M, M, M]),
    (Action::CreateContract, NoRecord, [Y, D, D]),
    (Action::CreateContract, NotFound, [M, D, D]),
    (Action::UpdateContract, Own, [Y, Y, D]),
    (Action::UpdateContract, Others, [Y, D, D]),
    (Action::UpdateContract, NotFound, [M, M, M]),
    (Action::SignContract, Own, [Y, Y, D]),
    (Action::SignContract, Others, [Y, D, D]),
    (Action::SignContract, NotFound, [M, M, M]),
    (Action::UnsignContract, Own, [Y, D, D]),
    (Action::UnsignContract, Others, [Y, D, D]),
    (Action::UnsignContract, NotFound, [M, M, M]),
    (Action::DeleteContract, Own, [Y, D, D]),
    (Action::DeleteContract, Others, [Y, D, D]),
    (Action::DeleteContract, NotFound, [M, M, M]),
    (Action::CreateEvent, Own, [D, Y, D]),
    (Action::CreateEvent, Others, [D, D, D]),
    (Action::CreateEvent, NotFound, [M, M, M]),
    (Action::UpdateEvent, Own, [Y, D, Y]),
    (Action::UpdateEvent, Others, [Y, D, D]),
    (Action::UpdateEvent, Unassigned, [Y, D, D]),
    (Action::UpdateEvent, NotFound, [M, M, M]),
    (Action::AssignSupport, Own, [Y, D, D]),
    (Action::AssignSupport, Others, [Y, D, D]),
    (Action::AssignSupport, Unassigned, [Y, D, D]),
    (Action::AssignSupport, NotFound, [M, M, M]),
    (Action::DeleteEvent, Own, [Y, D, D]),
    (Action::DeleteEvent, Others, [Y, D, D]),
    (Action::DeleteEvent, Unassigned, [Y, D, D]),
    (Action::DeleteEvent, NotFound, [M, M, M]),
    (Action::ExportClientData, Own, [Y, Y, D]),
    (Action::ExportClientData, Others, [Y, D, D]),
    (Action::ExportClientData, NotFound, [M, M, M]),
    (Action::ForgetClient, Own, [Y, D, D]),
    (Action::ForgetClient, Others, [Y, D, D]),
    (Action::ForgetClient, NotFound, [M, D, D]),
    (Action::ForgetEmployee, NoRecord, [Y, D, D]),
    (Action::ForgetEmployee, NotFound, [M, D, D]),
    (Action::OwnAccount, NoRecord, [Y, Y, Y]),
];

pub const MISSING: i64 = 999_999;

/// Picks the record for a case: "own" and "other" are Bill's and Sam's for
/// client and contract records, Kate's and Paul's for events.
pub fn pick(case: Case, own: i64, others: i64, unassigned: Option<i64>) -> i64 {
    match case {
        Own | NoRecord => own,
        Others => others,
        Unassigned => unassigned.expect("this action has no unassigned case"),
        NotFound => MISSING,
    }
}
