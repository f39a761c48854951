//! The use cases on this store, in this process: the seam's local side.
//! Each method hands the use case the store, the actor, the password
//! hasher and the clock, and nothing else.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use epic_domain::auth::{
    self, Authenticated, LockoutPolicy, LoginResponse, LogoutScope, SessionInfo,
};
use epic_domain::crm::imports::{self, ImportSummary, Sheet};
use epic_domain::crm::names::{self, Name};
use epic_domain::crm::privacy::{self, ClientData, ForgetInactive};
use epic_domain::crm::records::{
    AuditRow, CalendarFeed, Client, Contract, Event, Notification, NotificationSettings,
    OutboxEntry, UpdatedEvent,
};
use epic_domain::crm::reports::{self, MonthRow, Period, RevenueRow, UnpaidRow, UpcomingRow};
use epic_domain::crm::{
    self, ChangeSettings, CreateClient, CreateContract, CreateEmployee, CreateEvent,
    InboxRepository, ListAudit, ListClients, ListContracts, ListEvents, ListNotifications,
    ListOutbox, MarkRead, PayContract, SignContract, Sink, UpdateClient, UpdateContract,
    UpdateEmployee, UpdateEvent,
};
use epic_domain::employee::Employee;
use epic_domain::interface::{AskPassword, Crm, Guest};
use epic_domain::password::NewPassword;
use epic_domain::schema::SchemaStatus;
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use epic_domain::{Clock, Result, SystemClock};

use crate::{BlockingHasher, Store};

#[async_trait(?Send)]
impl Guest for Store {
    async fn login(&self, email: &str, password: &str) -> Result<LoginResponse> {
        let policy = LockoutPolicy::default();
        auth::login(self, &BlockingHasher, &SystemClock, policy, email, password)
            .await
            .map(LoginResponse::from)
    }

    async fn schema(&self) -> Result<SchemaStatus> {
        crate::schema::status(self).await
    }

    async fn open(&self, token: &str, ready: bool) -> Result<Box<dyn Crm + '_>> {
        let who = auth::authenticate(self, &SystemClock, token).await?;
        if ready {
            who.require_ready()?;
        }
        Ok(Box::new(Local { store: self, who }))
    }
}

/// A logged-in employee's session on this store.
#[derive(Debug)]
pub struct Local<'a> {
    store: &'a Store,
    who: Authenticated,
}

impl Local<'_> {
    /// The acting employee, who must have chosen their own password.
    fn actor(&self) -> Result<&Employee> {
        self.who.require_ready()
    }
}

fn now() -> DateTime<Utc> {
    SystemClock.now()
}

