//! What the command line asks beyond reading and writing one record: may
//! this be deleted, the reports, and the imports.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use epic_api::bodies::{Days, Import, Imported};
use epic_api::paths;
use epic_domain::crm;
use epic_domain::crm::imports::{self, CLIENT_SHEET, EVENT_SHEET, Sheet, SheetLayout, SheetRow};
use epic_domain::crm::records::{Client, Contract, Event};
use epic_domain::crm::reports::{self, MonthRow, Period, RevenueRow, UnpaidRow, UpcomingRow};
use epic_domain::employee::Employee;
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};

use crate::AppState;
use crate::actor::Actor;
use crate::routes::{Answer, id, query};
use crate::writes::{body, now};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::EMPLOYEE_DELETABLE, get(employee_deletable))
        .route(paths::CLIENT_DELETABLE, get(client_deletable))
        .route(paths::CONTRACT_DELETABLE, get(contract_deletable))
        .route(paths::EVENT_DELETABLE, get(event_deletable))
        .route(paths::REPORT_REVENUE, get(revenue))
        .route(paths::REPORT_UNPAID, get(unpaid))
        .route(paths::REPORT_UPCOMING, get(upcoming))
        .route(paths::REPORT_MONTHLY, get(monthly))
        .route(paths::CLIENTS_IMPORT, post(import_clients))
        .route(paths::EVENTS_IMPORT, post(import_events))
}

type IdPath = Result<Path<i64>, PathRejection>;

/// The record, when the actor may delete it now; the refusal otherwise.
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

async fn event_deletable(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Json<Event>> {
    let id = EventId(id(path)?);
    Ok(Json(crm::event_to_delete(&*state.store, &actor, id).await?))
}

type PeriodQuery = Result<Query<Period>, QueryRejection>;

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

async fn unpaid(
    State(state): State<AppState>,
    Actor(actor): Actor,
) -> Answer<Json<Vec<UnpaidRow>>> {
    Ok(Json(reports::unpaid(&*state.store, &actor, now()).await?))
}

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

type ImportBody = Result<Json<Import>, JsonRejection>;

fn sheet_rows(import: Import, layout: &SheetLayout) -> Answer<Vec<SheetRow>> {
    Ok(import
        .rows
        .into_iter()
        .map(|row| layout.row(row.number, row.cells))
        .collect::<epic_domain::Result<_>>()?)
}

async fn import_clients(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: ImportBody,
) -> Answer<Json<Imported>> {
    let import = body(request)?;
    let dry_run = import.dry_run;
    let rows = sheet_rows(import, &CLIENT_SHEET)?;
    let sheet = Sheet {
        rows: &rows,
        dry_run,
        progress: &|_| {},
    };
    let summary = imports::import_clients(&*state.store, &actor, sheet, now()).await?;
    Ok(Json(Imported {
        rows: summary.rows,
        created: summary.created,
    }))
}

async fn import_events(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: ImportBody,
) -> Answer<Json<Imported>> {
    let import = body(request)?;
    let dry_run = import.dry_run;
    let rows = sheet_rows(import, &EVENT_SHEET)?;
    let sheet = Sheet {
        rows: &rows,
        dry_run,
        progress: &|_| {},
    };
    let summary = imports::import_events(&*state.store, &actor, sheet, now()).await?;
    Ok(Json(Imported {
        rows: summary.rows,
        created: summary.created,
    }))
}
