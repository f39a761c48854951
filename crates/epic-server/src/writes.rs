//! Each write route calls the one use case of its command. The record's id
//! comes from the path and the version it must still be at from `If-Match`.

use axum::Json;
use axum::extract::State;
use axum::http::header::{ETAG, IF_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use epic_api::bodies::{
    self, ClientChanges, ContractChanges, EmployeeChanges, EventChanges, Marked, NewEmployee,
    Payment,
};
use epic_api::{ErrorCode, paths};
use epic_domain::crm::records::{Client, Contract, Event};
use epic_domain::crm::{
    self, CreateClient, CreateContract, CreateEvent, MarkRead, PayContract, SignContract,
    UpdateClient, UpdateContract, UpdateEmployee, UpdateEvent,
};
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use epic_domain::{Clock, SystemClock};
use epic_store::BlockingHasher;
use serde::Serialize;

use crate::AppState;
use crate::actor::Actor;
use crate::failure::Failure;
use crate::routes::{Answer, IdPath, RecordId, id};

pub use crate::strict::{Body, body};

/// The version `If-Match` names, when it is there.
fn if_version(headers: &HeaderMap) -> Answer<Option<i64>> {
    headers
        .get(IF_MATCH)
        .map(|v| {
            v.to_str().ok().and_then(bodies::if_match).ok_or_else(|| {
                Failure::new(
                    ErrorCode::BadRequest,
                    "If-Match takes a version such as \"3\"",
                )
            })
        })
        .transpose()
}

/// A record with its version as `ETag`.
pub fn versioned<T: Serialize>(status: StatusCode, record: &T, version: i64) -> Response {
    let mut response = (status, Json(record)).into_response();
    if let Ok(tag) = HeaderValue::from_str(&bodies::etag(version)) {
        response.headers_mut().insert(ETAG, tag);
    }
    response
}

pub fn now() -> chrono::DateTime<chrono::Utc> {
    SystemClock.now()
}

/// Called by the use case once everything else is accepted.
fn password(text: Option<String>) -> impl FnOnce() -> epic_domain::Result<NewPassword> {
    move || match text {
        Some(text) => NewPassword::parse("password", text),
        None => Err(epic_domain::Error::invalid(
            "password",
            epic_domain::Message::new(epic_domain::keys::PASSWORD_REQUIRED),
        )),
    }
}

#[utoipa::path(
    post,
    path = paths::EMPLOYEES,
    tag = "employees",
    summary = "Create an employee (management)",
    request_body = NewEmployee,
    responses((status = 201, description = "Created", body = Employee))
)]
pub async fn create_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Body<NewEmployee>,
) -> Answer<Response> {
    let NewEmployee {
        employee,
        password: text,
    } = body(request)?;
    let store = &*state.store;
    let created = crm::create_employee(
        store,
        &BlockingHasher,
        &actor,
        employee,
        password(text),
        now(),
    )
    .await?;
    Ok(versioned(StatusCode::CREATED, &created, created.version))
}

#[utoipa::path(
    patch,
    path = paths::EMPLOYEE,
    tag = "employees",
    summary = "Change an employee (management)",
    params(RecordId, ("If-Match" = Option<String>, Header, description = "the version the record must still be at, as its ETag gave it")),
    request_body = EmployeeChanges,
    responses((status = 200, description = "OK", body = Employee))
)]
pub async fn update_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
    headers: HeaderMap,
    request: Body<EmployeeChanges>,
) -> Answer<Response> {
    let request = UpdateEmployee {
        id: EmployeeId(id(path)?),
        details: body(request)?,
        if_version: if_version(&headers)?,
    };
    let updated = crm::update_employee(&*state.store, &actor, request, now()).await?;
    Ok(versioned(StatusCode::OK, &updated, updated.version))
}

async fn set_active(state: &AppState, actor: &Employee, id: i64, active: bool) -> Answer<Response> {
    let updated = crm::set_active(&*state.store, actor, EmployeeId(id), active, now()).await?;
    Ok(versioned(StatusCode::OK, &updated, updated.version))
}

