use std::future::Future;
use std::ops::ControlFlow;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::records::{
    AuditRow, Client, Contract, Event, Notification, NotificationSettings, OutboxEntry, Trail,
};
use super::requests::{ListClients, ListContracts, ListEvents, ListOutbox};
use crate::Result;
use crate::employee::{Employee, NewEmployee};
use crate::types::{
    ClientId, ContractId, Department, Email, EmployeeId, EventId, FullName, Money, NotificationId,
};

/// The condition a write must still meet when it happens: the version the
/// use case read, and for sales or support, that they still own the record.
/// A write whose guard fails changes nothing and returns `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guard {
    pub version: i64,
    pub owner: Option<EmployeeId>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct AuditFilter {
    pub entity: Option<String>,
    pub entity_id: Option<i64>,
    pub actor: Option<EmployeeId>,
    /// Only changes made at or after this time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<DateTime<Utc>>,
    /// At most this many rows, the newest (the list is newest first). A
    /// 32-bit count: any larger would not fit the databases' signed LIMIT.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

pub use super::clients::ClientValues;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContractValues {
    pub total: Money,
    pub due: Money,
    pub signed_at: Option<DateTime<Utc>>,
}

/// A new event: its contract and, for sales, the owner the contract must
/// still have when it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub contract: ContractId,
    pub owner: Option<EmployeeId>,
    pub values: EventValues,
}

pub use super::events::EventValues;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployeeValues {
    pub full_name: FullName,
    pub email: Email,
    pub department: Department,
}

/// Takes listed records one at a time, so a list of any length is never
/// held in memory; `Break` stops the listing (the reader went away).
pub type Sink<'a, T> = &'a mut (dyn FnMut(T) -> ControlFlow<()> + Send);

/// A sink that keeps every record, for callers that need them all at once.
pub fn push_into<T: Send>(all: &mut Vec<T>) -> impl FnMut(T) -> ControlFlow<()> + Send + '_ {
    |record| {
        all.push(record);
        ControlFlow::Continue(())
    }
}

/// Told how many rows an import has written so far, to show progress.
pub type Progress<'a> = &'a (dyn Fn(usize) + Sync);

/// What a label names, for shell completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// Employees, or those of one department.
    Employee(Option<Department>),
    Client,
    Contract,
    Event,
}

