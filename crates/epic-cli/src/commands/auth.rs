use clap::Subcommand;

use crate::cli::{Format, GlobalArgs};
use crate::command_error::CommandResult;
use crate::context::Context;
use crate::records::Cell;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Whether you are logged in, as whom, until when and where the token comes from (exit 4 if not)
    #[command(
        after_help = "Examples:\n  epic auth status\n  epic auth status -o json | jq .department"
    )]
    Status,
    /// May you do this? Prints yes or no and exits 0 or 5
    #[command(
        after_help = "Examples:\n  epic auth can-i sign contract 652\n  epic auth can-i create client\n  epic auth can-i update event 5 && epic event update 5 --notes '…'"
    )]
    CanI {
        /// list, show, create, update, delete, sign, unsign, pay, assign, reassign, …
        verb: String,
        /// employee, client, contract, event, audit or notification
        noun: String,
        /// The record, for actions that depend on who owns it
        id: Option<i64>,
    },
    /// Print the current session token, for scripts (it is a secret)
    #[command(after_help = "Examples:\n  export EPIC_TOKEN=$(epic auth token)")]
    Token,
}

pub async fn run(global: &GlobalArgs, command: AuthCommand) -> CommandResult {
    match command {
        AuthCommand::Status => cmd_status(global).await,
        AuthCommand::Token => cmd_token(global).await,
        AuthCommand::CanI { verb, noun, id } => cmd_can_i(global, &verb, &noun, id).await,
    }
}

async fn cmd_status(global: &GlobalArgs) -> CommandResult {
    let context = Context::open(global).await?;
    match context.session().await {
        Ok(signed) => {
            let mut record = crate::records::named(&signed.info.employee);
            record.extend([
                ("logged_in", Cell::Flag(true)),
                ("database", Cell::Text(&context.database)),
                ("token_source", Cell::Text(signed.source.as_str())),
                ("expires_at", Cell::Time(signed.info.expires_at)),
            ]);
            context.printer.one(&record)
        }
        Err(err) => {
            if context.printer.format() == Format::Json {
                context.printer.one(&[
                    ("logged_in", Cell::Flag(false)),
                    ("database", Cell::Text(&context.database)),
                    ("reason", Cell::Text(&err.message)),
                ])?;
            }
            Err(err)
        }
    }
}

async fn cmd_token(global: &GlobalArgs) -> CommandResult {
    let context = Context::open(global).await?;
    let signed = context.session().await?;
    context.printer.line(&signed.token)
}

async fn cmd_can_i(global: &GlobalArgs, verb: &str, noun: &str, id: Option<i64>) -> CommandResult {
    let context = Context::open(global).await?;
    let allowed = context.crm().await?.can_i(verb, noun, id).await?;
    context.printer.line(if allowed { "yes" } else { "no" })?;
    if allowed {
        Ok(())
    } else {
        Err(crate::command_error::CommandError::new(
            crate::command_error::ExitStatus::Forbidden,
            "",
        ))
    }
}