#[utoipa::path(
    post,
    path = paths::EMPLOYEE_DEACTIVATE,
    tag = "employees",
    summary = "Deactivate an employee (management)",
    params(RecordId),
    responses((status = 200, description = "OK", body = Employee))
)]
pub async fn deactivate_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Response> {
    set_active(&state, &actor, id(path)?, false).await
}

#[utoipa::path(
    post,
    path = paths::EMPLOYEE_REACTIVATE,
    tag = "employees",
    summary = "Reactivate an employee (management)",
    params(RecordId),
    responses((status = 200, description = "OK", body = Employee))
)]
pub async fn reactivate_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Response> {
    set_active(&state, &actor, id(path)?, true).await
}

#[utoipa::path(
    post,
    path = paths::EMPLOYEE_PASSWORD,
    tag = "employees",
    summary = "Set a new password the employee must change (management)",
    params(RecordId),
    request_body = bodies::NewPassword,
    responses((status = 200, description = "OK", body = Employee))
)]
pub async fn reset_password(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
    request: Body<bodies::NewPassword>,
) -> Answer<Response> {
    let id = EmployeeId(id(path)?);
    let text = body(request)?.password;
    let store = &*state.store;
    let updated =
        crm::reset_password(store, &BlockingHasher, &actor, id, password(text), now()).await?;
    Ok(versioned(StatusCode::OK, &updated, updated.version))
}

#[utoipa::path(
    delete,
    path = paths::EMPLOYEE,
    tag = "employees",
    summary = "Delete an employee (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
pub async fn delete_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<StatusCode> {
    crm::delete_employee(&*state.store, &actor, EmployeeId(id(path)?), now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = paths::CLIENTS,
    tag = "clients",
    summary = "Create a client (sales)",
    request_body = CreateClient,
    responses((status = 201, description = "Created", body = Client))
)]
pub async fn create_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Body<CreateClient>,
) -> Answer<Response> {
    let created = crm::create_client(&*state.store, &actor, body(request)?, now()).await?;
    Ok(versioned(StatusCode::CREATED, &created, created.version))
}

#[utoipa::path(
    patch,
    path = paths::CLIENT,
    tag = "clients",
    summary = "Change a client",
    params(RecordId, ("If-Match" = Option<String>, Header, description = "the version the record must still be at, as its ETag gave it")),
    request_body = ClientChanges,
    responses((status = 200, description = "OK", body = Client))
)]
pub async fn update_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
    headers: HeaderMap,
    request: Body<ClientChanges>,
) -> Answer<Response> {
    let changes = body(request)?;
    let request = UpdateClient {
        id: ClientId(id(path)?),
        details: changes.details,
        sales_contact: changes.sales_contact,
        if_version: if_version(&headers)?,
    };
    let updated = crm::update_client(&*state.store, &actor, request, now()).await?;
    Ok(versioned(StatusCode::OK, &updated, updated.version))
}

#[utoipa::path(
    delete,
    path = paths::CLIENT,
    tag = "clients",
    summary = "Delete a client without contracts (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
pub async fn delete_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<StatusCode> {
    crm::delete_client(&*state.store, &actor, ClientId(id(path)?), now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = paths::CONTRACTS,
    tag = "contracts",
    summary = "Create a contract (management)",
    request_body = CreateContract,
    responses((status = 201, description = "Created", body = Contract))
)]
pub async fn create_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Body<CreateContract>,
) -> Answer<Response> {
    let created = crm::create_contract(&*state.store, &actor, body(request)?, now()).await?;
    Ok(versioned(StatusCode::CREATED, &created, created.version))
}

#[utoipa::path(
    patch,
    path = paths::CONTRACT,
    tag = "contracts",
    summary = "Change a contract's amounts",
    params(RecordId, ("If-Match" = Option<String>, Header, description = "the version the record must still be at, as its ETag gave it")),
    request_body = ContractChanges,
    responses((status = 200, description = "OK", body = Contract))
)]
pub async fn update_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
    headers: HeaderMap,
    request: Body<ContractChanges>,
) -> Answer<Response> {
    let changes = body(request)?;
    let request = UpdateContract {
        id: ContractId(id(path)?),
        total: changes.total,
        due: changes.due,
        if_version: if_version(&headers)?,
    };
    let updated = crm::update_contract(&*state.store, &actor, request, now()).await?;
    Ok(versioned(StatusCode::OK, &updated, updated.version))
}

