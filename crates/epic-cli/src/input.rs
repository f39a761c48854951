//! Reading from the person or the script at the other end.

use std::io::{BufRead, IsTerminal, Write};

use crate::command_error::{CommandError, CommandResult};

/// Prompts only make sense when a person is at both ends.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Reads `count` lines from standard input (for `--password-stdin`),
/// removing only the line ending: spaces are part of a password.
pub fn stdin_lines(count: usize, what: &str) -> CommandResult<Vec<String>> {
    let stdin = std::io::stdin();
    let mut lines = Vec::with_capacity(count);
    for _ in 0..count {
        let mut line = String::new();
        let read = stdin.lock().read_line(&mut line)?;
        if read == 0 {
            return Err(CommandError::usage(format!(
                "--password-stdin expects {count} line(s) ({what}) on standard input"
            )));
        }
        let trimmed = line.strip_suffix('\n').unwrap_or(&line);
        let trimmed = trimmed.strip_suffix('\r').unwrap_or(trimmed);
        lines.push(trimmed.to_owned());
    }
    Ok(lines)
}

/// A no-echo prompt on the terminal.
pub fn secret(prompt: &str, flag_hint: &str) -> CommandResult<String> {
    if !interactive() {
        return Err(CommandError::usage(format!(
            "no terminal to ask for the password: {flag_hint}"
        )));
    }
    rpassword::prompt_password(prompt).map_err(CommandError::from)
}

/// A visible prompt on stderr, answered on stdin.
pub fn line(prompt: &str, missing_flag: &str) -> CommandResult<String> {
    if !interactive() {
        return Err(CommandError::usage(format!("missing {missing_flag}")));
    }
    let mut stderr = std::io::stderr();
    write!(stderr, "{prompt}")?;
    stderr.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(answer.trim().to_owned())
}

/// Destructive verbs: a yes on the terminal, or `--yes`.
pub fn confirm(question: &str, yes: bool) -> CommandResult {
    if yes {
        return Ok(());
    }
    if !interactive() {
        return Err(CommandError::usage(format!(
            "{question} Pass --yes to confirm without a terminal."
        )));
    }
    let answer = line(&format!("{question} [y/N] "), "--yes")?;
    if matches!(answer.to_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(CommandError::usage("cancelled; nothing was changed"))
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
        return Err(CommandError::usage(format!(
            "missing {}",
            missing.join(", ")
        )));
    }
    for (value, flag, prompt) in fields.iter_mut() {
        if value.is_none() {
            **value = Some(line(&format!("{prompt}: "), flag)?);
        }
    }
    Ok(())
}
