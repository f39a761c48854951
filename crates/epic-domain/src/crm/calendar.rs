//! One's calendar feed: a secret URL that calendar applications subscribe
//! to, for one's own events. The token is random, only its hash is kept,
//! and it grants that feed and nothing else.

use std::ops::ControlFlow;

use chrono::{DateTime, TimeDelta, Utc};

use super::ensure;
use super::records::{CalendarFeed, Event};
use super::repository::{EmployeeRepository, EventRepository, InboxRepository};
use super::requests::ListEvents;
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::Department;
use crate::{Error, Message, Result, keys};

/// Past events stay in the feed this long.
pub const KEPT_AFTER: TimeDelta = TimeDelta::days(30);
/// Events one feed holds at most: more than any calendar shows usefully.
pub const MAX_FEED_EVENTS: usize = 5_000;

/// Where the feed of `token` is served.
pub fn feed_path(token: &str) -> String {
    format!("/calendar/{token}.ics")
}

/// The token of a feed's file name (`<64 hex>.ics`), if it can be one.
pub fn token_of(file: &str) -> Option<&str> {
    let token = file.strip_suffix(".ics")?;
    (token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())).then_some(token)
}

/// A new feed URL for `actor`; with `reset` it replaces theirs, without
/// it a second one is refused, since the first cannot be shown again.
pub async fn calendar_url<R: InboxRepository>(
    repo: &R,
    actor: &Employee,
    reset: bool,
    now: DateTime<Utc>,
) -> Result<CalendarFeed> {
    ensure(actor, Action::OwnAccount, Ownership::Own)?;
    if !reset && repo.has_calendar(actor.id).await? {
        return Err(Error::Conflict(Message::new(keys::CALENDAR_EXISTS)));
    }
    let token = crate::secret::random_hex(32)?;
    repo.set_calendar_token(actor.id, &crate::token::session_key(&token), now)
        .await?;
    Ok(CalendarFeed {
        path: feed_path(&token),
    })
}

/// The events of the feed of `token` at `now`: support, those assigned to
/// them; sales, their clients'; management, every one; from 30 days ago
/// on, by start. Not found for a token revoked or of a deactivated
/// employee.
pub async fn calendar_events<R: InboxRepository + EmployeeRepository + EventRepository>(
    repo: &R,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Event>> {
    let gone = || Error::not_found("calendar", 0);
    let owner = repo
        .calendar_owner(&crate::token::session_key(token))
        .await?
        .ok_or_else(gone)?;
    let employee = repo
        .employee(owner)
        .await?
        .filter(|e| e.active)
        .ok_or_else(gone)?;
    let request = ListEvents {
        support: (employee.department == Department::Support).then_some(employee.id),
        sales: (employee.department == Department::Sales).then_some(employee.id),
        from: Some(now - KEPT_AFTER),
        ..ListEvents::default()
    };
    let mut events = Vec::new();
    repo.events(&request, &mut |event| {
        events.push(event);
        if events.len() < MAX_FEED_EVENTS {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(())
        }
    })
    .await?;
    Ok(events)
}
