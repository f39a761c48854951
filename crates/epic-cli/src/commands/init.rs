use clap::Args;
use epic_domain::SystemClock;
use epic_domain::auth;
use epic_domain::password::NewPassword;
use epic_domain::types::{Email, FullName};
use epic_store::{BlockingHasher, schema};

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult};
use crate::context::Context;
use crate::i18n::text;
use crate::input;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  epic init --name 'Ada Manager' --email ada@epicevents.fr\n  printf '%s\\n' \"$PASSWORD\" | epic init --name 'Ada Manager' --email ada@epicevents.fr --password-stdin"
)]
pub struct InitArgs {
    /// Full name of the first management employee
    #[arg(long)]
    pub name: Option<String>,
    /// Email of the first management employee
    #[arg(long)]
    pub email: Option<String>,
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
}

pub async fn cmd_init(global: &GlobalArgs, args: InitArgs) -> CommandResult {
    // Before asking anything: a server set means this is the wrong machine.
    crate::config::database_url(global)?;
    let name = match args.name {
        Some(name) => name,
        None => input::line("prompt-full-name", "--name")?,
    };
    let email = match args.email {
        Some(email) => email,
        None => input::line("prompt-email", "--email")?,
    };
    // Validate everything before touching the database.
    let name = FullName::parse(&name)?;
    let email = Email::parse(&email)?;
    let password = read_new_password(args.password_stdin)?;

    let context = Context::create(global).await?;
    let store = context.store()?;
    let applied = schema::migrate(store).await?;
    if !applied.is_empty() {
        context
            .printer
            .note(&format!("Applied {} migration(s).", applied.len()));
    }
    let employee = auth::init(store, &BlockingHasher, &SystemClock, name, email, password).await?;
    context.printer.note(&format!(
        "Initialised {} with {} as its first management employee. Next: epic login --email {}",
        context.database, employee.full_name, employee.email
    ));
    context.printer.show(&employee)
}

/// From `--password-stdin`, or a no-echo prompt asked twice.
pub fn read_new_password(from_stdin: bool) -> CommandResult<NewPassword> {
    let password = if from_stdin {
        input::stdin_lines(1, "the password")?.remove(0)
    } else {
        let first = input::secret("prompt-new-password", "pass --password-stdin")?;
        let again = input::secret("prompt-repeat-password", "pass --password-stdin")?;
        if first != again {
            return Err(CommandError::invalid(
                "password",
                &text("entries-differ", &[]),
            ));
        }
        first
    };
    Ok(NewPassword::parse("password", password)?)
}
