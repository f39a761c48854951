//! The server's refusals and the way to it failing, as the command line's
//! exit codes and messages: the same code and, where the server names a
//! field, the flag to fix, as the same refusal gives in local mode.

use epic_api::ErrorCode;
use epic_client::Error;

use crate::command_error::{CommandError, ExitStatus};
use crate::i18n::text;

/// Said in words, since it comes from the server's limits rather than
/// from a use case.
const PAYLOAD_TOO_LARGE: u16 = 413;
const GATEWAY_TIMEOUT: u16 = 504;

impl From<Error> for CommandError {
    fn from(err: Error) -> Self {
        match err {
            Error::Setup(message) => Self::usage(message),
            Error::BadCa(why) => Self::usage(format!("cannot use the CA file: {why}")),
            Error::Unreachable { server, why } => Self::new(
                ExitStatus::Unavailable,
                text(
                    "server-unreachable",
                    &[("server", server.into()), ("why", why.into())],
                ),
            )
            .with_hint(text("server-unreachable-hint", &[])),
            Error::Answered { server, status } => Self::new(
                ExitStatus::Unavailable,
                text(
                    "server-answered",
                    &[("server", server.into()), ("status", status.into())],
                ),
            ),
            Error::Unusable { message, hint } => {
                let error = Self::new(ExitStatus::Unavailable, message);
                match hint {
                    Some(hint) => error.with_hint(hint),
                    None => error,
                }
            }
            Error::Unexpected(message) => Self::internal(message),
            Error::Refused {
                status,
                status_line,
                error,
                retry_after,
            } => refusal(status, &status_line, error, retry_after),
        }
    }
}

fn refusal(
    status: u16,
    status_line: &str,
    error: Option<Box<epic_api::ApiError>>,
    wait: Option<u64>,
) -> CommandError {
    let server_error = (500..600).contains(&status);
    let Some(error) = error.map(|error| *error) else {
        let exit = match ErrorCode::from_status(status) {
            _ if server_error => ExitStatus::Unavailable,
            Some(code) => ExitStatus::from_code(code.exit_code()),
            None => ExitStatus::Unexpected,
        };
        let why = if status == PAYLOAD_TOO_LARGE {
            format!("the request is larger than the server accepts ({status_line})")
        } else {
            format!("the server answered {status_line}")
        };
        return CommandError::new(exit, why);
    };
    if !error.rows.is_empty() {
        return epic_domain::Error::Rows(error.rows).into();
    }
    if let (ErrorCode::Invalid, Some(field), Some(reason)) =
        (error.code, &error.field, &error.reason)
    {
        return CommandError::refused(field, reason);
    }
    if let (ErrorCode::Invalid, Some(field)) = (error.code, &error.field) {
        let reason = error
            .message
            .strip_prefix(&format!("invalid {field}: "))
            .unwrap_or(&error.message);
        return CommandError::invalid(field, reason);
    }
    let exit = if server_error || status == GATEWAY_TIMEOUT {
        ExitStatus::Unavailable
    } else {
        ExitStatus::from_code(error.code.exit_code())
    };
    let error = match &error.reason {
        Some(reason) => CommandError {
            reason: Some(reason.key.clone()),
            ..CommandError::new(exit, crate::i18n::message(reason))
        },
        None => CommandError::new(exit, error.message),
    };
    match wait {
        Some(seconds) if exit == ExitStatus::Unauthenticated => {
            error.with_hint(text("try-again-in", &[("seconds", seconds.into())]))
        }
        _ => error,
    }
}
