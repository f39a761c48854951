use std::fmt;

use epic_domain::Error;
use epic_domain::error::{ProblemKind, RowProblem};

/// The product's exit codes, one per kind of outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success,
    Unexpected,
    Usage,
    NotFound,
    Unauthenticated,
    Forbidden,
    Invalid,
    Conflict,
    Unavailable,
}

impl ExitStatus {
    /// Every status, in the order of their codes.
    pub const ALL: [Self; 9] = [
        Self::Success,
        Self::Unexpected,
        Self::Usage,
        Self::NotFound,
        Self::Unauthenticated,
        Self::Forbidden,
        Self::Invalid,
        Self::Conflict,
        Self::Unavailable,
    ];

    /// What the code tells a script: the one text that `--help`, `epic help
    /// exit-codes` and the README's table (checked by a test) all show.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Unexpected => "unexpected error (reported to Sentry when SENTRY_DSN is set)",
            Self::Usage => {
                "usage error: unknown flag, missing value, no terminal to ask on, no --yes"
            }
            Self::NotFound => "not found",
            Self::Unauthenticated => {
                "not authenticated: not logged in, token expired, revoked or invalid, wrong credentials, account locked or inactive, password change required"
            }
            Self::Forbidden => "permission denied",
            Self::Invalid => "invalid input or broken business rule (the message names the field)",
            Self::Conflict => {
                "conflict: duplicate, stale update, still referenced, last active manager"
            }
            Self::Unavailable => "database unavailable, or its schema does not match this epic",
        }
    }

    /// One entry per code, indented for help text and wrapped before 80
    /// columns.
    pub fn table() -> String {
        let mut out = String::new();
        for status in Self::ALL {
            let mut line = format!("  {}", status.code());
            let mut first = true;
            for word in status.meaning().split(' ') {
                if !first && line.len() + 1 + word.len() > 78 {
                    out.push_str(&line);
                    out.push('\n');
                    line = "    ".to_owned();
                }
                line.push_str(if first { "  " } else { " " });
                line.push_str(word);
                first = false;
            }
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// The status of a code; an unknown one is unexpected.
    pub fn from_code(code: u8) -> Self {
        Self::ALL
            .into_iter()
            .find(|status| status.code() == code)
            .unwrap_or(Self::Unexpected)
    }

    pub fn code(self) -> u8 {
        match self {
            Self::Success => 0,
            Self::Unexpected => 1,
            Self::Usage => 2,
            Self::NotFound => 3,
            Self::Unauthenticated => 4,
            Self::Forbidden => 5,
            Self::Invalid => 6,
            Self::Conflict => 7,
            Self::Unavailable => 8,
        }
    }
}

/// Any failure of a command: an exit status, a message and maybe a hint.
#[derive(Debug)]
pub struct CommandError {
    pub status: ExitStatus,
    pub message: String,
    pub hint: Option<String>,
    /// The catalogue key of the domain's message, when the domain gave one,
    /// so that a caller can act on one reason whatever the language.
    pub reason: Option<String>,
}

impl CommandError {
    pub fn new(status: ExitStatus, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            hint: None,
            reason: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitStatus::Usage, message)
    }

    /// A value refused, named by the flag that gave it.
    pub fn invalid(field: &str, reason: &str) -> Self {
        let flag = flag_for(field);
        let args = [("flag", flag.into()), ("reason", reason.into())];
        Self::new(
            ExitStatus::Invalid,
            crate::i18n::text("invalid-value", &args),
        )
    }

    /// A value the domain refused, in the user's language.
    pub fn refused(field: &str, reason: &epic_domain::Message) -> Self {
        Self {
            reason: Some(reason.key.clone()),
            ..Self::invalid(field, &crate::i18n::message(reason))
        }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ExitStatus::Unexpected, message)
    }

    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Prints the error on stderr, reports unexpected ones, and gives the
    /// status to exit with.
    pub fn report(self) -> ExitStatus {
        if self.status == ExitStatus::Success {
            return self.status;
        }
        if self.status == ExitStatus::Unexpected {
            crate::telemetry::capture_error(&self.message);
        }
        // Messages quote what users typed and what files hold: shown, never
        // obeyed by the terminal.
        if !self.message.is_empty() {
            let message = crate::output::terminal_safe(&self.message, true);
            eprintln!(
                "{}",
                crate::i18n::text("error-line", &[("message", message.as_ref().into())])
            );
        }
        if let Some(hint) = &self.hint {
            let hint = crate::output::terminal_safe(hint, true);
            eprintln!(
                "{}",
                crate::i18n::text("hint-line", &[("message", hint.as_ref().into())])
            );
        }
        self.status
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CommandError {}

impl From<Error> for CommandError {
    fn from(err: Error) -> Self {
        let err = match err {
            // Failures on the way to the use cases: a question this
            // process asked, or the server.
            Error::Outside(outside) => {
                let outside = match outside.downcast::<Self>() {
                    Ok(own) => return *own,
                    Err(other) => other,
                };
                return match outside.downcast::<epic_client::Error>() {
                    Ok(server) => (*server).into(),
                    Err(other) => Self::internal(other.to_string()),
                };
            }
            err => err,
        };
        if let Error::Rows(problems) = &err {
            // Every bad row, one per line, so the sheet can be fixed at once.
            let status = match ProblemKind::deciding(problems) {
                ProblemKind::Denied => ExitStatus::Forbidden,
                ProblemKind::Invalid => ExitStatus::Invalid,
                ProblemKind::Conflict => ExitStatus::Conflict,
            };
            let lines: Vec<String> = problems.iter().map(row_problem).collect();
            let count = [("count", problems.len().into())];
            let heading = crate::i18n::text("rows-refused", &count);
            return Self::new(status, format!("{heading}:\n  {}", lines.join("\n  ")));
        }
        if let Error::Invalid { field, reason } = &err {
            return Self::refused(field, reason);
        }
        let status = match &err {
            Error::NotFound { .. } => ExitStatus::NotFound,
            Error::Unauthenticated(_) => ExitStatus::Unauthenticated,
            Error::PermissionDenied(_) => ExitStatus::Forbidden,
            Error::Invalid { .. } | Error::Rows(_) => ExitStatus::Invalid,
            Error::Conflict(_) | Error::Stale(_) => ExitStatus::Conflict,
            Error::Unavailable(_) => ExitStatus::Unavailable,
            Error::Internal(_) | Error::Outside(_) => ExitStatus::Unexpected,
        };
        match err.message() {
            Some(message) => Self {
                reason: Some(message.key.clone()),
                ..Self::new(status, crate::i18n::message(&message))
            },
            None => Self::new(status, err.to_string()),
        }
    }
}

/// One bad row of an import, in the user's language where the domain gave
/// its reason as a message.
fn row_problem(problem: &RowProblem) -> String {
    let reason = match &problem.message {
        Some(message) => crate::i18n::message(message),
        None => problem.reason.clone(),
    };
    let args = [
        ("row", problem.row.into()),
        ("field", problem.field.as_str().into()),
        ("reason", reason.into()),
    ];
    crate::i18n::text("row-problem", &args)
}

/// The flag a person typed for a field the domain names, so that a message
/// points at what to fix on the command line.
fn flag_for(field: &str) -> String {
    let flag = match field {
        "full_name" | "name" => "name",
        "company_name" => "company",
        "total_amount" | "total" => "total",
        "amount_due" | "due" => "due",
        "support_contact" => "support",
        "sales_contact" => "sales",
        "email" | "phone" | "start" | "end" | "location" | "attendees" | "notes" | "from"
        | "to" | "department" => field,
        _ => return field.to_owned(),
    };
    format!("--{flag}")
}

impl From<std::io::Error> for CommandError {
    fn from(err: std::io::Error) -> Self {
        // A reader that went away (`epic … | head`) is not a failure.
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Self::new(ExitStatus::Success, "");
        }
        Self::internal(format!("I/O error: {err}"))
    }
}

impl From<csv::Error> for CommandError {
    fn from(err: csv::Error) -> Self {
        match err.into_kind() {
            csv::ErrorKind::Io(io) => io.into(),
            other => Self::internal(format!("CSV output failed: {other:?}")),
        }
    }
}

pub type CommandResult<T = ()> = Result<T, CommandError>;
