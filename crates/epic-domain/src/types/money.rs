//! Amounts of money: exact cents, never negative, written with two
//! decimals.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Error, Message, Result, keys};

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
