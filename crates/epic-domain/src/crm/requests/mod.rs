//! What each command asks, as typed values: raw text (a flag, a sheet's
//! cell) is parsed once here, by the same `parse` for create, update and
//! import, and every request is serde-serialisable so that it can travel.

mod clients;
pub(super) mod contracts;
mod employees;
pub(super) mod events;
mod lists;

pub use clients::{ClientDetails, ClientFields, CreateClient, UpdateClient};
pub use contracts::{CreateContract, PayContract, SignContract, UpdateContract};
pub use employees::{CreateEmployee, EmployeeDetails, EmployeeFields, UpdateEmployee};
pub use events::{CreateEvent, EventDetails, EventFields, SupportChange, UpdateEvent};
pub use lists::{
    ChangeSettings, ListAudit, ListClients, ListContracts, ListEvents, ListNotifications,
    ListOutbox, MarkRead,
};

use serde::{Deserialize, Deserializer};

use crate::{Error, Message, Result, keys};

/// A person's name and email as typed: clients and employees have both.
#[derive(Debug, Clone, Default)]
pub struct PersonFields {
    pub full_name: Option<String>,
    pub email: Option<String>,
}

/// Parses a field when it was given.
fn given<T>(input: Option<&str>, parse: impl FnOnce(&str) -> Result<T>) -> Result<Option<T>> {
    input.map(parse).transpose()
}

/// A field that may be cleared: blank text means "none".
fn clearable<T>(input: &str, parse: impl FnOnce(&str) -> Result<T>) -> Result<Option<T>> {
    Some(input.trim())
        .filter(|s| !s.is_empty())
        .map(parse)
        .transpose()
}

/// A field a new record cannot do without.
fn required<T>(field: &'static str, value: Option<T>) -> Result<T> {
    value.ok_or_else(|| Error::invalid(field, Message::new(keys::NOT_EMPTY)))
}

/// In JSON, an absent field leaves a value as it is and `null` clears it:
/// serde alone reads both as `None`.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> std::result::Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(deserializer).map(Some)
}
