//! Clients: sales staff's own, read by everyone.

use axum::Json;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::Response;
use epic_api::bodies::{ClientChanges, Import, Imported};
use epic_api::paths;
use epic_api::wire::OnRecord;
use epic_domain::crm::imports::{self, CLIENT_SHEET};
use epic_domain::crm::records::Client;
use epic_domain::crm::{self, CreateClient, ListClients, UpdateClient};
use epic_domain::types::ClientId;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::sheets;
use crate::AppState;
use crate::actor::{Actor, ImportPlace};
use crate::extract::{IF_MATCH, Id, IfMatch, Params, RecordId};
use crate::respond::{Answer, Created, Current};
use crate::stream::listed;
use crate::strict::Strict;
use crate::zone::CallerZone;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_clients, create_client))
        .routes(routes!(show_client, update_client, delete_client))
        .routes(routes!(client_deletable))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(import_clients))
                .layer(DefaultBodyLimit::max(crate::IMPORT_BODY_LIMIT)),
        )
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
    Params(request): Params<ListClients>,
) -> Response {
    listed(state, actor, move |store, actor, sink| {
        Box::pin(async move { crm::list_clients(store, actor, &request, sink).await })
    })
    .await
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
    Id(id): Id<ClientId>,
) -> Answer<Current<Client>> {
    Ok(Current(crm::show_client(&*state.store, &actor, id).await?))
}

#[utoipa::path(
    post,
    path = paths::CLIENTS,
    tag = "clients",
    summary = "Create a client (sales)",
    request_body = CreateClient,
    responses((status = 201, description = "Created", body = Client))
)]
async fn create_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Strict(request): Strict<CreateClient>,
) -> Answer<Created<Client>> {
    let created = crm::create_client(&*state.store, &actor, request, state.now()).await?;
    Ok(Created(created))
}

#[utoipa::path(
    patch,
    path = paths::CLIENT,
    tag = "clients",
    summary = "Change a client",
    params(RecordId, ("If-Match" = Option<String>, Header, description = IF_MATCH)),
    request_body = ClientChanges,
    responses((status = 200, description = "OK", body = Client))
)]
async fn update_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ClientId>,
    IfMatch(version): IfMatch,
    Strict(changes): Strict<ClientChanges>,
) -> Answer<Current<Client>> {
    let request = UpdateClient::join(id, changes, version);
    let updated = crm::update_client(&*state.store, &actor, request, state.now()).await?;
    Ok(Current(updated))
}

#[utoipa::path(
    delete,
    path = paths::CLIENT,
    tag = "clients",
    summary = "Delete a client without contracts (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
async fn delete_client(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<ClientId>,
) -> Answer<StatusCode> {
    crm::delete_client(&*state.store, &actor, id, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
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
    Id(id): Id<ClientId>,
) -> Answer<Json<Client>> {
    Ok(Json(
        crm::client_to_delete(&*state.store, &actor, id).await?,
    ))
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
    Strict(request): Strict<Import>,
) -> Answer<Json<Imported>> {
    let now = state.now();
    sheets::import(request, zone, &CLIENT_SHEET, async |sheet| {
        imports::import_clients(&*state.store, &actor, sheet, now).await
    })
    .await
}
