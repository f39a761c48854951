//! Personal data (RGPD): everything held about a client (art. 15),
//! forgetting a client or a former employee for good (art. 17), and
//! forgetting prospects kept past the retention period.
//!
//! Forgetting replaces the person's values with neutral text that names
//! only the record ("client 12"); the records, their ids, amounts and
//! dates stay, so accounting and the audit log keep their shape.

use std::fmt;

use chrono::{DateTime, Days, Months, Utc};
use serde::{Deserialize, Serialize};

use super::notice::Notice;
use super::records::{AuditRow, Client, Contract, Event, FieldChange, Notification, Trail};
use super::repository::{AuditFilter, CrmRepository, push_into};
use super::requests::{ListContracts, ListEvents};
use super::{ensure, found, sales_ownership};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{ClientId, EmployeeId, EventId};
use crate::{Error, Message, Result, keys};

/// The fields of each kind of record that hold personal data: what
/// forgetting replaces, and what it blanks in the audit log. The
/// PostgreSQL function that blanks the audit log for the runtime role
/// (migration `forget`) names the same fields.
pub const CLIENT_FIELDS: [&str; 4] = ["full_name", "email", "phone", "company_name"];
pub const EVENT_FIELDS: [&str; 3] = ["name", "location", "notes"];
pub const EMPLOYEE_FIELDS: [&str; 2] = ["full_name", "email"];

/// A record whose person was forgotten, as its neutral text names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forgotten {
    Client(i64),
    Event(i64),
    Employee(i64),
}

/// Where neutral e-mails point: `.invalid` is reserved (RFC 2606), so
/// never a real mailbox.
pub const NOWHERE: &str = "@forgotten.invalid";

impl Forgotten {
    /// The neutral text that replaces a name.
    pub fn name(self) -> String {
        match self {
            Self::Client(id) => format!("client {id}"),
            Self::Event(id) => format!("event {id}"),
            Self::Employee(id) => format!("former employee {id}"),
        }
    }

    /// The address that replaces an e-mail (unique, as e-mails must be).
    pub fn email(self) -> String {
        match self {
            Self::Client(id) => format!("client-{id}{NOWHERE}"),
            Self::Event(id) => format!("event-{id}{NOWHERE}"),
            Self::Employee(id) => format!("employee-{id}{NOWHERE}"),
        }
    }

    /// What a neutral name stands for, so a display can say it in the
    /// reader's language; `None` for any other text.
    pub fn recognise(text: &str) -> Option<Self> {
        let (kind, id): (fn(i64) -> Self, &str) =
            if let Some(id) = text.strip_prefix("former employee ") {
                (Self::Employee, id)
            } else if let Some(id) = text.strip_prefix("client ") {
                (Self::Client, id)
            } else if let Some(id) = text.strip_prefix("event ") {
                (Self::Event, id)
            } else {
                return None;
            };
        let valid = !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
        let id = id.parse().ok().filter(|_| valid)?;
        Some(kind(id))
    }

    /// A notification's message about a forgotten event: who did what to
    /// "event 87", and no more (the name, the client).
    pub fn neutral_message(self, message: &str) -> String {
        let name = self.name();
        match message.find(&format!("{name} \"")) {
            Some(at) => format!("{}{name}", &message[..at]),
            None => name,
        }
    }

    /// Whether `email` is one forgetting wrote.
    pub fn is_neutral_email(email: &str) -> bool {
        email.ends_with(NOWHERE)
    }
}

impl Notice {
    /// The e-mail about a forgotten event of `client`: neither the event's
    /// name, place or notes, nor the client's name.
    pub fn forget_event(&mut self, client: ClientId) {
        let event = Forgotten::Event(self.event.id.0).name();
        self.event.name.clone_from(&event);
        self.event.location = event;
        self.event.client = Forgotten::Client(client.0).name();
        for change in &mut self.changes {
            if EVENT_FIELDS.contains(&change.field.as_str()) {
                change.old = None;
                change.new = None;
            }
        }
    }
}

