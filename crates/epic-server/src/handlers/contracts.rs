//! Contracts: management's to make and change, their sales contact's to
//! sign and be paid.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use epic_api::bodies::{ContractChanges, Payment};
use epic_api::paths;
use epic_api::wire::OnRecord;
use epic_domain::crm::records::Contract;
use epic_domain::crm::{
    self, CreateContract, ListContracts, PayContract, SignContract, UpdateContract,
};
use epic_domain::employee::Employee;
use epic_domain::types::ContractId;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Actor;
use crate::extract::{IF_MATCH, Id, IfMatch, Params, RecordId};
use crate::respond::{Answer, Created, Current};
use crate::stream::listed;
use crate::strict::Strict;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_contracts, create_contract))
        .routes(routes!(show_contract, update_contract, delete_contract))
        .routes(routes!(pay_contract))
        .routes(routes!(sign_contract))
        .routes(routes!(unsign_contract))
        .routes(routes!(contract_deletable))
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
    Params(request): Params<ListContracts>,
) -> Response {
    listed(state, actor, move |store, actor, sink| {
        Box::pin(async move { crm::list_contracts(store, actor, &request, sink).await })
    })
    .await
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
    Id(id): Id<ContractId>,
) -> Answer<Current<Contract>> {
    Ok(Current(
        crm::show_contract(&*state.store, &actor, id).await?,
    ))
}

#[utoipa::path(
    post,
    path = paths::CONTRACTS,
    tag = "contracts",
    summary = "Create a contract (management)",
    request_body = CreateContract,
    responses((status = 201, description = "Created", body = Contract))
)]
async fn create_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Strict(request): Strict<CreateContract>,
) -> Answer<Created<Contract>> {
    let created = crm::create_contract(&*state.store, &actor, request, state.now()).await?;
    Ok(Created(created))
}

#[utoipa::path(
    patch,
    path = paths::CONTRACT,
    tag = "contracts",
    summary = "Change a contract's amounts",
    params(RecordId, ("If-Match" = Option<String>, Header, description = IF_MATCH)),
    request_body = ContractChanges,
    responses((status = 200, description = "OK", body = Contract))
)]
async fn update_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ContractId>,
    IfMatch(version): IfMatch,
    Strict(changes): Strict<ContractChanges>,
) -> Answer<Current<Contract>> {
    let request = UpdateContract::join(id, changes, version);
    let updated = crm::update_contract(&*state.store, &actor, request, state.now()).await?;
    Ok(Current(updated))
}

#[utoipa::path(
    post,
    path = paths::CONTRACT_PAYMENTS,
    tag = "contracts",
    summary = "Record a payment",
    params(RecordId, ("If-Match" = Option<String>, Header, description = IF_MATCH)),
    request_body = Payment,
    responses((status = 200, description = "OK", body = Contract))
)]
async fn pay_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ContractId>,
    IfMatch(version): IfMatch,
    Strict(payment): Strict<Payment>,
) -> Answer<Current<Contract>> {
    let request = PayContract::join(id, payment, version);
    let updated = crm::pay_contract(&*state.store, &actor, request, state.now()).await?;
    Ok(Current(updated))
}

async fn sign(
    state: &AppState,
    actor: &Employee,
    id: ContractId,
    signed: bool,
) -> Answer<Current<Contract>> {
    let request = SignContract { id, signed };
    let updated = crm::set_signed(&*state.store, actor, request, state.now()).await?;
    Ok(Current(updated))
}

#[utoipa::path(
    post,
    path = paths::CONTRACT_SIGN,
    tag = "contracts",
    summary = "Sign a contract",
    params(RecordId),
    responses((status = 200, description = "OK", body = Contract))
)]
async fn sign_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ContractId>,
) -> Answer<Current<Contract>> {
    sign(&state, &actor, id, true).await
}

#[utoipa::path(
    post,
    path = paths::CONTRACT_UNSIGN,
    tag = "contracts",
    summary = "Unsign a contract (management)",
    params(RecordId),
    responses((status = 200, description = "OK", body = Contract))
)]
async fn unsign_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ContractId>,
) -> Answer<Current<Contract>> {
    sign(&state, &actor, id, false).await
}

#[utoipa::path(
    delete,
    path = paths::CONTRACT,
    tag = "contracts",
    summary = "Delete an unsigned contract without events (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
async fn delete_contract(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ContractId>,
) -> Answer<StatusCode> {
    crm::delete_contract(&*state.store, &actor, id, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
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
    Id(id): Id<ContractId>,
) -> Answer<Json<Contract>> {
    Ok(Json(
        crm::contract_to_delete(&*state.store, &actor, id).await?,
    ))
}
