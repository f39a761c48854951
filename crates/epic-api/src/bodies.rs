//! Request bodies where the HTTP shape differs from the domain request: the
//! record's id travels in the path and its version in `If-Match`, and a
//! new password travels beside, never inside, a request.

use epic_domain::crm::{
    ClientDetails, CreateEmployee, EmployeeDetails, EventDetails, SupportChange,
};
use epic_domain::types::{EmployeeId, Money};
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// `POST /api/v1/employees`. Sent without `password`, the request is
/// checked (policy, look-ups) and refused with the reason
/// `password-required` before
/// anything is written, so a client asks for the secret only when it will
/// be used.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewEmployee {
    #[serde(flatten)]
    pub employee: CreateEmployee,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// `POST /api/v1/employees/{id}/password`: management sets a new one
/// (without it, as for `NewEmployee`).
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewPassword {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// `PATCH /api/v1/employees/{id}`.
pub type EmployeeChanges = EmployeeDetails;

/// `PATCH /api/v1/clients/{id}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClientChanges {
    #[serde(flatten)]
    pub details: ClientDetails,
    #[serde(default)]
    pub sales_contact: Option<EmployeeId>,
}

/// `PATCH /api/v1/contracts/{id}`.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ContractChanges {
    #[serde(default)]
    pub total: Option<Money>,
    #[serde(default)]
    pub due: Option<Money>,
}

/// `POST /api/v1/contracts/{id}/payments`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Payment {
    pub amount: Money,
}

/// `PATCH /api/v1/events/{id}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EventChanges {
    #[serde(flatten)]
    pub details: EventDetails,
    #[serde(default)]
    pub support: Option<SupportChange>,
    /// Text added at the end of the notes, on a line of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub append_notes: Option<String>,
    /// Refuse the change (409) when the support contact would be at another
    /// event at the same time, instead of making it with a warning.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub if_free: bool,
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

/// `POST /api/v1/me/password`: the employee changes their own.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PasswordChange {
    pub current: String,
    pub new: String,
}

/// `DELETE /api/v1/sessions`: every session of the employee ends.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Ended {
    pub sessions: u64,
}

/// `GET /api/v1/me/can-i?verb=…&noun=…&id=…`.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CanI {
    pub verb: String,
    pub noun: String,
    #[serde(default)]
    pub id: Option<i64>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Allowed {
    pub allowed: bool,
}

/// `GET /api/v1/names?kind=…&text=…`: the one record the text names.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Resolved {
    pub id: i64,
}

/// `GET /api/v1/reports/upcoming?days=…`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Days {
    pub days: u32,
}

/// The most data rows one import may hold, whether it is read from a file
/// or sent to the server.
pub const MAX_IMPORT_ROWS: usize = 200_000;
/// The most cells one row may hold.
pub const MAX_IMPORT_COLUMNS: usize = 256;

/// `POST /api/v1/{clients,events}/import`: the sheet as the client read
/// it, each row's cells named by our field names.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Import {
    #[serde(default)]
    pub dry_run: bool,
    /// At most `MAX_IMPORT_ROWS`: the reader stops at the first row past
    /// it, before keeping it.
    #[serde(deserialize_with = "capped::rows")]
    pub rows: Vec<ImportRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ImportRow {
    /// The row's number in the file, for the messages.
    pub number: usize,
    #[serde(deserialize_with = "capped::cells")]
    pub cells: BTreeMap<String, String>,
}

/// Sequences read up to a bound: the error comes at the first element past
/// it, so no more than the bound is ever held.
mod capped {
    use std::collections::BTreeMap;
    use std::fmt;
    use std::marker::PhantomData;

    use serde::Deserializer;
    use serde::de::{Error, MapAccess, SeqAccess, Visitor};

    use super::{ImportRow, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS};

    pub fn rows<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ImportRow>, D::Error> {
        struct Rows(PhantomData<ImportRow>);
        impl<'de> Visitor<'de> for Rows {
            type Value = Vec<ImportRow>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "at most {MAX_IMPORT_ROWS} rows")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut rows = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
                while let Some(row) = seq.next_element()? {
                    if rows.len() == MAX_IMPORT_ROWS {
                        return Err(A::Error::custom(format_args!(
                            "an import holds at most {MAX_IMPORT_ROWS} rows"
                        )));
                    }
                    rows.push(row);
                }
                Ok(rows)
            }
        }
        d.deserialize_seq(Rows(PhantomData))
    }

    pub fn cells<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
        struct Cells;
        impl<'de> Visitor<'de> for Cells {
            type Value = BTreeMap<String, String>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "at most {MAX_IMPORT_COLUMNS} named cells")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut cells = BTreeMap::new();
                while let Some((name, value)) = map.next_entry::<String, String>()? {
                    if cells.len() == MAX_IMPORT_COLUMNS {
                        return Err(A::Error::custom(format_args!(
                            "a row holds at most {MAX_IMPORT_COLUMNS} cells"
                        )));
                    }
                    cells.insert(name, value);
                }
                Ok(cells)
            }
        }
        d.deserialize_map(Cells)
    }
}

/// What an import did.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Imported {
    pub rows: usize,
    /// Ids of the created records; empty for a dry run.
    pub created: Vec<i64>,
}

/// How many notifications changed.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Marked {
    pub changed: u64,
}

/// `calendar url`: a new feed URL; `reset` replaces the one there is.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewCalendar {
    #[serde(default)]
    pub reset: bool,
}

/// The prospects last contacted before `before`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InactiveBefore {
    pub before: chrono::DateTime<chrono::Utc>,
}

/// How many clients were forgotten.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ForgottenCount {
    pub forgotten: u64,
}
