//! Reading: every list streams into a sink, in list order.

use chrono::{DateTime, Utc};

use super::records::{AuditRow, Client, Contract, Event, Notification, OutboxEntry};
use super::repository::{
    ClientRepository, ContractRepository, EmployeeRepository, EventRepository, InboxRepository,
    Sink,
};
use super::requests::{
    ListAudit, ListClients, ListContracts, ListEvents, ListNotifications, ListOutbox,
};
use super::{ensure, found};
use crate::Result;
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{ClientId, ContractId, EmployeeId, EventId};

pub async fn list_employees<R: EmployeeRepository>(
    repo: &R,
    actor: &Employee,
    now: DateTime<Utc>,
    sink: Sink<'_, Employee>,
) -> Result<()> {
    ensure(actor, Action::ReadEmployees, Ownership::None)?;
    repo.employees(&mut |employee: Employee| sink(employee.seen_at(now)))
        .await
}

pub async fn show_employee<R: EmployeeRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
    now: DateTime<Utc>,
) -> Result<Employee> {
    ensure(actor, Action::ReadEmployees, Ownership::None)?;
    found(id, repo.employee(id).await?).map(|e| e.seen_at(now))
}

pub async fn audit<R: InboxRepository>(
    repo: &R,
    actor: &Employee,
    request: &ListAudit,
    sink: Sink<'_, AuditRow>,
) -> Result<()> {
    ensure(actor, Action::ReadAudit, Ownership::None)?;
    repo.audit(request, sink).await
}

/// The e-mail outbox (management): what waits, and what was given up on.
pub async fn outbox<R: InboxRepository>(
    repo: &R,
    actor: &Employee,
    request: ListOutbox,
    sink: Sink<'_, OutboxEntry>,
) -> Result<()> {
    ensure(actor, Action::ReadOutbox, Ownership::None)?;
    repo.outbox(request, sink).await
}

/// Only one's own notifications exist for a reader.
pub async fn notifications<R: InboxRepository>(
    repo: &R,
    actor: &Employee,
    request: ListNotifications,
    sink: Sink<'_, Notification>,
) -> Result<()> {
    ensure(actor, Action::OwnAccount, Ownership::Own)?;
    repo.notifications(actor.id, request.unread, sink).await
}

pub async fn list_clients<R: ClientRepository>(
    repo: &R,
    actor: &Employee,
    request: &ListClients,
    sink: Sink<'_, Client>,
) -> Result<()> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.clients(&request.resolve(actor), sink).await
}

pub async fn show_client<R: ClientRepository>(
    repo: &R,
    actor: &Employee,
    id: ClientId,
) -> Result<Client> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    found(id, repo.client(id).await?)
}

pub async fn list_contracts<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    request: &ListContracts,
    sink: Sink<'_, Contract>,
) -> Result<()> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.contracts(&request.resolve(actor), sink).await
}

pub async fn show_contract<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    id: ContractId,
) -> Result<Contract> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    found(id, repo.contract(id).await?)
}

/// `now` is when "upcoming" starts.
pub async fn list_events<R: EventRepository>(
    repo: &R,
    actor: &Employee,
    request: &ListEvents,
    now: DateTime<Utc>,
    sink: Sink<'_, Event>,
) -> Result<()> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    repo.events(&request.resolve(actor, now), sink).await
}

pub async fn show_event<R: EventRepository>(
    repo: &R,
    actor: &Employee,
    id: EventId,
) -> Result<Event> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    found(id, repo.event(id).await?)
}