/// The audit entry that records a forgetting: which fields, never values.
fn forget_trail(actor: EmployeeId, fields: &[&'static str]) -> Trail {
    let changes = fields.iter().copied().map(FieldChange::forgotten).collect();
    Trail::new(actor, "forget", changes)
}

/// How long a prospect is kept after the last contact: `3y`, `18m`, `90d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    Years(u32),
    Months(u32),
    Days(u32),
}

impl Age {
    /// The CNIL's guidance for prospects: three years after the last contact.
    pub const DEFAULT: Self = Self::Years(3);

    pub fn parse(input: &str) -> Result<Self> {
        let text = input.trim();
        let invalid = || {
            Error::invalid(
                "inactive_since",
                Message::new(keys::AGE_INVALID).typed("got", input),
            )
        };
        let unit = text.chars().last().ok_or_else(invalid)?;
        let count: u32 = text[..text.len() - unit.len_utf8()]
            .parse()
            .ok()
            .filter(|n| (1..=1_000).contains(n))
            .ok_or_else(invalid)?;
        match unit.to_ascii_lowercase() {
            'y' => Ok(Self::Years(count)),
            'm' => Ok(Self::Months(count)),
            'd' => Ok(Self::Days(count)),
            _ => Err(invalid()),
        }
    }

    /// The instant this long before `now`: last contacts before it are too old.
    pub fn before(self, now: DateTime<Utc>) -> DateTime<Utc> {
        let earlier = match self {
            Self::Years(n) => now.checked_sub_months(Months::new(n.saturating_mul(12))),
            Self::Months(n) => now.checked_sub_months(Months::new(n)),
            Self::Days(n) => now.checked_sub_days(Days::new(n.into())),
        };
        earlier.unwrap_or(DateTime::<Utc>::MIN_UTC)
    }
}

impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Years(n) => write!(f, "{n}y"),
            Self::Months(n) => write!(f, "{n}m"),
            Self::Days(n) => write!(f, "{n}d"),
        }
    }
}

/// Everything held about one client, as one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientData {
    pub client: Client,
    pub contracts: Vec<Contract>,
    pub events: Vec<Event>,
    /// Every change to the client, its contracts and its events, oldest first.
    pub audit: Vec<AuditRow>,
    /// What staff were told about its events.
    pub notifications: Vec<Notification>,
}

/// Prospects whose last contact is older than this, to forget; the ones a
/// dry run listed, so that the forgetting is exactly what was shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ForgetInactive {
    pub before: DateTime<Utc>,
    pub clients: Vec<ClientId>,
}

/// Management, and the client's sales contact.
pub async fn export_client_data<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: ClientId,
) -> Result<ClientData> {
    let client = found(id, repo.client(id).await?)?;
    ensure(
        actor,
        Action::ExportClientData,
        sales_ownership(actor, client.sales_contact_id),
    )?;
    let mut contracts = Vec::new();
    let of_client = ListContracts {
        client: Some(id),
        ..ListContracts::default()
    };
    repo.contracts(&of_client, &mut push_into(&mut contracts))
        .await?;
    let mut events = Vec::new();
    for contract in &contracts {
        let of_contract = ListEvents {
            contract: Some(contract.id),
            ..ListEvents::default()
        };
        repo.events(&of_contract, &mut push_into(&mut events))
            .await?;
    }
    let records = std::iter::once(("client", id.0))
        .chain(contracts.iter().map(|c| ("contract", c.id.0)))
        .chain(events.iter().map(|e| ("event", e.id.0)));
    let mut audit = Vec::new();
    for (entity, entity_id) in records {
        let filter = AuditFilter {
            entity: Some(entity.to_owned()),
            entity_id: Some(entity_id),
            ..AuditFilter::default()
        };
        repo.audit(&filter, &mut push_into(&mut audit)).await?;
    }
    audit.sort_by_key(|row| row.id);
    let ids: Vec<EventId> = events.iter().map(|e| e.id).collect();
    let notifications = repo.notifications_about(&ids).await?;
    Ok(ClientData {
        client,
        contracts,
        events,
        audit,
        notifications,
    })
}

