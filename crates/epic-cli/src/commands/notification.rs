use clap::{Args, Subcommand};
use epic_domain::crm::records::Notification;
use epic_domain::crm::{ChangeSettings, ListNotifications, MarkRead};
use epic_domain::types::{EmailMode, Language, NotificationId};

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
    /// Your own settings: notifications also by e-mail (each, none, or a daily digest), and in which language
    #[command(
        after_help = "Examples:\n  epic notification settings\n  epic notification settings --email digest --language en"
    )]
    Settings(SettingsArgs),
}

#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// E-mail each notification (on), none (off), or one message a day with everything since the last (digest)
    #[arg(long, value_name = "MODE", value_parser = ["on", "off", "digest"])]
    pub email: Option<String>,
    /// The language of your e-mail
    #[arg(long, value_name = "LANG", value_parser = ["fr", "en"])]
    pub language: Option<String>,
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
        NotificationCommand::Settings(args) => {
            cmd_notification_settings(&context, &*crm, args).await
        }
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

async fn cmd_notification_settings(
    context: &Context,
    crm: &dyn Crm,
    args: SettingsArgs,
) -> CommandResult {
    // clap has already refused any other word.
    let request = ChangeSettings {
        email: args.email.as_deref().and_then(EmailMode::from_word),
        language: args.language.as_deref().and_then(Language::from_word),
    };
    context.show(&crm.notification_settings(request).await?)
}
