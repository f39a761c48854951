//! The outbox: e-mails written with the changes they tell of, taken one
//! at a time by whoever delivers them. On PostgreSQL the message is held
//! by its row lock (`FOR UPDATE SKIP LOCKED`) from the moment it is taken
//! until its outcome is written, so several senders on one database each
//! take a different one and none is sent twice. SQLite has no row locks
//! and one writer at a time: a sender claims the message by moving its next
//! attempt past the time sending may take, in one write.

use std::future::Future;

use chrono::{DateTime, TimeDelta, Utc};
use epic_domain::crm::Reminder;
use epic_domain::crm::notice::{Notice, retry_at, worth_sending};
use epic_domain::crm::records::NotificationSettings;
use epic_domain::employee::Employee;
use epic_domain::types::{EmailMode, EmployeeId};
use epic_domain::{Error, Result};
use sea_orm::sea_query::{Expr, LockBehavior, LockType, OnConflict};
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

/// How a notice is kept in the outbox.
pub(crate) fn payload(notice: &Notice) -> Result<String> {
    serde_json::to_string(notice)
        .map_err(|e| Error::Internal(format!("cannot encode an e-mail: {e}")))
}

/// A pending row for `notice` to `employee`; `once` keeps a second one
/// with the same key out (a reminder).
pub(crate) fn pending(
    employee: EmployeeId,
    notice: &Notice,
    once: Option<String>,
    now: DateTime<Utc>,
) -> Result<outbox::ActiveModel> {
    let payload = payload(notice)?;
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

/// One e-mail to send, with what the sender needs to word and address it:
/// one notice, or for an employee who asked for a digest every notice
/// waiting for them.
#[derive(Debug, Clone)]
pub struct Letter {
    /// The message taken (a digest's first): its id makes the Message-ID.
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub employee: Employee,
    pub settings: NotificationSettings,
    pub notices: Vec<Notice>,
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

/// Where a message stands, as stored.
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

/// What a sender did with the message it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Sent, with this many notices (more than one: a digest).
    Sent(usize),
    Skipped(String),
    /// Failed; tried again later.
    Retrying(String),
    /// Failed for good.
    GivenUp(String),
    /// Kept for the employee's next daily digest.
    Held,
}

/// What a sender did with one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub id: i64,
    pub employee: EmployeeId,
    pub delivery: Delivery,
}

/// A digest waits this long after the last message the employee was sent.
const DIGEST_EVERY: TimeDelta = TimeDelta::days(1);

/// The rows' new values after an attempt.
fn settle(
    row: &outbox::Model,
    attempt: Attempt,
    notices: usize,
    now: DateTime<Utc>,
) -> (Delivery, State, Option<String>, i32, DateTime<Utc>) {
    let tries = row.attempts.saturating_add(1);
    match attempt {
        Attempt::Sent => (Delivery::Sent(notices), State::Sent, None, tries, now),
        Attempt::Refused(error) => (
            Delivery::GivenUp(error.clone()),
            State::Failed,
            Some(error),
            tries,
            now,
        ),
        Attempt::Failed(error) => {
            let tried = u32::try_from(tries).unwrap_or(u32::MAX);
            match retry_at(tried, row.created_at, now) {
                Some(at) => (
                    Delivery::Retrying(error.clone()),
                    State::Pending,
                    Some(error),
                    tries,
                    at,
                ),
                None => (
                    Delivery::GivenUp(error.clone()),
                    State::Failed,
                    Some(error),
                    tries,
                    now,
                ),
            }
        }
    }
}

/// What a sender asks for, as a statement (to EXPLAIN it).
pub fn due_query(now: DateTime<Utc>) -> sea_orm::sea_query::SelectStatement {
    sea_orm::QueryTrait::into_query(due(now))
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
    /// Writes the reminders not written yet (by key), whoever else writes
    /// them at the same time; how many are new.
    pub async fn arm_reminders(&self, reminders: Vec<Reminder>, now: DateTime<Utc>) -> Result<u64> {
        if reminders.is_empty() {
            return Ok(0);
        }
        let rows = reminders
            .into_iter()
            .map(|r| pending(r.employee, &r.notice, Some(r.once), now))
            .collect::<Result<Vec<_>>>()?;
        let (txn, _turn) = self.write().await?;
        let mut armed = 0;
        for chunk in crate::crm::chunks(rows) {
            armed += outbox::Entity::insert_many(chunk)
                .on_conflict(
                    OnConflict::column(outbox::Column::OnceKey)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(&txn)
                .await
                .into_domain()?;
        }
        txn.commit().await.into_domain()?;
        Ok(armed)
    }

    /// Takes the next message due at `now`, if any, and has `send` send
    /// it unless nobody would read it, or holds it for a digest; records
    /// the outcome.
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
        let outcome = deliver(&txn, row, now, true, send).await?;
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
                .col_expr(outbox::Column::NextAttemptAt, Expr::value(now + CLAIM))
                .filter(outbox::Column::Id.eq(row.id))
                .exec(&txn)
                .await
                .into_domain()?;
            txn.commit().await.into_domain()?;
            row
        };
        // Read and written outside a transaction, which would hold SQLite's
        // one write lock for as long as the mail server takes.
        Ok(Some(deliver(&self.db, row, now, false, send).await?))
    }
}

