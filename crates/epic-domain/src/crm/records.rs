//! What the CRM stores, as every employee may read it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::types::{
    ClientId, ContractId, Email, EmailMode, EmployeeId, EventId, EventText, FullName, Language,
    Money, NotificationId, Phone,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Client {
    pub id: ClientId,
    pub full_name: FullName,
    pub email: Email,
    pub phone: Option<Phone>,
    pub company_name: Option<FullName>,
    pub sales_contact_id: EmployeeId,
    pub sales_contact_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contract {
    pub id: ContractId,
    pub client_id: ClientId,
    pub client_name: String,
    pub sales_contact_id: EmployeeId,
    pub sales_contact_name: String,
    pub total_amount: Money,
    pub amount_due: Money,
    pub signed: bool,
    pub signed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Event {
    pub id: EventId,
    pub name: EventText,
    pub contract_id: ContractId,
    pub client_id: ClientId,
    pub client_name: String,
    pub client_email: String,
    pub client_phone: Option<String>,
    pub sales_contact_id: EmployeeId,
    pub support_contact_id: Option<EmployeeId>,
    pub support_contact_name: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub location: EventText,
    pub attendees: u32,
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
}

/// Where one's calendar feed is, on the server that made it: the path of
/// `/calendar/<token>.ics`, which alone grants that feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarFeed {
    pub path: String,
}

/// How an employee hears about their events besides `notification list`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationSettings {
    pub email: EmailMode,
    pub language: Language,
}

/// An event as a change left it, and what the change let through but
/// wants said. In the API's answer the event's fields come first, then
/// `warnings` when there are any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdatedEvent {
    #[serde(flatten)]
    pub event: Event,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// Something allowed that a person should know about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// The event's support contact is also at this other event, at a time
    /// that overlaps.
    DoubleBooking {
        support_contact_id: EmployeeId,
        event_id: EventId,
        name: String,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    },
}

/// One field's change, for the audit log. Secrets never get here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
    /// The values were those of a person since forgotten.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub forgotten: bool,
}

impl FieldChange {
    pub fn new(field: &'static str, old: Option<String>, new: Option<String>) -> Self {
        Self {
            field,
            old,
            new,
            forgotten: false,
        }
    }

    /// A field whose values forgetting removed.
    pub fn forgotten(field: &'static str) -> Self {
        Self {
            forgotten: true,
            ..Self::new(field, None, None)
        }
    }

    pub fn set(field: &'static str, new: impl ToString) -> Self {
        Self::new(field, None, Some(new.to_string()))
    }

    /// A new client or employee: who they are, and `also`.
    pub fn person(full_name: &FullName, email: &Email, also: Self) -> Vec<Self> {
        vec![
            Self::set("full_name", full_name),
            Self::set("email", email),
            also,
        ]
    }
}

/// Who did what to which record; written in the same transaction as the change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trail {
    pub actor: EmployeeId,
    pub action: &'static str,
    pub changes: Vec<FieldChange>,
    pub notify: Vec<NotificationDraft>,
}

impl Trail {
    pub fn new(actor: EmployeeId, action: &'static str, changes: Vec<FieldChange>) -> Self {
        Self {
            actor,
            action,
            changes,
            notify: Vec::new(),
        }
    }

    /// A deletion, remembering what the record was called.
    pub fn deleted(actor: EmployeeId, field: &'static str, name: &impl ToString) -> Self {
        Self::new(
            actor,
            "delete",
            vec![FieldChange::new(field, Some(name.to_string()), None)],
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationDraft {
    pub employee: EmployeeId,
    pub message: String,
    /// What its e-mail tells.
    pub notice: super::notice::Notice,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: NotificationId,
    pub event_id: Option<EventId>,
    pub kind: String,
    pub message: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// One e-mail of the outbox, as management sees it: to whom, about what,
/// and where it stands (`pending`, `sent`, `skipped` or `failed`), never
/// its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxEntry {
    pub id: i64,
    pub employee_id: EmployeeId,
    pub employee_name: String,
    pub kind: String,
    pub event_id: Option<EventId>,
    pub state: String,
    pub attempts: u32,
    pub created_at: DateTime<Utc>,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor_id: Option<EmployeeId>,
    pub actor_name: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: i64,
    pub changes: String,
}

/// The fields whose value differs between before and after, for the audit
/// log: `(field, old, new)`.
pub fn changed_fields<const N: usize>(
    fields: [(&'static str, Option<String>, Option<String>); N],
) -> Vec<FieldChange> {
    fields
        .into_iter()
        .filter(|(_, old, new)| old != new)
        .map(|(field, old, new)| FieldChange::new(field, old, new))
        .collect()
}

/// What every record of the CRM shares: what it is called, its id, and
/// the version every change raises, which a client sends back to say "only
/// if nobody changed it since" (`If-Match`) and the server gives as its
/// `ETag`.
pub trait Aggregate {
    /// The record's kind, as messages name it (`client`).
    const NAME: &'static str;

    fn id(&self) -> i64;
    fn version(&self) -> i64;
    /// Who, besides management, may change it: a guarded write checks
    /// they still do.
    fn owner(&self) -> Option<EmployeeId>;
}

/// The ETag of an updated event is the event's.
impl Aggregate for UpdatedEvent {
    const NAME: &'static str = Event::NAME;

    fn id(&self) -> i64 {
        self.event.id()
    }

    fn version(&self) -> i64 {
        self.event.version()
    }

    fn owner(&self) -> Option<EmployeeId> {
        self.event.owner()
    }
}

macro_rules! aggregate {
    ($($record:ty => $name:literal, owner: |$it:ident| $owner:expr;)+) => {$(
        impl Aggregate for $record {
            const NAME: &'static str = $name;

            fn id(&self) -> i64 {
                self.id.0
            }

            fn version(&self) -> i64 {
                self.version
            }

            fn owner(&self) -> Option<EmployeeId> {
                let $it = self;
                $owner
            }
        }
    )+};
}

aggregate! {
    Client => "client", owner: |client| Some(client.sales_contact_id);
    Contract => "contract", owner: |contract| Some(contract.sales_contact_id);
    Event => "event", owner: |event| event.support_contact_id;
    // Only management changes an employee.
    crate::employee::Employee => "employee", owner: |_employee| None;
}
