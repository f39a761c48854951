use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::types::{Department, Email, EmployeeId, FullName};

/// An employee as those who may read employees see them: no hash, and of
/// the login state only a lock-out in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Employee {
    pub id: EmployeeId,
    pub full_name: FullName,
    pub email: Email,
    pub department: Department,
    pub active: bool,
    pub must_change_password: bool,
    /// Logins are refused until then, after too many failed ones; `None`
    /// when no lock-out is in force (the reads that show it clear one that
    /// has ended).
    pub locked_until: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub version: i64,
}

impl Employee {
    /// The employee as seen at `now`: a lock-out that has ended is gone.
    #[must_use]
    pub fn seen_at(mut self, now: DateTime<Utc>) -> Self {
        self.locked_until = self.locked_until.filter(|end| *end > now);
        self
    }
}

/// What a login attempt needs to know about an account, and nothing else
/// leaves the store with the hash.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub employee: Employee,
    pub password_hash: String,
    pub token_version: i64,
    pub failed_logins: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub struct NewEmployee {
    pub full_name: FullName,
    pub email: Email,
    pub department: Department,
    pub password_hash: String,
    pub must_change_password: bool,
}
