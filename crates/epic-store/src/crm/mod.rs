//! The CRM repositories on SeaORM, one file per aggregate: every write is
//! one transaction holding its guard, the change, the audit row and the
//! notifications.

pub mod clients;
pub mod contracts;
mod employees;
pub mod events;
pub(crate) mod inbox;
mod privacy;
mod read;
mod search;
mod trail;
mod write;

pub(crate) use trail::chunks;
pub(crate) use write::Stored;

pub use inbox::{audit_query, outbox_query};
pub use privacy::inactive_query;
