use clap::Args;
use epic_domain::auth::LogoutScope;

use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;
use crate::input;
use crate::token_store::TokenStore;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  epic login --email bill@epicevents.fr\n  epic login --email bill@epicevents.fr --password-stdin < ~/.epic-password\n  export EPIC_TOKEN=$(epic login --email bot@epicevents.fr --password-stdin --print-token < pw)"
)]
pub struct LoginArgs {
    /// Your email (asked on a terminal when missing)
    #[arg(long)]
    pub email: Option<String>,
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
    /// Print the token on stdout instead of storing it (use it as EPIC_TOKEN)
    #[arg(long, conflicts_with = "insecure_storage")]
    pub print_token: bool,
    /// Keep the token in a file only you can read, when no keyring is available
    #[arg(long)]
    pub insecure_storage: bool,
}

pub async fn cmd_login(global: &GlobalArgs, args: LoginArgs) -> CommandResult {
    let context = Context::open(global).await?;
    if !args.password_stdin {
        input::can_ask_secret("pass --password-stdin")?;
    }
    // Before the password is asked or checked: a login whose session
    // could not be kept is wasted.
    if !args.print_token && !args.insecure_storage {
        TokenStore::keyring_ready().map_err(|reason| TokenStore::keyring_unavailable(&reason))?;
    }
    let email = match args.email {
        Some(email) => email,
        None => input::line("prompt-email", "--email")?,
    };
    let password = if args.password_stdin {
        input::stdin_lines(1, "the password")?.remove(0)
    } else {
        input::secret("prompt-password", "pass --password-stdin")?
    };
    let logged_in = context.target.guest().login(&email, &password).await?;
    let who = &logged_in.employee;
    let welcome = format!(
        "Logged in to {} as {} ({}) until {}.",
        context.database,
        who.full_name,
        who.department,
        logged_in
            .expires_at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M")
    );
    if args.print_token {
        context.printer.line(&logged_in.token)?;
    } else if args.insecure_storage {
        let path = context.tokens.save_in_file(&logged_in.token)?;
        eprintln!(
            "warning: the session token is stored unencrypted in {} (readable only by you)",
            path.display()
        );
    } else if let Err(reason) = context.tokens.save_in_keyring(&logged_in.token) {
        abandon(&context, &logged_in.token).await?;
        return Err(TokenStore::keyring_unavailable(&reason));
    }
    context.printer.note(&welcome);
    if who.must_change_password {
        context.printer.note(
            "You must choose a new password before anything else: run `epic password change`.",
        );
    }
    Ok(())
}

/// Checks the credentials where the data is and opens a session.
/// Ends the session just opened, whose token could not be kept.
async fn abandon(context: &Context, token: &str) -> CommandResult {
    let session = context.target.guest().open(token, false).await?;
    session.logout(LogoutScope::ThisSession).await?;
    Ok(())
}
