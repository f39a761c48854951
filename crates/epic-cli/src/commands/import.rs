//! `epic client import` and `epic event import`: read the sheet, hand the
//! rows to the domain, report.

use std::path::PathBuf;

use clap::Args;
use epic_domain::crm::imports::Sheet;
use epic_domain::interface::Crm;

use crate::command_error::CommandResult;
use crate::context::Context;
use crate::i18n;
use crate::output;
use crate::records::Cell;
use crate::sheet::{CsvOptions, Encoding};

/// Which sheet an import holds.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Clients,
    Events,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A .csv, .xlsx or .ods file (save an old .xls as .xlsx first)
    pub file: PathBuf,
    /// Check every row and report, without writing anything
    #[arg(long)]
    pub dry_run: bool,
    /// A CSV file's encoding [default: UTF-8 if it is, else windows-1252]
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<Encoding>,
}

pub async fn cmd_import(
    context: &Context,
    crm: &dyn Crm,
    args: &ImportArgs,
    kind: Kind,
) -> CommandResult {
    let headers = match kind {
        Kind::Clients => crate::sheet::headers::CLIENTS,
        Kind::Events => crate::sheet::headers::EVENTS,
    };
    let options = CsvOptions {
        delimiter: context.printer.given_delimiter(),
        encoding: args.encoding,
    };
    let read = crate::sheet::read(&args.file, &headers, options)?;
    if let Some((encoding, delimiter)) = read.csv {
        context.printer.note(&i18n::text(
            "import-read-as",
            &[
                ("file", args.file.display().to_string().into()),
                ("encoding", encoding.to_string().into()),
                ("delimiter", delimiter.to_string().into()),
            ],
        ));
    }
    let rows = read.rows;
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        context.printer.note(&i18n::text(
            "import-checking",
            &[
                ("rows", rows.len().into()),
                ("file", args.file.display().to_string().into()),
            ],
        ));
    }
    let progress = output::progress(rows.len(), context.quiet);
    let dry_run = args.dry_run;
    let sheet = Sheet {
        rows: &rows,
        dry_run,
        zone: crate::zone::zone()?,
        progress: &progress,
    };
    let summary = match kind {
        Kind::Clients => crm.import_clients(sheet).await?,
        Kind::Events => crm.import_events(sheet).await?,
    };
    context.printer.note(&if dry_run {
        i18n::text("import-dry-run", &[("rows", summary.rows.into())])
    } else {
        i18n::text("import-done", &[("created", summary.created.len().into())])
    });
    context.printer.one(&[
        ("rows", Cell::size(summary.rows)),
        ("dry_run", Cell::Flag(dry_run)),
        ("created", Cell::size(summary.created.len())),
        ("ids", Cell::Ids(&summary.created)),
    ])
}
