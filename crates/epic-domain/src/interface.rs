//! The use cases as a front end calls them, whoever runs them: the store in
//! this process, or a server reached by a client. One method per use case;
//! each front end holds one value of these traits and never asks which.
//!
//! The futures are not `Send`: a command line drives one request at a
//! time, and the server calls the use cases themselves.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::Result;
use crate::auth::{LoginResponse, LogoutScope, SessionInfo};
use crate::crm::imports::{ImportSummary, Sheet};
use crate::crm::names::Name;
use crate::crm::privacy::{ClientData, ForgetInactive};
use crate::crm::records::{
    AuditRow, CalendarFeed, Client, Contract, Event, Notification, NotificationSettings,
    OutboxEntry, UpdatedEvent,
};
use crate::crm::reports::{MonthRow, Period, RevenueRow, UnpaidRow, UpcomingRow};
use crate::crm::{
    ChangeSettings, CreateClient, CreateContract, CreateEmployee, CreateEvent, ListAudit,
    ListClients, ListContracts, ListEvents, ListNotifications, ListOutbox, MarkRead, PayContract,
    SignContract, Sink, UpdateClient, UpdateContract, UpdateEmployee, UpdateEvent,
};
use crate::employee::Employee;
use crate::password::NewPassword;
use crate::schema::SchemaStatus;
use crate::types::{ClientId, ContractId, EmployeeId, EventId};

/// What anyone may ask before logging in.
#[async_trait(?Send)]
pub trait Guest {
    async fn login(&self, email: &str, password: &str) -> Result<LoginResponse>;

    /// The migrations of the database, as `db status` shows them.
    async fn schema(&self) -> Result<SchemaStatus>;

    /// The session of `token`. With `ready`, an employee who must still
    /// change their password is refused now where that can be known now
    /// (a server refuses each request instead).
    async fn open(&self, token: &str, ready: bool) -> Result<Box<dyn Crm + '_>>;
}

/// A new password, asked for only once everything else is accepted.
pub type AskPassword<'a> = &'a mut (dyn FnMut() -> Result<NewPassword> + 'a);

/// What a logged-in employee may ask: everything they may read, and the
/// changes the policy lets them make.
#[async_trait(?Send)]
pub trait Crm {
    /// The employee, when known without asking anyone (for error reports).
    fn known_employee(&self) -> Option<&Employee>;

    async fn whoami(&self) -> Result<SessionInfo>;
    async fn logout(&self, scope: LogoutScope) -> Result<u64>;
    async fn change_password(&self, current: &str, new: NewPassword) -> Result<()>;

    async fn list_employees(&self, sink: Sink<'_, Employee>) -> Result<()>;
    async fn list_clients(&self, request: &ListClients, sink: Sink<'_, Client>) -> Result<()>;
    async fn list_contracts(&self, request: &ListContracts, sink: Sink<'_, Contract>)
    -> Result<()>;
    async fn list_events(&self, request: &ListEvents, sink: Sink<'_, Event>) -> Result<()>;
    async fn notifications(
        &self,
        request: ListNotifications,
        sink: Sink<'_, Notification>,
    ) -> Result<()>;
    async fn audit(&self, request: &ListAudit, sink: Sink<'_, AuditRow>) -> Result<()>;
    async fn outbox(&self, request: ListOutbox, sink: Sink<'_, OutboxEntry>) -> Result<()>;
    async fn unread_notifications(&self) -> Result<u64>;

    async fn show_employee(&self, id: EmployeeId) -> Result<Employee>;
    async fn show_client(&self, id: ClientId) -> Result<Client>;
    async fn show_contract(&self, id: ContractId) -> Result<Contract>;
    async fn show_event(&self, id: EventId) -> Result<Event>;

    async fn revenue(&self, period: Period) -> Result<Vec<RevenueRow>>;
    async fn unpaid(&self) -> Result<Vec<UnpaidRow>>;
    async fn upcoming(&self, days: u32) -> Result<Vec<UpcomingRow>>;
    async fn monthly(&self, period: Period) -> Result<Vec<MonthRow>>;

    /// The id of the one record `name` names.
    async fn resolve(&self, name: &Name) -> Result<i64>;
    /// Whether the policy lets the employee do `verb` to `noun` (`id`).
    async fn can_i(&self, verb: &str, noun: &str, id: Option<i64>) -> Result<bool>;

    async fn create_employee(
        &self,
        request: CreateEmployee,
        password: AskPassword<'_>,
    ) -> Result<Employee>;
    async fn reset_password(&self, id: EmployeeId, password: AskPassword<'_>) -> Result<Employee>;
    async fn update_employee(&self, request: UpdateEmployee) -> Result<Employee>;
    async fn set_active(&self, id: EmployeeId, active: bool) -> Result<Employee>;

    async fn create_client(&self, request: CreateClient) -> Result<Client>;
    async fn update_client(&self, request: UpdateClient) -> Result<Client>;

    async fn create_contract(&self, request: CreateContract) -> Result<Contract>;
    async fn update_contract(&self, request: UpdateContract) -> Result<Contract>;
    async fn pay_contract(&self, request: PayContract) -> Result<Contract>;
    async fn set_signed(&self, request: SignContract) -> Result<Contract>;

    async fn create_event(&self, request: CreateEvent) -> Result<Event>;
    async fn update_event(&self, request: UpdateEvent) -> Result<UpdatedEvent>;

    async fn mark_read(&self, request: MarkRead) -> Result<u64>;
    async fn notification_settings(&self, request: ChangeSettings) -> Result<NotificationSettings>;
    /// A new calendar feed URL's path; `reset` replaces the one there is.
    async fn calendar_url(&self, reset: bool) -> Result<CalendarFeed>;
    async fn import_clients(&self, sheet: Sheet<'_>) -> Result<ImportSummary>;
    async fn import_events(&self, sheet: Sheet<'_>) -> Result<ImportSummary>;

    /// Deletes come in two steps: the record, when the employee may
    /// delete it now (shown before the question), then the delete, which
    /// checks again.
    async fn employee_to_delete(&self, id: EmployeeId) -> Result<Employee>;
    async fn delete_employee(&self, id: EmployeeId) -> Result<()>;
    async fn client_to_delete(&self, id: ClientId) -> Result<Client>;
    async fn delete_client(&self, id: ClientId) -> Result<()>;
    async fn contract_to_delete(&self, id: ContractId) -> Result<Contract>;
    async fn delete_contract(&self, id: ContractId) -> Result<()>;
    async fn event_to_delete(&self, id: EventId) -> Result<Event>;
    async fn delete_event(&self, id: EventId) -> Result<()>;

    /// Personal data: what is held about a client, and forgetting people
    /// (in two steps, like deletes).
    async fn export_client_data(&self, id: ClientId) -> Result<ClientData>;
    async fn client_to_forget(&self, id: ClientId) -> Result<Client>;
    async fn forget_client(&self, id: ClientId) -> Result<()>;
    async fn inactive_prospects(&self, before: DateTime<Utc>) -> Result<Vec<Client>>;
    /// How many were forgotten.
    async fn forget_inactive(&self, request: ForgetInactive) -> Result<u64>;
    async fn employee_to_forget(&self, id: EmployeeId) -> Result<Employee>;
    async fn forget_employee(&self, id: EmployeeId) -> Result<()>;
}
