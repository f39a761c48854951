//! The use cases through `epic serve`: each method is its route, with the
//! request split for the wire as `epic_api::wire` writes it once.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use epic_api::bodies::{
    self, Allowed, CanI, Days, Ended, ForgottenCount, Import, ImportRow, Imported, InactiveBefore,
    Marked, NewEmployee, PasswordChange, Resolved,
};
use epic_api::paths::{self, with_id};
use epic_api::wire::OnRecord;
use epic_api::{LoginRequest, LoginResponse, SchemaStatus, SessionInfo};
use epic_domain::auth::LogoutScope;
use epic_domain::crm::imports::{ImportSummary, Sheet};
use epic_domain::crm::names::Name;
use epic_domain::crm::privacy::{ClientData, ForgetInactive};
use epic_domain::crm::records::{
    AuditRow, CalendarFeed, Client as ClientRecord, Contract, Event, Notification,
    NotificationSettings, OutboxEntry, UpdatedEvent,
};
use epic_domain::crm::reports::{MonthRow, Period, RevenueRow, UnpaidRow, UpcomingRow};
use epic_domain::crm::{
    ChangeSettings, CreateClient, CreateContract, CreateEmployee, CreateEvent, ListAudit,
    ListClients, ListContracts, ListEvents, ListNotifications, ListOutbox, MarkRead, PayContract,
    SignContract, Sink, UpdateClient, UpdateContract, UpdateEmployee, UpdateEvent,
};
use epic_domain::employee::Employee;
use epic_domain::interface::{AskPassword, Crm, Guest};
use epic_domain::keys;
use epic_domain::password::NewPassword;
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use epic_domain::{Error, Result};
use serde::Serialize;

use crate::Client;

/// No filter: for lists that take none.
#[derive(Serialize)]
struct Everything {}

#[async_trait(?Send)]
impl Guest for Client {
    async fn login(&self, email: &str, password: &str) -> Result<LoginResponse> {
        let request = LoginRequest {
            email: email.to_owned(),
            password: password.to_owned(),
        };
        Ok(self.post(paths::SESSIONS, &request).await?)
    }

    async fn schema(&self) -> Result<SchemaStatus> {
        Ok(self.get(paths::SCHEMA).await?)
    }

    /// The server checks the token with each request: nothing to ask yet.
    async fn open(&self, token: &str, _ready: bool) -> Result<Box<dyn Crm + '_>> {
        Ok(Box::new(self.clone().with_token(token.to_owned())))
    }
}

#[async_trait(?Send)]
impl Crm for Client {
    fn known_employee(&self) -> Option<&Employee> {
        None
    }

    async fn whoami(&self) -> Result<SessionInfo> {
        Ok(self.get(paths::CURRENT_SESSION).await?)
    }

    async fn logout(&self, scope: LogoutScope) -> Result<u64> {
        match scope {
            LogoutScope::ThisSession => self.delete(paths::CURRENT_SESSION).await?,
            LogoutScope::AllSessions => {
                let Ended { sessions } = self.delete_for(paths::SESSIONS).await?;
                return Ok(sessions);
            }
        }
        Ok(1)
    }

    async fn change_password(&self, current: &str, new: NewPassword) -> Result<()> {
        let change = PasswordChange {
            current: current.to_owned(),
            new: new.expose().to_owned(),
        };
        Ok(self.post_only(paths::PASSWORD, &change).await?)
    }

    async fn list_employees(&self, sink: Sink<'_, Employee>) -> Result<()> {
        Ok(self.list(paths::EMPLOYEES, &Everything {}, sink).await?)
    }

    async fn list_clients(
        &self,
        request: &ListClients,
        sink: Sink<'_, ClientRecord>,
    ) -> Result<()> {
        Ok(self.list(paths::CLIENTS, request, sink).await?)
    }

