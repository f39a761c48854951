use clap::{Args, Subcommand};
use epic_domain::crm::records::Notification;
use epic_domain::crm::{ListNotifications, MarkRead};
use epic_domain::types::NotificationId;

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult};
use crate::context::Context;
use epic_domain::interface::Crm;

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
    let crm = context.crm().await?;
    match command {
        NotificationCommand::List { unread } => {
            cmd_notification_list(&context, &*crm, ListNotifications { unread }).await
        }
        NotificationCommand::Read(args) => cmd_notification_read(&context, &*crm, args).await,
    }
}

async fn cmd_notification_list(
    context: &Context,
    crm: &dyn Crm,
    request: ListNotifications,
) -> CommandResult {
    let mut rows = context.printer.rows::<Notification>()?;
    crm.notifications(request, &mut |r| rows.push(&r)).await?;
    rows.finish()
}

async fn cmd_notification_read(context: &Context, crm: &dyn Crm, args: ReadArgs) -> CommandResult {
    if args.id.is_none() && !args.all {
        return Err(CommandError::usage(crate::i18n::text(
            "notification-id-or-all",
            &[],
        )));
    }
    let request = MarkRead {
        id: args.id.map(NotificationId),
    };
    let changed = crm.mark_read(request).await?;
    context
        .printer
        .note(&format!("Marked {changed} notification(s) as read."));
    Ok(())
}
