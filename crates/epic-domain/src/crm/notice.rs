//! What a notification's e-mail tells, kept as data rather than words, so
//! that it is worded when it is sent: in the reader's language then, with
//! times in the company's zone.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::records::{Event, FieldChange};
use crate::types::EventId;

/// Why someone hears of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    Assigned,
    Changed,
    Removed,
    /// `days` before the start.
    Reminder,
}

impl NoticeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Assigned => "assigned",
            Self::Changed => "changed",
            Self::Removed => "removed",
            Self::Reminder => "reminder",
        }
    }
}

/// The event as the message describes it: as it is after the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventBrief {
    pub id: EventId,
    pub name: String,
    pub client: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub location: String,
}

impl EventBrief {
    pub fn of(event: &Event) -> Self {
        Self {
            id: event.id,
            name: event.name.to_string(),
            client: event.client_name.clone(),
            start: event.start,
            end: event.end,
            location: event.location.to_string(),
        }
    }
}

/// One field's change as the message shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl From<&FieldChange> for Change {
    fn from(change: &FieldChange) -> Self {
        Self {
            field: change.field.to_owned(),
            old: change.old.clone(),
            new: change.new.clone(),
        }
    }
}

/// Everything one e-mail needs, written to the outbox with the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub kind: NoticeKind,
    /// Who made the change; none for a reminder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    pub event: EventBrief,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// For a reminder: how many days before the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
}

/// Whether a message still has a reader: nobody is mailed after their
/// deactivation, nor when they said no, nor about an event that is over.
pub fn worth_sending(
    notice: &Notice,
    mode: crate::types::EmailMode,
    active: bool,
    now: DateTime<Utc>,
) -> Result<(), &'static str> {
    use crate::types::EmailMode;
    if !active {
        Err("the employee is deactivated")
    } else if mode == EmailMode::Off {
        Err("the employee turned e-mail off")
    } else if notice.event.end < now {
        Err("the event is over")
    } else {
        Ok(())
    }
}

/// How long a message is retried before it is given up on and left for
/// management to see: a mail server down for a night is waited for.
pub const GIVE_UP_AFTER: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// When to try again after `attempts` failed tries, soon at first and then
/// hourly; `None` once a message made at `created` has waited long enough.
pub fn retry_at(
    attempts: u32,
    created: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    const STEPS: [i64; 5] = [15, 60, 5 * 60, 15 * 60, 60 * 60];
    let wait = STEPS[usize::try_from(attempts.saturating_sub(1))
        .unwrap_or(usize::MAX)
        .min(STEPS.len() - 1)];
    let at = now + chrono::TimeDelta::seconds(wait);
    (at - created <= GIVE_UP_AFTER).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    #[test]
    fn retries_back_off_then_give_up_after_a_day() {
        let created = DateTime::<Utc>::UNIX_EPOCH;
        let first = retry_at(1, created, created);
        assert_eq!(first, Some(created + TimeDelta::seconds(15)));
        assert_eq!(
            retry_at(2, created, created),
            Some(created + TimeDelta::seconds(60))
        );
        assert_eq!(
            retry_at(40, created, created),
            Some(created + TimeDelta::hours(1))
        );
        assert_eq!(
            retry_at(
                40,
                created,
                created + TimeDelta::hours(23) + TimeDelta::minutes(1)
            ),
            None
        );
    }
}