    async fn list_contracts(
        &self,
        request: &ListContracts,
        sink: Sink<'_, Contract>,
    ) -> Result<()> {
        Ok(self.list(paths::CONTRACTS, request, sink).await?)
    }

    async fn list_events(&self, request: &ListEvents, sink: Sink<'_, Event>) -> Result<()> {
        Ok(self.list(paths::EVENTS, request, sink).await?)
    }

    async fn notifications(
        &self,
        request: ListNotifications,
        sink: Sink<'_, Notification>,
    ) -> Result<()> {
        Ok(self.list(paths::NOTIFICATIONS, &request, sink).await?)
    }

    async fn audit(&self, request: &ListAudit, sink: Sink<'_, AuditRow>) -> Result<()> {
        Ok(self.list(paths::AUDIT, request, sink).await?)
    }

    async fn outbox(&self, request: ListOutbox, sink: Sink<'_, OutboxEntry>) -> Result<()> {
        Ok(self
            .list(paths::NOTIFICATION_OUTBOX, &request, sink)
            .await?)
    }

    async fn unread_notifications(&self) -> Result<u64> {
        let mut unread = 0;
        let request = ListNotifications { unread: true };
        self.list(paths::NOTIFICATIONS, &request, &mut |_: Notification| {
            unread += 1;
            std::ops::ControlFlow::Continue(())
        })
        .await?;
        Ok(unread)
    }

    async fn show_employee(&self, id: EmployeeId) -> Result<Employee> {
        Ok(self.get(&with_id(paths::EMPLOYEE, id.0)).await?)
    }

    async fn show_client(&self, id: ClientId) -> Result<ClientRecord> {
        Ok(self.get(&with_id(paths::CLIENT, id.0)).await?)
    }

    async fn show_contract(&self, id: ContractId) -> Result<Contract> {
        Ok(self.get(&with_id(paths::CONTRACT, id.0)).await?)
    }

    async fn show_event(&self, id: EventId) -> Result<Event> {
        Ok(self.get(&with_id(paths::EVENT, id.0)).await?)
    }

    async fn revenue(&self, period: Period) -> Result<Vec<RevenueRow>> {
        Ok(self.get_with(paths::REPORT_REVENUE, &period).await?)
    }

    async fn unpaid(&self) -> Result<Vec<UnpaidRow>> {
        Ok(self.get(paths::REPORT_UNPAID).await?)
    }

    async fn upcoming(&self, days: u32) -> Result<Vec<UpcomingRow>> {
        Ok(self
            .get_with(paths::REPORT_UPCOMING, &Days { days })
            .await?)
    }

    async fn monthly(&self, period: Period) -> Result<Vec<MonthRow>> {
        Ok(self.get_with(paths::REPORT_MONTHLY, &period).await?)
    }

    async fn resolve(&self, name: &Name) -> Result<i64> {
        let Resolved { id } = self.get_with(paths::NAMES, name).await?;
        Ok(id)
    }

    async fn can_i(&self, verb: &str, noun: &str, id: Option<i64>) -> Result<bool> {
        let request = CanI {
            verb: verb.to_owned(),
            noun: noun.to_owned(),
            id,
        };
        let Allowed { allowed } = self.get_with(paths::CAN_I, &request).await?;
        Ok(allowed)
    }

    async fn create_employee(
        &self,
        request: CreateEmployee,
        password: AskPassword<'_>,
    ) -> Result<Employee> {
        let body = |password| NewEmployee {
            employee: request.clone(),
            password,
        };
        self.with_password(paths::EMPLOYEES, body, password).await
    }

    async fn reset_password(&self, id: EmployeeId, password: AskPassword<'_>) -> Result<Employee> {
        let path = with_id(paths::EMPLOYEE_PASSWORD, id.0);
        let body = |password| bodies::NewPassword { password };
        self.with_password(&path, body, password).await
    }

