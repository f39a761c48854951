use std::ops::ControlFlow;

use chrono::{DateTime, Utc};

use super::clients::require_active;
use super::notice::{Change, EventBrief, Notice, NoticeKind};
use super::records::{
    Contract, Event, FieldChange, NotificationDraft, Trail, UpdatedEvent, Warning, changed_fields,
};
use super::repository::{ContractRepository, EmployeeRepository, EventRepository, NewEvent};
use super::requests::events::{appended_notes, check_dates};
use super::requests::{CreateEvent, ListEvents, SupportChange, UpdateEvent};
use super::{check_version, ensure, found, guard, sales_ownership, support_ownership, written};
use crate::employee::Employee;
use crate::policy::Action;
use crate::types::{Department, EmployeeId, EventId, EventText};
use crate::{Error, Message, Result, keys};

/// Events are only for signed contracts.
pub(super) fn require_signed(contract: &Contract) -> Result<()> {
    if contract.signed {
        Ok(())
    } else {
        Err(Error::invalid(
            "contract",
            Message::new(keys::CONTRACT_UNSIGNED).arg("id", contract.id),
        ))
    }
}

/// A new event of `actor`'s contract (sales), with its audit trail. The
/// write checks again that the contract is still signed and still theirs.
pub(super) fn new_event(
    actor: &Employee,
    request: CreateEvent,
    action: &'static str,
) -> Result<(NewEvent, Trail)> {
    check_dates(request.start, request.end)?;
    let trail = Trail::new(
        actor.id,
        action,
        vec![
            FieldChange::set("name", &request.name),
            FieldChange::set("contract_id", request.contract),
        ],
    );
    let new = NewEvent {
        contract: request.contract,
        owner: Some(actor.id),
        values: EventValues {
            name: request.name,
            start: request.start,
            end: request.end,
            location: request.location,
            attendees: request.attendees,
            notes: request.notes,
            support_contact: None,
        },
    };
    Ok((new, trail))
}

pub async fn create_event<R: ContractRepository + EventRepository>(
    repo: &R,
    actor: &Employee,
    request: CreateEvent,
    now: DateTime<Utc>,
) -> Result<Event> {
    let contract = request.contract;
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
    let (new, trail) = new_event(actor, request, "create")?;
    repo.create_event(new, trail, now)
        .await?
        .ok_or_else(|| Error::Conflict(Message::new(keys::CONTRACT_CHANGED).arg("id", contract)))
}

async fn load<R: EventRepository>(repo: &R, id: EventId) -> Result<Event> {
    found(id, repo.event(id).await?)
}

/// Who hears about a change: the support contacts before and after, and the
/// client's sales contact, except whoever made the change. `after` is the
/// event as the change leaves it, which their e-mail describes.
fn notifications(
    actor: &Employee,
    before: &Event,
    after: &EventValues,
    changes: &[FieldChange],
) -> Vec<NotificationDraft> {
    let mut brief = EventBrief::of(before);
    brief.name = after.name.to_string();
    brief.start = after.start;
    brief.end = after.end;
    brief.location = after.location.to_string();
    let mut drafts = Vec::new();
    let mut tell = |employee: EmployeeId, kind: NoticeKind, message: String| {
        if employee != actor.id
            && !drafts
                .iter()
                .any(|d: &NotificationDraft| d.employee == employee)
        {
            drafts.push(NotificationDraft {
                employee,
                message,
                notice: Notice {
                    kind,
                    by: Some(actor.full_name.to_string()),
                    event: brief.clone(),
                    changes: changes.iter().map(Change::from).collect(),
                    days: None,
                },
            });
        }
    };
    let event = format!("event {} \"{}\"", before.id, before.name);
    match (before.support_contact_id, after.support_contact) {
        (old, new) if old == new => {
            if let Some(id) = new {
                tell(
                    id,
                    NoticeKind::Changed,
                    format!("{} changed {event}", actor.full_name),
                );
            }
        }
        (old, new) => {
            if let Some(id) = new {
                tell(
                    id,
                    NoticeKind::Assigned,
                    format!("{} assigned you to {event}", actor.full_name),
                );
            }
            if let Some(id) = old {
                tell(
                    id,
                    NoticeKind::Removed,
                    format!("{} removed you from {event}", actor.full_name),
                );
            }
        }
    }
    tell(
        before.sales_contact_id,
        NoticeKind::Changed,
        format!(
            "{} changed {event} of your client {}",
            actor.full_name, before.client_name
        ),
    );
    drafts
}

