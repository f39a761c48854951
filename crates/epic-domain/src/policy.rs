//! Who may do what: one pure function over (department, action, ownership),
//! deny by default. Use cases ask it before every change, and the store
//! repeats the ownership condition inside the write itself.

use std::fmt;

use crate::types::Department;
use crate::{Message, keys};

/// Everything an employee can ask `epic` to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// List or show clients, contracts and events.
    ReadRecords,
    /// List or show employees.
    ReadEmployees,
    ReadAudit,
    /// List the e-mail outbox.
    ReadOutbox,
    CreateEmployee,
    UpdateEmployee,
    DeactivateEmployee,
    DeleteEmployee,
    ResetPassword,
    CreateClient,
    UpdateClient,
    ReassignClient,
    DeleteClient,
    CreateContract,
    /// Change total or amount due, or record a payment.
    UpdateContract,
    SignContract,
    UnsignContract,
    DeleteContract,
    CreateEvent,
    /// Name, dates, location, attendees, notes.
    UpdateEvent,
    /// Assign, change or remove the support contact.
    AssignSupport,
    DeleteEvent,
    /// Everything held about a client, as one document (RGPD art. 15).
    ExportClientData,
    /// Erase a client's personal data for good (RGPD art. 17).
    ForgetClient,
    /// Erase a former employee's personal data for good.
    ForgetEmployee,
    /// Read and mark one's own notifications, change one's own password.
    OwnAccount,
}

impl Action {
    pub const ALL: [Self; 26] = [
        Self::ReadRecords,
        Self::ReadEmployees,
        Self::ReadAudit,
        Self::ReadOutbox,
        Self::CreateEmployee,
        Self::UpdateEmployee,
        Self::DeactivateEmployee,
        Self::DeleteEmployee,
        Self::ResetPassword,
        Self::CreateClient,
        Self::UpdateClient,
        Self::ReassignClient,
        Self::DeleteClient,
        Self::CreateContract,
        Self::UpdateContract,
        Self::SignContract,
        Self::UnsignContract,
        Self::DeleteContract,
        Self::CreateEvent,
        Self::UpdateEvent,
        Self::AssignSupport,
        Self::DeleteEvent,
        Self::ExportClientData,
        Self::ForgetClient,
        Self::ForgetEmployee,
        Self::OwnAccount,
    ];
}

impl Action {
    /// The action's name in the catalogues' `action` message.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::ReadRecords => "read-records",
            Self::ReadEmployees => "read-employees",
            Self::ReadAudit => "read-audit",
            Self::ReadOutbox => "read-outbox",
            Self::CreateEmployee => "create-employee",
            Self::UpdateEmployee => "update-employee",
            Self::DeactivateEmployee => "deactivate-employee",
            Self::DeleteEmployee => "delete-employee",
            Self::ResetPassword => "reset-password",
            Self::CreateClient => "create-client",
            Self::UpdateClient => "update-client",
            Self::ReassignClient => "reassign-client",
            Self::DeleteClient => "delete-client",
            Self::CreateContract => "create-contract",
            Self::UpdateContract => "update-contract",
            Self::SignContract => "sign-contract",
            Self::UnsignContract => "unsign-contract",
            Self::DeleteContract => "delete-contract",
            Self::CreateEvent => "create-event",
            Self::UpdateEvent => "update-event",
            Self::AssignSupport => "assign-support",
            Self::DeleteEvent => "delete-event",
            Self::ExportClientData => "export-client-data",
            Self::ForgetClient => "forget-client",
            Self::ForgetEmployee => "forget-employee",
            Self::OwnAccount => "own-account",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Message::new(keys::ACTION).arg("action", self.name()).fmt(f)
    }
}

