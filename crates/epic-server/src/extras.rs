//! What the command line asks beyond reading and writing one record: may
//! this be deleted, what a name names, the reports, and the imports.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use epic_api::bodies::{Days, Import, Imported, Resolved};
use epic_api::paths;
use epic_domain::crm;
use epic_domain::crm::imports::{
    self, CLIENT_SHEET, EVENT_SHEET, ImportSummary, Sheet, SheetLayout, SheetRow,
};
use epic_domain::crm::names::{self, Name};
use epic_domain::crm::records::{Client, Contract, Event};
use epic_domain::crm::reports::{self, MonthRow, Period, RevenueRow, UnpaidRow, UpcomingRow};
use epic_domain::employee::Employee;
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use axum::extract::DefaultBodyLimit;

use crate::AppState;
use crate::actor::{Actor, ImportPlace};
use crate::routes::{Answer, IdPath, RecordId, id, query};
use crate::strict::{Body, body};
use crate::writes::now;
use crate::zone::CallerZone;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(employee_deletable))
        .routes(routes!(client_deletable))
        .routes(routes!(contract_deletable))
        .routes(routes!(event_deletable))
        .routes(routes!(resolve_name))
        .routes(routes!(revenue))
        .routes(routes!(unpaid))
        .routes(routes!(upcoming))
        .routes(routes!(monthly))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(import_clients))
                .routes(routes!(import_events))
                .layer(DefaultBodyLimit::max(crate::IMPORT_BODY_LIMIT)),
        )
}

/// The record, when the actor may delete it now; the refusal otherwise.
#[utoipa::path(
    get,
    path = paths::EMPLOYEE_DELETABLE,
    tag = "employees",
    summary = "The employee, if you may delete it now",
    params(RecordId),
    responses((status = 200, description = "OK", body = Employee))
)]
async fn employee_deletable(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Json<Employee>> {
    let id = EmployeeId(id(path)?);
    Ok(Json(
        crm::employee_to_delete(&*state.store, &actor, id).await?,
    ))
}

#[utoipa::path(
    get,
    path = paths::CLIENT_DELETABLE,
    tag = "clients",
    summary = "The client, if you may delete it now",
    params(RecordId),
    responses((status = 200, description = "OK", body = Client))
)]
async fn client_deletable(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Json<Client>> {
    let id = ClientId(id(path)?);
    Ok(Json(
        crm::client_to_delete(&*state.store, &actor, id).await?,
    ))
}

#[utoipa::path(
    get,
    path = paths::CONTRACT_DELETABLE,
    tag = "contracts",
    summary = "The contract, if you may delete it now",
    params(RecordId),
    responses((status = 200, description = "OK", body = Contract))
)]
async fn contract_deletable(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Json<Contract>> {
    let id = ContractId(id(path)?);
    Ok(Json(
        crm::contract_to_delete(&*state.store, &actor, id).await?,
    ))
}

#[utoipa::path(
    get,
    path = paths::EVENT_DELETABLE,
    tag = "events",
    summary = "The event, if you may delete it now",
    params(RecordId),
    responses((status = 200, description = "OK", body = Event))
)]
async fn event_deletable(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Json<Event>> {
    let id = EventId(id(path)?);
    Ok(Json(crm::event_to_delete(&*state.store, &actor, id).await?))
}

/// `--support "Kate Hubbard"`: the id, or exit 6 listing the candidates.
#[utoipa::path(
    get,
    path = paths::NAMES,
    tag = "names",
    summary = "The id of the one record an id, e-mail or name names",
    params(Name),
    responses((status = 200, description = "OK", body = Resolved))
)]
async fn resolve_name(
    State(state): State<AppState>,
    Actor(actor): Actor,
    name: Result<Query<Name>, QueryRejection>,
) -> Answer<Json<Resolved>> {
    let name = query(name)?;
    let id = names::resolve(&*state.store, &actor, &name).await?;
    Ok(Json(Resolved { id }))
}

type PeriodQuery = Result<Query<Period>, QueryRejection>;

