//! Login attempts per client address and per account, counted in fixed
//! windows. It sits on top of the account lock-out (which is in the
//! database and shared by every server): this only keeps one process from
//! being used as a fast password oracle or a hashing furnace.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Attempts allowed per window.
const PER_ADDRESS: u32 = 20;
const PER_ACCOUNT: u32 = 10;
const WINDOW: Duration = Duration::from_secs(60);
/// Beyond this many tracked keys, finished windows are forgotten first.
const MAX_KEYS: usize = 100_000;

#[derive(Debug, Default)]
pub struct Throttle {
    windows: Mutex<HashMap<Key, Window>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Address(IpAddr),
    Account(String),
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
        if windows.len() >= MAX_KEYS {
            windows.retain(|_, w| now.duration_since(w.started) < WINDOW);
        }
        let account = Key::Account(email.trim().to_lowercase());
        let mut wait = Duration::ZERO;
        for (key, limit) in [(Key::Address(address), PER_ADDRESS), (account, PER_ACCOUNT)] {
            let window = windows.entry(key).or_insert(Window {
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
}
