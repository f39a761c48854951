use chrono::{DateTime, Duration, Utc};

/// After a few free attempts each further failure locks the account for
/// twice as long as the last one, up to a cap: slow for a guesser, brief
/// for someone who mistyped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    pub free_attempts: u32,
    pub first_lock: Duration,
    pub max_lock: Duration,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        Self {
            free_attempts: 5,
            first_lock: Duration::seconds(30),
            max_lock: Duration::hours(1),
        }
    }
}

impl LockoutPolicy {
    /// How long the account stays locked after `failures` consecutive failures.
    pub fn lock_for(&self, failures: u32) -> Option<Duration> {
        let over = failures.checked_sub(self.free_attempts)?;
        let factor = 1i32.checked_shl(over.min(20)).unwrap_or(i32::MAX);
        Some((self.first_lock * factor).min(self.max_lock))
    }

    pub fn locked_until(&self, failures: u32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.lock_for(failures).map(|d| now + d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_then_caps() {
        let p = LockoutPolicy::default();
        assert_eq!(p.lock_for(4), None);
        assert_eq!(p.lock_for(5), Some(Duration::seconds(30)));
        assert_eq!(p.lock_for(6), Some(Duration::seconds(60)));
        assert_eq!(p.lock_for(7), Some(Duration::seconds(120)));
        assert_eq!(p.lock_for(40), Some(Duration::hours(1)));
        assert_eq!(p.lock_for(u32::MAX), Some(Duration::hours(1)));
    }
}
