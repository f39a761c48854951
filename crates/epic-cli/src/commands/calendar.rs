use clap::Subcommand;

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult};
use crate::context::{Context, Target};

#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// A secret URL of the team server that calendar applications subscribe to, for your own events (shown once)
    #[command(
        after_help = "The feed holds your events (support: assigned to you; sales: your clients'; management: every one) from 30 days ago on, each with a reminder the day before. Anyone with the URL can read it: keep it like a password. It is shown only when made; --reset makes a new one and the old one stops working. Deactivation ends it.\n\nExamples:\n  epic calendar url\n  epic calendar url --reset"
    )]
    Url {
        /// Make a new URL; the one you have stops working
        #[arg(long)]
        reset: bool,
    },
}

pub async fn run(global: &GlobalArgs, command: CalendarCommand) -> CommandResult {
    let CalendarCommand::Url { reset } = command;
    let context = Context::open(global).await?;
    let Target::Remote(client) = &context.target else {
        return Err(CommandError::usage(
            "a calendar feed is served by the team server, and no server is set",
        )
        .with_hint("epic config set server https://HOST, or run `epic event list --mine -o ics` for a file"));
    };
    let server = client.url().clone();
    let crm = context.crm().await?;
    let feed = crm.calendar_url(reset).await?;
    context.printer.line(server.join(&feed.path).as_str())
}
