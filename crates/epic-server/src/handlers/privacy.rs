//! Personal data: what is held about a client, and forgetting people.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use epic_api::bodies::{ForgottenCount, InactiveBefore};
use epic_api::paths;
use epic_domain::crm::privacy::{self, ClientData, ForgetInactive};
use epic_domain::crm::records::Client;
use epic_domain::employee::Employee;
use epic_domain::types::{ClientId, EmployeeId};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Actor;
use crate::extract::{Id, Params, RecordId};
use crate::respond::Answer;
use crate::strict::Strict;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(client_data))
        .routes(routes!(client_forgettable))
        .routes(routes!(forget_client))
        .routes(routes!(inactive_prospects))
        .routes(routes!(forget_inactive))
        .routes(routes!(employee_forgettable))
        .routes(routes!(forget_employee))
}

#[utoipa::path(
    get,
    path = paths::CLIENT_DATA,
    tag = "privacy",
    summary = "Everything held about a client (management, its sales contact)",
    params(RecordId),
    responses((status = 200, description = "OK", body = ClientData))
)]
async fn client_data(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ClientId>,
) -> Answer<Json<ClientData>> {
    Ok(Json(
        privacy::export_client_data(&*state.store, &actor, id).await?,
    ))
}

#[utoipa::path(
    get,
    path = paths::CLIENT_FORGETTABLE,
    tag = "privacy",
    summary = "The client, if you may forget it now",
    params(RecordId),
    responses((status = 200, description = "OK", body = Client))
)]
async fn client_forgettable(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ClientId>,
) -> Answer<Json<Client>> {
    Ok(Json(
        privacy::client_to_forget(&*state.store, &actor, id).await?,
    ))
}

#[utoipa::path(
    post,
    path = paths::CLIENT_FORGET,
    tag = "privacy",
    summary = "Forget a client and its events' details for good (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
async fn forget_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ClientId>,
) -> Answer<StatusCode> {
    privacy::forget_client(&*state.store, &actor, id, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = paths::CLIENTS_INACTIVE,
    tag = "privacy",
    summary = "Prospects last contacted before a time (management)",
    params(InactiveBefore),
    responses((status = 200, description = "OK", body = [Client]))
)]
async fn inactive_prospects(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Params(query): Params<InactiveBefore>,
) -> Answer<Json<Vec<Client>>> {
    Ok(Json(
        privacy::inactive_prospects(&*state.store, &actor, query.before).await?,
    ))
}

#[utoipa::path(
    post,
    path = paths::CLIENTS_FORGET,
    tag = "privacy",
    summary = "Forget these inactive prospects, all or none (management)",
    request_body = ForgetInactive,
    responses((status = 200, description = "OK", body = ForgottenCount))
)]
async fn forget_inactive(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Strict(request): Strict<ForgetInactive>,
) -> Answer<Json<ForgottenCount>> {
    let forgotten = privacy::forget_inactive(&*state.store, &actor, request, state.now()).await?;
    Ok(Json(ForgottenCount { forgotten }))
}

#[utoipa::path(
    get,
    path = paths::EMPLOYEE_FORGETTABLE,
    tag = "privacy",
    summary = "The former employee, if you may forget them now",
    params(RecordId),
    responses((status = 200, description = "OK", body = Employee))
)]
async fn employee_forgettable(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EmployeeId>,
) -> Answer<Json<Employee>> {
    Ok(Json(
        privacy::employee_to_forget(&*state.store, &actor, id).await?,
    ))
}

#[utoipa::path(
    post,
    path = paths::EMPLOYEE_FORGET,
    tag = "privacy",
    summary = "Forget a deactivated employee for good (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
async fn forget_employee(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EmployeeId>,
) -> Answer<StatusCode> {
    privacy::forget_employee(&*state.store, &actor, id, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
