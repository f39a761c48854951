//! Data goes to stdout in the chosen format; everything else to stderr.

use std::io::{IsTerminal, Write};

use serde_json::{Map, Value};

use crate::cli::{ColorChoice, Format};
use crate::command_error::CommandResult;
use crate::sheet::Delimiter;

mod cells;
mod fields;
mod flat;
mod ics;
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

/// One record as ordered fields, the same in every format.
pub type Record = Map<String, Value>;

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

    /// A message for the person, never for the pipe.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    pub fn record(&self, record: &Record) -> CommandResult {
        let picked;
        let record = match &self.fields {
            Some(wanted) => {
                picked = fields::pick(record, wanted)?;
                &picked
            }
            None => record,
        };
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Ics => {
                return Err(crate::command_error::CommandError::usage(
                    crate::i18n::text("ics-events-only", &[]),
                ));
            }
            Format::Xlsx => {
                let names: Vec<&str> = record.keys().map(String::as_str).collect();
                let mut book = xlsx::Book::begin(&names, self.terminal)?;
                book.push(&names, record)?;
                book.finish(&mut out)?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, record).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut writer = csv::WriterBuilder::new()
                    .delimiter(self.csv_delimiter)
                    .from_writer(&mut out);
                writer.write_record(record.keys())?;
                writer.write_record(record.values().map(csv_cell))?;
                writer.flush()?;
            }
            Format::Table => {
                let labels: Vec<String> = record.keys().map(|key| self.label(key)).collect();
                let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
                for (label, (key, value)) in labels.iter().zip(record) {
                    let value = human(key, value);
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
    pub fn rows(&self, columns: &'static [&'static str]) -> CommandResult<Rows<'_>> {
        Rows::new(self, columns)
    }

    /// Records already in memory, through the same writer as a streamed
    /// list.
    pub fn all<T: serde::Serialize>(
        &self,
        columns: &'static [&'static str],
        records: &[T],
    ) -> CommandResult {
        let mut rows = self.rows(columns)?;
        for record in records {
            if rows.push(record).is_break() {
                break;
            }
        }
        rows.finish()
    }

    /// A table for a person: headers, local times, escaped text, through
    /// the pager on a terminal. `columns` name the fields of each record.
    fn table(&self, columns: &[&str], records: &[Record]) -> CommandResult {
        if records.is_empty() {
            self.note(&crate::i18n::text("no-results", &[]));
            return Ok(());
        }
        let mut builder = tabled::builder::Builder::default();
        builder.push_record(columns.iter().map(|c| crate::i18n::column(c)));
        for record in records {
            builder.push_record(
                columns
                    .iter()
                    .map(|c| record.get(*c).map(|v| table_cell(c, v)).unwrap_or_default()),
            );
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

    /// Raw text for scripts (`auth token`).
    pub fn line(&self, text: &str) -> CommandResult {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()?;
        Ok(())
    }
}

fn plain(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A value as a CSV cell: exact, unless a spreadsheet would run it.
pub(crate) fn csv_cell(value: &Value) -> String {
    spreadsheet_safe(&plain(value)).into_owned()
}

fn table_cell(field: &str, value: &Value) -> String {
    terminal_safe(&human(field, value), true).into_owned()
}

/// For people: times in the local zone, to the minute, and amounts, as
/// their language writes them.
fn human(field: &str, value: &Value) -> String {
    if let Value::String(text) = value
        && crate::commands::records::AMOUNTS.contains(&field)
    {
        return crate::i18n::amount(text);
    }
    if let Value::String(text) = value
        && text.len() >= 20
        && text.as_bytes().get(10) == Some(&b'T')
        && let Ok(t) = chrono::DateTime::parse_from_rfc3339(text)
    {
        return t
            .with_timezone(&chrono::Local)
            .format(crate::i18n::time_format())
            .to_string();
    }
    plain(value)
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
