//! Every refusal as `{"error": {"code", "message", "field"}}` with its
//! status.

use std::time::Duration;

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use epic_api::{ApiError, ErrorBody, ErrorCode};

/// A request that did not succeed; `retry_after` for 429. Boxed, so that
/// every handler's `Result` stays small.
#[derive(Debug)]
pub struct Failure(pub Box<ApiError>, pub Option<Duration>);

impl Failure {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self(Box::new(ApiError::new(code, message)), None)
    }

    /// Too many login attempts: try again after `wait`.
    pub fn too_many(wait: Duration) -> Self {
        let seconds = wait.as_secs().max(1);
        Self(
            Box::new(ApiError::new(
                ErrorCode::TooManyRequests,
                format!("too many login attempts; try again in {seconds} s"),
            )),
            Some(Duration::from_secs(seconds)),
        )
    }
}

impl From<epic_domain::Error> for Failure {
    fn from(err: epic_domain::Error) -> Self {
        use epic_domain::{Error, Message};
        use epic_store::messages::keys;
        // What the database said stays in the log: the client learns the
        // kind of failure, never a table, a role or a host.
        let err = match err {
            Error::Internal(detail) => {
                crate::internal_error(&detail);
                Error::Internal(detail)
            }
            Error::Unavailable(detail) => {
                eprintln!("epic serve: database unavailable: {detail}");
                Error::Unavailable("the database is unavailable; try again in a moment".into())
            }
            Error::PermissionDenied(message) if message.key == keys::DATABASE_ROLE.as_str() => {
                eprintln!("epic serve: {message}");
                Error::PermissionDenied(
                    Message::new(keys::DATABASE_ROLE).arg("detail", "see the server's log"),
                )
            }
            other => other,
        };
        Self(Box::new(ApiError::from(&err)), None)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let code = self.0.code;
        let status =
            StatusCode::from_u16(code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, Json(ErrorBody { error: *self.0 })).into_response();
        if let Some(wait) = self.1
            && let Ok(value) = header::HeaderValue::from_str(&wait.as_secs().to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        if code == ErrorCode::Unauthenticated {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}
