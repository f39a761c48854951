//! One's own notifications: marking them read, and how to hear of them.

use std::ops::ControlFlow;

use chrono::{DateTime, TimeDelta, Utc};

use super::ensure;
use super::notice::{EventBrief, Notice, NoticeKind};
use super::records::NotificationSettings;
use super::repository::{EventRepository, InboxRepository};
use super::requests::{ChangeSettings, ListEvents, MarkRead};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::EmployeeId;
use crate::{Error, Result};

/// Someone else's notification is "not found". Returns how many changed.
pub async fn mark_read<R: InboxRepository>(
    repo: &R,
    actor: &Employee,
    request: MarkRead,
    now: DateTime<Utc>,
) -> Result<u64> {
    ensure(actor, Action::OwnAccount, Ownership::Own)?;
    let changed = repo.mark_read(actor.id, request.id, now).await?;
    match request.id {
        Some(id) if changed == 0 => Err(Error::not_found("unread notification", id)),
        _ => Ok(changed),
    }
}

/// One's own settings, changed as asked; an empty request only reads them.
pub async fn notification_settings<R: InboxRepository>(
    repo: &R,
    actor: &Employee,
    request: ChangeSettings,
) -> Result<NotificationSettings> {
    ensure(actor, Action::OwnAccount, Ownership::Own)?;
    let current = repo.notification_settings(actor.id).await?;
    if request.is_empty() {
        return Ok(current);
    }
    let ChangeSettings { email, language } = request;
    let settings = NotificationSettings {
        email: email.unwrap_or(current.email),
        language: language.unwrap_or(current.language),
    };
    repo.set_notification_settings(actor.id, settings).await?;
    Ok(settings)
}

/// A reminder due: one e-mail to one person about one event, at most once
/// for its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub employee: EmployeeId,
    pub notice: Notice,
    /// Event, offset, start and person: moving the event or changing its
    /// people makes a new key, so the reminder comes again.
    pub once: String,
}

/// The reminders due at `now`: for each event starting within the largest
/// of `days_before`, its support and sales contacts are reminded at the
/// smallest offset already reached (an event booked three days ahead gets
/// the 7-day reminder at once, saying three days, then the 1-day one).
pub async fn due_reminders<R: EventRepository>(
    repo: &R,
    days_before: &[u32],
    now: DateTime<Utc>,
) -> Result<Vec<Reminder>> {
    let Some(furthest) = days_before.iter().max() else {
        return Ok(Vec::new());
    };
    let day = TimeDelta::days(1);
    let within = ListEvents {
        from: Some(now),
        to: Some(now + day * i32::try_from(*furthest).unwrap_or(i32::MAX)),
        ..ListEvents::default()
    };
    let mut due = Vec::new();
    repo.events(&within, &mut |event| {
        let reached = days_before
            .iter()
            .copied()
            .filter(|d| event.start - day * i32::try_from(*d).unwrap_or(i32::MAX) <= now)
            .min();
        if let Some(offset) = reached {
            let left = (event.start - now).num_seconds();
            let days = u32::try_from((left + 86_399) / 86_400).unwrap_or(1).max(1);
            let people = [event.support_contact_id, Some(event.sales_contact_id)];
            for employee in people.into_iter().flatten() {
                due.push(Reminder {
                    employee,
                    notice: Notice {
                        kind: NoticeKind::Reminder,
                        by: None,
                        event: EventBrief::of(&event),
                        changes: Vec::new(),
                        days: Some(days),
                    },
                    once: format!(
                        "reminder:{}:{offset}:{}:{employee}",
                        event.id,
                        event.start.timestamp()
                    ),
                });
            }
        }
        ControlFlow::Continue(())
    })
    .await?;
    Ok(due)
}
