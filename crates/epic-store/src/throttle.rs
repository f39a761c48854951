//! Login attempts per key (a client address, an account's e-mail) in
//! one-minute windows, kept in the database so that every server on it
//! counts the same attempts. Each call is one statement.

use chrono::{DateTime, Duration, Utc};
use epic_domain::Result;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, Value};

use crate::Store;
use crate::errors::IntoDomain;

fn table() -> Alias {
    Alias::new("login_attempts")
}
fn key() -> Alias {
    Alias::new("key")
}
fn window_start() -> Alias {
    Alias::new("window_start")
}
fn attempts() -> Alias {
    Alias::new("attempts")
}

/// A key's window after an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub key: String,
    pub attempts: u32,
    pub started: DateTime<Utc>,
}

impl Store {
    /// Counts one attempt for each key, starting a new window for a key
    /// whose window (of `length`) has ended.
    pub async fn count_login_attempt(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        length: Duration,
    ) -> Result<Vec<Window>> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let ended = Expr::col((table(), window_start())).lte(now - length);
        let mut insert = Query::insert();
        insert
            .into_table(table())
            .columns([key(), window_start(), attempts()]);
        for k in keys {
            insert.values_panic([
                Value::from(k.clone()).into(),
                Value::from(now).into(),
                Value::from(1_i32).into(),
            ]);
        }
        insert
            .on_conflict(
                OnConflict::column(key())
                    .value(
                        attempts(),
                        Expr::case(ended.clone(), 1_i32)
                            .finally(Expr::col((table(), attempts())).add(1_i32)),
                    )
                    .value(
                        window_start(),
                        Expr::case(ended, Expr::value(now))
                            .finally(Expr::col((table(), window_start()))),
                    )
                    .to_owned(),
            )
            .returning(Query::returning().columns([key(), window_start(), attempts()]));
        let rows = self.db.query_all(&insert).await.into_domain()?;
        rows.iter()
            .map(|row| {
                let attempts: i32 = row.try_get("", "attempts").into_domain()?;
                Ok(Window {
                    key: row.try_get("", "key").into_domain()?,
                    attempts: u32::try_from(attempts).unwrap_or_default(),
                    started: row.try_get("", "window_start").into_domain()?,
                })
            })
            .collect()
    }

    /// Takes back one attempt of each key, in its current window.
    pub async fn forgive_login_attempt(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        length: Duration,
    ) -> Result<()> {
        let update = Query::update()
            .table(table())
            .value(attempts(), Expr::col(attempts()).sub(1_i32))
            .and_where(Expr::col(key()).is_in(keys.iter().cloned()))
            .and_where(Expr::col(attempts()).gt(0_i32))
            .and_where(Expr::col(window_start()).gt(now - length))
            .to_owned();
        self.db.execute(&update).await.into_domain()?;
        Ok(())
    }

    /// Forgets every window that ended before `now`: what is kept is what
    /// the last window sent.
    pub async fn forget_login_windows(&self, now: DateTime<Utc>, length: Duration) -> Result<u64> {
        let delete = Query::delete()
            .from_table(table())
            .and_where(Expr::col(window_start()).lte(now - length))
            .to_owned();
        Ok(self
            .db
            .execute(&delete)
            .await
            .into_domain()?
            .rows_affected())
    }
}
