use clap::{Args, Subcommand};
use epic_domain::crm;

use super::records::NOTIFICATION;
use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult};
use crate::context::{Context, now};

#[derive(Debug, Subcommand)]
pub enum NotificationCommand {
    /// Your notifications, oldest first
    #[command(after_help = "Examples:\n  epic notification list --unread")]
    List {
        #[arg(long)]
        unread: bool,
    },
    /// Mark one notification, or all with --all, as read
    #[command(after_help = "Examples:\n  epic notification read 3\n  epic notification read --all")]
    Read(ReadArgs),
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub id: Option<i64>,
    #[arg(long)]
    pub all: bool,
}

pub async fn run(global: &GlobalArgs, command: NotificationCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let actor = context.actor().await?;
    match command {
        NotificationCommand::List { unread } => {
            let found = crm::notifications(&context.store, &actor, unread).await?;
            context.printer.all(NOTIFICATION, &found)
        }
        NotificationCommand::Read(args) => {
            if args.id.is_none() && !args.all {
                return Err(CommandError::usage("pass a notification id or --all"));
            }
            let changed = crm::mark_read(&context.store, &actor, args.id, now()).await?;
            context
                .printer
                .note(&format!("Marked {changed} notification(s) as read."));
            Ok(())
        }
    }
}
