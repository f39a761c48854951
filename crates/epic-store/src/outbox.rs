//! The outbox: e-mails written with the changes they tell of, taken one
//! at a time by whoever delivers them. On PostgreSQL the message is held
//! by its row lock (`FOR UPDATE SKIP LOCKED`) from the moment it is taken
//! until its outcome is written, so several senders on one database each
//! take a different one and none is sent twice. SQLite has no row locks
//! and one writer at a time: a sender claims the message by moving its next
//! attempt past the time sending may take, in one write.

use std::future::Future;

use chrono::{DateTime, TimeDelta, Utc};
use epic_domain::crm::notice::{Notice, retry_at, worth_sending};
use epic_domain::crm::records::NotificationSettings;
use epic_domain::employee::Employee;
use epic_domain::types::EmployeeId;
use epic_domain::{Error, Result};
use sea_orm::sea_query::{LockBehavior, LockType};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

use crate::crm::Stored;
use crate::entity::outbox;
use crate::errors::IntoDomain;
use crate::{Backend, Store};

/// How long an SQLite sender may take over one message before another may
/// take it again: well over the SMTP timeouts.
const CLAIM: TimeDelta = TimeDelta::minutes(10);

/// A pending row for `notice` to `employee`; `once` keeps a second one
/// with the same key out (a reminder).
pub(crate) fn pending(
    employee: EmployeeId,
    notice: &Notice,
    once: Option<String>,
    now: DateTime<Utc>,
) -> Result<outbox::ActiveModel> {
    let payload = serde_json::to_string(notice)
        .map_err(|e| Error::Internal(format!("cannot encode an e-mail: {e}")))?;
    Ok(outbox::ActiveModel {
        employee_id: Set(employee.0),
        kind: Set(notice.kind.as_str().to_owned()),
        event_id: Set(Some(notice.event.id.0)),
        payload: Set(payload),
        created_at: Set(now),
        state: Set(State::Pending.as_str().to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        sent_at: Set(None),
        last_error: Set(None),
        once_key: Set(once),
        ..Default::default()
    })
}

/// One message to send, with what the sender needs to word and address it.
#[derive(Debug, Clone)]
pub struct Letter {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub employee: Employee,
    pub settings: NotificationSettings,
    pub notice: Notice,
}

/// What became of an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    Sent,
    /// The server refused the message itself (a 5xx): trying again would
    /// not help.
    Refused(String),
    /// The server could not be reached or asked to come back later.
    Failed(String),
}

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Pending,
    Sent,
    /// Not sent, and never will be: nobody to read it (see
    /// [`worth_sending`]).
    Skipped,
    /// Given up on; kept for management to see.
    Failed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Skipped => "skipped",
            Self::Failed => "failed",
        }
    }
}

/// What a sender did with one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub id: i64,
    pub employee: EmployeeId,
    pub state: State,
    /// Why it was skipped, or the last failure.
    pub reason: Option<String>,
}

/// The row's new values after an attempt.
fn settle(
    row: &outbox::Model,
    attempt: std::result::Result<Attempt, String>,
    now: DateTime<Utc>,
) -> (State, Option<String>, i32, DateTime<Utc>) {
    let tries = row.attempts.saturating_add(1);
    match attempt {
        Err(skipped) => (State::Skipped, Some(skipped), row.attempts, now),
        Ok(Attempt::Sent) => (State::Sent, None, tries, now),
        Ok(Attempt::Refused(error)) => (State::Failed, Some(error), tries, now),
        Ok(Attempt::Failed(error)) => {
            match retry_at(
                u32::try_from(tries).unwrap_or(u32::MAX),
                row.created_at,
                now,
            ) {
                Some(at) => (State::Pending, Some(error), tries, at),
                None => (State::Failed, Some(error), tries, now),
            }
        }
    }
}

fn due(now: DateTime<Utc>) -> sea_orm::Select<outbox::Entity> {
    outbox::Entity::find()
        .filter(outbox::Column::State.eq(State::Pending.as_str()))
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(outbox::Column::NextAttemptAt)
        .order_by_asc(outbox::Column::Id)
        .limit(1)
}

