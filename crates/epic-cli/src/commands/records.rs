//! The fields each kind of record shows, in order, in every format.

use serde::Serialize;

use crate::command_error::{CommandError, CommandResult};
use crate::output::Record;

pub const EMPLOYEE: &[&str] = &[
    "id",
    "full_name",
    "email",
    "department",
    "active",
    "must_change_password",
    "locked_until",
    "created_at",
    "version",
];
pub const CLIENT: &[&str] = &[
    "id",
    "full_name",
    "email",
    "phone",
    "company_name",
    "sales_contact_id",
    "sales_contact_name",
    "created_at",
    "updated_at",
    "version",
];
pub const CONTRACT: &[&str] = &[
    "id",
    "client_id",
    "client_name",
    "sales_contact_id",
    "sales_contact_name",
    "total_amount",
    "amount_due",
    "signed",
    "signed_at",
    "created_at",
    "updated_at",
    "version",
];
pub const EVENT: &[&str] = &[
    "id",
    "name",
    "contract_id",
    "client_id",
    "client_name",
    "client_email",
    "client_phone",
    "sales_contact_id",
    "support_contact_id",
    "support_contact_name",
    "start",
    "end",
    "location",
    "attendees",
    "notes",
    "created_at",
    "updated_at",
    "version",
];
pub const NOTIFICATION: &[&str] = &["id", "event_id", "kind", "message", "created_at", "read_at"];
pub const AUDIT: &[&str] = &[
    "id",
    "at",
    "actor_id",
    "actor_name",
    "action",
    "entity",
    "entity_id",
    "changes",
];

/// Fields holding amounts: decimal text in JSON and CSV, numbers in a
/// workbook, written as people write them in a table.
pub const AMOUNTS: [&str; 4] = [
    "total_amount",
    "amount_due",
    "revenue_signed",
    "amount_outstanding",
];

/// What people read of a list in a table, per noun; `--wide` or `--fields`
/// show more. Scripts (pipes, JSON, CSV) always get every field.
pub fn brief(columns: &[&str]) -> Option<&'static [&'static str]> {
    let briefs: [(&[&str], &'static [&'static str]); 6] = [
        (
            EMPLOYEE,
            &["id", "full_name", "email", "department", "active"],
        ),
        (
            CLIENT,
            &[
                "id",
                "full_name",
                "email",
                "phone",
                "company_name",
                "sales_contact_name",
            ],
        ),
        (
            CONTRACT,
            &[
                "id",
                "client_name",
                "sales_contact_name",
                "total_amount",
                "amount_due",
                "signed",
            ],
        ),
        (
            EVENT,
            &["id", "name", "client_name", "start", "support_contact_name"],
        ),
        (
            NOTIFICATION,
            &["id", "event_id", "message", "created_at", "read_at"],
        ),
        (
            AUDIT,
            &["id", "at", "actor_name", "action", "entity", "entity_id"],
        ),
    ];
    briefs
        .into_iter()
        .find(|(all, _)| *all == columns)
        .map(|(_, brief)| brief)
}

/// The fields of what the command on a command line prints, found from
/// its words (`epic event list --fields …`), for completing `--fields`.
pub fn columns_of<S: AsRef<str>>(words: &[S]) -> Option<&'static [&'static str]> {
    use super::report::{MONTHLY, REVENUE, UNPAID, UPCOMING};
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let noun = words.iter().position(|w| {
        matches!(
            *w,
            "employee" | "client" | "contract" | "event" | "notification" | "audit" | "report"
        )
    })?;
    let columns = match (
        words[noun],
        words.get(noun + 1).copied().unwrap_or_default(),
    ) {
        ("employee", _) => EMPLOYEE,
        ("client", _) => CLIENT,
        ("contract", _) => CONTRACT,
        ("event", _) => EVENT,
        ("notification", _) => NOTIFICATION,
        ("audit", _) => AUDIT,
        ("report", "revenue") => REVENUE,
        ("report", "unpaid") => UNPAID,
        ("report", "upcoming") => UPCOMING,
        ("report", "monthly") => MONTHLY,
        _ => return None,
    };
    Some(columns)
}

/// A domain record as ordered, flat fields.
pub fn record<T: Serialize>(value: &T) -> CommandResult<Record> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(_) => Err(CommandError::internal(
            "a record did not serialise to an object",
        )),
        Err(e) => Err(CommandError::internal(format!(
            "cannot serialise a record: {e}"
        ))),
    }
}