    async fn update_employee(&self, request: UpdateEmployee) -> Result<Employee> {
        let (id, changes, if_version) = request.split();
        let path = with_id(paths::EMPLOYEE, id.0);
        Ok(self.patch(&path, &changes, if_version).await?)
    }

    async fn set_active(&self, id: EmployeeId, active: bool) -> Result<Employee> {
        let route = if active {
            paths::EMPLOYEE_REACTIVATE
        } else {
            paths::EMPLOYEE_DEACTIVATE
        };
        Ok(self.post(&with_id(route, id.0), &()).await?)
    }

    async fn create_client(&self, request: CreateClient) -> Result<ClientRecord> {
        Ok(self.post(paths::CLIENTS, &request).await?)
    }

    async fn update_client(&self, request: UpdateClient) -> Result<ClientRecord> {
        let (id, changes, if_version) = request.split();
        let path = with_id(paths::CLIENT, id.0);
        Ok(self.patch(&path, &changes, if_version).await?)
    }

    async fn create_contract(&self, request: CreateContract) -> Result<Contract> {
        Ok(self.post(paths::CONTRACTS, &request).await?)
    }

    async fn update_contract(&self, request: UpdateContract) -> Result<Contract> {
        let (id, changes, if_version) = request.split();
        let path = with_id(paths::CONTRACT, id.0);
        Ok(self.patch(&path, &changes, if_version).await?)
    }

    async fn pay_contract(&self, request: PayContract) -> Result<Contract> {
        let (id, payment, if_version) = request.split();
        let path = with_id(paths::CONTRACT_PAYMENTS, id.0);
        Ok(self.post_if(&path, &payment, if_version).await?)
    }

    async fn set_signed(&self, request: SignContract) -> Result<Contract> {
        let route = if request.signed {
            paths::CONTRACT_SIGN
        } else {
            paths::CONTRACT_UNSIGN
        };
        Ok(self.post(&with_id(route, request.id.0), &()).await?)
    }

    async fn create_event(&self, request: CreateEvent) -> Result<Event> {
        Ok(self.post(paths::EVENTS, &request).await?)
    }

    async fn update_event(&self, request: UpdateEvent) -> Result<UpdatedEvent> {
        let (id, changes, if_version) = request.split();
        let path = with_id(paths::EVENT, id.0);
        Ok(self.patch(&path, &changes, if_version).await?)
    }

    async fn mark_read(&self, request: MarkRead) -> Result<u64> {
        let Marked { changed } = self.post(paths::NOTIFICATIONS_READ, &request).await?;
        Ok(changed)
    }

    async fn notification_settings(&self, request: ChangeSettings) -> Result<NotificationSettings> {
        if request.is_empty() {
            return Ok(self.get(paths::NOTIFICATION_SETTINGS).await?);
        }
        Ok(self
            .patch(paths::NOTIFICATION_SETTINGS, &request, None)
            .await?)
    }

    async fn calendar_url(&self, reset: bool) -> Result<CalendarFeed> {
        let body = bodies::NewCalendar { reset };
        Ok(self.post(paths::CALENDAR_URL, &body).await?)
    }

    async fn import_clients(&self, sheet: Sheet<'_>) -> Result<ImportSummary> {
        self.import(paths::CLIENTS_IMPORT, &sheet).await
    }

    async fn import_events(&self, sheet: Sheet<'_>) -> Result<ImportSummary> {
        self.import(paths::EVENTS_IMPORT, &sheet).await
    }

    async fn employee_to_delete(&self, id: EmployeeId) -> Result<Employee> {
        Ok(self.get(&with_id(paths::EMPLOYEE_DELETABLE, id.0)).await?)
    }

    async fn delete_employee(&self, id: EmployeeId) -> Result<()> {
        Ok(self.delete(&with_id(paths::EMPLOYEE, id.0)).await?)
    }

    async fn client_to_delete(&self, id: ClientId) -> Result<ClientRecord> {
        Ok(self.get(&with_id(paths::CLIENT_DELETABLE, id.0)).await?)
    }