/// Everything about `row`: skip it, hold it for a digest, or send it
/// (with the rest of the digest), and write what became of it.
async fn deliver<C, F, Fut>(
    db: &C,
    row: outbox::Model,
    now: DateTime<Utc>,
    lock: bool,
    send: F,
) -> Result<Outcome>
where
    C: ConnectionTrait,
    F: FnOnce(Letter) -> Fut,
    Fut: Future<Output = Attempt>,
{
    let outcome = |delivery| Outcome {
        id: row.id,
        employee: EmployeeId(row.employee_id),
        delivery,
    };
    let Some(employee) = Employee::get(db, row.employee_id).await? else {
        return skip(db, &row, "the employee is gone", now)
            .await
            .map(outcome);
    };
    let settings = crate::crm::inbox::settings_of(db, employee.id).await?;
    let mut batch = vec![row.clone()];
    if settings.email == EmailMode::Digest {
        if let Some(last) = last_sent(db, employee.id).await?
            && now < last + DIGEST_EVERY
        {
            set(
                db,
                &[row.id],
                State::Pending,
                row.attempts,
                last + DIGEST_EVERY,
                None,
                None,
            )
            .await?;
            return Ok(outcome(Delivery::Held));
        }
        batch.extend(waiting(db, &row, lock).await?);
    }
    let mut notices = Vec::new();
    let mut taken = Vec::new();
    for pending in batch {
        let Ok(notice) = serde_json::from_str::<Notice>(&pending.payload) else {
            skip(db, &pending, "the message is unreadable", now).await?;
            continue;
        };
        match worth_sending(&notice, settings.email, employee.active, now) {
            Ok(()) => {
                notices.push(notice);
                taken.push(pending.id);
            }
            Err(why) => {
                skip(db, &pending, why, now).await?;
            }
        }
    }
    if notices.is_empty() {
        // The row taken was skipped above, for the reason it gave.
        return Ok(outcome(Delivery::Skipped(
            "nobody would read it".to_owned(),
        )));
    }
    let count = notices.len();
    let letter = Letter {
        id: row.id,
        created_at: row.created_at,
        employee,
        settings,
        notices,
    };
    let attempt = send(letter).await;
    let (delivery, state, reason, attempts, next) = settle(&row, attempt, count, now);
    let sent_at = (state == State::Sent).then_some(now);
    set(db, &taken, state, attempts, next, sent_at, reason).await?;
    Ok(outcome(delivery))
}

/// The other messages waiting for `row`'s employee, for their digest.
async fn waiting<C: ConnectionTrait>(
    db: &C,
    row: &outbox::Model,
    lock: bool,
) -> Result<Vec<outbox::Model>> {
    let mut select = outbox::Entity::find()
        .filter(outbox::Column::EmployeeId.eq(row.employee_id))
        .filter(outbox::Column::State.eq(State::Pending.as_str()))
        .filter(outbox::Column::Id.ne(row.id))
        .order_by_asc(outbox::Column::Id);
    if lock {
        select = select.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    select.all(db).await.into_domain()
}

/// When `employee` was last sent anything.
async fn last_sent<C: ConnectionTrait>(
    db: &C,
    employee: EmployeeId,
) -> Result<Option<DateTime<Utc>>> {
    let last = outbox::Entity::find()
        .filter(outbox::Column::EmployeeId.eq(employee.0))
        .filter(outbox::Column::State.eq(State::Sent.as_str()))
        .order_by_desc(outbox::Column::SentAt)
        .one(db)
        .await
        .into_domain()?;
    Ok(last.and_then(|row| row.sent_at))
}

async fn skip<C: ConnectionTrait>(
    db: &C,
    row: &outbox::Model,
    why: &str,
    now: DateTime<Utc>,
) -> Result<Delivery> {
    set(
        db,
        &[row.id],
        State::Skipped,
        row.attempts,
        now,
        None,
        Some(why.to_owned()),
    )
    .await?;
    Ok(Delivery::Skipped(why.to_owned()))
}

async fn set<C: ConnectionTrait>(
    db: &C,
    ids: &[i64],
    state: State,
    attempts: i32,
    next: DateTime<Utc>,
    sent_at: Option<DateTime<Utc>>,
    reason: Option<String>,
) -> Result<()> {
    outbox::Entity::update_many()
        .set(outbox::ActiveModel {
            state: Set(state.as_str().to_owned()),
            attempts: Set(attempts),
            next_attempt_at: Set(next),
            sent_at: Set(sent_at),
            last_error: Set(reason),
            ..Default::default()
        })
        .filter(outbox::Column::Id.is_in(ids.iter().copied()))
        .exec(db)
        .await
        .into_domain()?;
    Ok(())
}
