//! The use cases as a command calls them, in either mode: in this process
//! on the database, or through `epic serve`. Each method names its use
//! case and its route together, so both modes run the same rule and print
//! the same record.

mod reads;
mod writes;

pub use writes::Kind;

use epic_domain::employee::Employee;
use epic_store::Store;
use serde::Serialize;

use crate::command_error::CommandResult;
use crate::output::Record;
use crate::remote::Remote;

/// The logged-in employee's access to the use cases.
#[derive(Debug)]
pub enum Crm<'a> {
    Local { store: &'a Store, actor: Employee },
    Remote(Remote),
}

/// A record as every format prints it.
fn record<T: Serialize>(value: &T) -> CommandResult<Record> {
    crate::commands::records::record(value)
}

/// A field of a record, for messages and logs.
pub fn text<'r>(record: &'r Record, field: &str) -> &'r str {
    record.get(field).and_then(|v| v.as_str()).unwrap_or("")
}

pub fn number(record: &Record, field: &str) -> i64 {
    record
        .get(field)
        .and_then(serde_json::Value::as_i64)
        .unwrap_or(0)
}
