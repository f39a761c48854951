//! Login attempts per client address and per account, counted in fixed
//! windows. It sits on top of the account lock-out (which is in the
//! database and shared by every server): this only keeps one process from
//! being used as a fast password oracle or a hashing furnace.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use epic_domain::types::Email;

/// Attempts allowed per window.
const PER_ADDRESS: u32 = 20;
const PER_ACCOUNT: u32 = 10;
const WINDOW: Duration = Duration::from_secs(60);
/// Beyond this many tracked keys, finished windows are forgotten first.
const MAX_KEYS: usize = 100_000;

#[derive(Debug, Default)]
pub struct Throttle {
    windows: Mutex<Windows>,
}

#[derive(Debug, Default)]
struct Windows {
    by_key: HashMap<Key, Window>,
    swept: Option<Instant>,
}

/// Only bounded values are keys: an address, or an e-mail that could be an
/// account's (at most 254 characters). Whatever else a caller sends counts
/// against its address alone, and is not kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Address(IpAddr),
    Account(Email),
}

fn keys(address: IpAddr, email: &str) -> impl Iterator<Item = (Key, u32)> {
    // An e-mail is at most 254 characters of at most 4 bytes: anything
    // longer is refused before it is even lowercased.
    let account = (email.len() <= 254 * 4)
        .then(|| Email::parse(email).ok())
        .flatten();
    std::iter::once((Key::Address(address), PER_ADDRESS))
        .chain(account.map(|email| (Key::Account(email), PER_ACCOUNT)))
}

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    attempts: u32,
}

impl Throttle {
    /// Counts an attempt; `Err` holds how long to wait when it is one too
    /// many, for the address or for the account.
    pub fn attempt(&self, address: IpAddr, email: &str) -> Result<(), Duration> {
        let now = Instant::now();
        let Ok(mut windows) = self.windows.lock() else {
            return Ok(());
        };
        // Finished windows are forgotten once a window, and at once when
        // the table is full, so what it holds is what the last minute sent.
        let due = windows
            .swept
            .is_none_or(|swept| now.duration_since(swept) >= WINDOW);
        if due || windows.by_key.len() >= MAX_KEYS {
            windows
                .by_key
                .retain(|_, w| now.duration_since(w.started) < WINDOW);
            windows.swept = Some(now);
        }
        if windows.by_key.len() >= MAX_KEYS {
            // Full of live windows: a flood; nobody new gets through it.
            return Err(WINDOW);
        }
        let mut wait = Duration::ZERO;
        for (key, limit) in keys(address, email) {
            let window = windows.by_key.entry(key).or_insert(Window {
                started: now,
                attempts: 0,
            });
            if now.duration_since(window.started) >= WINDOW {
                *window = Window {
                    started: now,
                    attempts: 0,
                };
            }
            window.attempts += 1;
            if window.attempts > limit {
                wait = wait.max(WINDOW.saturating_sub(now.duration_since(window.started)));
            }
        }
        if wait.is_zero() { Ok(()) } else { Err(wait) }
    }

    /// Takes back the attempt of a login that succeeded: a colleague
    /// logging in behind the same proxy costs nobody anything.
    pub fn succeeded(&self, address: IpAddr, email: &str) {
        let Ok(mut windows) = self.windows.lock() else {
            return;
        };
        for (key, _) in keys(address, email) {
            if let Some(window) = windows.by_key.get_mut(&key) {
                window.attempts = window.attempts.saturating_sub(1);
            }
        }
    }

    #[cfg(test)]
    fn kept(&self) -> usize {
        self.windows.lock().map_or(0, |w| w.by_key.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_throttled_from_any_address_and_an_address_for_any_account() {
        let throttle = Throttle::default();
        let ip = |n| IpAddr::from([10, 0, 0, n]);
        for n in 0..PER_ACCOUNT {
            assert!(
                throttle
                    .attempt(ip(u8::try_from(n).unwrap_or(0)), "Ada@x.fr")
                    .is_ok()
            );
        }
        let wait = throttle.attempt(ip(200), "ada@x.fr ").err();
        assert!(wait.is_some_and(|w| w > Duration::ZERO && w <= WINDOW));
        let throttle = Throttle::default();
        for n in 0..PER_ADDRESS {
            assert!(throttle.attempt(ip(1), &format!("user{n}@x.fr")).is_ok());
        }
        assert!(throttle.attempt(ip(1), "someone@x.fr").is_err());
        assert!(throttle.attempt(ip(2), "someone.else@x.fr").is_ok());
    }

    #[test]
    fn only_an_address_and_a_possible_email_are_kept() {
        let throttle = Throttle::default();
        let ip = IpAddr::from([10, 0, 0, 1]);
        let huge = "a".repeat(5_000_000) + "@x.fr";
        assert!(throttle.attempt(ip, &huge).is_ok());
        assert!(throttle.attempt(ip, "not an e-mail").is_ok());
        assert_eq!(throttle.kept(), 1, "the address alone");
    }

    #[test]
    fn a_successful_login_takes_its_attempt_back() {
        let throttle = Throttle::default();
        let ip = IpAddr::from([10, 0, 0, 1]);
        for _ in 0..PER_ADDRESS * 3 {
            assert!(throttle.attempt(ip, "ada@x.fr").is_ok());
            throttle.succeeded(ip, "ada@x.fr");
        }
        assert!(throttle.attempt(ip, "bob@x.fr").is_ok());
    }
}
