//! Imports: the rows of a body read as a sheet, then checked and written
//! all or nothing by the noun's import use case.

use axum::Json;
use epic_api::bodies::{Import, Imported};
use epic_domain::crm::imports::{ImportSummary, Sheet, SheetLayout, SheetRow};

use crate::respond::Answer;
use crate::zone::CallerZone;

/// The rows of `import` as a sheet of `layout`, checked and written (or
/// only checked, for a dry run) by `write`.
pub async fn import(
    import: Import,
    zone: CallerZone,
    layout: &SheetLayout,
    write: impl AsyncFnOnce(Sheet<'_>) -> epic_domain::Result<ImportSummary>,
) -> Answer<Json<Imported>> {
    let dry_run = import.dry_run;
    let rows = import
        .rows
        .into_iter()
        .map(|row| layout.row(row.number, row.cells))
        .collect::<epic_domain::Result<Vec<SheetRow>>>()?;
    let sheet = Sheet {
        rows: &rows,
        dry_run,
        zone: zone.0,
        progress: &|_| {},
    };
    let summary = write(sheet).await?;
    Ok(Json(Imported {
        rows: summary.rows,
        created: summary.created,
    }))
}
