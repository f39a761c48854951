//! Login attempts per client address and per account, counted in
//! one-minute windows in the database, so that every server on one
//! database counts the same attempts. It sits on top of the account
//! lock-out: this keeps the servers from being used as a fast password
//! oracle or a hashing furnace.

use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use epic_domain::types::Email;
use epic_store::Store;

use crate::failure::Failure;

/// Attempts allowed per window.
const PER_ADDRESS: u32 = 20;
const PER_ACCOUNT: u32 = 10;
const WINDOW: Duration = Duration::from_secs(60);

/// When this server last forgot the finished windows.
#[derive(Debug, Default)]
pub struct Throttle {
    swept: Mutex<Option<DateTime<Utc>>>,
}

fn window() -> chrono::Duration {
    chrono::Duration::from_std(WINDOW).unwrap_or_else(|_| chrono::Duration::minutes(1))
}

/// Only bounded values are keys: an address, or an e-mail that could be an
/// account's (at most 254 characters). Whatever else a caller sends counts
/// against its address alone, and is not kept.
fn keys(address: IpAddr, email: &str) -> Vec<(String, u32)> {
    // An e-mail is at most 254 characters of at most 4 bytes: anything
    // longer is refused before it is even lowercased.
    let account = (email.len() <= 254 * 4)
        .then(|| Email::parse(email).ok())
        .flatten();
    std::iter::once((format!("address {}", address.to_canonical()), PER_ADDRESS))
        .chain(account.map(|email| (format!("account {email}"), PER_ACCOUNT)))
        .collect()
}

impl Throttle {
    /// Counts an attempt; 429 with how long to wait when it is one too
    /// many, for the address or for the account.
    pub async fn attempt(
        &self,
        store: &Store,
        now: DateTime<Utc>,
        address: IpAddr,
        email: &str,
    ) -> Result<(), Failure> {
        self.sweep(store, now).await?;
        let keys = keys(address, email);
        let names: Vec<String> = keys.iter().map(|(k, _)| k.clone()).collect();
        let windows = store.count_login_attempt(&names, now, window()).await?;
        let wait = windows
            .iter()
            .filter(|w| {
                keys.iter()
                    .any(|(key, limit)| *key == w.key && w.attempts > *limit)
            })
            .filter_map(|w| (w.started + window() - now).to_std().ok())
            .max();
        match wait {
            Some(wait) => Err(Failure::too_many(wait)),
            None => Ok(()),
        }
    }

    /// Takes back the attempt of a login that succeeded: a colleague
    /// logging in behind the same proxy costs nobody anything.
    pub async fn succeeded(
        &self,
        store: &Store,
        now: DateTime<Utc>,
        address: IpAddr,
        email: &str,
    ) -> Result<(), Failure> {
        let names: Vec<String> = keys(address, email).into_iter().map(|(k, _)| k).collect();
        store.forgive_login_attempt(&names, now, window()).await?;
        Ok(())
    }

    /// Forgets finished windows, once a window per server.
    async fn sweep(&self, store: &Store, now: DateTime<Utc>) -> Result<(), Failure> {
        let due = {
            let Ok(mut swept) = self.swept.lock() else {
                return Ok(());
            };
            let due = swept.is_none_or(|at| now - at >= window());
            if due {
                *swept = Some(now);
            }
            due
        };
        if due {
            store.forget_login_windows(now, window()).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_address_and_a_possible_email_are_keys() {
        let ip = IpAddr::from([10, 0, 0, 1]);
        let huge = "a".repeat(5_000_000) + "@x.fr";
        assert_eq!(
            keys(ip, &huge),
            [("address 10.0.0.1".to_owned(), PER_ADDRESS)]
        );
        assert_eq!(keys(ip, "not an e-mail").len(), 1);
        assert_eq!(
            keys(ip, " Ada@X.fr "),
            [
                ("address 10.0.0.1".to_owned(), PER_ADDRESS),
                ("account ada@x.fr".to_owned(), PER_ACCOUNT)
            ]
        );
        let mapped: IpAddr = "::ffff:10.0.0.1".parse().unwrap_or(ip);
        assert_eq!(keys(mapped, "x")[0].0, "address 10.0.0.1");
    }
}