    async fn delete_client(&self, id: ClientId) -> Result<()> {
        Ok(self.delete(&with_id(paths::CLIENT, id.0)).await?)
    }

    async fn contract_to_delete(&self, id: ContractId) -> Result<Contract> {
        Ok(self.get(&with_id(paths::CONTRACT_DELETABLE, id.0)).await?)
    }

    async fn delete_contract(&self, id: ContractId) -> Result<()> {
        Ok(self.delete(&with_id(paths::CONTRACT, id.0)).await?)
    }

    async fn event_to_delete(&self, id: EventId) -> Result<Event> {
        Ok(self.get(&with_id(paths::EVENT_DELETABLE, id.0)).await?)
    }

    async fn delete_event(&self, id: EventId) -> Result<()> {
        Ok(self.delete(&with_id(paths::EVENT, id.0)).await?)
    }

    async fn export_client_data(&self, id: ClientId) -> Result<ClientData> {
        Ok(self.get(&with_id(paths::CLIENT_DATA, id.0)).await?)
    }

    async fn client_to_forget(&self, id: ClientId) -> Result<ClientRecord> {
        Ok(self.get(&with_id(paths::CLIENT_FORGETTABLE, id.0)).await?)
    }

    async fn forget_client(&self, id: ClientId) -> Result<()> {
        Ok(self
            .post_only(&with_id(paths::CLIENT_FORGET, id.0), &())
            .await?)
    }

    async fn inactive_prospects(&self, before: DateTime<Utc>) -> Result<Vec<ClientRecord>> {
        let query = InactiveBefore { before };
        Ok(self.get_with(paths::CLIENTS_INACTIVE, &query).await?)
    }

    async fn forget_inactive(&self, request: ForgetInactive) -> Result<u64> {
        let ForgottenCount { forgotten } = self.post(paths::CLIENTS_FORGET, &request).await?;
        Ok(forgotten)
    }

    async fn employee_to_forget(&self, id: EmployeeId) -> Result<Employee> {
        Ok(self
            .get(&with_id(paths::EMPLOYEE_FORGETTABLE, id.0))
            .await?)
    }

    async fn forget_employee(&self, id: EmployeeId) -> Result<()> {
        Ok(self
            .post_only(&with_id(paths::EMPLOYEE_FORGET, id.0), &())
            .await?)
    }
}

impl Client {
    /// A write that carries a new password, which is asked for only after
    /// the server has accepted everything else: the request goes once
    /// without it, and the server's policy and look-ups answer before it
    /// asks for the password.
    async fn with_password<B: Serialize>(
        &self,
        path: &str,
        body: impl Fn(Option<String>) -> B,
        password: AskPassword<'_>,
    ) -> Result<Employee> {
        match self.post::<B, Employee>(path, &body(None)).await {
            Err(err) if err.refused_for(keys::PASSWORD_REQUIRED) => {
                let password = password()?.expose().to_owned();
                Ok(self.post(path, &body(Some(password))).await?)
            }
            Err(err) => Err(err.into()),
            Ok(_) => Err(Error::Internal(
                "the server accepted a new password without one".to_owned(),
            )),
        }
    }

    /// The sheet's rows, checked and (unless a dry run) written at once.
    async fn import(&self, path: &str, sheet: &Sheet<'_>) -> Result<ImportSummary> {
        let import = Import {
            dry_run: sheet.dry_run,
            rows: sheet
                .rows
                .iter()
                .map(|row| ImportRow {
                    number: row.number,
                    cells: row
                        .cells
                        .iter()
                        .map(|(field, value)| ((*field).to_owned(), value.clone()))
                        .collect(),
                })
                .collect(),
        };
        let Imported { rows, created } = self.upload(path, &import).await?;
        Ok(ImportSummary { rows, created })
    }
}
