//! One's own notifications: marking them read, and how to hear of them.

use chrono::{DateTime, Utc};

use super::ensure;
use super::records::NotificationSettings;
use super::repository::InboxRepository;
use super::requests::{ChangeSettings, MarkRead};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
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
