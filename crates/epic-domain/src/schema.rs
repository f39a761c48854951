//! Where a database stands against the migrations a build knows: what the
//! store finds, `epic db status` prints and `GET /api/v1/schema` sends.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchemaStatus {
    /// Every known migration applied, and none this build does not know.
    pub current: bool,
    pub applied: Vec<String>,
    pub pending: Vec<String>,
    /// Applied by a newer `epic` than this one.
    pub unknown: Vec<String>,
}

impl SchemaStatus {
    pub fn new(applied: Vec<String>, pending: Vec<String>, unknown: Vec<String>) -> Self {
        Self {
            current: pending.is_empty() && unknown.is_empty() && !applied.is_empty(),
            applied,
            pending,
            unknown,
        }
    }

    pub fn is_current(&self) -> bool {
        self.current
    }
}
