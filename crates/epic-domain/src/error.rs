use std::fmt;

/// Every way a use case can fail. The CLI maps each variant to one exit code,
/// so the variants follow the product's exit codes rather than their causes.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },

    #[error("{0}")]
    Unauthenticated(AuthFailure),

    #[error("permission denied: {0}")]
    PermissionDenied(String),

    #[error("invalid {field}: {reason}")]
    Invalid { field: &'static str, reason: String },

    #[error("{0}")]
    Conflict(String),

    /// The record is no longer at the version the caller read (HTTP 412).
    #[error("{0}")]
    Stale(String),

    /// An import with bad rows: every problem, and nothing written.
    #[error("{} row problem(s), nothing was imported", .0.len())]
    Rows(Vec<RowProblem>),

    #[error("{0}")]
    Unavailable(String),

    #[error("{0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            reason: reason.into(),
        }
    }

    pub fn not_found(entity: &'static str, id: impl fmt::Display) -> Self {
        Self::NotFound {
            entity,
            id: id.to_string(),
        }
    }
}

/// Why a request could not be tied to a logged-in employee. Login failures
/// deliberately share one variant so nobody can learn which emails exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthFailure {
    /// Wrong email, wrong password, locked or inactive account: one message.
    BadCredentials,
    NotLoggedIn,
    /// `password change` was given a wrong current password.
    WrongCurrentPassword,
    /// The token is malformed, forged, expired, revoked or outdated.
    InvalidToken,
    /// The employee must choose a new password before doing anything else.
    PasswordChangeRequired,
}

impl fmt::Display for AuthFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::BadCredentials => {
                "login failed: wrong email or password, or the account is inactive or temporarily locked after repeated failures"
            }
            Self::NotLoggedIn => "not logged in: run `epic login`",
            Self::WrongCurrentPassword => "the current password is not correct; nothing was changed",
            Self::InvalidToken => {
                "your session is no longer valid (expired, revoked or not issued here): run `epic login`"
            }
            Self::PasswordChangeRequired => {
                "you must change your password first: run `epic password change`"
            }
        })
    }
}

/// One bad cell of an imported file, with its 1-based row number as a
/// spreadsheet shows it (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RowProblem {
    pub row: usize,
    pub field: String,
    pub reason: String,
    pub kind: ProblemKind,
}

/// Why a row was refused, which decides the exit code of the whole import
/// exactly as the same refusal of a single record would.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ProblemKind {
    /// The value is wrong.
    Invalid,
    /// The importer may not do this.
    Denied,
    /// The record already exists (a duplicate e-mail).
    Conflict,
}

impl ProblemKind {
    /// The kind that decides how a whole import is refused, as its worst
    /// row would be alone: denied before invalid before duplicate.
    pub fn deciding(problems: &[RowProblem]) -> Self {
        let any = |kind| problems.iter().any(|p| p.kind == kind);
        if any(Self::Denied) {
            Self::Denied
        } else if any(Self::Invalid) {
            Self::Invalid
        } else {
            Self::Conflict
        }
    }
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: {}: {}", self.row, self.field, self.reason)
    }
}
