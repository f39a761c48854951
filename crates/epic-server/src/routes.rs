//! Each route calls the one use case of its command.

use axum::Json;
use axum::extract::DefaultBodyLimit;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use epic_api::{ErrorCode, Health, SchemaStatus, paths};
use epic_domain::crm::records::{AuditRow, Client, Contract, Event, Notification};
use epic_domain::crm::{
    self, ListAudit, ListClients, ListContracts, ListEvents, ListNotifications,
};
use epic_domain::employee::Employee;
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use epic_domain::{Clock, SystemClock};
use epic_store::schema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::{Actor, Session};
use crate::failure::Failure;
use crate::stream::{Place, json_array};
use crate::writes::now;
use crate::writes::{self, versioned};
use crate::{extras, sessions};

/// Every route with its OpenAPI operation, from one annotation each.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(schema_status))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(sessions::login, sessions::logout_all))
                .layer(DefaultBodyLimit::max(crate::LOGIN_BODY_LIMIT)),
        )
        .routes(routes!(sessions::current, sessions::logout))
        .routes(routes!(sessions::me))
        .routes(routes!(sessions::change_password))
        .routes(routes!(sessions::can_i))
        .routes(routes!(list_employees, writes::create_employee))
        .routes(routes!(
            show_employee,
            writes::update_employee,
            writes::delete_employee
        ))
        .routes(routes!(writes::deactivate_employee))
        .routes(routes!(writes::reactivate_employee))
        .routes(routes!(writes::reset_password))
        .routes(routes!(list_clients, writes::create_client))
        .routes(routes!(
            show_client,
            writes::update_client,
            writes::delete_client
        ))
        .routes(routes!(list_contracts, writes::create_contract))
        .routes(routes!(
            show_contract,
            writes::update_contract,
            writes::delete_contract
        ))
        .routes(routes!(writes::pay_contract))
        .routes(routes!(writes::sign_contract))
        .routes(routes!(writes::unsign_contract))
        .routes(routes!(list_events, writes::create_event))
        .routes(routes!(
            show_event,
            writes::update_event,
            writes::delete_event
        ))
        .routes(routes!(list_notifications))
        .routes(routes!(writes::mark_read))
        .routes(routes!(list_audit))
        .merge(extras::routes())
}

/// A record's id in the path.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
pub struct RecordId {
    /// The record's id
    id: i64,
}

pub type IdPath = Result<Path<RecordId>, PathRejection>;

pub type Answer<T> = Result<T, Failure>;

fn health(status: &str) -> Json<Health> {
    Json(Health {
        status: status.to_owned(),
        api_version: epic_api::API_VERSION.to_owned(),
    })
}

/// The process answers.
#[utoipa::path(
    get,
    path = paths::HEALTHZ,
    tag = "health",
    summary = "The process answers",
    responses((status = 200, description = "OK", body = Health))
)]
async fn healthz() -> Json<Health> {
    health("ok")
}

#[utoipa::path(
    get,
    path = paths::SCHEMA,
    tag = "health",
    summary = "The migrations of the database",
    responses((status = 200, description = "OK", body = SchemaStatus))
)]
async fn schema_status(State(state): State<AppState>, _: Session) -> Answer<Json<SchemaStatus>> {
    Ok(Json(crate::schema_status(
        &schema::status(&state.store).await?,
    )))
}

/// The database answers and its schema is this server's.
#[utoipa::path(
    get,
    path = paths::READYZ,
    tag = "health",
    summary = "The database answers with the schema of this server",
    responses((status = 200, description = "OK", body = Health))
)]
async fn readyz(State(state): State<AppState>) -> Answer<Json<Health>> {
    let status = schema::status(&state.store).await?;
    if status.is_current() {
        Ok(health("ready"))
    } else {
        Err(Failure::new(
            ErrorCode::Unavailable,
            "the database schema does not match this server",
        ))
    }
}

pub fn query<T>(query: Result<Query<T>, QueryRejection>) -> Answer<T> {
    query
        .map(|Query(request)| request)
        .map_err(|e| Failure::new(ErrorCode::BadRequest, e.body_text()))
}

pub fn id(path: IdPath) -> Answer<i64> {
    path.map(|Path(RecordId { id })| id)
        .map_err(|e| Failure::new(ErrorCode::BadRequest, e.body_text()))
}

