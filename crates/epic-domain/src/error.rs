use std::fmt;

use crate::message::Key;
use crate::{Message, keys};

/// Every way a use case can fail. The CLI maps each variant to one exit code,
/// so the variants follow the product's exit codes rather than their causes.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },

    #[error("{0}")]
    Unauthenticated(AuthFailure),

    /// The text says "permission denied: …" itself, in each language.
    #[error("{0}")]
    PermissionDenied(Message),

    #[error("invalid {field}: {reason}")]
    Invalid {
        field: &'static str,
        reason: Message,
    },

    #[error("{0}")]
    Conflict(Message),

    /// The record is no longer at the version the caller read (HTTP 412).
    #[error("{0}")]
    Stale(Message),

    /// An import with bad rows: every problem, and nothing written.
    #[error("{} row problem(s), nothing was imported", .0.len())]
    Rows(Vec<RowProblem>),

    /// Operators read these (files, backups, the database server), in
    /// English.
    #[error("{0}")]
    Unavailable(String),

    #[error("{0}")]
    Internal(String),

    /// A failure outside the use cases, on the way to them: a server that
    /// does not answer, or a front end's own question that could not be
    /// asked. The front end that chose the way knows the type and says it.
    #[error("{0}")]
    Outside(Box<dyn std::error::Error + Send + Sync>),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn invalid(field: &'static str, reason: Message) -> Self {
        Self::Invalid { field, reason }
    }

    /// What people read, as a catalogue key and its arguments, so a front
    /// end can say it in its user's language; `None` for what stays in
    /// English (an unavailable database, an internal failure) and for the
    /// rows of an import, which carry their own.
    pub fn message(&self) -> Option<Message> {
        match self {
            Self::NotFound { entity, id } => Some(
                Message::new(keys::NOT_FOUND)
                    .arg("entity", entity)
                    .arg("id", id),
            ),
            Self::Unauthenticated(failure) => Some(Message::new(failure.key())),
            Self::PermissionDenied(m) | Self::Conflict(m) | Self::Stale(m) => Some(m.clone()),
            Self::Invalid { reason, .. } => Some(reason.clone()),
            Self::Rows(_) | Self::Unavailable(_) | Self::Internal(_) | Self::Outside(_) => None,
        }
    }

    pub fn outside(err: impl std::error::Error + Send + Sync + 'static) -> Self {
        Self::Outside(Box::new(err))
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

impl AuthFailure {
    fn key(self) -> Key {
        match self {
            Self::BadCredentials => keys::LOGIN_FAILED,
            Self::NotLoggedIn => keys::NOT_LOGGED_IN,
            Self::WrongCurrentPassword => keys::WRONG_CURRENT_PASSWORD,
            Self::InvalidToken => keys::SESSION_INVALID,
            Self::PasswordChangeRequired => keys::PASSWORD_CHANGE_REQUIRED,
        }
    }
}

impl fmt::Display for AuthFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Message::new(self.key()).fmt(f)
    }
}

/// One bad cell of an imported file, with its 1-based row number as a
/// spreadsheet shows it (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RowProblem {
    pub row: usize,
    pub field: String,
    /// In English.
    pub reason: String,
    pub kind: ProblemKind,
    /// The reason as a catalogue key and its arguments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Message>,
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
