//! The HTTP API's wire contract, written once for `epic serve` and the
//! remote client: the version, the paths, the error body and what each
//! error means as an HTTP status and as an exit code. The requests and
//! records themselves are the domain's serde types.

pub mod bodies;
pub mod ics;
pub mod paths;
pub mod wire;

use epic_domain::error::{ProblemKind, RowProblem};
use epic_domain::{Error, Message};
use serde::{Deserialize, Serialize};

/// The API version; a client refuses a server of another major version.
pub const API_VERSION: &str = "1.0";

/// The response header that names `API_VERSION` on every response.
pub const VERSION_HEADER: &str = "epic-api-version";

/// The request header naming the caller's time zone (IANA, such as
/// `Europe/Paris`): text they typed (`12/06/2027 14h30`, `demain`) is read
/// there. Without it, UTC.
pub const TIME_ZONE_HEADER: &str = "epic-time-zone";

/// What went wrong, in the words both ends agree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request is malformed (an unknown query parameter, bad JSON).
    BadRequest,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    /// The route exists, but not with that method.
    MethodNotAllowed,
    /// `If-Match` names a version the record is no longer at.
    PreconditionFailed,
    PayloadTooLarge,
    /// A value or a business rule is wrong.
    Invalid,
    TooManyRequests,
    /// The server already sends or imports as much as it allows at once,
    /// for this employee or in all: a moment later it will not.
    Busy,
    Internal,
    /// The database cannot be reached, or its schema is not current.
    Unavailable,
}

impl ErrorCode {
    pub fn status(self) -> u16 {
        match self {
            Self::BadRequest => 400,
            Self::Unauthenticated => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::Conflict => 409,
            Self::MethodNotAllowed => 405,
            Self::PreconditionFailed => 412,
            Self::PayloadTooLarge => 413,
            Self::Invalid => 422,
            Self::TooManyRequests | Self::Busy => 429,
            Self::Internal => 500,
            Self::Unavailable => 503,
        }
    }

    /// The code of an answer that carries no error body (from a proxy or a
    /// layer in front of the handlers), by its status.
    pub fn from_status(status: u16) -> Option<Self> {
        [
            Self::BadRequest,
            Self::Unauthenticated,
            Self::Forbidden,
            Self::NotFound,
            Self::Conflict,
            Self::MethodNotAllowed,
            Self::PreconditionFailed,
            Self::PayloadTooLarge,
            Self::Invalid,
            Self::TooManyRequests,
            Self::Internal,
            Self::Unavailable,
        ]
        .into_iter()
        .find(|code| code.status() == status)
    }

    /// The exit code of SPEC section 5 the client gives for this error. A
    /// server failing (5xx) is the server unavailable to the client: 8.
    pub fn exit_code(self) -> u8 {
        match self {
            Self::BadRequest | Self::MethodNotAllowed => 2,
            Self::NotFound => 3,
            Self::Unauthenticated | Self::TooManyRequests => 4,
            Self::Forbidden => 5,
            Self::Invalid | Self::PayloadTooLarge => 6,
            Self::Conflict | Self::PreconditionFailed => 7,
            Self::Internal | Self::Unavailable | Self::Busy => 8,
        }
    }
}

/// `{"error": {"code", "message", "field"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ApiError,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// The domain field at fault, for `invalid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The message as a catalogue key and its arguments, so that a client
    /// can say it in its user's language; for `invalid`, why the field was
    /// refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Message>,
    /// Every bad row of an import, for `invalid`, `forbidden` or `conflict`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<RowProblem>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
            reason: None,
            rows: Vec::new(),
        }
    }
}

impl From<&Error> for ApiError {
    fn from(err: &Error) -> Self {
        let code = match err {
            Error::Rows(problems) => {
                return Self {
                    rows: problems.clone(),
                    ..Self::new(rows_code(problems), err.to_string())
                };
            }
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Unauthenticated(_) => ErrorCode::Unauthenticated,
            Error::PermissionDenied(_) => ErrorCode::Forbidden,
            Error::Invalid { .. } => ErrorCode::Invalid,
            Error::Conflict(_) => ErrorCode::Conflict,
            Error::Stale(_) => ErrorCode::PreconditionFailed,
            Error::Unavailable(_) => ErrorCode::Unavailable,
            // The details of an internal error stay in the server's log.
            Error::Internal(_) | Error::Outside(_) => {
                return Self::new(ErrorCode::Internal, "the server failed; it has been logged");
            }
        };
        let field = match err {
            Error::Invalid { field, .. } => Some((*field).to_owned()),
            _ => None,
        };
        Self {
            field,
            reason: err.message(),
            ..Self::new(code, err.to_string())
        }
    }
}

fn rows_code(problems: &[RowProblem]) -> ErrorCode {
    match ProblemKind::deciding(problems) {
        ProblemKind::Denied => ErrorCode::Forbidden,
        ProblemKind::Invalid => ErrorCode::Invalid,
        ProblemKind::Conflict => ErrorCode::Conflict,
    }
}

/// `POST /api/v1/sessions`.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

/// The answer to `POST /api/v1/sessions`, and to
/// `GET /api/v1/sessions/current`.
pub use epic_domain::auth::{LoginResponse, SessionInfo};

/// `GET /api/v1/schema`: the migrations of the server's database, as
/// `epic db status` shows them.
pub use epic_domain::schema::SchemaStatus;

/// `GET /healthz` and `GET /readyz`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Health {
    pub status: String,
    pub api_version: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_the_status_and_exit_code_of_the_spec() {
        let pairs = [
            (ErrorCode::BadRequest, 400, 2),
            (ErrorCode::Unauthenticated, 401, 4),
            (ErrorCode::Forbidden, 403, 5),
            (ErrorCode::NotFound, 404, 3),
            (ErrorCode::Conflict, 409, 7),
            (ErrorCode::MethodNotAllowed, 405, 2),
            (ErrorCode::PreconditionFailed, 412, 7),
            (ErrorCode::Invalid, 422, 6),
            (ErrorCode::Unavailable, 503, 8),
            (ErrorCode::PayloadTooLarge, 413, 6),
            (ErrorCode::TooManyRequests, 429, 4),
            (ErrorCode::Internal, 500, 8),
        ];
        for (code, status, exit) in pairs {
            assert_eq!(
                (code.status(), code.exit_code()),
                (status, exit),
                "{code:?}"
            );
            assert_eq!(ErrorCode::from_status(status), Some(code));
        }
        // A busy server is worth trying again, not a login to fix.
        assert_eq!(
            (ErrorCode::Busy.status(), ErrorCode::Busy.exit_code()),
            (429, 8)
        );
        assert_eq!(ErrorCode::from_status(418), None);
    }

    #[test]
    fn invalid_input_names_the_field_and_internal_errors_say_nothing() {
        let reason = Message::new(epic_domain::keys::AMOUNT_FORM).typed("got", "lots");
        let invalid = ApiError::from(&Error::invalid("total_amount", reason.clone()));
        assert_eq!(invalid.reason, Some(reason));
        assert_eq!(invalid.code, ErrorCode::Invalid);
        assert_eq!(invalid.field.as_deref(), Some("total_amount"));
        let internal = ApiError::from(&Error::Internal("table clients is corrupt".into()));
        assert!(!internal.message.contains("clients"));
        let body = ErrorBody { error: invalid };
        let json = serde_json::to_string(&body).unwrap_or_else(|e| panic!("{e}"));
        assert!(json.starts_with(r#"{"error":{"code":"invalid","#), "{json}");
    }
}
