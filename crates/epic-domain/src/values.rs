//! Values of clients, contracts and events: phone numbers, money, times.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Error, Message, Result, keys};

/// A phone number as people write it: digits with `+`, spaces, dots,
/// dashes and parentheses, 6 to 20 digits. Kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Phone(String);

crate::types::parsed_from_text!(Phone);

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

/// Amounts travel as text with two decimals, `"4500.50"`, so that no
/// reader turns them into floating point.
#[cfg(feature = "openapi")]
pub fn amount_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .examples(["4500.50"])
        .into()
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Money {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        amount_schema()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Money {}

/// An amount of money in cents: exact, never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Self = Self(0);
    /// A trillion: far above any event budget, far below overflow.
    const MAX_CENTS: i64 = 100_000_000_000_000;

    pub fn from_cents(field: &'static str, cents: i64) -> Result<Self> {
        if !(0..=Self::MAX_CENTS).contains(&cents) {
            return Err(Error::invalid(field, Message::new(keys::AMOUNT_RANGE)));
        }
        Ok(Self(cents))
    }

    /// `5000`, `5000.5`, `5000.50`, `5 000,50` and `5_000.50` are all 5000.50.
    pub fn parse(field: &'static str, input: &str) -> Result<Self> {
        let invalid = || Error::invalid(field, Message::new(keys::AMOUNT_FORM).typed("got", input));
        let cleaned: String = input
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '_' | '\u{a0}'))
            .collect();
        let cleaned = cleaned.replace(',', ".");
        if cleaned.starts_with('-') {
            return Err(Error::invalid(field, Message::new(keys::NOT_NEGATIVE)));
        }
        let (units, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
        if units.is_empty() || !units.chars().all(|c| c.is_ascii_digit()) || units.len() > 13 {
            return Err(invalid());
        }
        if fraction.len() > 2 || !fraction.chars().all(|c| c.is_ascii_digit()) {
            return Err(Error::invalid(
                field,
                Message::new(keys::AMOUNT_DECIMALS).typed("got", input),
            ));
        }
        let units: i64 = units.parse().map_err(|_| invalid())?;
        let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| invalid())?;
        Self::from_cents(field, units * 100 + cents)
    }

    pub fn cents(self) -> i64 {
        self.0
    }

    pub fn checked_sub(self, other: Self) -> Option<Self> {
        self.0.checked_sub(other.0).filter(|c| *c >= 0).map(Self)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

impl Serialize for Money {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Read back from its text form, as it travels in requests.
impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse("amount", &text).map_err(serde::de::Error::custom)
    }
}

/// A record's id as text, as a prompt or a sheet gives it (`652`, `#652`).
pub fn parse_id(field: &'static str, input: &str) -> Result<i64> {
    input.trim().trim_start_matches('#').parse().map_err(|_| {
        let reason = Message::new(keys::ID_FORM).arg("field", field);
        Error::invalid(field, reason.typed("got", input))
    })
}

pub use crate::when::{Bound, Here, Tz, check_year, parse_bound, parse_optional_bound, parse_time};

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

/// How many people are expected.
pub fn parse_attendees(input: &str) -> Result<u32> {
    let text = input.trim();
    if text.starts_with('-') {
        return Err(Error::invalid(
            "attendees",
            Message::new(keys::NOT_NEGATIVE),
        ));
    }
    text.parse::<u32>()
        .ok()
        .filter(|n| *n <= 1_000_000)
        .ok_or_else(|| {
            Error::invalid(
                "attendees",
                Message::new(keys::ATTENDEES_FORM).typed("got", text),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_from_the_brief_pass() {
        for p in [
            "+1 234 567 8901",
            "+ 666 12345",
            "+678 123 456 78",
            "(01) 23.45-67-89",
        ] {
            assert_eq!(Phone::parse(p).unwrap().as_str(), p);
        }
        for p in [
            "12345",
            "call me",
            "+33 1 2 3 4 + 5",
            "1".repeat(21).as_str(),
        ] {
            assert!(Phone::parse(p).is_err(), "{p}");
        }
    }

    #[test]
    fn money_parses_and_displays_exactly() {
        assert_eq!(
            Money::parse("total", "5000").unwrap().to_string(),
            "5000.00"
        );
        assert_eq!(Money::parse("total", "5 000,5").unwrap().cents(), 500_050);
        assert_eq!(Money::parse("total", "0.07").unwrap().to_string(), "0.07");
        for bad in ["", "-1", "1.234", "abc", "1e3", "12345678901234"] {
            assert!(Money::parse("total", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn times_accept_rfc3339_and_local_minutes() {
        let here = Here::new(Tz::Europe__Paris, chrono::Utc::now());
        let parse_time = |field, text| parse_time(field, text, &here);
        let t = parse_time("start", "2023-06-04T13:00:00Z").unwrap();
        assert_eq!(t.to_rfc3339(), "2023-06-04T13:00:00+00:00");
        assert!(parse_time("start", "2023-06-04 13:00").is_ok());
        assert_eq!(
            parse_time("start", "4 Jun 2023").unwrap(),
            parse_time("start", "2023-06-04").unwrap()
        );
        let brief = parse_time("start", "4 Jun 2023 @ 1PM").unwrap();
        assert_eq!(brief, parse_time("start", "2023-06-04 13:00").unwrap());
        let with_minutes = parse_time("end", "5 June 2023 @ 2:30am").unwrap();
        assert_eq!(with_minutes, parse_time("end", "2023-06-05 02:30").unwrap());
    }

    #[test]
    fn attendees_are_whole_and_not_negative() {
        assert_eq!(parse_attendees("75").unwrap(), 75);
        assert!(parse_attendees("-1").is_err());
        assert!(parse_attendees("7.5").is_err());
    }
}
