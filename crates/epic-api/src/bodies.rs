//! Request bodies where the HTTP shape differs from the domain request: the
//! record's id travels in the path and its version in `If-Match`, and a
//! new password travels beside, never inside, a request.

use epic_domain::crm::{
    ClientDetails, CreateEmployee, EmployeeDetails, EventDetails, SupportChange,
};
use epic_domain::types::EmployeeId;
use epic_domain::values::Money;
use serde::{Deserialize, Serialize};

/// `POST /api/v1/employees`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewEmployee {
    #[serde(flatten)]
    pub employee: CreateEmployee,
    pub password: String,
}

/// `POST /api/v1/employees/{id}/password`: management sets a new one.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewPassword {
    pub password: String,
}

/// `PATCH /api/v1/employees/{id}`.
pub type EmployeeChanges = EmployeeDetails;

/// `PATCH /api/v1/clients/{id}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ClientChanges {
    #[serde(flatten)]
    pub details: ClientDetails,
    #[serde(default)]
    pub sales_contact: Option<EmployeeId>,
}

/// `PATCH /api/v1/contracts/{id}`.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct ContractChanges {
    #[serde(default)]
    pub total: Option<Money>,
    #[serde(default)]
    pub due: Option<Money>,
}

/// `POST /api/v1/contracts/{id}/payments`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Payment {
    pub amount: Money,
}

/// `PATCH /api/v1/events/{id}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EventChanges {
    #[serde(flatten)]
    pub details: EventDetails,
    #[serde(default)]
    pub support: Option<SupportChange>,
}

/// The `ETag` of a record at `version`, and the version an `If-Match`
/// names (`"3"`, `W/"3"` or `3`).
pub fn etag(version: i64) -> String {
    format!("\"{version}\"")
}

pub fn if_match(header: &str) -> Option<i64> {
    header
        .trim()
        .trim_start_matches("W/")
        .trim_matches('"')
        .parse()
        .ok()
}
