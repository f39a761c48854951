//! The list commands' filters as asked. What `mine` means and when
//! "upcoming" starts are decided here, for every caller.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::crm::repository::{AuditFilter, ClientFilter, ContractFilter, EventFilter};
use crate::employee::Employee;
use crate::search::SearchText;
use crate::types::{ClientId, ContractId, Department, EmployeeId, NotificationId};

/// `client list`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct ListClients {
    /// The actor's own clients.
    pub mine: bool,
    pub sales: Option<EmployeeId>,
    /// Text anywhere in the name, email, company or phone, taken
    /// literally, ignoring case and accents.
    pub search: Option<String>,
}

impl ListClients {
    pub fn filter(&self, actor: &Employee) -> ClientFilter {
        ClientFilter {
            sales_contact: if self.mine {
                Some(actor.id)
            } else {
                self.sales
            },
            search: self.search.as_deref().and_then(SearchText::parse),
        }
    }
}

/// `contract list`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct ListContracts {
    /// `Some(true)`: signed only; `Some(false)`: not signed only.
    pub signed: Option<bool>,
    pub unpaid: bool,
    /// The contracts of the actor's clients.
    pub mine: bool,
    pub client: Option<ClientId>,
    pub sales: Option<EmployeeId>,
}

impl ListContracts {
    pub fn filter(&self, actor: &Employee) -> ContractFilter {
        ContractFilter {
            signed: self.signed,
            unpaid: self.unpaid,
            client: self.client,
            sales_contact: if self.mine {
                Some(actor.id)
            } else {
                self.sales
            },
            ids: None,
        }
    }
}

/// `event list`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct ListEvents {
    /// Support: events assigned to the actor. Sales: their clients' events.
    pub mine: bool,
    pub support: Option<EmployeeId>,
    pub no_support: bool,
    pub contract: Option<ContractId>,
    /// Events starting at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Events starting before this instant.
    pub to: Option<DateTime<Utc>>,
    /// Events that have not started yet (instead of `from`).
    pub upcoming: bool,
    /// Text anywhere in the name, location or notes, taken literally,
    /// ignoring case and accents.
    pub search: Option<String>,
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
            search: self.search.as_deref().and_then(SearchText::parse),
        }
    }
}

/// `audit list`: the filter is the request.
pub type ListAudit = AuditFilter;

/// `notification list`: the actor's own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct ListNotifications {
    pub unread: bool,
}

/// `notification read`: one notification, or `None` for all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkRead {
    pub id: Option<NotificationId>,
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
            locked_until: None,
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

    #[test]
    fn requests_travel_as_json_and_come_back_equal() {
        let request = ListEvents {
            mine: true,
            contract: Some(ContractId(3)),
            from: Some(DateTime::UNIX_EPOCH),
            ..ListEvents::default()
        };
        let json = serde_json::to_string(&request).unwrap_or_else(|e| panic!("{e}"));
        let back: ListEvents = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, request);
    }
}
