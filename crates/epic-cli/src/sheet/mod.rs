//! Reading the sheets people keep: CSV (RFC 4180; UTF-8 or Windows-1252,
//! comma, semicolon or tab: see `text`), Excel (.xlsx) or
//! OpenDocument (.ods), first sheet, header in the first row. What a file
//! may make us read is bounded (`limits`), so a small hostile file cannot
//! exhaust memory.

pub mod headers;
mod limits;
mod text;

pub use headers::Headers;
pub use text::{Delimiter, Encoding};

use std::path::Path;

use calamine::{Data, DataType, Reader, Xlsx, open_workbook};
use epic_domain::crm::imports::SheetRow;

use crate::command_error::{CommandError, CommandResult, ExitStatus};
use limits::check_position;

fn unreadable(path: &Path, reason: impl std::fmt::Display) -> CommandError {
    let args = [
        ("path", path.display().to_string().into()),
        ("reason", reason.to_string().into()),
    ];
    CommandError::invalid("file", &crate::i18n::text("cannot-read", &args))
}

fn to_rows(
    path: &Path,
    table: Vec<Vec<String>>,
    headers: &Headers,
) -> CommandResult<Vec<SheetRow>> {
    let mut lines = table.into_iter();
    let header = lines
        .next()
        .ok_or_else(|| unreadable(path, "it is empty"))?;
    let mapped = headers.map(&header)?;
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

/// A sheet's cells, row by row.
type Table = Vec<Vec<String>>;

/// How a CSV file is to be read; `None` is "detect it".
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvOptions {
    pub delimiter: Option<Delimiter>,
    pub encoding: Option<Encoding>,
}

/// A sheet's rows, and for CSV how its bytes were read.
#[derive(Debug)]
pub struct Read {
    pub rows: Vec<SheetRow>,
    pub csv: Option<(Encoding, Delimiter)>,
}

pub fn read(path: &Path, headers: &Headers, options: CsvOptions) -> CommandResult<Read> {
    if !path.exists() {
        return Err(CommandError::new(
            ExitStatus::NotFound,
            crate::i18n::text(
                "file-missing",
                &[("path", path.display().to_string().into())],
            ),
        ));
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_lowercase();
    limits::check_file_size(path)?;
    let mut csv = None;
    let table = match extension.as_str() {
        "xlsx" | "xlsm" => {
            limits::check_unpacked_size(path)?;
            read_xlsx(path)?
        }
        "ods" => {
            limits::check_unpacked_size(path)?;
            limits::check_ods_extent(path)?;
            let mut workbook: calamine::Ods<_> =
                open_workbook(path).map_err(|e| unreadable(path, e))?;
            let range = workbook
                .worksheet_range_at(0)
                .ok_or_else(|| unreadable(path, "it has no sheet"))?
                .map_err(|e| unreadable(path, e))?;
            range
                .rows()
                .map(|row| row.iter().map(cell_text).collect())
                .collect()
        }
        // The old binary format unpacks every sheet in full before anything
        // can be checked: a few cells far apart cost gigabytes.
        "xls" | "xlsb" => {
            return Err(unreadable(
                path,
                "the old Excel format is not read; save it as .xlsx or .csv",
            ));
        }
        _ => {
            let (table, used) = read_csv(path, options)?;
            csv = Some(used);
            table
        }
    };
    Ok(Read {
        rows: to_rows(path, table, headers)?,
        csv,
    })
}

/// The first sheet of a workbook, cell by cell as it is unpacked, so that
/// a far-away cell is refused before anything is allocated for it.
fn read_xlsx(path: &Path) -> CommandResult<Vec<Vec<String>>> {
    let mut workbook: Xlsx<_> = open_workbook(path).map_err(|e| unreadable(path, e))?;
    let name = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| unreadable(path, "it has no sheet"))?;
    let mut cells = workbook
        .worksheet_cells_reader(&name)
        .map_err(|e| unreadable(path, e))?;
    let mut table: Vec<Vec<String>> = Vec::new();
    while let Some(cell) = cells.next_cell().map_err(|e| unreadable(path, e))? {
        let (row, column) = cell.get_position();
        let (row, column) = (row as usize, column as usize);
        check_position(path, row, column)?;
        let text = cell_text(&Data::from(cell.get_value().clone()));
        if text.is_empty() {
            continue;
        }
        if table.len() <= row {
            table.resize_with(row + 1, Vec::new);
        }
        let line = &mut table[row];
        if line.len() <= column {
            line.resize(column + 1, String::new());
        }
        line[column] = text;
    }
    Ok(table)
}

fn read_csv(path: &Path, options: CsvOptions) -> CommandResult<(Table, (Encoding, Delimiter))> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, e))?;
    let (text, encoding) =
        text::decode(&bytes, options.encoding).map_err(|e| unreadable(path, e))?;
    drop(bytes);
    let delimiter = options
        .delimiter
        .unwrap_or_else(|| Delimiter::detect(&text));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter.byte())
        .from_reader(text.as_bytes());
    let mut table = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| unreadable(path, e))?;
        check_position(path, index, record.len().saturating_sub(1))?;
        table.push(
            record
                .iter()
                .map(|cell| crate::output::from_spreadsheet(cell).to_owned())
                .collect(),
        );
    }
    Ok((table, (encoding, delimiter)))
}