#[utoipa::path(
    post,
    path = paths::CONTRACT_PAYMENTS,
    tag = "contracts",
    summary = "Record a payment",
    params(RecordId, ("If-Match" = Option<String>, Header, description = "the version the record must still be at, as its ETag gave it")),
    request_body = Payment,
    responses((status = 200, description = "OK", body = Contract))
)]
pub async fn pay_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
    headers: HeaderMap,
    request: Body<Payment>,
) -> Answer<Response> {
    let request = PayContract {
        id: ContractId(id(path)?),
        amount: body(request)?.amount,
        if_version: if_version(&headers)?,
    };
    let updated = crm::pay_contract(&*state.store, &actor, request, now()).await?;
    Ok(versioned(StatusCode::OK, &updated, updated.version))
}

async fn sign(state: &AppState, actor: &Employee, id: i64, signed: bool) -> Answer<Response> {
    let request = SignContract {
        id: ContractId(id),
        signed,
    };
    let updated = crm::set_signed(&*state.store, actor, request, now()).await?;
    Ok(versioned(StatusCode::OK, &updated, updated.version))
}

#[utoipa::path(
    post,
    path = paths::CONTRACT_SIGN,
    tag = "contracts",
    summary = "Sign a contract",
    params(RecordId),
    responses((status = 200, description = "OK", body = Contract))
)]
pub async fn sign_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Response> {
    sign(&state, &actor, id(path)?, true).await
}

#[utoipa::path(
    post,
    path = paths::CONTRACT_UNSIGN,
    tag = "contracts",
    summary = "Unsign a contract (management)",
    params(RecordId),
    responses((status = 200, description = "OK", body = Contract))
)]
pub async fn unsign_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<Response> {
    sign(&state, &actor, id(path)?, false).await
}

#[utoipa::path(
    delete,
    path = paths::CONTRACT,
    tag = "contracts",
    summary = "Delete an unsigned contract without events (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
pub async fn delete_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<StatusCode> {
    crm::delete_contract(&*state.store, &actor, ContractId(id(path)?), now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = paths::EVENTS,
    tag = "events",
    summary = "Create the event of a signed contract (sales)",
    request_body = CreateEvent,
    responses((status = 201, description = "Created", body = Event))
)]
pub async fn create_event(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Body<CreateEvent>,
) -> Answer<Response> {
    let created = crm::create_event(&*state.store, &actor, body(request)?, now()).await?;
    Ok(versioned(StatusCode::CREATED, &created, created.version))
}

#[utoipa::path(
    patch,
    path = paths::EVENT,
    tag = "events",
    summary = "Change an event or its support contact",
    params(RecordId, ("If-Match" = Option<String>, Header, description = "the version the record must still be at, as its ETag gave it")),
    request_body = EventChanges,
    responses((status = 200, description = "OK", body = Event))
)]
pub async fn update_event(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
    headers: HeaderMap,
    request: Body<EventChanges>,
) -> Answer<Response> {
    let changes = body(request)?;
    let request = UpdateEvent {
        id: EventId(id(path)?),
        details: changes.details,
        support: changes.support,
        append_notes: changes.append_notes,
        if_version: if_version(&headers)?,
    };
    let updated = crm::update_event(&*state.store, &actor, request, now()).await?;
    Ok(versioned(StatusCode::OK, &updated, updated.version))
}

#[utoipa::path(
    delete,
    path = paths::EVENT,
    tag = "events",
    summary = "Delete an event (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
pub async fn delete_event(
    State(state): State<AppState>,
    Actor(actor): Actor,
    path: IdPath,
) -> Answer<StatusCode> {
    crm::delete_event(&*state.store, &actor, EventId(id(path)?), now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = paths::NOTIFICATIONS_READ,
    tag = "notifications",
    summary = "Mark notifications as read",
    request_body = MarkRead,
    responses((status = 200, description = "OK", body = Marked))
)]
pub async fn mark_read(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Body<MarkRead>,
) -> Answer<Json<Marked>> {
    let changed = crm::mark_read(&*state.store, &actor, body(request)?, now()).await?;
    Ok(Json(Marked { changed }))
}
