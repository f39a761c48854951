//! Text a record holds: e-mail addresses, names, event texts, phone
//! numbers and notes, each checked once when it is read.

use std::fmt;

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
    refuse_bidi_controls(field, value)?;
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

/// A phone number as people write it: digits with `+`, spaces, dots,
/// dashes and parentheses, 6 to 20 digits. Kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Phone(String);

parsed_from_text!(Phone);

impl Phone {
    pub fn parse(input: &str) -> Result<Self> {
        let value = input.trim();
        if let Some(bad) = value
            .chars()
            .find(|c| !(c.is_ascii_digit() || " +.-()".contains(*c)))
        {
            return Err(Error::invalid(
                "phone",
                Message::new(keys::PHONE_CHARS).arg("found", format!("{bad:?}")),
            ));
        }
        if value.chars().skip(1).any(|c| c == '+') {
            return Err(Error::invalid("phone", Message::new(keys::PHONE_PLUS)));
        }
        let digits = value.chars().filter(char::is_ascii_digit).count();
        if !(6..=20).contains(&digits) {
            return Err(Error::invalid(
                "phone",
                Message::new(keys::PHONE_DIGITS).arg("digits", digits),
            ));
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters that reorder how text is displayed (U+202E turns
/// `gnp.exe` into `exe.png`): never part of a name or a note.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Refuses text that holds a bidirectional control.
pub(crate) fn refuse_bidi_controls(field: &'static str, text: &str) -> Result<()> {
    if text.chars().any(is_bidi_control) {
        return Err(Error::invalid(field, Message::new(keys::NO_BIDI_CONTROLS)));
    }
    Ok(())
}

/// The longest note an event may carry.
pub const MAX_NOTE_CHARS: usize = 5000;

/// Free text for an event: several lines allowed (Windows line endings become
/// plain newlines), but no other control character, which could rewrite a
/// colleague's terminal, and no bidirectional control.
pub fn parse_notes(input: &str) -> Result<String> {
    let value = input.trim().replace("\r\n", "\n");
    if value.chars().count() > MAX_NOTE_CHARS {
        return Err(Error::invalid(
            "notes",
            Message::new(keys::AT_MOST_CHARS).arg("max", MAX_NOTE_CHARS),
        ));
    }
    if value.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Error::invalid(
            "notes",
            Message::new(keys::NO_CONTROL_CHARS_BUT_LINES),
        ));
    }
    refuse_bidi_controls("notes", &value)?;
    Ok(value)
}
