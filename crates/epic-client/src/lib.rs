//! The client of `epic serve`: the use cases of [`epic_domain::interface`]
//! as requests, answered with the domain's own records. Its rules: a
//! password or token never crosses plain HTTP to another machine, a server
//! of another major API version is refused, and a list streams record by
//! record.

mod array;
mod error;
mod http;
mod seam;
mod transport;

pub use error::{Error, Result};
pub use http::Client;
pub use transport::ServerUrl;
