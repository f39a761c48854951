//! The heart of `epic`: what the data may look like, who may do what, and the
//! use cases that tie them together. Nothing here knows about SQL, terminals
//! or keyrings, so an HTTP front end can call the same use cases later.

pub mod auth;
pub mod clock;
pub mod crm;
pub mod employee;
pub mod error;
pub mod interface;
pub mod message;
pub mod password;
pub mod policy;
pub mod schema;
pub mod search;
pub mod secret;
pub mod token;
pub mod types;
pub mod when;

pub use clock::{Clock, SystemClock};
pub use error::{Error, Result};
pub use message::{Message, keys};
