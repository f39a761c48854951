//! Every refusal as `{"error": {"code", "message", "field"}}` with its
//! status.

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use epic_api::{ApiError, ErrorBody, ErrorCode};

/// A request that did not succeed.
#[derive(Debug)]
pub struct Failure(pub ApiError);

impl Failure {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self(ApiError::new(code, message))
    }
}

impl From<epic_domain::Error> for Failure {
    fn from(err: epic_domain::Error) -> Self {
        if let epic_domain::Error::Internal(detail) = &err {
            // The client is told nothing of it; the operator is.
            eprintln!("epic serve: internal error: {detail}");
        }
        Self(ApiError::from(&err))
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let code = self.0.code;
        let status =
            StatusCode::from_u16(code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, Json(ErrorBody { error: self.0 })).into_response();
        if code == ErrorCode::Unauthenticated {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}
