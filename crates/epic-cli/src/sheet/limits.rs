//! How much a sheet may make an import read. Each bound is checked before
//! the work it bounds: file size before reading, unpacked size before
//! unpacking, and the extent of a sheet before anything is allocated for
//! its cells.

use std::io::BufReader;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use super::unreadable;
use crate::command_error::{CommandError, CommandResult};

/// The most rows and columns a sheet may have, header included: the
/// import's own bounds, which the server holds to as well.
pub const MAX_ROWS: u32 = epic_api::bodies::MAX_IMPORT_ROWS as u32 + 1;
pub const MAX_COLUMNS: u32 = epic_api::bodies::MAX_IMPORT_COLUMNS as u32;
/// The largest file on disk, and for zipped formats (.xlsx, .ods) the most
/// their parts may unpack to.
const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;
const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

fn too_large(path: &Path, limit: &str) -> CommandError {
    unreadable(
        path,
        format!("it is larger than an import may be ({limit})"),
    )
}

/// Refuses a cell past the row or column limit (both counted from 0).
pub fn check_position(path: &Path, row: usize, column: usize) -> CommandResult {
    if row >= MAX_ROWS as usize || column >= MAX_COLUMNS as usize {
        return Err(too_large(
            path,
            &format!(
                "{} rows of {MAX_COLUMNS} columns; it has a cell at row {}, column {}",
                MAX_ROWS - 1,
                row.saturating_add(1),
                column.saturating_add(1)
            ),
        ));
    }
    Ok(())
}

pub fn check_file_size(path: &Path) -> CommandResult {
    let size = std::fs::metadata(path)
        .map_err(|e| unreadable(path, e))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(
            path,
            &format!("{} MiB on disk", MAX_FILE_BYTES >> 20),
        ));
    }
    Ok(())
}

fn archive(path: &Path) -> CommandResult<zip::ZipArchive<std::fs::File>> {
    let file = std::fs::File::open(path).map_err(|e| unreadable(path, e))?;
    zip::ZipArchive::new(file).map_err(|e| unreadable(path, e))
}

/// Zip archives say how large each part unpacks to before anything is
/// unpacked; a few kilobytes can otherwise unpack to gigabytes.
pub fn check_unpacked_size(path: &Path) -> CommandResult {
    let mut archive = archive(path)?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let part = archive
            .by_index_raw(index)
            .map_err(|e| unreadable(path, e))?;
        total = total.saturating_add(part.size());
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(too_large(
            path,
            &format!("{} MiB unpacked", MAX_UNPACKED_BYTES >> 20),
        ));
    }
    Ok(())
}

/// An OpenDocument sheet repeats rows and cells by count
/// (`number-rows-repeated`, `number-columns-repeated`), and the reader
/// expands them: one row of a thousand cells repeated a hundred thousand
/// times fills gigabytes. Walks the first sheet's XML as a stream and
/// refuses a non-empty cell past the limits before it is expanded.
pub fn check_ods_extent(path: &Path) -> CommandResult {
    let mut archive = archive(path)?;
    let content = archive
        .by_name("content.xml")
        .map_err(|e| unreadable(path, e))?;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(content));
    let mut buffer = Vec::new();
    let (mut row, mut row_repeats, mut column) = (0usize, 1usize, 0usize);
    let mut row_has_data = false;
    loop {
        let event = reader
            .read_event_into(&mut buffer)
            .map_err(|e| unreadable(path, e))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) if e.name().as_ref() == "table:table-row" => {
                row_repeats = repeats(path, e, "table:number-rows-repeated")?;
                (column, row_has_data) = (0, false);
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                let count = repeats(path, e, "table:number-columns-repeated")?;
                // An empty cell is written as an empty element without a type.
                let has_data = matches!(event, Event::Start(_))
                    || e.try_get_attribute("office:value-type")
                        .ok()
                        .flatten()
                        .is_some();
                column = column.saturating_add(count);
                if has_data {
                    check_position(path, row, column - 1)?;
                    row_has_data = true;
                }
            }
            Event::End(ref e) if e.name().as_ref() == "table:table-row" => {
                if row_has_data {
                    check_position(path, row.saturating_add(row_repeats - 1), 0)?;
                }
                row = row.saturating_add(row_repeats);
            }
            // Only the first sheet is read.
            Event::End(ref e) if e.name().as_ref() == "table:table" => return Ok(()),
            Event::Eof => return Ok(()),
            _ => {}
        }
        buffer.clear();
    }
}

fn repeats(path: &Path, element: &BytesStart<'_>, name: &str) -> CommandResult<usize> {
    match element.try_get_attribute(name) {
        Ok(Some(attribute)) => attribute
            .value
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| unreadable(path, "a repeat count is not a number")),
        Ok(None) => Ok(1),
        Err(e) => Err(unreadable(path, e)),
    }
}
