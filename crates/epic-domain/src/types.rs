//! Values that are valid by construction: once you hold one, it passed the
//! rules of the product specification.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, Message, Result, keys};

/// An email address, trimmed and lower-cased so that uniqueness is
/// case-insensitive everywhere (the database also checks it is lower-case).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Email(String);

/// Text read back through its type's `parse`, as serde does for requests
/// and the store for rows: `TryFrom<String>` and back.
macro_rules! parsed_from_text {
    ($name:ident) => {
        impl TryFrom<String> for $name {
            type Error = $crate::Error;

            fn try_from(value: String) -> $crate::Result<Self> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }
    };
}
pub(crate) use parsed_from_text;

parsed_from_text!(Email);

impl Email {
    pub fn parse(input: &str) -> Result<Self> {
        let value = input.trim().to_lowercase();
        let invalid = |key| {
            Err(Error::invalid(
                "email",
                Message::new(key).typed("got", input),
            ))
        };
        if value.is_empty() {
            return invalid(keys::EMAIL_EMPTY);
        }
        if value.chars().count() > 254 {
            return invalid(keys::EMAIL_LONG);
        }
        // Look-alike letters (a Cyrillic е for a Latin e) would make a
        // second address that reads as the first: addresses are ASCII, a
        // Unicode domain in its xn-- form.
        if !value.is_ascii() {
            return invalid(keys::EMAIL_ASCII);
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return invalid(keys::EMAIL_SHAPE);
        };
        if local.is_empty() || local.len() > 64 || local.contains('@') {
            return invalid(keys::EMAIL_LOCAL);
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return invalid(keys::EMAIL_DOTS);
        }
        let local_ok = local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        if !local_ok {
            return invalid(keys::EMAIL_LOCAL_CHARS);
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !domain_ok {
            return invalid(keys::EMAIL_DOMAIN);
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One line of text people read: trimmed, non-empty, at most 120
/// characters, no control or bidirectional-override characters.
fn one_line(field: &'static str, input: &str) -> Result<String> {
    let value = input.trim();
    if value.is_empty() {
        return Err(Error::invalid(field, Message::new(keys::NOT_EMPTY)));
    }
    if value.chars().count() > FullName::MAX_CHARS {
        return Err(Error::invalid(
            field,
            Message::new(keys::AT_MOST_CHARS).arg("max", FullName::MAX_CHARS),
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::invalid(field, Message::new(keys::NO_CONTROL_CHARS)));
    }
    crate::values::refuse_bidi_controls(field, value)?;
    Ok(value.to_owned())
}

/// Text that is valid by construction, read from a request or the database
/// through `TryFrom<String>`.
macro_rules! line_type {
    ($(#[$doc:meta])* $name:ident, $field:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn parse(input: &str) -> Result<Self> {
                Self::parse_field($field, input)
            }

            /// The same rules, reported under another field's name.
            pub fn parse_field(field: &'static str, input: &str) -> Result<Self> {
                one_line(field, input).map(Self)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        parsed_from_text!($name);
    };
}

line_type!(
    /// A person's or company's name.
    FullName,
    "full_name"
);

impl FullName {
    pub const MAX_CHARS: usize = 120;
}

line_type!(
    /// An event's name or location.
    EventText,
    "name"
);

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

/// A record's id: one type per kind of record, so that a client id can
/// never be passed where a contract id is meant.
macro_rules! record_id {
    ($($(#[$doc:meta])* $name:ident;)+) => {$(
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )+};
}

record_id! {
    EmployeeId;
    ClientId;
    ContractId;
    EventId;
    NotificationId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_from_the_brief_parse_and_are_lower_cased() {
        for e in [
            "john.ouick@gmail.com",
            "jacky@loubouzin.grd",
            "Kevin@Startup.io",
        ] {
            let parsed = Email::parse(e).unwrap();
            assert_eq!(parsed.as_str(), e.to_lowercase());
        }
    }

    #[test]
    fn bad_emails_are_refused_naming_the_field() {
        for e in [
            "",
            "no-at",
            "@x.io",
            "a@",
            "a@b",
            "a b@c.io",
            "a@@b.io",
            "a@-b.io",
            ".a@b.io",
            "a..b@c.io",
        ] {
            let err = Email::parse(e).unwrap_err();
            assert!(
                matches!(err, Error::Invalid { field: "email", .. }),
                "{e}: {err}"
            );
        }
    }

    #[test]
    fn names_are_trimmed_and_must_not_be_blank() {
        assert_eq!(
            FullName::parse("  Aliénor Vichum ").unwrap().as_str(),
            "Aliénor Vichum"
        );
        assert!(FullName::parse("   ").is_err());
        assert!(FullName::parse("a\u{7}b").is_err());
        assert!(FullName::parse(&"x".repeat(121)).is_err());
    }

    #[test]
    fn departments_parse_in_english_and_french() {
        assert_eq!(
            "Gestion".parse::<Department>().unwrap(),
            Department::Management
        );
        assert_eq!("sales".parse::<Department>().unwrap(), Department::Sales);
        assert!("hr".parse::<Department>().is_err());
    }
}
