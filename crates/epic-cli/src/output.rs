//! Data goes to stdout in the chosen format; everything else to stderr.

use std::io::{IsTerminal, Write};

use serde_json::{Map, Value};

use crate::cli::{ColorChoice, Format};
use crate::command_error::CommandResult;

#[derive(Debug, Clone, Copy)]
pub struct Printer {
    format: Format,
    quiet: bool,
    color: bool,
}

/// One record as ordered fields, the same in every format.
pub type Record = Map<String, Value>;

impl Printer {
    pub fn new(format: Option<Format>, quiet: bool, color: ColorChoice) -> Self {
        let terminal = std::io::stdout().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        };
        Self {
            format: format.unwrap_or(Format::Table),
            quiet,
            color,
        }
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
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, record).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(&mut out);
                let to_csv = |e: csv::Error| std::io::Error::other(e.to_string());
                writer.write_record(record.keys()).map_err(to_csv)?;
                writer
                    .write_record(record.values().map(plain))
                    .map_err(to_csv)?;
                writer.flush()?;
            }
            Format::Table => {
                let width = record.keys().map(String::len).max().unwrap_or(0);
                for (key, value) in record {
                    if self.color {
                        writeln!(out, "\x1b[1m{key:width$}\x1b[0m  {}", plain(value))?;
                    } else {
                        writeln!(out, "{key:width$}  {}", plain(value))?;
                    }
                }
            }
        }
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