#[utoipa::path(
    get,
    path = paths::REPORT_REVENUE,
    tag = "reports",
    summary = "Revenue per sales employee",
    params(Period),
    responses((status = 200, description = "OK", body = [RevenueRow]))
)]
async fn revenue(
    State(state): State<AppState>,
    Actor(actor): Actor,
    period: PeriodQuery,
) -> Answer<Json<Vec<RevenueRow>>> {
    let period = query(period)?;
    Ok(Json(
        reports::revenue(&*state.store, &actor, period, now()).await?,
    ))
}

#[utoipa::path(
    get,
    path = paths::REPORT_UNPAID,
    tag = "reports",
    summary = "Contracts not fully paid",
    responses((status = 200, description = "OK", body = [UnpaidRow]))
)]
async fn unpaid(
    State(state): State<AppState>,
    Actor(actor): Actor,
) -> Answer<Json<Vec<UnpaidRow>>> {
    Ok(Json(reports::unpaid(&*state.store, &actor, now()).await?))
}

#[utoipa::path(
    get,
    path = paths::REPORT_UPCOMING,
    tag = "reports",
    summary = "Events in the next days",
    params(Days),
    responses((status = 200, description = "OK", body = [UpcomingRow]))
)]
async fn upcoming(
    State(state): State<AppState>,
    Actor(actor): Actor,
    days: Result<Query<Days>, QueryRejection>,
) -> Answer<Json<Vec<UpcomingRow>>> {
    let Days { days } = query(days)?;
    Ok(Json(
        reports::upcoming(&*state.store, &actor, now(), days).await?,
    ))
}

#[utoipa::path(
    get,
    path = paths::REPORT_MONTHLY,
    tag = "reports",
    summary = "Events per month",
    params(Period),
    responses((status = 200, description = "OK", body = [MonthRow]))
)]
async fn monthly(
    State(state): State<AppState>,
    Actor(actor): Actor,
    period: PeriodQuery,
) -> Answer<Json<Vec<MonthRow>>> {
    let period = query(period)?;
    Ok(Json(
        reports::monthly(&*state.store, &actor, period, now()).await?,
    ))
}

type ImportBody = Body<Import>;

fn sheet_rows(import: Import, layout: &SheetLayout) -> Answer<Vec<SheetRow>> {
    Ok(import
        .rows
        .into_iter()
        .map(|row| layout.row(row.number, row.cells))
        .collect::<epic_domain::Result<_>>()?)
}

#[utoipa::path(
    post,
    path = paths::CLIENTS_IMPORT,
    tag = "clients",
    summary = "Import clients: every row checked, all or nothing (sales)",
    request_body = Import,
    responses((status = 200, description = "OK", body = Imported))
)]
async fn import_clients(
    State(state): State<AppState>,
    Actor(actor): Actor,
    _place: ImportPlace,
    zone: CallerZone,
    request: ImportBody,
) -> Answer<Json<Imported>> {
    import(request, zone, &CLIENT_SHEET, async |sheet| {
        imports::import_clients(&*state.store, &actor, sheet, now()).await
    })
    .await
}

#[utoipa::path(
    post,
    path = paths::EVENTS_IMPORT,
    tag = "events",
    summary = "Import events: every row checked, all or nothing",
    request_body = Import,
    responses((status = 200, description = "OK", body = Imported))
)]
async fn import_events(
    State(state): State<AppState>,
    Actor(actor): Actor,
    _place: ImportPlace,
    zone: CallerZone,
    request: ImportBody,
) -> Answer<Json<Imported>> {
    import(request, zone, &EVENT_SHEET, async |sheet| {
        imports::import_events(&*state.store, &actor, sheet, now()).await
    })
    .await
}

/// The rows of the body as a sheet of `layout`, checked and written (or
/// only checked, for a dry run) by `write`.
async fn import(
    request: ImportBody,
    zone: CallerZone,
    layout: &SheetLayout,
    write: impl AsyncFnOnce(Sheet<'_>) -> epic_domain::Result<ImportSummary>,
) -> Answer<Json<Imported>> {
    let import = body(request)?;
    let dry_run = import.dry_run;
    let rows = sheet_rows(import, layout)?;
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
