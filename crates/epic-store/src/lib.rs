//! Storage for `epic`: one code path for embedded SQLite and PostgreSQL.

mod auth;
mod connect;
pub mod crm;
mod entity;
mod errors;
mod hasher;
pub mod schema;

pub use connect::{Backend, Store};
pub use hasher::BlockingHasher;
