//! How talking to a server fails: before anything is sent, on the way, or
//! by the server's own refusal. Each front end says these in its own words;
//! the texts here are the English ones, for logs.

use epic_api::ApiError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The address or the CA bundle cannot be used: nothing was sent.
    #[error("{0}")]
    Setup(String),

    /// The CA bundle given is not one (why).
    #[error("the CA bundle cannot be used: {0}")]
    BadCa(String),

    /// The server did not answer (refused, timed out, unknown CA).
    #[error("cannot reach the epic server {server}: {why}")]
    Unreachable { server: String, why: String },

    /// Something in front of the server (a proxy) failed for it.
    #[error("the server {server} answered {status}")]
    Answered { server: String, status: String },

    /// The server answered in a way this client cannot use (another API
    /// version, not epic, an answer cut off), with what to do about it.
    #[error("{message}")]
    Unusable {
        message: String,
        hint: Option<&'static str>,
    },

    /// The answer is not what this client expects: a defect.
    #[error("{0}")]
    Unexpected(String),

    /// The server refused the request.
    #[error("the server answered {status_line}")]
    Refused {
        status: u16,
        /// The status as people read it: `413 Payload Too Large`.
        status_line: String,
        /// The server's own error, when it sent one.
        error: Option<Box<ApiError>>,
        /// `Retry-After`, in seconds.
        retry_after: Option<u64>,
    },
}

impl Error {
    pub(crate) fn unusable(message: impl Into<String>) -> Self {
        Self::Unusable {
            message: message.into(),
            hint: None,
        }
    }

    /// Whether the server refused only because `key` is missing (it wants
    /// a new password, say).
    pub fn refused_for(&self, key: epic_domain::message::Key) -> bool {
        matches!(self, Self::Refused { error: Some(error), .. }
            if error.reason.as_ref().is_some_and(|reason| reason.key == key.as_str()))
    }
}

impl From<Error> for epic_domain::Error {
    fn from(err: Error) -> Self {
        Self::outside(err)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
