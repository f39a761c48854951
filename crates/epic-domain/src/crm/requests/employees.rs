use serde::{Deserialize, Serialize};

use super::{PersonFields, given, required};
use crate::Result;
use crate::types::{Department, Email, EmployeeId, FullName};

/// An employee's details as typed; `None` is a field not given.
#[derive(Debug, Clone, Default)]
pub struct EmployeeFields {
    pub person: PersonFields,
    pub department: Option<String>,
}

/// Parsed details; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployeeDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<FullName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<Department>,
}

impl EmployeeDetails {
    pub fn parse(fields: &EmployeeFields) -> Result<Self> {
        Ok(Self {
            full_name: given(fields.person.full_name.as_deref(), FullName::parse)?,
            email: given(fields.person.email.as_deref(), Email::parse)?,
            department: given(fields.department.as_deref(), str::parse)?,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// `employee create`; the initial password travels apart from the request,
/// as a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateEmployee {
    pub full_name: FullName,
    pub email: Email,
    pub department: Department,
}

impl CreateEmployee {
    pub fn parse(fields: &EmployeeFields) -> Result<Self> {
        let details = EmployeeDetails::parse(fields)?;
        Ok(Self {
            full_name: required("full_name", details.full_name)?,
            email: required("email", details.email)?,
            department: required("department", details.department)?,
        })
    }
}

/// `employee update`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateEmployee {
    pub id: EmployeeId,
    #[serde(flatten)]
    pub details: EmployeeDetails,
    #[serde(default)]
    pub if_version: Option<i64>,
}
