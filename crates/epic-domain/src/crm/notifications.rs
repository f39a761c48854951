//! One's own notifications: marking them read.

use chrono::{DateTime, Utc};

use super::ensure;
use super::repository::InboxRepository;
use super::requests::MarkRead;
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
