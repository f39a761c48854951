//! The three departments, which the permission policy is written for.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, Message, Result, keys};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Department {
    Sales,
    Support,
    Management,
}

impl Department {
    pub const ALL: [Self; 3] = [Self::Sales, Self::Support, Self::Management];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sales => "sales",
            Self::Support => "support",
            Self::Management => "management",
        }
    }
}

impl fmt::Display for Department {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Department {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_lowercase().as_str() {
            "sales" | "commercial" => Ok(Self::Sales),
            "support" => Ok(Self::Support),
            "management" | "gestion" => Ok(Self::Management),
            _ => Err(Error::invalid(
                "department",
                Message::new(keys::DEPARTMENT_FORM).typed("got", s),
            )),
        }
    }
}
