//! The CRM repository on SeaORM: every write is one transaction holding its
//! guard, the change, the audit row and the notifications.

pub mod clients;
pub mod contracts;
mod employees;
pub mod events;
mod inbox;
mod read;
mod trail;

use chrono::{DateTime, Utc};
use epic_domain::Result;
use epic_domain::crm::records::{AuditRow, Client, Contract, Event, Notification, Trail};
use epic_domain::crm::{
    AuditFilter, ClientFilter, ClientValues, ContractFilter, ContractValues, CrmRepository,
    EmployeeValues, EventFilter, EventValues, Guard, LabelKind, NewClient, Progress, Sink,
};
use epic_domain::employee::{Employee, NewEmployee};
use epic_domain::types::EmployeeId;

use crate::Store;

impl CrmRepository for Store {
    async fn employees(&self) -> Result<Vec<Employee>> {
        employees::list(self).await
    }
    async fn employee(&self, id: EmployeeId) -> Result<Option<Employee>> {
        employees::get(&self.db, id).await
    }
    async fn create_employee(
        &self,
        new: NewEmployee,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Employee> {
        employees::create(self, new, trail, now).await
    }
    async fn update_employee(
        &self,
        id: EmployeeId,
        guard: Guard,
        values: EmployeeValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Employee>> {
        employees::update(self, id, guard, values, trail, now).await
    }
    async fn set_employee_active(
        &self,
        id: EmployeeId,
        active: bool,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Employee>> {
        employees::set_active(self, id, active, trail, now).await
    }
    async fn delete_employee(
        &self,
        id: EmployeeId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        employees::delete(self, id, trail, now).await
    }
    async fn reset_password(
        &self,
        id: EmployeeId,
        hash: String,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Employee>> {
        employees::reset_password(self, id, hash, trail, now).await
    }

    async fn clients(&self, filter: &ClientFilter, sink: Sink<'_, Client>) -> Result<()> {
        clients::list(self, filter, sink).await
    }
    async fn client(&self, id: i64) -> Result<Option<Client>> {
        clients::get(&self.db, id).await
    }
    async fn create_client(
        &self,
        new: NewClient,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Client> {
        clients::create(self, new, trail, now).await
    }
    async fn update_client(
        &self,
        id: i64,
        guard: Guard,
        values: ClientValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Client>> {
        clients::update(self, id, guard, values, trail, now).await
    }
    async fn delete_client(&self, id: i64, trail: Trail, now: DateTime<Utc>) -> Result<bool> {
        clients::delete(self, id, trail, now).await
    }

    async fn contracts(&self, filter: &ContractFilter, sink: Sink<'_, Contract>) -> Result<()> {
        contracts::list(self, filter, sink).await
    }
    async fn contract(&self, id: i64) -> Result<Option<Contract>> {
        contracts::get(&self.db, id).await
    }
    async fn create_contract(
        &self,
        client: i64,
        values: ContractValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Contract>> {
        contracts::create(self, client, values, trail, now).await
    }
    async fn update_contract(
        &self,
        id: i64,
        guard: Guard,
        values: ContractValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Contract>> {
        contracts::update(self, id, guard, values, trail, now).await
    }
    async fn delete_contract(&self, id: i64, trail: Trail, now: DateTime<Utc>) -> Result<bool> {
        contracts::delete(self, id, trail, now).await
    }

    async fn events(&self, filter: &EventFilter, sink: Sink<'_, Event>) -> Result<()> {
        events::list(self, filter, sink).await
    }
    async fn event(&self, id: i64) -> Result<Option<Event>> {
        events::get(&self.db, id).await
    }
    async fn create_event(
        &self,
        contract: i64,
        owner: Option<EmployeeId>,
        values: EventValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Event>> {
        events::create(self, contract, owner, values, trail, now).await
    }
    async fn update_event(
        &self,
        id: i64,
        guard: Guard,
        values: EventValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Event>> {
        events::update(self, id, guard, values, trail, now).await
    }
    async fn delete_event(&self, id: i64, trail: Trail, now: DateTime<Utc>) -> Result<bool> {
        events::delete(self, id, trail, now).await
    }

    async fn notifications(
        &self,
        employee: EmployeeId,
        unread_only: bool,
    ) -> Result<Vec<Notification>> {
        inbox::notifications(self, employee, unread_only).await
    }
    async fn unread_notifications(&self, employee: EmployeeId) -> Result<u64> {
        inbox::unread(self, employee).await
    }
    async fn mark_read(
        &self,
        employee: EmployeeId,
        id: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        inbox::mark_read(self, employee, id, now).await
    }
    async fn import_clients(
        &self,
        clients: Vec<(NewClient, Trail)>,
        now: DateTime<Utc>,
        progress: Progress<'_>,
    ) -> Result<Vec<i64>> {
        clients::import(self, clients, now, progress).await
    }
    async fn import_events(
        &self,
        events: Vec<(i64, Option<EmployeeId>, EventValues, Trail)>,
        now: DateTime<Utc>,
        progress: Progress<'_>,
    ) -> Result<Option<Vec<i64>>> {
        events::import(self, events, now, progress).await
    }
    async fn labels(&self, kind: LabelKind) -> Result<Vec<(i64, String)>> {
        inbox::labels(self, kind).await
    }
    async fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditRow>> {
        inbox::audit(self, filter).await
    }
}