#[async_trait(?Send)]
impl Crm for Local<'_> {
    fn known_employee(&self) -> Option<&Employee> {
        Some(&self.who.employee)
    }

    async fn whoami(&self) -> Result<SessionInfo> {
        Ok(self.who.info())
    }

    async fn logout(&self, scope: LogoutScope) -> Result<u64> {
        auth::logout(self.store, &SystemClock, &self.who, scope).await
    }

    async fn change_password(&self, current: &str, new: NewPassword) -> Result<()> {
        let hasher = &BlockingHasher;
        auth::change_password(self.store, hasher, &SystemClock, &self.who, current, new).await
    }

    async fn list_employees(&self, sink: Sink<'_, Employee>) -> Result<()> {
        crm::list_employees(self.store, self.actor()?, now(), sink).await
    }

    async fn list_clients(&self, request: &ListClients, sink: Sink<'_, Client>) -> Result<()> {
        crm::list_clients(self.store, self.actor()?, request, sink).await
    }

    async fn list_contracts(
        &self,
        request: &ListContracts,
        sink: Sink<'_, Contract>,
    ) -> Result<()> {
        crm::list_contracts(self.store, self.actor()?, request, sink).await
    }

    async fn list_events(&self, request: &ListEvents, sink: Sink<'_, Event>) -> Result<()> {
        crm::list_events(self.store, self.actor()?, request, now(), sink).await
    }

    async fn notifications(
        &self,
        request: ListNotifications,
        sink: Sink<'_, Notification>,
    ) -> Result<()> {
        crm::notifications(self.store, self.actor()?, request, sink).await
    }

    async fn audit(&self, request: &ListAudit, sink: Sink<'_, AuditRow>) -> Result<()> {
        crm::audit(self.store, self.actor()?, request, sink).await
    }

    async fn outbox(&self, request: ListOutbox, sink: Sink<'_, OutboxEntry>) -> Result<()> {
        crm::outbox(self.store, self.actor()?, request, sink).await
    }

    async fn unread_notifications(&self) -> Result<u64> {
        self.store.unread_notifications(self.actor()?.id).await
    }

    async fn show_employee(&self, id: EmployeeId) -> Result<Employee> {
        crm::show_employee(self.store, self.actor()?, id, now()).await
    }

    async fn show_client(&self, id: ClientId) -> Result<Client> {
        crm::show_client(self.store, self.actor()?, id).await
    }

    async fn show_contract(&self, id: ContractId) -> Result<Contract> {
        crm::show_contract(self.store, self.actor()?, id).await
    }

    async fn show_event(&self, id: EventId) -> Result<Event> {
        crm::show_event(self.store, self.actor()?, id).await
    }

    async fn revenue(&self, period: Period) -> Result<Vec<RevenueRow>> {
        reports::revenue(self.store, self.actor()?, period, now()).await
    }

    async fn unpaid(&self) -> Result<Vec<UnpaidRow>> {
        reports::unpaid(self.store, self.actor()?, now()).await
    }

    async fn upcoming(&self, days: u32) -> Result<Vec<UpcomingRow>> {
        reports::upcoming(self.store, self.actor()?, now(), days).await
    }

    async fn monthly(&self, period: Period) -> Result<Vec<MonthRow>> {
        reports::monthly(self.store, self.actor()?, period, now()).await
    }

    async fn resolve(&self, name: &Name) -> Result<i64> {
        names::resolve(self.store, self.actor()?, name).await
    }

    async fn can_i(&self, verb: &str, noun: &str, id: Option<i64>) -> Result<bool> {
        crm::can_i(self.store, self.actor()?, verb, noun, id).await
    }

    async fn create_employee(
        &self,
        request: CreateEmployee,
        password: AskPassword<'_>,
    ) -> Result<Employee> {
        let (store, actor) = (self.store, self.actor()?);
        crm::create_employee(store, &BlockingHasher, actor, request, password, now()).await
    }

    async fn reset_password(&self, id: EmployeeId, password: AskPassword<'_>) -> Result<Employee> {
        let (store, actor) = (self.store, self.actor()?);
        crm::reset_password(store, &BlockingHasher, actor, id, password, now()).await
    }

    async fn update_employee(&self, request: UpdateEmployee) -> Result<Employee> {
        crm::update_employee(self.store, self.actor()?, request, now()).await
    }

    async fn set_active(&self, id: EmployeeId, active: bool) -> Result<Employee> {
        crm::set_active(self.store, self.actor()?, id, active, now()).await
    }

    async fn create_client(&self, request: CreateClient) -> Result<Client> {
        crm::create_client(self.store, self.actor()?, request, now()).await
    }

    async fn update_client(&self, request: UpdateClient) -> Result<Client> {
        crm::update_client(self.store, self.actor()?, request, now()).await
    }

    async fn create_contract(&self, request: CreateContract) -> Result<Contract> {
        crm::create_contract(self.store, self.actor()?, request, now()).await
    }

    async fn update_contract(&self, request: UpdateContract) -> Result<Contract> {
        crm::update_contract(self.store, self.actor()?, request, now()).await
    }

    async fn pay_contract(&self, request: PayContract) -> Result<Contract> {
        crm::pay_contract(self.store, self.actor()?, request, now()).await
    }

    async fn set_signed(&self, request: SignContract) -> Result<Contract> {
        crm::set_signed(self.store, self.actor()?, request, now()).await
    }

    async fn create_event(&self, request: CreateEvent) -> Result<Event> {
        crm::create_event(self.store, self.actor()?, request, now()).await
    }

    async fn update_event(&self, request: UpdateEvent) -> Result<UpdatedEvent> {
        crm::update_event(self.store, self.actor()?, request, now()).await
    }

    async fn mark_read(&self, request: MarkRead) -> Result<u64> {
        crm::mark_read(self.store, self.actor()?, request, now()).await
    }

    async fn notification_settings(&self, request: ChangeSettings) -> Result<NotificationSettings> {
        crm::notification_settings(self.store, self.actor()?, request).await
    }

    async fn calendar_url(&self, reset: bool) -> Result<CalendarFeed> {
        crm::calendar::calendar_url(self.store, self.actor()?, reset, now()).await
    }

    async fn import_clients(&self, sheet: Sheet<'_>) -> Result<ImportSummary> {
        imports::import_clients(self.store, self.actor()?, sheet, now()).await
    }

    async fn import_events(&self, sheet: Sheet<'_>) -> Result<ImportSummary> {
        imports::import_events(self.store, self.actor()?, sheet, now()).await
    }

    async fn employee_to_delete(&self, id: EmployeeId) -> Result<Employee> {
        crm::employee_to_delete(self.store, self.actor()?, id).await
    }

    async fn delete_employee(&self, id: EmployeeId) -> Result<()> {
        crm::delete_employee(self.store, self.actor()?, id, now()).await
    }

    async fn client_to_delete(&self, id: ClientId) -> Result<Client> {
        crm::client_to_delete(self.store, self.actor()?, id).await
    }

    async fn delete_client(&self, id: ClientId) -> Result<()> {
        crm::delete_client(self.store, self.actor()?, id, now()).await
    }

    async fn contract_to_delete(&self, id: ContractId) -> Result<Contract> {
        crm::contract_to_delete(self.store, self.actor()?, id).await
    }

    async fn delete_contract(&self, id: ContractId) -> Result<()> {
        crm::delete_contract(self.store, self.actor()?, id, now()).await
    }

    async fn event_to_delete(&self, id: EventId) -> Result<Event> {
        crm::event_to_delete(self.store, self.actor()?, id).await
    }

    async fn delete_event(&self, id: EventId) -> Result<()> {
        crm::delete_event(self.store, self.actor()?, id, now()).await
    }

    async fn export_client_data(&self, id: ClientId) -> Result<ClientData> {
        privacy::export_client_data(self.store, self.actor()?, id).await
    }

    async fn client_to_forget(&self, id: ClientId) -> Result<Client> {
        privacy::client_to_forget(self.store, self.actor()?, id).await
    }

    async fn forget_client(&self, id: ClientId) -> Result<()> {
        privacy::forget_client(self.store, self.actor()?, id, now()).await
    }

    async fn inactive_prospects(&self, before: DateTime<Utc>) -> Result<Vec<Client>> {
        privacy::inactive_prospects(self.store, self.actor()?, before).await
    }

    async fn forget_inactive(&self, request: ForgetInactive) -> Result<u64> {
        privacy::forget_inactive(self.store, self.actor()?, request, now()).await
    }

    async fn employee_to_forget(&self, id: EmployeeId) -> Result<Employee> {
        privacy::employee_to_forget(self.store, self.actor()?, id).await
    }

    async fn forget_employee(&self, id: EmployeeId) -> Result<()> {
        privacy::forget_employee(self.store, self.actor()?, id, now()).await
    }
}
