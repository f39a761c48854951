use serde::{Deserialize, Serialize};

use super::{PersonFields, clearable, given, present, required};
use crate::Result;
use crate::types::{ClientId, Email, EmployeeId, FullName, Phone};

/// A client's details as typed or read from a sheet; `None` is a field not
/// given.
#[derive(Debug, Clone, Default)]
pub struct ClientFields {
    pub person: PersonFields,
    pub phone: Option<String>,
    pub company_name: Option<String>,
}

impl ClientFields {
    /// A client sheet's fields, by our names.
    pub const SHEET: &'static [&'static str] = &["full_name", "email", "phone", "company_name"];

    /// The fields of a sheet's row, from its cell of each field of `SHEET`.
    pub fn from_cells(cell: impl Fn(&'static str) -> Option<String>) -> Self {
        Self {
            person: PersonFields {
                full_name: cell("full_name"),
                email: cell("email"),
            },
            phone: cell("phone"),
            company_name: cell("company_name"),
        }
    }
}

/// Parsed details: `None` leaves a field as it is; a blank phone or company
/// clears it (`Some(None)`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<FullName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub phone: Option<Option<Phone>>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub company_name: Option<Option<FullName>>,
}

impl ClientDetails {
    /// The one reading of a client's fields, typed or imported.
    pub fn parse(fields: &ClientFields) -> Result<Self> {
        Ok(Self {
            full_name: given(fields.person.full_name.as_deref(), FullName::parse)?,
            email: given(fields.person.email.as_deref(), Email::parse)?,
            phone: given(fields.phone.as_deref(), |p| clearable(p, Phone::parse))?,
            company_name: given(fields.company_name.as_deref(), |c| {
                clearable(c, |c| FullName::parse_field("company_name", c))
            })?,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// `client create`, and each row of `client import`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateClient {
    pub full_name: FullName,
    pub email: Email,
    pub phone: Option<Phone>,
    pub company_name: Option<FullName>,
}

impl CreateClient {
    pub fn parse(fields: &ClientFields) -> Result<Self> {
        let details = ClientDetails::parse(fields)?;
        Ok(Self {
            full_name: required("full_name", details.full_name)?,
            email: required("email", details.email)?,
            phone: details.phone.flatten(),
            company_name: details.company_name.flatten(),
        })
    }
}

/// `client update`: new details and/or a new sales contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateClient {
    pub id: ClientId,
    #[serde(flatten)]
    pub details: ClientDetails,
    #[serde(default)]
    pub sales_contact: Option<EmployeeId>,
    #[serde(default)]
    pub if_version: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn details(json: &str) -> ClientDetails {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
    }

    #[test]
    fn blank_text_clears_and_absent_text_keeps() {
        let fields = ClientFields {
            phone: Some("  ".into()),
            ..ClientFields::default()
        };
        let parsed = ClientDetails::parse(&fields).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parsed.phone, Some(None));
        assert_eq!(parsed.company_name, None);
        assert!(!parsed.is_empty());
    }

    #[test]
    fn json_null_clears_and_a_missing_field_keeps() {
        assert_eq!(details(r#"{"phone": null}"#).phone, Some(None));
        assert_eq!(details("{}").phone, None);
        let kept = details(r#"{"phone": "+33 6 12 34 56 78"}"#);
        assert_eq!(
            kept.phone.flatten().map(|p| p.to_string()),
            Some("+33 6 12 34 56 78".into())
        );
    }

    #[test]
    fn json_is_parsed_by_the_same_rules_as_text() {
        let refused = serde_json::from_str::<ClientDetails>(r#"{"email": "not an email"}"#);
        assert!(refused.is_err());
        let request = CreateClient::parse(&ClientFields {
            person: PersonFields {
                full_name: Some("Kevin Casey".into()),
                email: Some("Kevin@Startup.io".into()),
            },
            ..ClientFields::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let json = serde_json::to_string(&request).unwrap_or_else(|e| panic!("{e}"));
        let back: CreateClient = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, request);
        assert_eq!(back.email.as_str(), "kevin@startup.io");
    }
}