/// The action behind each `epic NOUN VERB` that reads or changes CRM data,
/// so `auth can-i` and the commands answer from the same table. `None`: no
/// such command.
pub fn action_for(noun: &str, verb: &str) -> Option<Action> {
    use Action as A;
    Some(match (noun, verb) {
        ("client" | "contract" | "event", "list" | "show") | ("report", _) => A::ReadRecords,
        ("employee", "list" | "show") => A::ReadEmployees,
        ("employee", "create") => A::CreateEmployee,
        ("employee", "update") => A::UpdateEmployee,
        ("employee", "deactivate" | "reactivate") => A::DeactivateEmployee,
        ("employee", "delete") => A::DeleteEmployee,
        ("employee", "reset-password") => A::ResetPassword,
        ("employee", "forget") => A::ForgetEmployee,
        ("client", "export-data") => A::ExportClientData,
        ("client", "forget") => A::ForgetClient,
        ("client", "create" | "import") => A::CreateClient,
        ("client", "update") => A::UpdateClient,
        ("client", "reassign") => A::ReassignClient,
        ("client", "delete") => A::DeleteClient,
        ("contract", "create") => A::CreateContract,
        ("contract", "update" | "pay") => A::UpdateContract,
        ("contract", "sign") => A::SignContract,
        ("contract", "unsign") => A::UnsignContract,
        ("contract", "delete") => A::DeleteContract,
        ("event", "create" | "import") => A::CreateEvent,
        ("event", "update") => A::UpdateEvent,
        ("event", "assign") => A::AssignSupport,
        ("event", "delete") => A::DeleteEvent,
        ("audit", "list") => A::ReadAudit,
        ("notification", "outbox") => A::ReadOutbox,
        ("notification", "list" | "read" | "settings")
        | ("calendar", "url")
        | ("password", "change") => A::OwnAccount,
        _ => return None,
    })
}

/// How the acting employee relates to the record acted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ownership {
    /// No particular record (create, list) or ownership does not matter.
    None,
    /// Sales: the record belongs to one of their clients. Support: the event
    /// is assigned to them.
    Own,
    /// Someone else's record.
    Others,
    /// An event with no support contact yet.
    Unassigned,
}

impl Ownership {
    pub const ALL: [Self; 4] = [Self::None, Self::Own, Self::Others, Self::Unassigned];
}

/// The product's permission matrix (SPEC section 3). Anything not listed is
/// denied.
pub fn allows(department: Department, action: Action, ownership: Ownership) -> bool {
    use Action as A;
    use Department::{Management, Sales, Support};
    use Ownership as O;
    match (department, action) {
        (_, A::ReadRecords | A::OwnAccount) => true,
        (
            Management,
            A::ReadEmployees
            | A::ReadAudit
            | A::ReadOutbox
            | A::CreateEmployee
            | A::UpdateEmployee
            | A::DeactivateEmployee
            | A::DeleteEmployee
            | A::ResetPassword
            | A::ReassignClient
            | A::DeleteClient
            | A::CreateContract
            | A::UpdateContract
            | A::SignContract
            | A::UnsignContract
            | A::DeleteContract
            | A::UpdateEvent
            | A::AssignSupport
            | A::DeleteEvent
            | A::ExportClientData
            | A::ForgetClient
            | A::ForgetEmployee,
        ) => true,
        (Sales, A::CreateClient) => true,
        (
            Sales,
            A::UpdateClient
            | A::ExportClientData
            | A::UpdateContract
            | A::SignContract
            | A::CreateEvent,
        ) => ownership == O::Own,
        (Support, A::UpdateEvent) => ownership == O::Own,
        _ => false,
    }
}

/// Backups and copies of the whole database (`epic db backup`, `db copy`):
/// outside the CRM matrix, since the database file or URL is itself the
/// permission; a session, when there is one, must be management's.
pub fn copies_database(department: Department) -> bool {
    department == Department::Management
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn support_never_touches_clients_or_contracts() {
        for action in [
            Action::CreateClient,
            Action::UpdateClient,
            Action::UpdateContract,
            Action::SignContract,
        ] {
            for ownership in Ownership::ALL {
                assert!(
                    !allows(Department::Support, action, ownership),
                    "{action:?} {ownership:?}"
                );
            }
        }
    }

    #[test]
    fn sales_need_ownership_for_their_writes() {
        assert!(allows(
            Department::Sales,
            Action::SignContract,
            Ownership::Own
        ));
        assert!(!allows(
            Department::Sales,
            Action::SignContract,
            Ownership::Others
        ));
        assert!(!allows(
            Department::Sales,
            Action::UnsignContract,
            Ownership::Own
        ));
    }
}