/// The client `actor` may forget, so that a refusal comes before any
/// confirmation is asked.
pub async fn client_to_forget<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: ClientId,
) -> Result<Client> {
    ensure(actor, Action::ForgetClient, Ownership::None)?;
    let client = found(id, repo.client(id).await?)?;
    if Forgotten::is_neutral_email(client.email.as_str()) {
        return Err(already_forgotten("client", id.0));
    }
    Ok(client)
}

fn already_forgotten(entity: &'static str, id: i64) -> Error {
    Error::Conflict(
        Message::new(keys::ALREADY_FORGOTTEN)
            .arg("entity", entity)
            .arg("id", id),
    )
}

pub async fn forget_client<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: ClientId,
    now: DateTime<Utc>,
) -> Result<()> {
    client_to_forget(repo, actor, id).await?;
    let trail = forget_trail(actor.id, &CLIENT_FIELDS);
    repo.forget_clients(vec![(id, trail)], None, now).await
}

/// Prospects (no contract) last contacted before `before`, oldest first.
pub async fn inactive_prospects<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    before: DateTime<Utc>,
) -> Result<Vec<Client>> {
    ensure(actor, Action::ForgetClient, Ownership::None)?;
    repo.inactive_prospects(before).await
}

/// All of them or, when one is no longer an inactive prospect, none.
pub async fn forget_inactive<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    request: ForgetInactive,
    now: DateTime<Utc>,
) -> Result<u64> {
    ensure(actor, Action::ForgetClient, Ownership::None)?;
    let count = request.clients.len() as u64;
    let clients = request
        .clients
        .into_iter()
        .map(|id| (id, forget_trail(actor.id, &CLIENT_FIELDS)))
        .collect();
    repo.forget_clients(clients, Some(request.before), now)
        .await?;
    Ok(count)
}

/// A deactivated employee `actor` may forget.
pub async fn employee_to_forget<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
) -> Result<Employee> {
    ensure(actor, Action::ForgetEmployee, Ownership::None)?;
    let employee = found(id, repo.employee(id).await?)?;
    if Forgotten::is_neutral_email(employee.email.as_str()) {
        return Err(already_forgotten("employee", id.0));
    }
    if employee.active {
        return Err(Error::Conflict(
            Message::new(keys::FORGET_ACTIVE_EMPLOYEE).arg("id", id),
        ));
    }
    Ok(employee)
}

pub async fn forget_employee<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
    now: DateTime<Utc>,
) -> Result<()> {
    employee_to_forget(repo, actor, id).await?;
    let trail = forget_trail(actor.id, &EMPLOYEE_FIELDS);
    if repo.forget_employee(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::Stale(
            Message::new(keys::EMPLOYEE_CHANGED).arg("id", id),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutral_names_are_recognised_and_nothing_else() {
        for record in [
            Forgotten::Client(12),
            Forgotten::Event(87),
            Forgotten::Employee(3),
        ] {
            assert_eq!(Forgotten::recognise(&record.name()), Some(record));
            assert!(Forgotten::is_neutral_email(&record.email()));
        }
        let message = r#"Ada changed event 87 "Wedding" of your client Kevin"#;
        assert_eq!(
            Forgotten::Event(87).neutral_message(message),
            "Ada changed event 87"
        );
        for other in [
            "client",
            "client 12a",
            "client -1",
            "event  3",
            "Kevin Casey",
        ] {
            assert_eq!(Forgotten::recognise(other), None, "{other}");
        }
    }

    #[test]
    fn ages_count_back_from_now() {
        let now = "2026-12-08T10:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let cases = [
            ("3y", "2023-12-08"),
            ("18m", "2025-06-08"),
            ("90d", "2026-09-09"),
        ];
        for (text, date) in cases {
            let age = Age::parse(text).unwrap();
            assert_eq!(age.to_string(), text);
            assert_eq!(age.before(now).date_naive().to_string(), date);
        }
        for bad in ["", "3", "y", "0y", "3w", "-3y", "1001d", "3 y"] {
            assert!(Age::parse(bad).is_err(), "{bad}");
        }
    }
}