pub async fn update_event<R: EventRepository + EmployeeRepository>(
    repo: &R,
    actor: &Employee,
    request: UpdateEvent,
    now: DateTime<Utc>,
) -> Result<UpdatedEvent> {
    let UpdateEvent {
        id,
        details,
        support,
        append_notes,
        if_free,
        if_version,
    } = request;
    let current = load(repo, id).await?;
    let ownership = support_ownership(actor, &current);
    if !details.is_empty() || append_notes.is_some() {
        ensure(actor, Action::UpdateEvent, ownership)?;
    }
    if support.is_some() {
        ensure(actor, Action::AssignSupport, ownership)?;
    }
    if details.is_empty() && support.is_none() && append_notes.is_none() {
        return Err(Error::invalid(
            "event",
            Message::new(keys::NOTHING_TO_CHANGE),
        ));
    }
    let version = check_version(&current, if_version)?;
    let assigning = matches!(support, Some(SupportChange::Assign(_)));
    let values = EventValues {
        name: details.name.unwrap_or_else(|| current.name.clone()),
        start: details.start.unwrap_or(current.start),
        end: details.end.unwrap_or(current.end),
        location: details.location.unwrap_or_else(|| current.location.clone()),
        attendees: details.attendees.unwrap_or(current.attendees),
        notes: match (details.notes, append_notes) {
            (Some(_), Some(_)) => {
                return Err(Error::invalid(
                    "append_notes",
                    Message::new(keys::NOTES_OR_APPEND),
                ));
            }
            (Some(notes), None) => notes,
            (None, Some(more)) => appended_notes(&current.notes, &more)?,
            (None, None) => current.notes.clone(),
        },
        support_contact: match support {
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
    let moved = values.start != current.start || values.end != current.end;
    let warnings = match values.support_contact {
        Some(support) if moved || assigning => double_bookings(repo, id, support, &values).await?,
        _ => Vec::new(),
    };
    if if_free {
        refuse_double_booking(repo, &warnings).await?;
    }
    let support = values.support_contact;
    let booked = if_free.then(|| values.clone());
    let changes = values.changes_from(&EventValues::of(&current));
    let notify = notifications(actor, &current, &values, &changes);
    let mut trail = Trail::new(actor.id, "update", changes);
    trail.notify = notify;
    let outcome = repo
        .update_event(id, guard(actor, version), if_free, values, trail, now)
        .await?;
    if outcome.is_none()
        && let (Some(support), Some(values)) = (support, booked)
    {
        // Someone booked them meanwhile: say so rather than "stale".
        let meanwhile = double_bookings(repo, id, support, &values).await?;
        refuse_double_booking(repo, &meanwhile).await?;
    }
    let event = written(id, outcome, repo.event(id), actor).await?;
    Ok(UpdatedEvent { event, warnings })
}

/// The other events `support` is at while `values` happens.
async fn double_bookings<R: EventRepository>(
    repo: &R,
    id: EventId,
    support: EmployeeId,
    values: &EventValues,
) -> Result<Vec<Warning>> {
    let during = ListEvents {
        support: Some(support),
        to: Some(values.end),
        ending_after: Some(values.start),
        ..ListEvents::default()
    };
    let mut warnings = Vec::new();
    repo.events(&during, &mut |other| {
        if other.id != id {
            warnings.push(Warning::DoubleBooking {
                support_contact_id: support,
                event_id: other.id,
                name: other.name.to_string(),
                start: other.start,
                end: other.end,
            });
        }
        ControlFlow::Continue(())
    })
    .await?;
    Ok(warnings)
}

/// `--if-free`: the first other event refuses the change.
async fn refuse_double_booking<R: EmployeeRepository>(
    repo: &R,
    warnings: &[Warning],
) -> Result<()> {
    let Some(Warning::DoubleBooking {
        support_contact_id,
        event_id,
        name,
        ..
    }) = warnings.first()
    else {
        return Ok(());
    };
    let who = match repo.employee(*support_contact_id).await? {
        Some(e) => e.full_name.to_string(),
        None => support_contact_id.to_string(),
    };
    Err(Error::Conflict(
        Message::new(keys::DOUBLE_BOOKED)
            .arg("who", who)
            .arg("id", event_id)
            .arg("name", name),
    ))
}

/// The event `actor` may delete, so that a refusal comes before any
/// confirmation is asked.
pub async fn event_to_delete<R: EventRepository>(
    repo: &R,
    actor: &Employee,
    id: EventId,
) -> Result<Event> {
    let current = load(repo, id).await?;
    ensure(
        actor,
        Action::DeleteEvent,
        support_ownership(actor, &current),
    )?;
    Ok(current)
}

pub async fn delete_event<R: EventRepository>(
    repo: &R,
    actor: &Employee,
    id: EventId,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = event_to_delete(repo, actor, id).await?;
    let mut trail = Trail::deleted(actor.id, "name", &current.name);
    let mut gone = EventValues::of(&current);
    gone.support_contact = None;
    trail.notify = notifications(actor, &current, &gone, &[]);
    if repo.delete_event(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::not_found("event", id))
    }
}

/// Every value of an event, as created or after an update (not a diff).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventValues {
    pub name: EventText,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub location: EventText,
    pub attendees: u32,
    pub notes: String,
    pub support_contact: Option<EmployeeId>,
}

