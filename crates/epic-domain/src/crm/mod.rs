//! The CRM use cases: each takes the acting employee, asks the policy,
//! validates, and writes through a guarded repository call.

pub mod calendar;
mod clients;
mod contracts;
mod employees;
mod events;
pub mod imports;
pub mod names;
pub mod notice;
mod notifications;
pub mod privacy;
mod reads;
pub mod records;
pub mod reports;
pub mod repository;
pub mod requests;

pub use repository::{
    AuditFilter, ClientRepository, ClientValues, ContractRepository, ContractValues, CrmRepository,
    EmployeeRepository, EmployeeValues, EventRepository, EventValues, Guard, InboxRepository,
    LabelKind, NewEvent, PrivacyRepository, Progress, Sink, push_into,
};
pub use requests::*;

use crate::employee::Employee;
use crate::policy::{self, Action, Ownership};
use crate::types::{ClientId, ContractId, Department, EmployeeId, EventId};
use crate::{Error, Message, Result, keys};
use records::Aggregate;

pub use clients::{client_to_delete, create_client, delete_client, update_client};
pub use contracts::{
    contract_to_delete, create_contract, delete_contract, pay_contract, set_signed, update_contract,
};
pub use employees::{
    create_employee, delete_employee, employee_to_delete, reset_password, set_active,
    update_employee,
};
pub use events::{create_event, delete_event, event_to_delete, update_event};
pub use notifications::{Reminder, due_reminders, mark_read, notification_settings};
pub use reads::{
    audit, list_clients, list_contracts, list_employees, list_events, notifications, outbox,
    show_client, show_contract, show_employee, show_event,
};

/// Refuses with a message naming what was refused.
pub fn ensure(actor: &Employee, action: Action, ownership: Ownership) -> Result<()> {
    if policy::allows(actor.department, action, ownership) {
        Ok(())
    } else {
        Err(Error::PermissionDenied(
            Message::new(keys::MAY_NOT)
                .arg("name", &actor.full_name)
                .arg("department", actor.department)
                .arg("action", action.name()),
        ))
    }
}

/// A backup or a copy carries every secret of the company (password
/// hashes, the signing key): only management takes one.
pub fn ensure_may_copy_database(actor: &Employee) -> Result<()> {
    if policy::copies_database(actor.department) {
        Ok(())
    } else {
        Err(Error::PermissionDenied(
            Message::new(keys::MAY_NOT_COPY)
                .arg("name", &actor.full_name)
                .arg("department", actor.department),
        ))
    }
}

/// Sales own a record through its sales contact.
fn sales_ownership(actor: &Employee, sales_contact: EmployeeId) -> Ownership {
    if sales_contact == actor.id {
        Ownership::Own
    } else {
        Ownership::Others
    }
}

/// Support own an event by being its support contact.
fn support_ownership(actor: &Employee, event: &records::Event) -> Ownership {
    match event.support_contact_id {
        None => Ownership::Unassigned,
        Some(id) if id == actor.id => Ownership::Own,
        Some(_) => Ownership::Others,
    }
}

/// Management acts on any record; anyone else only on their own, and the
/// write checks it again.
fn guard(actor: &Employee, version: i64) -> Guard {
    Guard {
        version,
        owner: (actor.department != Department::Management).then_some(actor.id),
    }
}

/// Whether `actor` may still write a record whose owner is `owner`.
fn still_owner(actor: &Employee, owner: Option<EmployeeId>) -> bool {
    actor.department == Department::Management || owner == Some(actor.id)
}

/// The record a guarded write returned or, when it changed nothing, why,
/// from a fresh read.
async fn written<T: Aggregate>(
    id: impl std::fmt::Display,
    outcome: Option<T>,
    reread: impl Future<Output = Result<Option<T>>>,
    actor: &Employee,
) -> Result<T> {
    if let Some(record) = outcome {
        return Ok(record);
    }
    let (entity, id) = (T::NAME, id.to_string());
    Err(match reread.await? {
        None => Error::not_found(entity, id),
        Some(current) if !still_owner(actor, current.owner()) => Error::PermissionDenied(
            Message::new(keys::REASSIGNED_MEANWHILE)
                .arg("entity", entity)
                .arg("id", id),
        ),
        Some(_) => Error::Stale(
            Message::new(keys::CHANGED_MEANWHILE)
                .arg("entity", entity)
                .arg("id", id),
        ),
    })
}

/// The record, or not found, naming its kind and `id`.
fn found<T: Aggregate>(id: impl std::fmt::Display, record: Option<T>) -> Result<T> {
    record.ok_or_else(|| Error::not_found(T::NAME, id))
}

/// `--if-version`, when given, must match what is stored now.
fn check_version<T: Aggregate>(current: &T, expected: Option<i64>) -> Result<i64> {
    let stored = current.version();
    match expected {
        Some(v) if v != stored => Err(Error::Stale(
            Message::new(keys::VERSION_MISMATCH)
                .arg("entity", T::NAME)
                .arg("id", current.id())
                .arg("stored", stored)
                .arg("given", v),
        )),
        Some(v) => Ok(v),
        None => Ok(stored),
    }
}

/// `epic auth can-i VERB NOUN [ID]`: the same policy the commands use, with
/// ownership read from the record when an id is given.
pub async fn can_i<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    verb: &str,
    noun: &str,
    id: Option<i64>,
) -> Result<bool> {
    let action = policy::action_for(noun, verb).ok_or_else(|| {
        Error::invalid(
            "command",
            Message::new(keys::NOT_A_COMMAND)
                .typed("noun", noun)
                .typed("verb", verb),
        )
    })?;
    let ownership = match (noun, id) {
        (_, None) | ("employee" | "audit" | "notification", _) => Ownership::None,
        ("client", Some(id)) => sales_ownership(
            actor,
            repo.client(ClientId(id))
                .await?
                .ok_or_else(|| Error::not_found("client", id))?
                .sales_contact_id,
        ),
        ("contract", Some(id)) => sales_ownership(
            actor,
            repo.contract(ContractId(id))
                .await?
                .ok_or_else(|| Error::not_found("contract", id))?
                .sales_contact_id,
        ),
        // Creating an event names the contract it is for.
        ("event", Some(id)) if action == Action::CreateEvent => sales_ownership(
            actor,
            repo.contract(ContractId(id))
                .await?
                .ok_or_else(|| Error::not_found("contract", id))?
                .sales_contact_id,
        ),
        ("event", Some(id)) => {
            let event = repo
                .event(EventId(id))
                .await?
                .ok_or_else(|| Error::not_found("event", id))?;
            support_ownership(actor, &event)
        }
        _ => Ownership::None,
    };
    Ok(policy::allows(actor.department, action, ownership))
}

/// Ids and names of the records the actor may read, for completion.
pub async fn labels<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    kind: LabelKind,
) -> Result<Vec<(i64, String)>> {
    // The names of a department's staff are on the records everyone reads
    // (sales and support contacts); the whole staff list is management's.
    let action = if kind == LabelKind::Employee(None) {
        Action::ReadEmployees
    } else {
        Action::ReadRecords
    };
    ensure(actor, action, Ownership::None)?;
    repo.labels(kind).await
}
