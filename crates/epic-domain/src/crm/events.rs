use chrono::{DateTime, Utc};

use super::clients::require_active;
use super::records::{Contract, Event, FieldChange, NotificationDraft, Trail, changed_fields};
use super::repository::{CrmRepository, EventValues};
use super::{check_version, ensure, guard, refused_write, sales_ownership};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{Department, EmployeeId, FullName};
use crate::values::{parse_attendees, parse_notes, parse_time};
use crate::{Error, Result};

#[derive(Debug, Clone, Default)]
pub struct EventInput {
    pub name: String,
    pub start: String,
    pub end: String,
    pub location: String,
    pub attendees: String,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupportChange {
    Assign(EmployeeId),
    Remove,
}

#[derive(Debug, Clone, Default)]
pub struct EventPatch {
    pub name: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub location: Option<String>,
    pub attendees: Option<String>,
    pub notes: Option<String>,
    pub support: Option<SupportChange>,
    pub if_version: Option<i64>,
}

impl EventPatch {
    fn changes_details(&self) -> bool {
        self.name.is_some()
            || self.start.is_some()
            || self.end.is_some()
            || self.location.is_some()
            || self.attendees.is_some()
            || self.notes.is_some()
    }
}

impl EventInput {
    /// Every field parsed and checked, the dates together: the one reading
    /// of a new event, whether typed or imported.
    pub(super) fn values(&self) -> Result<EventValues> {
        let values = EventValues {
            name: name(&self.name)?,
            start: parse_time("start", &self.start)?,
            end: parse_time("end", &self.end)?,
            location: location(&self.location)?,
            attendees: parse_attendees(&self.attendees)?,
            notes: parse_notes(self.notes.as_deref().unwrap_or_default())?,
            support_contact: None,
        };
        check_dates(values.start, values.end)?;
        Ok(values)
    }
}

/// Events are only for signed contracts.
pub(super) fn require_signed(contract: &Contract) -> Result<()> {
    if contract.signed {
        Ok(())
    } else {
        Err(Error::invalid(
            "contract",
            format!(
                "contract {} is not signed yet: events are only for signed contracts",
                contract.id
            ),
        ))
    }
}

fn check_dates(start: DateTime<Utc>, end: DateTime<Utc>) -> Result<()> {
    if end < start {
        return Err(Error::invalid("end", "must not be before the start"));
    }
    Ok(())
}

fn location(input: &str) -> Result<FullName> {
    FullName::parse_field("location", input)
}

fn name(input: &str) -> Result<FullName> {
    FullName::parse_field("name", input)
}

pub async fn create_event<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    contract: i64,
    input: EventInput,
    now: DateTime<Utc>,
) -> Result<Event> {
    let found = repo
        .contract(contract)
        .await?
        .ok_or_else(|| Error::not_found("contract", contract))?;
    ensure(
        actor,
        Action::CreateEvent,
        sales_ownership(actor, found.sales_contact_id),
    )?;
    require_signed(&found)?;
    let values = input.values()?;
    let trail = Trail::new(
        actor.id,
        "create",
        vec![
            FieldChange::set("name", &values.name),
            FieldChange::set("contract_id", contract),
        ],
    );
    match repo
        .create_event(contract, Some(actor.id), values, trail, now)
        .await?
    {
        Some(event) => Ok(event),
        None => Err(Error::Conflict(format!(
            "contract {contract} changed meanwhile (unsigned or reassigned); nothing was created"
        ))),
    }
}

fn support_ownership(actor: &Employee, event: &Event) -> Ownership {
    match event.support_contact_id {
        None => Ownership::Unassigned,
        Some(id) if id == actor.id => Ownership::Own,
        Some(_) => Ownership::Others,
    }
}

/// Who hears about a change: the support contacts before and after, and the
/// client's sales contact, except whoever made the change.
fn notifications(
    actor: &Employee,
    before: &Event,
    after_support: Option<EmployeeId>,
) -> Vec<NotificationDraft> {
    let mut drafts = Vec::new();
    let mut tell = |employee: EmployeeId, kind: &'static str, message: String| {
        if employee != actor.id
            && !drafts
                .iter()
                .any(|d: &NotificationDraft| d.employee == employee)
        {
            drafts.push(NotificationDraft {
                employee,
                kind,
                message,
            });
        }
    };
    let event = format!("event {} \"{}\"", before.id, before.name);
    match (before.support_contact_id, after_support) {
        (old, new) if old == new => {
            if let Some(id) = new {
                tell(
                    id,
                    "changed",
                    format!("{} changed {event}", actor.full_name),
                );
            }
        }
        (old, new) => {
            if let Some(id) = new {
                tell(
                    id,
                    "assigned",
                    format!("{} assigned you to {event}", actor.full_name),
                );
            }
            if let Some(id) = old {
                tell(
                    id,
                    "removed",
                    format!("{} removed you from {event}", actor.full_name),
                );
            }
        }
    }
    tell(
        before.sales_contact_id,
        "changed",
        format!(
            "{} changed {event} of your client {}",
            actor.full_name, before.client_name
        ),
    );
    drafts
}

