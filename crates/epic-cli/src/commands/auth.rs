use clap::Subcommand;
use serde_json::{Value, json};

use crate::cli::{Format, GlobalArgs};
use crate::command_error::CommandResult;
use crate::context::Context;

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
            let mut record = super::records::record(&signed.info.employee)?;
            record.insert("logged_in".into(), Value::Bool(true));
            record.insert("database".into(), Value::String(context.database.clone()));
            record.insert(
                "token_source".into(),
                Value::String(signed.source.as_str().into()),
            );
            record.insert(
                "expires_at".into(),
                Value::String(signed.info.expires_at.to_rfc3339()),
            );
            context.printer.record(&record)
        }
        Err(err) => {
            if context.printer.format() == Format::Json {
                let record = json!({"logged_in": false, "database": context.database, "reason": err.message});
                if let Value::Object(map) = record {
                    context.printer.record(&map)?;
                }
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
