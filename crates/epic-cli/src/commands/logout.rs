use clap::Args;
use epic_api::bodies::Ended;
use epic_api::paths;
use epic_domain::SystemClock;
use epic_domain::auth::{self, LogoutScope};

use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::{Context, Via};
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
    let ended = match &signed.via {
        Via::Local { store, session } => auth::logout(*store, &SystemClock, session, scope).await?,
        Via::Remote(remote) => match scope {
            LogoutScope::ThisSession => remote.delete(paths::CURRENT_SESSION).await.map(|()| 1)?,
            LogoutScope::AllSessions => {
                let Ended { sessions } = remote.delete_for(paths::SESSIONS).await?;
                sessions
            }
        },
    };
    if signed.source != TokenSource::Environment {
        context.tokens.forget();
    }
    context.printer.note(&match scope {
        LogoutScope::ThisSession => format!("Logged out {}.", who.employee.email),
        LogoutScope::AllSessions => format!("Ended {ended} session(s) of {}.", who.employee.email),
    });
    Ok(())
}
