use chrono::{DateTime, Utc};

use super::ensure;
use super::records::{AuditRow, Client, Contract, Event, Notification};
use super::repository::{
    AuditFilter, ClientFilter, ContractFilter, CrmRepository, EventFilter, Sink,
};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{Department, EmployeeId};
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

/// `event list` as asked: each flag as a typed value. What `mine` means
/// and when "upcoming" starts are decided here, not by the caller.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ListEvents {
    /// Support: events assigned to the actor. Sales: their clients' events.
    pub mine: bool,
    pub support: Option<EmployeeId>,
    pub no_support: bool,
    pub contract: Option<i64>,
    /// Events starting at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Events starting before this instant.
    pub to: Option<DateTime<Utc>>,
    /// Events that have not started yet (instead of `from`).
    pub upcoming: bool,
}

impl ListEvents {
    /// The filter this request means for `actor` at `now`.
    pub fn filter(&self, actor: &Employee, now: DateTime<Utc>) -> EventFilter {
        let sales = actor.department == Department::Sales;
        EventFilter {
            support_contact: match (self.no_support, self.support, self.mine && !sales) {
                (true, _, _) => Some(None),
                (false, Some(id), _) => Some(Some(id)),
                (false, None, true) => Some(Some(actor.id)),
                (false, None, false) => None,
            },
            sales_contact: (self.mine && sales).then_some(actor.id),
            contract: self.contract,
            from: if self.upcoming { Some(now) } else { self.from },
            to: self.to,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{Email, FullName};

    fn someone(id: i64, department: Department) -> Employee {
        Employee {
            id: EmployeeId(id),
            full_name: FullName::parse("Some One").unwrap_or_else(|e| panic!("{e}")),
            email: Email::parse("some@one.fr").unwrap_or_else(|e| panic!("{e}")),
            department,
            active: true,
            must_change_password: false,
            created_at: DateTime::UNIX_EPOCH,
            version: 0,
        }
    }

    #[test]
    fn mine_means_assigned_for_support_and_own_clients_for_sales() {
        let mine = ListEvents {
            mine: true,
            ..ListEvents::default()
        };
        let now = DateTime::UNIX_EPOCH;
        let support = mine.filter(&someone(4, Department::Support), now);
        assert_eq!(support.support_contact, Some(Some(EmployeeId(4))));
        assert_eq!(support.sales_contact, None);
        let sales = mine.filter(&someone(2, Department::Sales), now);
        assert_eq!(sales.support_contact, None);
        assert_eq!(sales.sales_contact, Some(EmployeeId(2)));
        let upcoming = ListEvents {
            upcoming: true,
            no_support: true,
            ..ListEvents::default()
        }
        .filter(&someone(1, Department::Management), now);
        assert_eq!(upcoming.from, Some(now));
        assert_eq!(upcoming.support_contact, Some(None));
    }
}
