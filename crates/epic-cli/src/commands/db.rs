use clap::Subcommand;
use epic_api::paths;
use epic_store::schema;
use serde_json::json;

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::context::{Context, Target};

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Apply pending migrations, all in one transaction
    #[command(
        after_help = "Examples:\n  epic db migrate\n  EPIC_DATABASE_URL=postgres://epic@db/epic epic db migrate"
    )]
    Migrate,
    /// List migrations and whether they are applied (exit 8 if the schema does not match)
    #[command(after_help = "Examples:\n  epic db status\n  epic db status -o json")]
    Status,
}

pub async fn run(global: &GlobalArgs, command: DbCommand) -> CommandResult {
    match command {
        DbCommand::Migrate => cmd_db_migrate(global).await,
        DbCommand::Status => cmd_db_status(global).await,
    }
}

async fn cmd_db_migrate(global: &GlobalArgs) -> CommandResult {
    let context = Context::create(global).await?;
    let applied = schema::migrate(context.store()?).await?;
    context.printer.note(&if applied.is_empty() {
        format!("{} is up to date.", context.database)
    } else {
        format!(
            "Applied {} migration(s) to {}.",
            applied.len(),
            context.database
        )
    });
    Ok(())
}

async fn cmd_db_status(global: &GlobalArgs) -> CommandResult {
    let context = Context::open_any_schema(global).await?;
    let status = match &context.target {
        Target::Local(store) => epic_server::schema_status(&schema::status(store).await?),
        Target::Remote(remote) => remote.get(paths::SCHEMA).await?,
    };
    let record = json!({
        "database": context.database,
        "current": status.current,
        "applied": status.applied.join(" "),
        "pending": status.pending.join(" "),
        "unknown": status.unknown.join(" "),
    });
    if let serde_json::Value::Object(map) = record {
        context.printer.record(&map)?;
    }
    if status.current {
        Ok(())
    } else {
        Err(CommandError::new(
            ExitStatus::Unavailable,
            "the schema does not match this epic",
        )
        .with_hint("run `epic db migrate` (or `epic init` on a new database)"))
    }
}
