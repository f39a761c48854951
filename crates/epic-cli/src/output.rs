//! Data goes to stdout in the chosen format; everything else to stderr.

use std::io::{IsTerminal, Write};

use crate::cli::{ColorChoice, Format};
use crate::command_error::{CommandError, CommandResult};
use crate::records::{Cell, Object, Shown};
use crate::sheet::Delimiter;

mod cells;
mod fields;
mod rows;
mod xlsx;
use cells::spreadsheet_safe;
pub use cells::{from_spreadsheet, terminal_safe};
pub use rows::Rows;

#[derive(Debug, Clone)]
pub struct Printer {
    format: Format,
    /// The user chose the format, rather than getting the default.
    explicit: bool,
    terminal: bool,
    quiet: bool,
    color: bool,
    /// `--fields`, as typed.
    fields: Option<String>,
    /// `--wide`: tables with every field, uncut.
    wide: bool,
    /// `--delimiter` as given, for reading imports.
    given_delimiter: Option<Delimiter>,
    /// Between the cells of `-o csv`.
    csv_delimiter: u8,
}

impl Printer {
    pub fn new(
        format: Option<Format>,
        quiet: bool,
        color: ColorChoice,
        fields: Option<String>,
    ) -> Self {
        let terminal = std::io::stdout().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let set = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
                if set("NO_COLOR").is_some() {
                    false
                } else if set("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                    true
                } else {
                    terminal && set("TERM").is_none_or(|t| t != "dumb")
                }
            }
        };
        Self {
            format: format.unwrap_or(Format::Table),
            explicit: format.is_some(),
            terminal,
            quiet,
            color,
            fields,
            wide: false,
            given_delimiter: None,
            csv_delimiter: b',',
        }
    }

    #[must_use]
    pub fn delimiters(mut self, given: Option<Delimiter>, csv: Delimiter) -> Self {
        self.given_delimiter = given;
        self.csv_delimiter = csv.byte();
        self
    }

    pub fn given_delimiter(&self) -> Option<Delimiter> {
        self.given_delimiter
    }

    #[must_use]
    pub fn wide(mut self, wide: bool) -> Self {
        self.wide = wide;
        self
    }

    /// How `show` names a field: in French, for a person, as the list's
    /// header reads (`Reste dû`); otherwise the field's own name, which
    /// scripts and English readers know.
    fn label(&self, field: &str) -> String {
        if crate::i18n::lang() == crate::i18n::Lang::En || !(self.terminal || self.explicit) {
            return field.to_owned();
        }
        let header = crate::i18n::column(field).to_lowercase();
        let mut chars = header.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// A list's table shows its main fields unless asked for more.
    fn draws_brief_tables(&self) -> bool {
        self.format == Format::Table
            && (self.terminal || self.explicit)
            && !self.wide
            && self.fields.is_none()
    }

    /// The width to fit tables to: the terminal's, or `COLUMNS`; none for
    /// `--wide` or when neither is known.
    fn table_width(&self) -> Option<usize> {
        if self.wide {
            return None;
        }
        if self.terminal
            && let Some((terminal_size::Width(width), _)) =
                terminal_size::terminal_size_of(std::io::stdout())
        {
            return Some(usize::from(width));
        }
        std::env::var("COLUMNS").ok()?.trim().parse().ok()
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// Something the person must know even with `--quiet`: on stderr,
    /// never in the data.
    pub fn warn(&self, message: &str) {
        eprintln!("{message}");
    }

    /// A message for the person, never for the pipe.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// One record, every declared field, in the chosen format.
    pub fn show<T: Shown>(&self, record: &T) -> CommandResult {
        self.one(&crate::records::named(record))
    }

    /// One record of these fields (or those of `--fields`).
    pub fn one(&self, record: &[(&'static str, Cell<'_>)]) -> CommandResult {
        let picked;
        let record = match &self.fields {
            Some(wanted) => {
                picked = fields::pick(record, wanted)?;
                &picked[..]
            }
            None => record,
        };
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Ics => {
                return Err(CommandError::usage(crate::i18n::text(
                    "ics-events-only",
                    &[],
                )));
            }
            Format::Xlsx => {
                let names: Vec<&str> = record.iter().map(|(name, _)| *name).collect();
                let mut book = xlsx::Book::begin(&names, self.terminal)?;
                book.push(record)?;
                book.finish(&mut out)?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &Object(record))
                    .map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut writer = csv::WriterBuilder::new()
                    .delimiter(self.csv_delimiter)
                    .from_writer(&mut out);
                writer.write_record(record.iter().map(|(name, _)| name))?;
                writer.write_record(
                    record
                        .iter()
                        .map(|(_, cell)| spreadsheet_safe(&cell.plain()).into_owned()),
                )?;
                writer.flush()?;
            }
            Format::Table => {
                let labels: Vec<String> = record.iter().map(|(name, _)| self.label(name)).collect();
                let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
                for (label, (_, cell)) in labels.iter().zip(record) {
                    let value = cell.human();
                    let value = terminal_safe(&value, true);
                    if self.color {
                        writeln!(out, "\x1b[1m{label:width$}\x1b[0m  {value}")?;
                    } else {
                        writeln!(out, "{label:width$}  {value}")?;
                    }
                }
            }
        }
        out.flush()?;
        Ok(())
    }

    /// A list written as its records arrive (see `Rows`).
    pub fn rows<T: Shown>(&self) -> CommandResult<Rows<'_, T>> {
        Rows::new(self)
    }

    /// Records already in memory, through the same writer as a streamed
    /// list.
    pub fn all<T: Shown>(&self, records: &[T]) -> CommandResult {
        let mut rows = self.rows::<T>()?;
        for record in records {
            if rows.push(record).is_break() {
                break;
            }
        }
        rows.finish()
    }

    /// A table for a person: headers, local times, escaped text, through
    /// the pager on a terminal. `columns` name the cells of each row.
    fn table(&self, columns: &[&str], records: &[Vec<String>]) -> CommandResult {
        if records.is_empty() {
            self.note(&crate::i18n::text("no-results", &[]));
            return Ok(());
        }
        let mut builder = tabled::builder::Builder::default();
        builder.push_record(columns.iter().map(|c| crate::i18n::column(c)));
        for record in records {
            builder.push_record(record.iter().map(String::as_str));
        }
        let mut table = builder.build();
        table.with(tabled::settings::Style::sharp());
        if let Some(width) = self.table_width() {
            // The widest columns give way first; the others keep their text.
            table.with(
                tabled::settings::Width::truncate(width)
                    .suffix("…")
                    .priority(tabled::settings::peaker::PriorityMax::right()),
            );
        }
        if self.color {
            // Bold header row.
            table.modify(
                tabled::settings::object::Rows::first(),
                tabled::settings::Color::BOLD,
            );
        }
        if self.terminal {
            return page(&format!("{table}\n"));
        }
        let mut out = std::io::stdout().lock();
        writeln!(out, "{table}")?;
        out.flush()?;
        Ok(())
    }

    /// One JSON document whatever the format (`client export-data`).
    pub fn document<T: serde::Serialize>(&self, value: &T) -> CommandResult {
        let text = serde_json::to_string_pretty(value)
            .map_err(|e| CommandError::internal(format!("cannot write JSON: {e}")))?;
        self.line(&text)
    }

    /// Raw text for scripts (`auth token`).
    pub fn line(&self, text: &str) -> CommandResult {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()?;
        Ok(())
    }
}

