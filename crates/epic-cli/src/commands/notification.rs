use clap::{Args, Subcommand};
use epic_domain::crm::records::{Notification, OutboxEntry};
use epic_domain::crm::{ChangeSettings, ListNotifications, ListOutbox, MarkRead};
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
    /// Send the e-mail that is due, where no `epic serve` does (for cron); needs the database and the mail settings
    #[command(
        after_help = "Each message is sent once, retried with backoff for a day when the mail server fails, then kept as failed (see `epic notification outbox`). Exit 8 when the mail server failed this run.\n\nExamples:\n  epic notification send\n  */5 * * * * epic notification send --quiet"
    )]
    Send(SendArgs),
    /// The e-mail outbox (management): messages waiting to be sent and those given up on, oldest first
    #[command(
        after_help = "A message the mail server kept refusing is given up on after a day of retries and stays here, with its last error.\n\nExamples:\n  epic notification outbox\n  epic notification outbox --all -o json"
    )]
    Outbox {
        /// Also the messages sent, and those skipped (nobody to read them)
        #[arg(long)]
        all: bool,
    },
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Send as if it were this instant (RFC 3339): what tests and drills use
    /// to see reminders and retries fall due without waiting
    #[arg(long, hide = true, value_name = "TIME")]
    pub at: Option<String>,
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
    if let NotificationCommand::Send(args) = command {
        return cmd_notification_send(global, args).await;
    }
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
        NotificationCommand::Outbox { all } => {
            let mut rows = context.printer.rows::<OutboxEntry>()?;
            crm.outbox(ListOutbox { all }, &mut |r| rows.push(&r))
                .await?;
            rows.finish()
        }
        NotificationCommand::Send(_) => unreachable!("sent above"),
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

async fn cmd_notification_send(global: &GlobalArgs, args: SendArgs) -> CommandResult {
    let now = match args.at.as_deref() {
        Some(text) => crate::input::instant("at", text)?,
        None => crate::context::now(),
    };
    // The database itself: a server sends its own mail.
    crate::config::database_url(global)?;
    let settings = crate::config::mail_settings()?.ok_or_else(|| {
        CommandError::usage("no mail server is set").with_hint(
            "set smtp_url and mail_from: epic config set smtp_url smtp://mail.example.com",
        )
    })?;
    let mailer = epic_mail::Mailer::new(&settings).map_err(CommandError::usage)?;
    let context = Context::open(global).await?;
    let report = epic_mail::deliver_due(context.store()?, &mailer, now).await?;
    context
        .printer
        .note(&format!("E-mail: {}.", report.summary()));
    let epic_mail::Report {
        retrying, failed, ..
    } = report;
    if retrying + failed > 0 {
        return Err(CommandError::new(
            crate::command_error::ExitStatus::Unavailable,
            format!(
                "the mail server failed {} message(s): {retrying} to be tried again later, {failed} given up",
                retrying + failed
            ),
        )
        .with_hint("epic notification outbox lists them with their last error"));
    }
    Ok(())
}
