use chrono::{DateTime, Utc};

use super::ensure;
use super::records::{AuditRow, Client, Contract, Event, Notification};
use super::repository::{
    AuditFilter, ClientFilter, ContractFilter, CrmRepository, EventFilter, Sink,
};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::EmployeeId;
use crate::{Error, Result};

pub async fn list_employees<R: CrmRepository>(repo: &R, actor: &Employee) -> Result<Vec<Employee>> {
    ensure(actor, Action::ReadEmployees, Ownership::None)?;
    repo.employees().await
}

pub async fn show_employee<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
) -> Result<Employee> {
    ensure(actor, Action::ReadEmployees, Ownership::None)?;
    repo.employee(id)
        .await?
        .ok_or_else(|| Error::not_found("employee", id))
}

pub async fn audit<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    filter: &AuditFilter,
) -> Result<Vec<AuditRow>> {
    ensure(actor, Action::ReadAudit, Ownership::None)?;
    repo.audit(filter).await
}

/// Only one's own notifications exist for a reader.
pub async fn notifications<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    unread_only: bool,
) -> Result<Vec<Notification>> {
    ensure(actor, Action::OwnAccount, Ownership::Own)?;
    repo.notifications(actor.id, unread_only).await
}

/// `None` marks them all. Someone else's notification is "not found".
pub async fn mark_read<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<u64> {
    ensure(actor, Action::OwnAccount, Ownership::Own)?;
    let changed = repo.mark_read(actor.id, id, now).await?;
    match id {
        Some(id) if changed == 0 => Err(Error::not_found("unread notification", id)),
        _ => Ok(changed),
    }
}

/// Streams the clients matching `filter` into `sink`, in list order.
pub async fn list_clients<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    filter: &ClientFilter,
    sink: Sink<'_, Client>,
) -> Result<()> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.clients(filter, sink).await
}

pub async fn show_client<R: CrmRepository>(repo: &R, actor: &Employee, id: i64) -> Result<Client> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.client(id)
        .await?
        .ok_or_else(|| Error::not_found("client", id))
}

/// Streams the contracts matching `filter` into `sink`, in list order.
pub async fn list_contracts<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    filter: &ContractFilter,
    sink: Sink<'_, Contract>,
) -> Result<()> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.contracts(filter, sink).await
}

pub async fn show_contract<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
) -> Result<Contract> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.contract(id)
        .await?
        .ok_or_else(|| Error::not_found("contract", id))
}

/// Streams the events matching `filter` into `sink`, in list order.
pub async fn list_events<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    filter: &EventFilter,
    sink: Sink<'_, Event>,
) -> Result<()> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.events(filter, sink).await
}

pub async fn show_event<R: CrmRepository>(repo: &R, actor: &Employee, id: i64) -> Result<Event> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.event(id)
        .await?
        .ok_or_else(|| Error::not_found("event", id))
}
