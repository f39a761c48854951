//! `epic db copy --to URL`: the whole database into an empty one, proven
//! table by table.

use epic_store::copy::{self, TableCopy};

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::context::Context;
use crate::records::{Cell, shown};
use crate::{config, output};

/// One line of the proof.
#[derive(Debug)]
struct Compared {
    table: &'static str,
    source_rows: u64,
    target_rows: u64,
    source_checksum: String,
    target_checksum: String,
    same: bool,
}

shown!(Compared {
    table => Cell::Text(table),
    source_rows => Cell::count(*source_rows),
    target_rows => Cell::count(*target_rows),
    source_checksum => Cell::Text(source_checksum),
    target_checksum => Cell::Text(target_checksum),
    same => Cell::Flag(*same),
});

impl From<&TableCopy> for Compared {
    fn from(table: &TableCopy) -> Self {
        Self {
            table: table.table,
            source_rows: table.source.rows,
            target_rows: table.target.rows,
            source_checksum: format!("{:016x}", table.source.checksum),
            target_checksum: format!("{:016x}", table.target.checksum),
            same: table.same(),
        }
    }
}

pub async fn cmd_db_copy(global: &GlobalArgs, to: &str) -> CommandResult {
    if config::holds_password(to) {
        return Err(CommandError::usage(
            "--to holds a password, which other users could read in the process list",
        )
        .with_hint("leave it out: PostgreSQL reads it from ~/.pgpass (or PGPASSWORD)"));
    }
    let context = Context::database(global).await?;
    super::db::ensure_may_copy(&context).await?;
    let progress = output::batch_progress(global.quiet);
    let copied = copy::copy(context.store()?, to, &progress).await?;
    let lines: Vec<Compared> = copied.tables.iter().map(Compared::from).collect();
    context.printer.all(&lines)?;
    let target = config::redacted(to);
    if !copied.kept {
        let differ = lines.iter().filter(|line| !line.same).count();
        return Err(CommandError::new(
            ExitStatus::Unavailable,
            format!(
                "the copy differs from {} in {differ} table(s): nothing was kept in {target}",
                context.database
            ),
        ));
    }
    let rows: u64 = lines.iter().map(|line| line.target_rows).sum();
    context.printer.note(&format!(
        "Copied {} to {target}: {rows} rows in {} tables, each the same on both sides.",
        context.database,
        lines.len()
    ));
    Ok(())
}