/// Staff accounts. Writes refuse (conflict) to leave no active management
/// employee.
pub trait EmployeeRepository: Send + Sync {
    fn employees(&self, sink: Sink<'_, Employee>) -> impl Future<Output = Result<()>> + Send;
    fn employee(&self, id: EmployeeId) -> impl Future<Output = Result<Option<Employee>>> + Send;
    fn create_employee(
        &self,
        new: NewEmployee,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Employee>> + Send;
    fn update_employee(
        &self,
        id: EmployeeId,
        guard: Guard,
        values: EmployeeValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<Employee>>> + Send;
    /// Also ends the employee's sessions when deactivating.
    fn set_employee_active(
        &self,
        id: EmployeeId,
        active: bool,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<Employee>>> + Send;
    /// Refuses (conflict) while the employee is anyone's contact.
    fn delete_employee(
        &self,
        id: EmployeeId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<bool>> + Send;
    /// New hash, must change it at next login, every session ended.
    fn reset_password(
        &self,
        id: EmployeeId,
        hash: String,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<Employee>>> + Send;
}

pub trait ClientRepository: Send + Sync {
    /// `filter` as `resolve` left it: `mine` and `upcoming` are not read.
    fn clients(
        &self,
        filter: &ListClients,
        sink: Sink<'_, Client>,
    ) -> impl Future<Output = Result<()>> + Send;
    fn client(&self, id: ClientId) -> impl Future<Output = Result<Option<Client>>> + Send;
    fn create_client(
        &self,
        new: ClientValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Client>> + Send;
    /// A new sales contact moves the client's contracts along.
    fn update_client(
        &self,
        id: ClientId,
        guard: Guard,
        values: ClientValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<Client>>> + Send;
    /// Refuses (conflict) while the client has contracts.
    fn delete_client(
        &self,
        id: ClientId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<bool>> + Send;
    /// All the clients in one transaction; their ids, in order.
    fn import_clients(
        &self,
        clients: Vec<(ClientValues, Trail)>,
        now: DateTime<Utc>,
        progress: Progress<'_>,
    ) -> impl Future<Output = Result<Vec<ClientId>>> + Send;
}

pub trait ContractRepository: Send + Sync {
    /// `filter` as `resolve` left it: `mine` and `upcoming` are not read.
    fn contracts(
        &self,
        filter: &ListContracts,
        sink: Sink<'_, Contract>,
    ) -> impl Future<Output = Result<()>> + Send;
    fn contract(&self, id: ContractId) -> impl Future<Output = Result<Option<Contract>>> + Send;
    /// The sales contact is the client's, read in the same transaction.
    fn create_contract(
        &self,
        client: ClientId,
        values: ContractValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<Contract>>> + Send;
    fn update_contract(
        &self,
        id: ContractId,
        guard: Guard,
        values: ContractValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<Contract>>> + Send;
    /// Refuses (conflict) while the contract has events.
    fn delete_contract(
        &self,
        id: ContractId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<bool>> + Send;
}

pub trait EventRepository: Send + Sync {
    /// `filter` as `resolve` left it: `mine` and `upcoming` are not read.
    fn events(
        &self,
        filter: &ListEvents,
        sink: Sink<'_, Event>,
    ) -> impl Future<Output = Result<()>> + Send;
    fn event(&self, id: EventId) -> impl Future<Output = Result<Option<Event>>> + Send;
    /// The contract must still be signed and, when `owner` is set, still
    /// belong to that sales employee; otherwise nothing is written.
    fn create_event(
        &self,
        new: NewEvent,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<Event>>> + Send;
    /// With `free`, the write also needs the support contact to be at no
    /// other event at that time when it happens; two such writes for one
    /// person take turns.
    fn update_event(
        &self,
        id: EventId,
        guard: Guard,
        free: bool,
        values: EventValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<Event>>> + Send;
    fn delete_event(
        &self,
        id: EventId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<bool>> + Send;
    /// All the events in one transaction, each guarded like `create_event`;
    /// `None` (and nothing written) if any guard fails.
    fn import_events(
        &self,
        events: Vec<(NewEvent, Trail)>,
        now: DateTime<Utc>,
        progress: Progress<'_>,
    ) -> impl Future<Output = Result<Option<Vec<EventId>>>> + Send;
}

/// Each employee's notifications, the audit log, and labels for completion.
pub trait InboxRepository: Send + Sync {
    fn notifications(
        &self,
        employee: EmployeeId,
        unread_only: bool,
        sink: Sink<'_, Notification>,
    ) -> impl Future<Output = Result<()>> + Send;
    fn unread_notifications(
        &self,
        employee: EmployeeId,
    ) -> impl Future<Output = Result<u64>> + Send;
    /// `None` marks all of them. Returns how many changed.
    fn mark_read(
        &self,
        employee: EmployeeId,
        id: Option<NotificationId>,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<u64>> + Send;
    /// The defaults for an employee who never set theirs.
    fn notification_settings(
        &self,
        employee: EmployeeId,
    ) -> impl Future<Output = Result<NotificationSettings>> + Send;
    fn set_notification_settings(
        &self,
        employee: EmployeeId,
        settings: NotificationSettings,
    ) -> impl Future<Output = Result<()>> + Send;
    /// Replaces `employee`'s calendar token (by its hash).
    fn set_calendar_token(
        &self,
        employee: EmployeeId,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<()>> + Send;
    fn has_calendar(&self, employee: EmployeeId) -> impl Future<Output = Result<bool>> + Send;
    /// Whose calendar token hashes to this.
    fn calendar_owner(
        &self,
        token_hash: &str,
    ) -> impl Future<Output = Result<Option<EmployeeId>>> + Send;
    fn audit(
        &self,
        filter: &AuditFilter,
        sink: Sink<'_, AuditRow>,
    ) -> impl Future<Output = Result<()>> + Send;
    fn outbox(
        &self,
        request: ListOutbox,
        sink: Sink<'_, OutboxEntry>,
    ) -> impl Future<Output = Result<()>> + Send;
    /// Every record's id with a short name, cheaply, for completion.
    fn labels(&self, kind: LabelKind) -> impl Future<Output = Result<Vec<(i64, String)>>> + Send;
}

/// Personal data: what is held about a person, and forgetting them.
pub trait PrivacyRepository: Send + Sync {
    /// Every employee's notifications about these events, oldest first.
    fn notifications_about(
        &self,
        events: &[EventId],
    ) -> impl Future<Output = Result<Vec<Notification>>> + Send;
    /// Clients without contracts last changed before `before`, oldest first.
    fn inactive_prospects(
        &self,
        before: DateTime<Utc>,
    ) -> impl Future<Output = Result<Vec<Client>>> + Send;
    /// One transaction: each client's personal values, and those of its
    /// events, become neutral text everywhere they are held (records,
    /// search keys, notifications, e-mails, audit values), with the
    /// client's `Trail`. With `inactive_before`, every client must still
    /// be a prospect last changed before then (a conflict otherwise, and
    /// nothing is forgotten). A missing client is not found.
    fn forget_clients(
        &self,
        clients: Vec<(ClientId, Trail)>,
        inactive_before: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<()>> + Send;
    /// The same for an employee who is still inactive when it happens;
    /// `false` (nothing written) otherwise.
    fn forget_employee(
        &self,
        id: EmployeeId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<bool>> + Send;
}

/// All of the CRM's storage; each write method is one transaction that
/// also writes the audit row and notifications its `Trail` carries.
pub trait CrmRepository:
    EmployeeRepository
    + ClientRepository
    + ContractRepository
    + EventRepository
    + InboxRepository
    + PrivacyRepository
{
}

impl<T> CrmRepository for T where
    T: EmployeeRepository
        + ClientRepository
        + ContractRepository
        + EventRepository
        + InboxRepository
        + PrivacyRepository
{
}
