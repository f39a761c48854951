//! The list commands' filters: each request, as asked, is also the filter
//! the store applies once `resolve` has replaced what depends on who asks
//! and when (`mine`, `upcoming`); the store reads only the other fields.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::crm::repository::AuditFilter;
use crate::employee::Employee;
use crate::search::{self, SearchText};
use crate::types::{
    ClientId, ContractId, Department, EmailMode, EmployeeId, Language, NotificationId,
};

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
    #[serde(with = "search::optional")]
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>))]
    pub search: Option<SearchText>,
}

impl ListClients {
    pub fn resolve(&self, actor: &Employee) -> Self {
        Self {
            mine: false,
            sales: if self.mine {
                Some(actor.id)
            } else {
                self.sales
            },
            search: self.search.clone(),
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
    /// Only these contracts: an import looks up its contracts in batches.
    /// Not a parameter of the API.
    #[serde(skip)]
    pub ids: Option<Vec<ContractId>>,
}

impl ListContracts {
    pub fn resolve(&self, actor: &Employee) -> Self {
        Self {
            mine: false,
            sales: if self.mine {
                Some(actor.id)
            } else {
                self.sales
            },
            ..self.clone()
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
    /// Events without support (rather than `support`).
    pub no_support: bool,
    /// The events of this sales employee's clients: what `mine` means for
    /// sales. Not a parameter of the API.
    #[serde(skip)]
    pub sales: Option<EmployeeId>,
    pub contract: Option<ContractId>,
    /// Events starting at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Events starting before this instant.
    pub to: Option<DateTime<Utc>>,
    /// Events that have not started yet (instead of `from`).
    pub upcoming: bool,
    /// Events whose support contact is at another event at a time that
    /// overlaps.
    pub overlapping: bool,
    /// Events ending after this instant: with `to`, the events that
    /// overlap a period. Not a parameter of the API.
    #[serde(skip)]
    pub ending_after: Option<DateTime<Utc>>,
    /// Text anywhere in the name, location or notes, taken literally,
    /// ignoring case and accents.
    #[serde(with = "search::optional")]
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>))]
    pub search: Option<SearchText>,
}

impl ListEvents {
    /// The filter this request means for `actor` at `now`.
    pub fn resolve(&self, actor: &Employee, now: DateTime<Utc>) -> Self {
        let sales = actor.department == Department::Sales;
        let mine = self.mine.then_some(actor.id);
        Self {
            mine: false,
            support: match self.no_support {
                true => None,
                false => self.support.or(mine.filter(|_| !sales)),
            },
            sales: self.sales.or(mine.filter(|_| sales)),
            from: if self.upcoming { Some(now) } else { self.from },
            upcoming: false,
            ..self.clone()
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

/// `notification outbox`: the messages not sent yet and those given up
/// on, or with `all` every one, oldest first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct ListOutbox {
    pub all: bool,
}

/// `notification read`: one notification, or `None` for all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkRead {
    pub id: Option<NotificationId>,
}

/// `notification settings`: what to change of one's own settings; neither
/// only reads them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeSettings {
    pub email: Option<EmailMode>,
    pub language: Option<Language>,
}

impl ChangeSettings {
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.language.is_none()
    }
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
        let support = mine.resolve(&someone(4, Department::Support), now);
        assert_eq!(support.support, Some(EmployeeId(4)));
        assert_eq!(support.sales, None);
        assert!(!support.mine);
        let sales = mine.resolve(&someone(2, Department::Sales), now);
        assert_eq!(sales.support, None);
        assert_eq!(sales.sales, Some(EmployeeId(2)));
        let upcoming = ListEvents {
            upcoming: true,
            no_support: true,
            support: Some(EmployeeId(4)),
            ..ListEvents::default()
        }
        .resolve(&someone(1, Department::Management), now);
        assert_eq!(upcoming.from, Some(now));
        assert!(!upcoming.upcoming);
        assert!(upcoming.no_support);
        assert_eq!(upcoming.support, None);
    }

    #[test]
    fn requests_travel_as_json_and_come_back_equal() {
        let request = ListEvents {
            mine: true,
            contract: Some(ContractId(3)),
            from: Some(DateTime::UNIX_EPOCH),
            search: SearchText::parse(" Château "),
            ..ListEvents::default()
        };
        let json = serde_json::to_string(&request).unwrap_or_else(|e| panic!("{e}"));
        let back: ListEvents = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, request);
    }
}
