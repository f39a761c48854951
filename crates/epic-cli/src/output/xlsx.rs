//! `-o xlsx`: a real workbook for Excel. Amounts are numbers shown with two
//! decimals, times are dates in the local time zone (Excel has no zones),
//! the header row is bold and frozen. Rows go to the sheet as they come
//! (rust_xlsxwriter's constant-memory mode), and `client import` / `event
//! import` read the file back.

use std::io::Write;

use crate::command_error::{CommandError, CommandResult};
use crate::records::Cell;
use rust_xlsxwriter::{Format as CellFormat, Workbook, Worksheet, XlsxError};

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

    /// One row: the shown fields' cells, in order.
    pub fn push(&mut self, record: &[(&'static str, Cell<'_>)]) -> CommandResult {
        let row = self.next_row;
        let sheet = self.workbook.worksheet_from_index(0).map_err(failed)?;
        for (column, (_, value)) in (0..).zip(record) {
            cell(sheet, row, column, value, &self.money, &self.time).map_err(failed)?;
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

/// Amounts as numbers and times as dates, in this person's zone, so that
/// a spreadsheet sums and sorts them.
fn cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    value: &Cell<'_>,
    money: &CellFormat,
    time: &CellFormat,
) -> Result<(), XlsxError> {
    match value {
        Cell::Empty => {}
        Cell::Flag(flag) => {
            sheet.write_boolean(row, column, *flag)?;
        }
        // Counts and cents are far below 2^53: exact as numbers.
        #[allow(clippy::cast_precision_loss)]
        Cell::Count(n) => {
            sheet.write_number(row, column, *n as f64)?;
        }
        #[allow(clippy::cast_precision_loss)]
        Cell::Money(cents) => {
            sheet.write_number_with_format(row, column, *cents as f64 / 100.0, money)?;
        }
        Cell::Time(at) => {
            let local = at.with_timezone(&chrono::Local).naive_local();
            sheet.write_datetime_with_format(row, column, local, time)?;
        }
        Cell::Text(_) | Cell::Name(_) | Cell::Ids(_) => {
            sheet.write_string(row, column, value.plain())?;
        }
    }
    Ok(())
}
