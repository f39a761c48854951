use clap::Args;
use epic_domain::auth::LogoutScope;

use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;
use crate::token_store::TokenSource;

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  epic logout\n  epic logout --all")]
pub struct LogoutArgs {
    /// End every session of yours, on every machine
    #[arg(long)]
    pub all: bool,
}

pub async fn cmd_logout(global: &GlobalArgs, args: LogoutArgs) -> CommandResult {
    let context = Context::open(global).await?;
    let signed = context.session().await?;
    let who = &signed.info;
    let scope = if args.all {
        LogoutScope::AllSessions
    } else {
        LogoutScope::ThisSession
    };
    let ended = signed.crm.logout(scope).await?;
    if signed.source != TokenSource::Environment {
        context.tokens.forget();
    }
    context.printer.note(&match scope {
        LogoutScope::ThisSession => format!("Logged out {}.", who.employee.email),
        LogoutScope::AllSessions => format!("Ended {ended} session(s) of {}.", who.employee.email),
    });
    Ok(())
}
