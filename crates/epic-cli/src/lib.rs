//! The `epic` command line: parse, call a use case, print. Everything that
//! decides anything lives in `epic-domain`.

mod cli;
mod command_error;
mod commands;
mod config;
mod context;
mod input;
mod output;
mod telemetry;
mod token_store;

use std::panic::AssertUnwindSafe;
use std::process::ExitCode;

use clap::Parser;

pub use command_error::{CommandError, ExitStatus};

/// The whole command tree, for documentation and tests.
pub fn command() -> clap::Command {
    <cli::Cli as clap::CommandFactory>::command()
}

/// Parses arguments, sets up error reporting before the runtime exists, runs
/// the command and flushes reports before returning the exit code.
pub fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
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
        let runtime = tokio::runtime::Builder::new_current_thread()
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
    drop(reporting);
    ExitCode::from(status.code())
}
