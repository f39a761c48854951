use clap::{Args, Subcommand};
use epic_domain::password::NewPassword;

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult};
use crate::context::Context;
use crate::i18n::text;
use crate::input;

#[derive(Debug, Subcommand)]
pub enum PasswordCommand {
    /// Change your own password; your other sessions end, this one stays
    #[command(
        after_help = "Examples:\n  epic password change\n  printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | epic password change --password-stdin"
    )]
    Change(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// Read two lines from standard input: the current password, then the new one
    #[arg(long)]
    pub password_stdin: bool,
}

pub async fn run(global: &GlobalArgs, command: PasswordCommand) -> CommandResult {
    match command {
        PasswordCommand::Change(args) => cmd_change(global, args).await,
    }
}

async fn cmd_change(global: &GlobalArgs, args: ChangeArgs) -> CommandResult {
    let context = Context::open(global).await?;
    let signed = context.session().await?;
    let (current, new) = if args.password_stdin {
        let mut lines = input::stdin_lines(2, "the current password, then the new one")?;
        let new = lines.pop().unwrap_or_default();
        (lines.pop().unwrap_or_default(), new)
    } else {
        let current = input::secret("prompt-current-password", "pass --password-stdin")?;
        let new = input::secret("prompt-new-password", "pass --password-stdin")?;
        let again = input::secret("prompt-repeat-password", "pass --password-stdin")?;
        if new != again {
            return Err(CommandError::invalid(
                "new password",
                &text("entries-differ", &[]),
            ));
        }
        (current, new)
    };
    let new = NewPassword::parse("new password", new)?;
    signed.crm.change_password(&current, new).await?;
    context
        .printer
        .note("Password changed. Your other sessions have ended; this one stays valid.");
    Ok(())
}
