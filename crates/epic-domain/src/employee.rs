use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::types::{Department, Email, EmployeeId, FullName};

/// An employee as everyone may see them: no hash, no login state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Employee {
    pub id: EmployeeId,
    pub full_name: FullName,
    pub email: Email,
    pub department: Department,
    pub active: bool,
    pub must_change_password: bool,
    pub created_at: DateTime<Utc>,
    pub version: i64,
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
