//! Storage for `epic`: one code path for embedded SQLite and PostgreSQL.

mod auth;
mod connect;
pub mod copy;
pub mod crm;
pub mod demo;
mod entity;
mod errors;
mod hasher;
#[cfg(feature = "test-hooks")]
pub mod hooks;
pub mod local;
pub mod maintenance;
pub mod messages;
mod native;
mod objects;
pub mod outbox;
pub mod private;
pub mod schema;
pub mod throttle;

pub use connect::{Backend, Store, sqlite_path};
pub use hasher::BlockingHasher;
