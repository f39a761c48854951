//! `-o xlsx`: a real workbook for Excel. Amounts are numbers shown with two
//! decimals, times are dates in the local time zone (Excel has no zones),
//! the header row is bold and frozen. Rows go to the sheet as they come
//! (rust_xlsxwriter's constant-memory mode), and `client import` / `event
//! import` read the file back.

use std::io::Write;

use rust_xlsxwriter::{Format as CellFormat, Workbook, Worksheet, XlsxError};
use serde_json::Value;

use super::Record;
use crate::command_error::{CommandError, CommandResult};

fn failed(e: XlsxError) -> CommandError {
    CommandError::internal(format!("cannot write the workbook: {e}"))
}

pub struct Book {
    workbook: Workbook,
    next_row: u32,
    money: CellFormat,
    time: CellFormat,
}

impl std::fmt::Debug for Book {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Book")
            .field("next_row", &self.next_row)
            .finish_non_exhaustive()
    }
}

impl Book {
    /// A workbook of one sheet whose first row is `names`. Refused on a
    /// terminal, where its bytes would be noise.
    pub fn begin(names: &[&str], terminal: bool) -> CommandResult<Self> {
        if terminal {
            return Err(CommandError::usage(crate::i18n::text(
                "xlsx-to-a-file",
                &[],
            )));
        }
        let mut workbook = Workbook::new();
        let sheet = workbook
            .add_worksheet_with_constant_memory()
            .map_err(failed)?;
        sheet.set_freeze_panes(1, 0).map_err(failed)?;
        let bold = CellFormat::new().set_bold();
        for (column, name) in (0..).zip(names) {
            sheet
                .write_string_with_format(0, column, *name, &bold)
                .map_err(failed)?;
            sheet
                .set_column_width(column, if name.contains("name") { 24 } else { 16 })
                .map_err(failed)?;
        }
        Ok(Self {
            workbook,
            next_row: 1,
            money: CellFormat::new().set_num_format("#,##0.00"),
            time: CellFormat::new().set_num_format("yyyy-mm-dd hh:mm"),
        })
    }

    pub fn push(&mut self, names: &[&str], record: &Record) -> CommandResult {
        let row = self.next_row;
        let sheet = self.workbook.worksheet_from_index(0).map_err(failed)?;
        for (column, name) in (0..).zip(names) {
            let value = record.get(*name).unwrap_or(&Value::Null);
            cell(sheet, row, column, name, value, &self.money, &self.time).map_err(failed)?;
        }
        self.next_row += 1;
        Ok(())
    }

    pub fn finish(mut self, out: &mut impl Write) -> CommandResult {
        let bytes = self.workbook.save_to_buffer().map_err(failed)?;
        out.write_all(&bytes)?;
        out.flush()?;
        Ok(())
    }
}

fn cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    name: &str,
    value: &Value,
    money: &CellFormat,
    time: &CellFormat,
) -> Result<(), XlsxError> {
    match value {
        Value::Null => {}
        Value::Bool(b) => {
            sheet.write_boolean(row, column, *b)?;
        }
        Value::Number(n) => {
            sheet.write_number(row, column, n.as_f64().unwrap_or_default())?;
        }
        Value::String(text) => {
            let amount = crate::commands::records::AMOUNTS
                .contains(&name)
                .then(|| text.parse::<f64>().ok())
                .flatten();
            if let Some(amount) = amount {
                sheet.write_number_with_format(row, column, amount, money)?;
            } else if let Some(local) = local_time(text) {
                sheet.write_datetime_with_format(row, column, local, time)?;
            } else {
                sheet.write_string(row, column, text)?;
            }
        }
        other => {
            sheet.write_string(row, column, other.to_string())?;
        }
    }
    Ok(())
}

/// An RFC 3339 time of a record, as the wall-clock time it was here.
fn local_time(text: &str) -> Option<chrono::NaiveDateTime> {
    if text.len() < 20 || text.as_bytes().get(10) != Some(&b'T') {
        return None;
    }
    let time = chrono::DateTime::parse_from_rfc3339(text).ok()?;
    Some(time.with_timezone(&chrono::Local).naive_local())
}
