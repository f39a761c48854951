//! Staff accounts (management).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use epic_api::bodies::{self, EmployeeChanges, NewEmployee};
use epic_api::paths;
use epic_api::wire::OnRecord;
use epic_domain::crm::{self, UpdateEmployee};
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_domain::types::EmployeeId;
use epic_store::BlockingHasher;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Actor;
use crate::extract::{IF_MATCH, Id, IfMatch, RecordId};
use crate::respond::{Answer, Created, Current};
use crate::stream::listed;
use crate::strict::Strict;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_employees, create_employee))
        .routes(routes!(show_employee, update_employee, delete_employee))
        .routes(routes!(deactivate_employee))
        .routes(routes!(reactivate_employee))
        .routes(routes!(reset_password))
        .routes(routes!(employee_deletable))
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
    get,
    path = paths::EMPLOYEES,
    tag = "employees",
    summary = "Every employee (management)",
    responses((status = 200, description = "OK", body = [Employee]))
)]
async fn list_employees(State(state): State<AppState>, Actor(actor): Actor) -> Response {
    let now = state.now();
    listed(state, actor, move |store, actor, sink| {
        Box::pin(async move { crm::list_employees(store, actor, now, sink).await })
    })
    .await
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
    Id(id): Id<EmployeeId>,
) -> Answer<Current<Employee>> {
    let record = crm::show_employee(&*state.store, &actor, id, state.now()).await?;
    Ok(Current(record))
}

#[utoipa::path(
    post,
    path = paths::EMPLOYEES,
    tag = "employees",
    summary = "Create an employee (management)",
    request_body = NewEmployee,
    responses((status = 201, description = "Created", body = Employee))
)]
async fn create_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Strict(request): Strict<NewEmployee>,
) -> Answer<Created<Employee>> {
    let NewEmployee {
        employee,
        password: text,
    } = request;
    let store = &*state.store;
    let now = state.now();
    let created = crm::create_employee(
        store,
        &BlockingHasher,
        &actor,
        employee,
        password(text),
        now,
    )
    .await?;
    Ok(Created(created))
}

#[utoipa::path(
    patch,
    path = paths::EMPLOYEE,
    tag = "employees",
    summary = "Change an employee (management)",
    params(RecordId, ("If-Match" = Option<String>, Header, description = IF_MATCH)),
    request_body = EmployeeChanges,
    responses((status = 200, description = "OK", body = Employee))
)]
async fn update_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EmployeeId>,
    IfMatch(version): IfMatch,
    Strict(changes): Strict<EmployeeChanges>,
) -> Answer<Current<Employee>> {
    let request = UpdateEmployee::join(id, changes, version);
    let updated = crm::update_employee(&*state.store, &actor, request, state.now()).await?;
    Ok(Current(updated))
}

async fn set_active(
    state: &AppState,
    actor: &Employee,
    id: EmployeeId,
    active: bool,
) -> Answer<Current<Employee>> {
    let updated = crm::set_active(&*state.store, actor, id, active, state.now()).await?;
    Ok(Current(updated))
}

#[utoipa::path(
    post,
    path = paths::EMPLOYEE_DEACTIVATE,
    tag = "employees",
    summary = "Deactivate an employee (management)",
    params(RecordId),
    responses((status = 200, description = "OK", body = Employee))
)]
async fn deactivate_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EmployeeId>,
) -> Answer<Current<Employee>> {
    set_active(&state, &actor, id, false).await
}

#[utoipa::path(
    post,
    path = paths::EMPLOYEE_REACTIVATE,
    tag = "employees",
    summary = "Reactivate an employee (management)",
    params(RecordId),
    responses((status = 200, description = "OK", body = Employee))
)]
async fn reactivate_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EmployeeId>,
) -> Answer<Current<Employee>> {
    set_active(&state, &actor, id, true).await
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
async fn reset_password(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EmployeeId>,
    Strict(request): Strict<bodies::NewPassword>,
) -> Answer<Current<Employee>> {
    let store = &*state.store;
    let text = password(request.password);
    let updated =
        crm::reset_password(store, &BlockingHasher, &actor, id, text, state.now()).await?;
    Ok(Current(updated))
}

#[utoipa::path(
    delete,
    path = paths::EMPLOYEE,
    tag = "employees",
    summary = "Delete an employee (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
async fn delete_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EmployeeId>,
) -> Answer<StatusCode> {
    crm::delete_employee(&*state.store, &actor, id, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
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
    Id(id): Id<EmployeeId>,
) -> Answer<Json<Employee>> {
    Ok(Json(
        crm::employee_to_delete(&*state.store, &actor, id).await?,
    ))
}
