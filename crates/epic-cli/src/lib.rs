//! The `epic` command line: parse, call a use case, print. Everything that
//! decides anything lives in `epic-domain`.

mod cli;
mod command_error;
mod commands;
mod complete;
mod config;
mod context;
mod help_text;
mod hint;
mod i18n;
mod input;
mod names;
mod output;
mod records;
mod server_error;
mod sheet;
mod telemetry;
mod token_store;
mod zone;

use std::panic::AssertUnwindSafe;
use std::process::ExitCode;

use clap::FromArgMatches;

pub use command_error::{CommandError, ExitStatus};

/// Generated documentation, committed to the repository and checked
/// against the code by the tests.
pub mod generated {
    pub use clap_complete::Shell;

    /// The static completion script for a shell.
    pub fn completion(shell: Shell) -> Vec<u8> {
        crate::commands::completion::script(shell)
    }

    /// Every man page as (file name, roff).
    pub fn man_pages() -> Vec<(String, Vec<u8>)> {
        crate::commands::man::pages()
    }

    /// The long help of every command, one after the other.
    pub fn help_text() -> String {
        fn walk(command: &clap::Command, out: &mut String) {
            let name = command.get_bin_name().unwrap_or("epic").to_owned();
            let help = command.clone().render_long_help();
            out.push_str(&format!("==> {name}\n{help}\n"));
            for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
                walk(sub, out);
            }
        }
        // A fixed width, so the snapshot does not depend on the terminal.
        let mut root = crate::command().term_width(100);
        root.build();
        let mut out = String::new();
        walk(&root, &mut out);
        for (name, text) in crate::commands::help::topics() {
            out.push_str(&format!("==> epic help {name}\n{text}\n"));
        }
        out
    }
}

/// The whole command tree, for documentation and tests.
pub fn command() -> clap::Command {
    <cli::Cli as clap::CommandFactory>::command()
}

/// Parses arguments, sets up error reporting before the runtime exists, runs
/// the command and flushes reports before returning the exit code.
pub fn main() -> ExitCode {
    // `COMPLETE=bash epic …`: answer the shell and exit, before anything else.
    clap_complete::CompleteEnv::with_factory(command).complete();
    let parse = |command: clap::Command| {
        command
            .try_get_matches()
            .and_then(|mut matches| cli::Cli::from_arg_matches_mut(&mut matches))
    };
    // Help, versions and mistakes are drawn from the tree in the user's
    // language; a command that parses never pays for translating it.
    let cli = match parse(command()).or_else(|_| parse(help_text::localised(command()))) {
        Ok(cli) => cli,
        Err(err) => {
            if let Some(message) = not_a_number(&err) {
                let line = i18n::text("error-line", &[("message", message.into())]);
                eprintln!("{line}\n\n{}", i18n::text("try-help", &[]));
                return ExitCode::from(ExitStatus::Usage.code());
            }
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() {
                ExitStatus::Usage.code()
            } else {
                0
            });
        }
    };
    let reporting = telemetry::init();
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
        // A server answers many requests at once; a command does one thing.
        let mut builder = if matches!(cli.command, cli::Command::Serve(_)) {
            tokio::runtime::Builder::new_multi_thread()
        } else {
            tokio::runtime::Builder::new_current_thread()
        };
        let runtime = builder
            .enable_all()
            .build()
            .map_err(|e| CommandError::internal(format!("cannot start the async runtime: {e}")))?;
        runtime.block_on(commands::run(cli))
    }));
    let status = match outcome {
        Ok(Ok(())) => ExitStatus::Success,
        Ok(Err(err)) => err.report(),
        // The panic hook has already printed and reported it.
        Err(_) => ExitStatus::Unexpected,
    };
    reporting.finish();
    ExitCode::from(status.code())
}

/// clap says "invalid digit found in string" for `client show abc`; name
/// the argument and what it takes instead.
fn not_a_number(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::ValueValidation {
        return None;
    }
    let source = std::error::Error::source(err)?;
    let parse = source.downcast_ref::<std::num::ParseIntError>()?;
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let argument = text(ContextKind::InvalidArg)?;
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let key = match parse.kind() {
        std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => "out-of-range",
        _ => "not-a-number",
    };
    let args = [
        ("argument", argument.into()),
        ("value", format!("{value:?}").into()),
    ];
    Some(i18n::text(key, &args))
}
