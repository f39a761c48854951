//! Reading from the person or the script at the other end.

use std::io::{BufRead, IsTerminal, Read, Write};

use crate::command_error::{CommandError, CommandResult};
use crate::i18n;

/// Prompts only make sense when a person is at both ends.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Reads `count` lines from standard input (for `--password-stdin`),
/// removing only the line ending: spaces are part of a password.
pub fn stdin_lines(count: usize, what: &str) -> CommandResult<Vec<String>> {
    let mut stdin = std::io::stdin().lock();
    let mut lines = Vec::with_capacity(count);
    for _ in 0..count {
        let line = bounded_line(&mut stdin, MAX_LINE)?.ok_or_else(|| {
            CommandError::usage(format!(
                "--password-stdin expects {count} line(s) ({what}) on standard input"
            ))
        })?;
        let trimmed = line.strip_suffix('\n').unwrap_or(&line);
        let trimmed = trimmed.strip_suffix('\r').unwrap_or(trimmed);
        lines.push(trimmed.to_owned());
    }
    Ok(lines)
}

/// A no-echo prompt on the terminal; `prompt` is its catalogue key.
pub fn secret(prompt: &str, flag_hint: &str) -> CommandResult<String> {
    can_ask_secret(flag_hint)?;
    rpassword::prompt_password(format!("{}: ", i18n::text(prompt, &[]))).map_err(CommandError::from)
}

/// Whether `secret` could ask, for commands that must know before they
/// do anything else.
pub fn can_ask_secret(flag_hint: &str) -> CommandResult {
    if interactive() {
        Ok(())
    } else {
        Err(CommandError::usage(format!(
            "no terminal to ask for the password: {flag_hint}"
        )))
    }
}

/// A visible prompt on stderr, answered on stdin; `prompt` is its
/// catalogue key.
pub fn line(prompt: &str, missing_flag: &str) -> CommandResult<String> {
    ask(&format!("{}: ", i18n::text(prompt, &[])), missing_flag)
}

/// `line` with the question as written.
fn ask(prompt: &str, missing_flag: &str) -> CommandResult<String> {
    if !interactive() {
        return Err(CommandError::usage(i18n::text(
            "missing-flags",
            &[("flags", missing_flag.into())],
        )));
    }
    let mut stderr = std::io::stderr();
    write!(stderr, "{prompt}")?;
    stderr.flush()?;
    let answer = bounded_line(&mut std::io::stdin().lock(), MAX_LINE)?.unwrap_or_default();
    Ok(answer.trim().to_owned())
}

/// The longest line `epic` reads from standard input: room for the longest
/// password (1,024 characters of up to 4 bytes) and then some.
const MAX_LINE: usize = 8 * 1024;

/// One line of at most `limit` bytes, or `None` at the end of input. A
/// longer line is refused after reading `limit` bytes, not kept in memory.
fn bounded_line(reader: &mut impl BufRead, limit: usize) -> CommandResult<Option<String>> {
    let mut bytes = Vec::new();
    let read = reader
        .take(limit as u64 + 1)
        .read_until(b'\n', &mut bytes)?;
    if read == 0 {
        return Ok(None);
    }
    if bytes.len() > limit {
        let reason = i18n::text("line-too-long", &[("limit", limit.into())]);
        return Err(CommandError::invalid("standard input", &reason));
    }
    let line = String::from_utf8(bytes)
        .map_err(|_| CommandError::invalid("standard input", &i18n::text("not-utf8", &[])))?;
    Ok(Some(line))
}

/// Destructive verbs: a yes on the terminal, or `--yes`.
pub fn confirm(question: &str, yes: bool) -> CommandResult {
    if yes {
        return Ok(());
    }
    if !interactive() {
        return Err(CommandError::usage(i18n::text(
            "confirm-needs-yes",
            &[("question", question.into())],
        )));
    }
    let answer = ask(
        &format!("{question} {} ", i18n::text("yes-no", &[])),
        "--yes",
    )?;
    if matches!(answer.to_lowercase().as_str(), "y" | "yes" | "o" | "oui") {
        Ok(())
    } else {
        Err(CommandError::usage(i18n::text("cancelled", &[])))
    }
}

/// Required values: given as flags, or asked on a terminal. Without a
/// terminal every missing flag is named at once.
pub fn require(fields: &mut [(&mut Option<String>, &str, &str)]) -> CommandResult {
    let missing: Vec<&str> = fields
        .iter()
        .filter(|(v, _, _)| v.is_none())
        .map(|(_, flag, _)| *flag)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !interactive() {
        return Err(CommandError::usage(i18n::text(
            "missing-flags",
            &[("flags", missing.join(", ").into())],
        )));
    }
    for (value, flag, prompt) in fields.iter_mut() {
        if value.is_none() {
            **value = Some(line(prompt, flag)?);
        }
    }
    Ok(())
}

/// An RFC 3339 instant, as hidden `--at` flags take it.
pub fn instant(field: &str, text: &str) -> CommandResult<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.to_utc())
        .map_err(|_| CommandError::invalid(field, "not an RFC 3339 instant"))
}