pub async fn update_event<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
    patch: EventPatch,
    now: DateTime<Utc>,
) -> Result<Event> {
    let current = repo
        .event(id)
        .await?
        .ok_or_else(|| Error::not_found("event", id))?;
    let ownership = support_ownership(actor, &current);
    if patch.changes_details() {
        ensure(actor, Action::UpdateEvent, ownership)?;
    }
    if patch.support.is_some() {
        ensure(actor, Action::AssignSupport, ownership)?;
    }
    if !patch.changes_details() && patch.support.is_none() {
        return Err(Error::invalid(
            "event",
            "nothing to change: pass at least one field",
        ));
    }
    let version = check_version("event", id, current.version, patch.if_version)?;
    let values = EventValues {
        name: patch
            .name
            .as_deref()
            .map(name)
            .transpose()?
            .unwrap_or_else(|| current.name.clone()),
        start: patch
            .start
            .as_deref()
            .map(|t| parse_time("start", t))
            .transpose()?
            .unwrap_or(current.start),
        end: patch
            .end
            .as_deref()
            .map(|t| parse_time("end", t))
            .transpose()?
            .unwrap_or(current.end),
        location: patch
            .location
            .as_deref()
            .map(location)
            .transpose()?
            .unwrap_or_else(|| current.location.clone()),
        attendees: patch
            .attendees
            .as_deref()
            .map(parse_attendees)
            .transpose()?
            .unwrap_or(current.attendees),
        notes: patch
            .notes
            .as_deref()
            .map(parse_notes)
            .transpose()?
            .unwrap_or_else(|| current.notes.clone()),
        support_contact: match patch.support {
            Some(SupportChange::Assign(id)) => Some(id),
            Some(SupportChange::Remove) => None,
            None => current.support_contact_id,
        },
    };
    check_dates(values.start, values.end)?;
    if let Some(support) = values
        .support_contact
        .filter(|s| Some(*s) != current.support_contact_id)
    {
        require_active(repo, support, Department::Support, "support_contact").await?;
    }
    let time = |t: DateTime<Utc>| Some(t.to_rfc3339());
    let id_text = |e: Option<EmployeeId>| e.map(|e| e.to_string());
    let changes = changed_fields([
        (
            "name",
            Some(current.name.to_string()),
            Some(values.name.to_string()),
        ),
        ("start", time(current.start), time(values.start)),
        ("end", time(current.end), time(values.end)),
        (
            "location",
            Some(current.location.to_string()),
            Some(values.location.to_string()),
        ),
        (
            "attendees",
            Some(current.attendees.to_string()),
            Some(values.attendees.to_string()),
        ),
        (
            "notes",
            Some(current.notes.clone()),
            Some(values.notes.clone()),
        ),
        (
            "support_contact_id",
            id_text(current.support_contact_id),
            id_text(values.support_contact),
        ),
    ]);
    let mut trail = Trail::new(actor.id, "update", changes);
    trail.notify = notifications(actor, &current, values.support_contact);
    match repo
        .update_event(id, guard(actor, version), values, trail, now)
        .await?
    {
        Some(event) => Ok(event),
        None => {
            let fresh = repo.event(id).await?;
            Err(refused_write("event", id, fresh, |e| {
                actor.department == Department::Management || e.support_contact_id == Some(actor.id)
            }))
        }
    }
}

/// The event `actor` may delete, so that a refusal comes before any
/// confirmation is asked.
pub async fn event_to_delete<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
) -> Result<Event> {
    let current = repo
        .event(id)
        .await?
        .ok_or_else(|| Error::not_found("event", id))?;
    ensure(
        actor,
        Action::DeleteEvent,
        support_ownership(actor, &current),
    )?;
    Ok(current)
}

pub async fn delete_event<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = event_to_delete(repo, actor, id).await?;
    let mut trail = Trail::new(
        actor.id,
        "delete",
        vec![FieldChange::new(
            "name",
            Some(current.name.to_string()),
            None,
        )],
    );
    trail.notify = notifications(actor, &current, None);
    if repo.delete_event(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::not_found("event", id))
    }
}
