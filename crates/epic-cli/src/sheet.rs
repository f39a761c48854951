//! Reading the sheets people keep: CSV (RFC 4180, UTF-8) or Excel (.xlsx,
//! .xls, .ods), first sheet, header in the first row.

use std::path::Path;

use calamine::{Data, DataType, Reader, open_workbook_auto};
use epic_domain::Error;
use epic_domain::crm::imports::{SheetRow, columns};

use crate::command_error::{CommandError, CommandResult, ExitStatus};

fn unreadable(path: &Path, reason: impl std::fmt::Display) -> CommandError {
    CommandError::from(Error::invalid(
        "file",
        format!("cannot read {}: {reason}", path.display()),
    ))
}

fn to_rows(
    path: &Path,
    table: Vec<Vec<String>>,
    layout: &[(&'static str, &[&str])],
    required: &[&str],
) -> CommandResult<Vec<SheetRow>> {
    let mut lines = table.into_iter();
    let header = lines
        .next()
        .ok_or_else(|| unreadable(path, "it is empty"))?;
    let mapped = columns(&header, layout, required)?;
    Ok(lines
        .enumerate()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(i, cells)| SheetRow {
            number: i + 2,
            cells: mapped
                .iter()
                .zip(cells)
                .filter_map(|(field, value)| field.map(|f| (f, value)))
                .collect(),
        })
        .collect())
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        // Whole numbers typed in a spreadsheet come back as floats.
        #[allow(clippy::cast_possible_truncation)]
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (*f as i64).to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(_) => cell
            .as_datetime()
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default(),
    }
}

pub fn read(
    path: &Path,
    layout: &[(&'static str, &[&str])],
    required: &[&str],
) -> CommandResult<Vec<SheetRow>> {
    if !path.exists() {
        return Err(CommandError::new(
            ExitStatus::NotFound,
            format!("{} does not exist", path.display()),
        ));
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_lowercase();
    let table: Vec<Vec<String>> = if matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        let mut workbook = open_workbook_auto(path).map_err(|e| unreadable(path, e))?;
        let range = workbook
            .worksheet_range_at(0)
            .ok_or_else(|| unreadable(path, "it has no sheet"))?
            .map_err(|e| unreadable(path, e))?;
        range
            .rows()
            .map(|row| row.iter().map(cell_text).collect())
            .collect()
    } else {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .map_err(|e| unreadable(path, e))?;
        reader
            .records()
            .map(|r| {
                r.map(|record| record.iter().map(str::to_owned).collect())
                    .map_err(|e| unreadable(path, e))
            })
            .collect::<CommandResult<_>>()?
    };
    to_rows(path, table, layout, required)
}
