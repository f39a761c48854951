use chrono::{DateTime, Utc};

/// Time is a dependency so lock-outs and expiry can be tested without sleeping.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

/// Microseconds: what PostgreSQL keeps, so both backends store the same
/// instant, and records made within a second still sort in order.
impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        use chrono::SubsecRound;
        Utc::now().trunc_subsecs(6)
    }
}
