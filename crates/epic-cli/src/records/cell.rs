//! One field of a record as its type says it is, so that every format
//! writes it its own way: an amount as a number in a workbook and as
//! `4 500,50 €` for a French reader, a time in the reader's zone, and
//! nothing found out from a field's name or the shape of its text.

use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};
use epic_domain::crm::privacy::Forgotten;
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<'a> {
    Text(&'a str),
    /// A person's or an event's name: a forgotten one is said in the
    /// reader's language ("événement 87").
    Name(&'a str),
    /// Cents.
    Money(i128),
    Time(DateTime<Utc>),
    Count(i128),
    Flag(bool),
    /// Ids, a JSON array; elsewhere separated by spaces.
    Ids(&'a [i64]),
    Empty,
}

impl<'a> Cell<'a> {
    pub fn text_or_empty(text: Option<&'a str>) -> Self {
        text.map_or(Self::Empty, Self::Text)
    }

    pub fn name_or_empty(text: Option<&'a str>) -> Self {
        text.map_or(Self::Empty, Self::Name)
    }

    pub fn time_or_empty(time: Option<DateTime<Utc>>) -> Self {
        time.map_or(Self::Empty, Self::Time)
    }

    pub fn count(n: impl Into<i128>) -> Self {
        Self::Count(n.into())
    }

    pub fn count_or_empty(n: Option<impl Into<i128>>) -> Self {
        n.map_or(Self::Empty, Self::count)
    }

    pub fn money(cents: impl Into<i128>) -> Self {
        Self::Money(cents.into())
    }

    /// A count that might not fit a signed number (`usize`, `u64`).
    pub fn size(n: impl TryInto<i128>) -> Self {
        Self::Count(n.try_into().unwrap_or(i128::MAX))
    }

    /// The exact text, as JSON and CSV carry it (times RFC 3339 in UTC,
    /// amounts with two decimals), written into `out`.
    pub fn write_plain(&self, out: &mut String) {
        match self {
            Self::Text(text) | Self::Name(text) => out.push_str(text),
            Self::Money(cents) => {
                let _ = write!(out, "{}", Decimal(*cents));
            }
            Self::Time(time) => out.push_str(&rfc3339(*time)),
            Self::Count(n) => {
                let _ = write!(out, "{n}");
            }
            Self::Flag(flag) => {
                let _ = write!(out, "{flag}");
            }
            Self::Ids(ids) => {
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    let _ = write!(out, "{id}");
                }
            }
            Self::Empty => {}
        }
    }

    pub fn plain(&self) -> String {
        let mut out = String::new();
        self.write_plain(&mut out);
        out
    }

    /// For people: times in their zone to the minute, amounts as their
    /// language writes them.
    pub fn human(&self) -> String {
        match self {
            Self::Money(cents) => crate::i18n::amount(&Decimal(*cents).to_string()),
            Self::Name(text) => match Forgotten::recognise(text) {
                Some(forgotten) => crate::i18n::forgotten(forgotten),
                None => (*text).to_owned(),
            },
            Self::Time(time) => time
                .with_timezone(&chrono::Local)
                .format(crate::i18n::time_format())
                .to_string(),
            other => other.plain(),
        }
    }
}

/// As chrono writes a time in JSON, so that every front end's JSON is the
/// server's.
fn rfc3339(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Cents as a decimal with two places: `450050` is `4500.50`.
struct Decimal(i128);

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let cents = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", cents / 100, cents % 100)
    }
}

impl Serialize for Cell<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(text) | Self::Name(text) => serializer.serialize_str(text),
            Self::Money(cents) => serializer.collect_str(&Decimal(*cents)),
            Self::Time(time) => time.serialize(serializer),
            Self::Count(n) => match i64::try_from(*n) {
                Ok(n) => serializer.serialize_i64(n),
                Err(_) => serializer.serialize_i128(*n),
            },
            Self::Flag(flag) => serializer.serialize_bool(*flag),
            Self::Ids(ids) => ids.serialize(serializer),
            Self::Empty => serializer.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_what_json_carries() {
        let time = DateTime::parse_from_rfc3339("2027-06-12T12:00:00.250Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("{e}"));
        for (cell, plain, json) in [
            (Cell::Money(450_050), "4500.50", "\"4500.50\""),
            (Cell::Money(5), "0.05", "\"0.05\""),
            (
                Cell::Time(time),
                "2027-06-12T12:00:00.250Z",
                "\"2027-06-12T12:00:00.250Z\"",
            ),
            (Cell::Count(7), "7", "7"),
            (Cell::Flag(true), "true", "true"),
            (Cell::Ids(&[3, 4]), "3 4", "[3,4]"),
            (Cell::Empty, "", "null"),
            (Cell::Text("a\"b"), "a\"b", "\"a\\\"b\""),
        ] {
            assert_eq!(cell.plain(), plain);
            assert_eq!(serde_json::to_string(&cell).ok().as_deref(), Some(json));
        }
    }
}
