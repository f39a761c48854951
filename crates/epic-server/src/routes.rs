//! Each route calls the one use case of its command.

use axum::Json;
use axum::Router;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use epic_api::{ErrorCode, Health, SchemaStatus, paths};
use epic_domain::crm::{
    self, ListAudit, ListClients, ListContracts, ListEvents, ListNotifications,
};
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use epic_domain::{Clock, SystemClock};
use epic_store::schema;

use crate::AppState;
use crate::actor::Actor;
use crate::failure::Failure;
use crate::stream::json_array;
use crate::writes::{self, versioned};
use crate::{extras, sessions};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::HEALTHZ, get(healthz))
        .route(paths::READYZ, get(readyz))
        .route(paths::SCHEMA, get(schema_status))
        .route(
            paths::SESSIONS,
            post(sessions::login).delete(sessions::logout_all),
        )
        .route(
            paths::CURRENT_SESSION,
            get(sessions::current).delete(sessions::logout),
        )
        .route(paths::ME, get(sessions::me))
        .route(paths::PASSWORD, post(sessions::change_password))
        .route(paths::CAN_I, get(sessions::can_i))
        .route(
            paths::EMPLOYEES,
            get(list_employees).post(writes::create_employee),
        )
        .route(
            paths::EMPLOYEE,
            get(show_employee)
                .patch(writes::update_employee)
                .delete(writes::delete_employee),
        )
        .route(
            paths::EMPLOYEE_DEACTIVATE,
            post(writes::deactivate_employee),
        )
        .route(
            paths::EMPLOYEE_REACTIVATE,
            post(writes::reactivate_employee),
        )
        .route(paths::EMPLOYEE_PASSWORD, post(writes::reset_password))
        .route(
            paths::CLIENTS,
            get(list_clients).post(writes::create_client),
        )
        .route(
            paths::CLIENT,
            get(show_client)
                .patch(writes::update_client)
                .delete(writes::delete_client),
        )
        .route(
            paths::CONTRACTS,
            get(list_contracts).post(writes::create_contract),
        )
        .route(
            paths::CONTRACT,
            get(show_contract)
                .patch(writes::update_contract)
                .delete(writes::delete_contract),
        )
        .route(paths::CONTRACT_PAYMENTS, post(writes::pay_contract))
        .route(paths::CONTRACT_SIGN, post(writes::sign_contract))
        .route(paths::CONTRACT_UNSIGN, post(writes::unsign_contract))
        .route(paths::EVENTS, get(list_events).post(writes::create_event))
        .route(
            paths::EVENT,
            get(show_event)
                .patch(writes::update_event)
                .delete(writes::delete_event),
        )
        .route(paths::NOTIFICATIONS, get(list_notifications))
        .route(paths::NOTIFICATIONS_READ, post(writes::mark_read))
        .route(paths::AUDIT, get(list_audit))
        .merge(extras::routes())
}

pub type Answer<T> = Result<T, Failure>;

fn health(status: &str) -> Json<Health> {
    Json(Health {
        status: status.to_owned(),
        api_version: epic_api::API_VERSION.to_owned(),
    })
}

/// The process answers.
async fn healthz() -> Json<Health> {
    health("ok")
}

async fn schema_status(State(state): State<AppState>) -> Answer<Json<SchemaStatus>> {
    Ok(Json(crate::schema_status(
        &schema::status(&state.store).await?,
    )))
}

/// The database answers and its schema is this server's.
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

pub fn id(path: Result<Path<i64>, PathRejection>) -> Answer<i64> {
    path.map(|Path(id)| id)
        .map_err(|e| Failure::new(ErrorCode::BadRequest, e.body_text()))
}

async fn list_employees(State(state): State<AppState>, Actor(actor): Actor) -> Response {
    json_array(async move |sink| crm::list_employees(&*state.store, &actor, sink).await).await
}

async fn show_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: Result<Path<i64>, PathRejection>,
) -> Answer<Response> {
    let id = EmployeeId(id(path)?);
    let record = crm::show_employee(&*state.store, &actor, id).await?;
    Ok(versioned(StatusCode::OK, &record, record.version))
}

async fn list_clients(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListClients>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    Ok(
        json_array(async move |sink| {
            crm::list_clients(&*state.store, &actor, &request, sink).await
        })
        .await,
    )
}

async fn show_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: Result<Path<i64>, PathRejection>,
) -> Answer<Response> {
    let id = ClientId(id(path)?);
    let record = crm::show_client(&*state.store, &actor, id).await?;
    Ok(versioned(StatusCode::OK, &record, record.version))
}

async fn list_contracts(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListContracts>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    Ok(json_array(async move |sink| {
        crm::list_contracts(&*state.store, &actor, &request, sink).await
    })
    .await)
}

async fn show_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: Result<Path<i64>, PathRejection>,
) -> Answer<Response> {
    let id = ContractId(id(path)?);
    let record = crm::show_contract(&*state.store, &actor, id).await?;
    Ok(versioned(StatusCode::OK, &record, record.version))
}

async fn list_events(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListEvents>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    let now = SystemClock.now();
    Ok(json_array(async move |sink| {
        crm::list_events(&*state.store, &actor, &request, now, sink).await
    })
    .await)
}

async fn show_event(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: Result<Path<i64>, PathRejection>,
) -> Answer<Response> {
    let id = EventId(id(path)?);
    let record = crm::show_event(&*state.store, &actor, id).await?;
    Ok(versioned(StatusCode::OK, &record, record.version))
}

async fn list_notifications(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListNotifications>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    Ok(
        json_array(async move |sink| {
            crm::notifications(&*state.store, &actor, request, sink).await
        })
        .await,
    )
}

async fn list_audit(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<ListAudit>, QueryRejection>,
) -> Answer<Response> {
    let request = query(request)?;
    Ok(json_array(async move |sink| crm::audit(&*state.store, &actor, &request, sink).await).await)
}
