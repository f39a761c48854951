//! Lists written as the database returns them. JSON, CSV and piped rows go
//! out one record at a time, so exporting a million records takes as little
//! memory as exporting ten; only a table for a person on a terminal is
//! gathered first, to size its columns.

use std::borrow::Cow;
use std::io::{BufWriter, Stdout, Write};
use std::ops::ControlFlow;

use super::cells::{spreadsheet_safe, terminal_safe};
use super::fields::Selection;
use super::{Printer, xlsx};
use crate::cli::Format;
use crate::command_error::{CommandError, CommandResult};
use crate::records::{Cell, Object, Shown};
use epic_api::ics;

/// Receives the records of one list, in order, then `finish` ends it.
/// Every format shows the record's declared fields, or those `--fields`
/// picked.
#[derive(Debug)]
pub struct Rows<'p, T> {
    printer: &'p Printer,
    shown: Selection,
    writer: Writer,
    failure: Option<CommandError>,
    record: std::marker::PhantomData<fn(&T)>,
}

#[derive(Debug)]
enum Writer {
    Json {
        out: BufWriter<Stdout>,
        first: bool,
        buffer: Vec<u8>,
    },
    /// CSV, or tab-separated lines: `safe` makes each cell safe for its reader.
    Delimited {
        out: Box<csv::Writer<BufWriter<Stdout>>>,
        /// One cell's text, its allocation reused from cell to cell.
        text: String,
        safe: fn(&str) -> Cow<'_, str>,
    },
    /// The shown cells of each record, as people read them.
    Table(Vec<Vec<String>>),
    Calendar(BufWriter<Stdout>),
    Workbook(Box<xlsx::Book>),
}

impl<'p, T: Shown> Rows<'p, T> {
    pub(super) fn new(printer: &'p Printer) -> CommandResult<Self> {
        let brief = printer.draws_brief_tables().then(|| T::BRIEF.join(","));
        let shown = Selection::new(T::FIELDS, printer.fields.as_deref().or(brief.as_deref()))?;
        let out = || BufWriter::with_capacity(64 * 1024, std::io::stdout());
        let mut failure = None;
        let writer = match printer.format {
            Format::Ics => {
                if !T::CALENDAR {
                    return Err(CommandError::usage(crate::i18n::text(
                        "ics-events-only",
                        &[],
                    )));
                }
                if !shown.is_all() {
                    return Err(CommandError::usage(crate::i18n::text(
                        "ics-fixed-fields",
                        &[],
                    )));
                }
                let mut out = out();
                ics::begin(&mut out)?;
                Writer::Calendar(out)
            }
            Format::Xlsx => Writer::Workbook(Box::new(xlsx::Book::begin(
                shown.names(),
                printer.terminal,
            )?)),
            Format::Json => Writer::Json {
                out: out(),
                first: true,
                buffer: Vec::with_capacity(1024),
            },
            Format::Csv => {
                let mut csv = csv::WriterBuilder::new()
                    .has_headers(false)
                    .delimiter(printer.csv_delimiter)
                    .from_writer(out());
                failure = csv
                    .write_record(shown.names())
                    .err()
                    .map(CommandError::from);
                Writer::Delimited {
                    out: Box::new(csv),
                    text: String::new(),
                    safe: spreadsheet_safe,
                }
            }
            // In a pipe: one tab-separated line per record, no decoration.
            Format::Table if !printer.terminal && !printer.explicit => Writer::Delimited {
                out: Box::new(
                    csv::WriterBuilder::new()
                        .has_headers(false)
                        .delimiter(b'\t')
                        .quote_style(csv::QuoteStyle::Never)
                        .from_writer(out()),
                ),
                text: String::new(),
                safe: |text| terminal_safe(text, false),
            },
            Format::Table => Writer::Table(Vec::new()),
        };
        Ok(Self {
            printer,
            shown,
            writer,
            failure,
            record: std::marker::PhantomData,
        })
    }

    /// Writes one record; `Break` once writing has failed (a closed pipe),
    /// so the listing stops and `finish` reports it.
    pub fn push(&mut self, record: &T) -> ControlFlow<()> {
        if self.failure.is_none()
            && let Err(e) = self.write(record)
        {
            self.failure = Some(e);
        }
        if self.failure.is_some() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }

    fn write(&mut self, record: &T) -> CommandResult {
        let cells = record.cells();
        match &mut self.writer {
            Writer::Json { out, first, buffer } => {
                // The same bytes as a pretty-printed array of these records:
                // each object printed on its own, then indented one level
                // (JSON strings escape their newlines, so each raw newline
                // is the pretty-printer's own).
                buffer.clear();
                let named: Vec<(&'static str, Cell<'_>)> = self.shown.named(&cells).collect();
                serde_json::to_writer_pretty(&mut *buffer, &Object(&named))
                    .map_err(std::io::Error::from)?;
                out.write_all(if *first { b"[\n  " } else { b",\n  " })?;
                *first = false;
                let mut lines = buffer.split(|b| *b == b'\n');
                if let Some(line) = lines.next() {
                    out.write_all(line)?;
                }
                for line in lines {
                    out.write_all(b"\n  ")?;
                    out.write_all(line)?;
                }
            }
            Writer::Delimited { out, text, safe } => {
                for (_, cell) in self.shown.named(&cells) {
                    text.clear();
                    cell.write_plain(text);
                    out.write_field(safe(text).as_bytes())?;
                }
                // An empty record ends the one the fields above began.
                out.write_record(None::<&[u8]>)?;
            }
            Writer::Table(rows) => rows.push(
                self.shown
                    .named(&cells)
                    .map(|(_, cell)| terminal_safe(&cell.human(), true).into_owned())
                    .collect(),
            ),
            Writer::Calendar(out) => {
                let Some(event) = record.as_event() else {
                    return Err(CommandError::usage(crate::i18n::text(
                        "ics-events-only",
                        &[],
                    )));
                };
                ics::event(out, event, None)?;
            }
            Writer::Workbook(book) => {
                let named: Vec<(&'static str, Cell<'_>)> = self.shown.named(&cells).collect();
                book.push(&named)?;
            }
        }
        Ok(())
    }

    pub fn finish(self) -> CommandResult {
        if let Some(failure) = self.failure {
            return Err(failure);
        }
        match self.writer {
            Writer::Json { mut out, first, .. } => {
                out.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
            Writer::Delimited { mut out, .. } => out.flush()?,
            Writer::Table(rows) => self.printer.table(self.shown.names(), &rows)?,
            Writer::Calendar(mut out) => {
                ics::end(&mut out)?;
                out.flush()?;
            }
            Writer::Workbook(book) => book.finish(&mut std::io::stdout().lock())?,
        }
        Ok(())
    }
}
