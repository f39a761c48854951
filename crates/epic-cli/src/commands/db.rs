use clap::Subcommand;
use epic_store::{Backend, maintenance, schema};

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::context::Context;
use crate::records::Cell;

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
    /// Copy the SQLite database to FILE while others keep working (owner-only file; management when logged in)
    #[command(
        after_help = "The copy is the database as of one instant, written beside FILE and renamed at the end. On PostgreSQL, use pg_dump (the command prints the line).\n\nExamples:\n  epic db backup ~/backups/epic-$(date +%F).db\n  epic db backup latest.db --force"
    )]
    Backup {
        /// Where to write the copy
        file: std::path::PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Check the database: schema version; on SQLite page integrity and foreign keys, on PostgreSQL every foreign key and check against the rows (exit 8 listing each problem)
    #[command(
        after_help = "Examples:\n  epic db check\n  epic db check --database-url sqlite:///backups/epic-2026-11-28.db"
    )]
    Check,
    /// Restore an SQLite backup into a database with no company yet (never over data: exit 7)
    #[command(
        after_help = "The backup is copied, checked (integrity, foreign keys, schema) and migrated if older, then put in place; a damaged or newer backup is exit 8 and nothing is written.\n\nExamples:\n  epic db restore ~/backups/epic-2026-11-28.db\n  epic db restore backup.db --database-url sqlite:///tmp/drill.db"
    )]
    Restore {
        /// The backup file (from `epic db backup`)
        file: std::path::PathBuf,
    },
    /// Copy every table into an empty database at URL (SQLite or PostgreSQL), then compare both sides table by table (exit 8 on any difference; management when logged in)
    #[command(
        after_help = "Ids, id sequences, times, sessions and the signing secret come along, so tokens keep working against the copy. The copy is one transaction on the target: it is kept only if every table's row count and checksum match the source. A target holding any row is refused (exit 7) and left as it was. Stop the writers first: the copy is the source as of the moment it starts.\n\nExamples:\n  epic db copy --to postgres://epic_owner@db.internal/epic\n  epic db copy --to sqlite:///srv/epic/epic.db --database-url postgres://epic_owner@db.internal/epic"
    )]
    Copy {
        /// The empty target: sqlite:PATH or postgres://USER@HOST/DB (PostgreSQL reads the password from ~/.pgpass or PGPASSWORD, never from here)
        #[arg(long, value_name = "URL")]
        to: String,
    },
}

pub async fn run(global: &GlobalArgs, command: DbCommand) -> CommandResult {
    match command {
        DbCommand::Migrate => cmd_db_migrate(global).await,
        DbCommand::Status => cmd_db_status(global).await,
        DbCommand::Backup { file, force } => cmd_db_backup(global, &file, force).await,
        DbCommand::Check => cmd_db_check(global).await,
        DbCommand::Restore { file } => cmd_db_restore(global, &file).await,
        DbCommand::Copy { to } => super::db_copy::cmd_db_copy(global, &to).await,
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
    let status = context.target.guest().schema().await?;
    let (applied, pending, unknown) = (
        status.applied.join(" "),
        status.pending.join(" "),
        status.unknown.join(" "),
    );
    context.printer.one(&[
        ("database", Cell::Text(&context.database)),
        ("current", Cell::Flag(status.current)),
        ("applied", Cell::Text(&applied)),
        ("pending", Cell::Text(&pending)),
        ("unknown", Cell::Text(&unknown)),
    ])?;
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

async fn cmd_db_backup(global: &GlobalArgs, file: &std::path::Path, force: bool) -> CommandResult {
    let context = Context::database(global).await?;
    let store = context.store()?;
    if store.backend() == Backend::Postgres {
        return Err(CommandError::usage(format!(
            "{} is PostgreSQL: epic backs up SQLite files only",
            context.database
        ))
        .with_hint(format!(
            "pg_dump --format=custom --file={} '{}'   (the password comes from ~/.pgpass)",
            file.display(),
            context.database
        )));
    }
    ensure_may_copy(&context).await?;
    maintenance::backup(store, file, force)?;
    context.printer.note(&format!(
        "Backed up {} to {}.",
        context.database,
        file.display()
    ));
    Ok(())
}

/// Reading the database is what a backup or a copy needs; a session, if
/// there is one, must still be allowed to take the whole database.
pub(super) async fn ensure_may_copy(context: &Context) -> CommandResult {
    if let Ok(signed) = context.session().await {
        epic_domain::crm::ensure_may_copy_database(&signed.info.employee)?;
    }
    Ok(())
}

async fn cmd_db_check(global: &GlobalArgs) -> CommandResult {
    let url = crate::config::database_url(global)?;
    let database = crate::config::redacted(&url);
    let problems = maintenance::check(&url).await?;
    if problems.is_empty() {
        let printer = crate::output::Printer::new(None, global.quiet, global.color, None);
        printer.note(&format!("{database}: schema current, no problem found."));
        return Ok(());
    }
    for problem in &problems {
        eprintln!("{}", crate::output::terminal_safe(problem, false));
    }
    Err(CommandError::new(
        ExitStatus::Unavailable,
        format!("{database}: {} problem(s) found", problems.len()),
    ))
}

async fn cmd_db_restore(global: &GlobalArgs, file: &std::path::Path) -> CommandResult {
    let url = crate::config::database_url(global)?;
    let restored = maintenance::restore(file, &url).await?;
    let database = crate::config::redacted(&url);
    let printer = crate::output::Printer::new(None, global.quiet, global.color, None);
    printer.note(&if restored.migrated.is_empty() {
        format!("Restored {} into {database}.", file.display())
    } else {
        format!(
            "Restored {} into {database} and applied {} migration(s).",
            file.display(),
            restored.migrated.len()
        )
    });
    Ok(())
}