/// Long tables on a terminal go through `$PAGER` (default `less -FRX`, which
/// exits at once when the table fits). A pager quit early is not an error.
fn page(text: &str) -> CommandResult {
    let pager = match std::env::var("PAGER") {
        Ok(p) if p.trim().is_empty() => None,
        Ok(p) => Some(p),
        Err(_) => Some("less -FRX".to_owned()),
    };
    let mut words = pager.as_deref().unwrap_or_default().split_whitespace();
    let spawned = words.next().and_then(|program| {
        std::process::Command::new(program)
            .args(words)
            .stdin(std::process::Stdio::piped())
            .spawn()
            .ok()
    });
    let Some(mut child) = spawned else {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        return Ok(());
    };
    if let Some(mut stdin) = child.stdin.take() {
        match stdin.write_all(text.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
            _ => {}
        }
    }
    child.wait()?;
    Ok(())
}

/// A progress line on stderr for long imports on a terminal; nothing
/// otherwise, so logs and pipes stay clean.
pub fn progress(total: usize, quiet: bool) -> impl Fn(usize) + Sync {
    let shown = !quiet && total >= 200 && std::io::stderr().is_terminal();
    move |done: usize| {
        if shown && (done.is_multiple_of(100) || done == total) {
            draw_progress(done as u64, total as u64);
        }
    }
}

/// `progress` for work that learns its total as it starts and reports
/// every batch: `(done, total)`.
pub fn batch_progress(quiet: bool) -> impl Fn(u64, u64) + Sync {
    let shown = !quiet && std::io::stderr().is_terminal();
    move |done: u64, total: u64| {
        if shown && total >= 200 {
            draw_progress(done, total);
        }
    }
}

fn draw_progress(done: u64, total: u64) {
    let width = 30;
    let filled = usize::try_from(done.min(total) * width / total.max(1)).unwrap_or(0);
    eprint!(
        "\rwriting [{}{}] {done}/{total}",
        "#".repeat(filled),
        " ".repeat(30 - filled)
    );
    if done >= total {
        eprintln!();
    }
}