impl Store {
    /// Takes the next message due at `now`, if any, and has `send` send
    /// it unless nobody would read it; records the outcome.
    pub async fn deliver_next<F, Fut>(&self, now: DateTime<Utc>, send: F) -> Result<Option<Outcome>>
    where
        F: FnOnce(Letter) -> Fut,
        Fut: Future<Output = Attempt>,
    {
        match self.backend() {
            Backend::Postgres => self.deliver_locked(now, send).await,
            Backend::Sqlite => self.deliver_claimed(now, send).await,
        }
    }

    async fn deliver_locked<F, Fut>(&self, now: DateTime<Utc>, send: F) -> Result<Option<Outcome>>
    where
        F: FnOnce(Letter) -> Fut,
        Fut: Future<Output = Attempt>,
    {
        let txn = self.db.begin().await.into_domain()?;
        let Some(row) = due(now)
            .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
            .one(&txn)
            .await
            .into_domain()?
        else {
            txn.commit().await.into_domain()?;
            return Ok(None);
        };
        let attempt = Self::attempt(&txn, &row, now, send).await?;
        let outcome = record(&txn, &row, attempt, now).await?;
        txn.commit().await.into_domain()?;
        Ok(Some(outcome))
    }

    async fn deliver_claimed<F, Fut>(&self, now: DateTime<Utc>, send: F) -> Result<Option<Outcome>>
    where
        F: FnOnce(Letter) -> Fut,
        Fut: Future<Output = Attempt>,
    {
        let row = {
            let (txn, _turn) = self.write().await?;
            let Some(row) = due(now).one(&txn).await.into_domain()? else {
                return Ok(None);
            };
            outbox::Entity::update_many()
                .col_expr(
                    outbox::Column::NextAttemptAt,
                    sea_orm::sea_query::Expr::value(now + CLAIM),
                )
                .filter(outbox::Column::Id.eq(row.id))
                .exec(&txn)
                .await
                .into_domain()?;
            txn.commit().await.into_domain()?;
            row
        };
        let attempt = Self::attempt(&self.db, &row, now, send).await?;
        let (txn, _turn) = self.write().await?;
        let outcome = record(&txn, &row, attempt, now).await?;
        txn.commit().await.into_domain()?;
        Ok(Some(outcome))
    }

    /// Sends `row` if anyone would read it; `Err` says why not.
    async fn attempt<C, F, Fut>(
        db: &C,
        row: &outbox::Model,
        now: DateTime<Utc>,
        send: F,
    ) -> Result<std::result::Result<Attempt, String>>
    where
        C: ConnectionTrait,
        F: FnOnce(Letter) -> Fut,
        Fut: Future<Output = Attempt>,
    {
        let Ok(notice) = serde_json::from_str::<Notice>(&row.payload) else {
            return Ok(Err("the message is unreadable".to_owned()));
        };
        let Some(employee) = Employee::get(db, row.employee_id).await? else {
            return Ok(Err("the employee is gone".to_owned()));
        };
        let settings = crate::crm::inbox::settings_of(db, employee.id).await?;
        if let Err(why) = worth_sending(&notice, settings.email, employee.active, now) {
            return Ok(Err(why.to_owned()));
        }
        let letter = Letter {
            id: row.id,
            created_at: row.created_at,
            employee,
            settings,
            notice,
        };
        Ok(Ok(send(letter).await))
    }
}

async fn record<C: ConnectionTrait>(
    db: &C,
    row: &outbox::Model,
    attempt: std::result::Result<Attempt, String>,
    now: DateTime<Utc>,
) -> Result<Outcome> {
    let (state, reason, attempts, next) = settle(row, attempt, now);
    let sent_at = (state == State::Sent).then_some(now);
    outbox::Entity::update_many()
        .set(outbox::ActiveModel {
            state: Set(state.as_str().to_owned()),
            attempts: Set(attempts),
            next_attempt_at: Set(next),
            sent_at: Set(sent_at),
            last_error: Set(reason.clone()),
            ..Default::default()
        })
        .filter(outbox::Column::Id.eq(row.id))
        .exec(db)
        .await
        .into_domain()?;
    Ok(Outcome {
        id: row.id,
        employee: EmployeeId(row.employee_id),
        state,
        reason,
    })
}
