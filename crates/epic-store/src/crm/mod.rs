//! The CRM repositories on SeaORM, one file per aggregate: every write is
//! one transaction holding its guard, the change, the audit row and the
//! notifications.

pub mod clients;
pub mod contracts;
mod employees;
pub mod events;
mod inbox;
mod read;
mod search;
mod trail;
mod write;

pub use inbox::audit_query;
