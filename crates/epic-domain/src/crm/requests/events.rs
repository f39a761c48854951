use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};

use super::{given, required};
use crate::types::{ContractId, EmployeeId, EventId, EventText, parse_attendees, parse_notes};
use crate::when::{Here, check_year, parse_time};
use crate::{Error, Message, Result, keys};

/// An event's details as typed or read from a sheet; `None` is a field not
/// given.
#[derive(Debug, Clone, Default)]
pub struct EventFields {
    pub name: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub location: Option<String>,
    pub attendees: Option<String>,
    pub notes: Option<String>,
}

/// Parsed details; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<EventText>,
    #[serde(
        default,
        deserialize_with = "some_start",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<DateTime<Utc>>,
    #[serde(
        default,
        deserialize_with = "some_end",
        skip_serializing_if = "Option::is_none"
    )]
    pub end: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<EventText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendees: Option<u32>,
    #[serde(
        default,
        deserialize_with = "some_notes",
        skip_serializing_if = "Option::is_none"
    )]
    pub notes: Option<String>,
}

impl EventDetails {
    /// The one reading of an event's fields, typed or imported by someone
    /// `here`.
    pub fn parse(fields: &EventFields, here: &Here) -> Result<Self> {
        Ok(Self {
            name: given(fields.name.as_deref(), |n| {
                EventText::parse_field("name", n)
            })?,
            start: given(fields.start.as_deref(), |t| parse_time("start", t, here))?,
            end: given(fields.end.as_deref(), |t| parse_time("end", t, here))?,
            location: given(fields.location.as_deref(), |l| {
                EventText::parse_field("location", l)
            })?,
            attendees: given(fields.attendees.as_deref(), parse_attendees)?,
            notes: given(fields.notes.as_deref(), parse_notes)?,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// `event create`, and each row of `event import`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateEvent {
    pub contract: ContractId,
    pub name: EventText,
    #[serde(deserialize_with = "start")]
    pub start: DateTime<Utc>,
    #[serde(deserialize_with = "end")]
    pub end: DateTime<Utc>,
    pub location: EventText,
    pub attendees: u32,
    #[serde(default, deserialize_with = "notes")]
    pub notes: String,
}

/// Times from JSON keep to the years of typed ones.
fn start<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<DateTime<Utc>, D::Error> {
    check_year("start", DateTime::deserialize(d)?).map_err(serde::de::Error::custom)
}

fn end<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<DateTime<Utc>, D::Error> {
    check_year("end", DateTime::deserialize(d)?).map_err(serde::de::Error::custom)
}

fn some_start<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<DateTime<Utc>>, D::Error> {
    start(d).map(Some)
}

fn some_end<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<DateTime<Utc>>, D::Error> {
    end(d).map(Some)
}

/// Notes from JSON obey the same rules as typed ones.
fn notes<'de, D: Deserializer<'de>>(deserializer: D) -> std::result::Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_notes(&text).map_err(serde::de::Error::custom)
}

fn some_notes<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Option<String>, D::Error> {
    notes(deserializer).map(Some)
}

impl CreateEvent {
    pub fn parse(contract: ContractId, fields: &EventFields, here: &Here) -> Result<Self> {
        let details = EventDetails::parse(fields, here)?;
        Ok(Self {
            contract,
            name: required("name", details.name)?,
            start: required("start", details.start)?,
            end: required("end", details.end)?,
            location: required("location", details.location)?,
            attendees: required("attendees", details.attendees)?,
            notes: details.notes.unwrap_or_default(),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SupportChange {
    Assign(EmployeeId),
    Remove,
}

/// `event update`: new details and/or a change of support contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateEvent {
    pub id: EventId,
    #[serde(flatten)]
    pub details: EventDetails,
    #[serde(default)]
    pub support: Option<SupportChange>,
    /// Text added at the end of the notes, on a line of its own.
    #[serde(
        default,
        deserialize_with = "some_notes",
        skip_serializing_if = "Option::is_none"
    )]
    pub append_notes: Option<String>,
    /// Refuse the change when the support contact would be at another
    /// event at the same time (otherwise it is made, with a warning).
    #[serde(default)]
    pub if_free: bool,
    #[serde(default)]
    pub if_version: Option<i64>,
}

/// The notes with `more` added on a line of their own, as long as the
/// result is still valid notes.
pub(in crate::crm) fn appended_notes(notes: &str, more: &str) -> Result<String> {
    if more.is_empty() {
        return Err(Error::invalid(
            "append_notes",
            Message::new(keys::NOT_EMPTY),
        ));
    }
    let joined = if notes.is_empty() {
        more.to_owned()
    } else {
        format!("{notes}\n{more}")
    };
    parse_notes(&joined)
}

/// An event ends at or after its start, checked on the final values.
pub(in crate::crm) fn check_dates(start: DateTime<Utc>, end: DateTime<Utc>) -> Result<()> {
    if end < start {
        return Err(Error::invalid("end", Message::new(keys::END_BEFORE_START)));
    }
    Ok(())
}