#[utoipa::path(
    get,
    path = paths::EMPLOYEES,
    tag = "employees",
    summary = "Every employee (management)",
    responses((status = 200, description = "OK", body = [Employee]))
)]
async fn list_employees(State(state): State<AppState>, Actor(actor): Actor) -> Answer<Response> {
    let place = Place::new(&state, actor.id);
    Ok(json_array(
        place,
        Box::new(move |sink| {
            Box::pin(async move { crm::list_employees(&*state.store, &actor, now(), sink).await })
        }),
    )
    .await)
}

#[utoipa::path(
    get,
    path = paths::EMPLOYEE,
    tag = "employees",
    summary = "One employee (management)",
    params(RecordId),
    responses((status = 200, description = "OK", body = Employee))
)]
async fn show_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Response> {
    let id = EmployeeId(id(path)?);
    let record = crm::show_employee(&*state.store, &actor, id, now()).await?;
    Ok(versioned(StatusCode::OK, &record, record.version))
}

#[utoipa::path(
    get,
    path = paths::CLIENTS,
    tag = "clients",
    summary = "Clients, filtered",
    params(ListClients),
    responses((status = 200, description = "OK", body = [Client]))
)]
async fn list_clients(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListClients>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    let place = Place::new(&state, actor.id);
    Ok(json_array(
        place,
        Box::new(move |sink| {
            Box::pin(async move { crm::list_clients(&*state.store, &actor, &request, sink).await })
        }),
    )
    .await)
}

#[utoipa::path(
    get,
    path = paths::CLIENT,
    tag = "clients",
    summary = "One client",
    params(RecordId),
    responses((status = 200, description = "OK", body = Client))
)]
async fn show_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Response> {
    let id = ClientId(id(path)?);
    let record = crm::show_client(&*state.store, &actor, id).await?;
    Ok(versioned(StatusCode::OK, &record, record.version))
}

#[utoipa::path(
    get,
    path = paths::CONTRACTS,
    tag = "contracts",
    summary = "Contracts, filtered",
    params(ListContracts),
    responses((status = 200, description = "OK", body = [Contract]))
)]
async fn list_contracts(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListContracts>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    let place = Place::new(&state, actor.id);
    Ok(json_array(
        place,
        Box::new(move |sink| {
            Box::pin(
                async move { crm::list_contracts(&*state.store, &actor, &request, sink).await },
            )
        }),
    )
    .await)
}

#[utoipa::path(
    get,
    path = paths::CONTRACT,
    tag = "contracts",
    summary = "One contract",
    params(RecordId),
    responses((status = 200, description = "OK", body = Contract))
)]
async fn show_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Response> {
    let id = ContractId(id(path)?);
    let record = crm::show_contract(&*state.store, &actor, id).await?;
    Ok(versioned(StatusCode::OK, &record, record.version))
}

#[utoipa::path(
    get,
    path = paths::EVENTS,
    tag = "events",
    summary = "Events, filtered",
    params(ListEvents),
    responses((status = 200, description = "OK", body = [Event]))
)]
async fn list_events(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListEvents>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    let now = SystemClock.now();
    let place = Place::new(&state, actor.id);
    Ok(json_array(
        place,
        Box::new(move |sink| {
            Box::pin(
                async move { crm::list_events(&*state.store, &actor, &request, now, sink).await },
            )
        }),
    )
    .await)
}

#[utoipa::path(
    get,
    path = paths::EVENT,
    tag = "events",
    summary = "One event",
    params(RecordId),
    responses((status = 200, description = "OK", body = Event))
)]
async fn show_event(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Response> {
    let id = EventId(id(path)?);
    let record = crm::show_event(&*state.store, &actor, id).await?;
    Ok(versioned(StatusCode::OK, &record, record.version))
}

#[utoipa::path(
    get,
    path = paths::NOTIFICATIONS,
    tag = "notifications",
    summary = "Your notifications",
    params(ListNotifications),
    responses((status = 200, description = "OK", body = [Notification]))
)]
async fn list_notifications(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListNotifications>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    let place = Place::new(&state, actor.id);
    Ok(json_array(
        place,
        Box::new(move |sink| {
            Box::pin(async move { crm::notifications(&*state.store, &actor, request, sink).await })
        }),
    )
    .await)
}

#[utoipa::path(
    get,
    path = paths::AUDIT,
    tag = "audit",
    summary = "The audit log (management)",
    params(ListAudit),
    responses((status = 200, description = "OK", body = [AuditRow]))
)]
async fn list_audit(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListAudit>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    let place = Place::new(&state, actor.id);
    Ok(json_array(
        place,
        Box::new(move |sink| {
            Box::pin(async move { crm::audit(&*state.store, &actor, &request, sink).await })
        }),
    )
    .await)
}