/// An event's values as stored and as compared for the audit log, each
/// taking every field by name.
impl EventValues {
    /// The values an event has now.
    pub fn of(event: &Event) -> Self {
        let Event {
            id: _,
            name,
            contract_id: _,
            client_id: _,
            client_name: _,
            client_email: _,
            client_phone: _,
            sales_contact_id: _,
            support_contact_id,
            support_contact_name: _,
            start,
            end,
            location,
            attendees,
            notes,
            created_at: _,
            updated_at: _,
            version: _,
        } = event;
        Self {
            name: name.clone(),
            start: *start,
            end: *end,
            location: location.clone(),
            attendees: *attendees,
            notes: notes.clone(),
            support_contact: *support_contact_id,
        }
    }

    /// What differs from `before`, for the audit log.
    pub fn changes_from(&self, before: &Self) -> Vec<FieldChange> {
        let Self {
            name,
            start,
            end,
            location,
            attendees,
            notes,
            support_contact,
        } = self;
        let text = |v: &dyn ToString| Some(v.to_string());
        let time = |t: &DateTime<Utc>| Some(t.to_rfc3339());
        let id = |e: &Option<EmployeeId>| e.map(|e| e.to_string());
        changed_fields([
            ("name", text(&before.name), text(name)),
            ("start", time(&before.start), time(start)),
            ("end", time(&before.end), time(end)),
            ("location", text(&before.location), text(location)),
            ("attendees", text(&before.attendees), text(attendees)),
            ("notes", text(&before.notes), text(notes)),
            (
                "support_contact_id",
                id(&before.support_contact),
                id(support_contact),
            ),
        ])
    }

    /// What a search of events compares with.
    pub fn search_key(&self) -> String {
        crate::search::event_key(self.name.as_str(), self.location.as_str(), &self.notes)
    }
}
