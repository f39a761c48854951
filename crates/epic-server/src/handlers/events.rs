//! Events: their contract's sales contact makes them, management assigns
//! support, the support contact runs them.

use axum::Json;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::Response;
use epic_api::bodies::{EventChanges, Import, Imported};
use epic_api::paths;
use epic_api::wire::OnRecord;
use epic_domain::crm::imports::{self, EVENT_SHEET};
use epic_domain::crm::records::{Event, UpdatedEvent};
use epic_domain::crm::{self, CreateEvent, ListEvents, UpdateEvent};
use epic_domain::types::EventId;
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
        .routes(routes!(list_events, create_event))
        .routes(routes!(show_event, update_event, delete_event))
        .routes(routes!(event_deletable))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(import_events))
                .layer(DefaultBodyLimit::max(crate::IMPORT_BODY_LIMIT)),
        )
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
    Params(request): Params<ListEvents>,
) -> Response {
    let now = state.now();
    listed(state, actor, move |store, actor, sink| {
        Box::pin(async move { crm::list_events(store, actor, &request, now, sink).await })
    })
    .await
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
    Id(id): Id<EventId>,
) -> Answer<Current<Event>> {
    Ok(Current(crm::show_event(&*state.store, &actor, id).await?))
}

#[utoipa::path(
    post,
    path = paths::EVENTS,
    tag = "events",
    summary = "Create the event of a signed contract (sales)",
    request_body = CreateEvent,
    responses((status = 201, description = "Created", body = Event))
)]
async fn create_event(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Strict(request): Strict<CreateEvent>,
) -> Answer<Created<Event>> {
    let created = crm::create_event(&*state.store, &actor, request, state.now()).await?;
    Ok(Created(created))
}

#[utoipa::path(
    patch,
    path = paths::EVENT,
    tag = "events",
    summary = "Change an event or its support contact",
    params(RecordId, ("If-Match" = Option<String>, Header, description = IF_MATCH)),
    request_body = EventChanges,
    responses((status = 200, description = "OK", body = UpdatedEvent))
)]
async fn update_event(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EventId>,
    IfMatch(version): IfMatch,
    Strict(changes): Strict<EventChanges>,
) -> Answer<Current<UpdatedEvent>> {
    let request = UpdateEvent::join(id, changes, version);
    let updated = crm::update_event(&*state.store, &actor, request, state.now()).await?;
    Ok(Current(updated))
}

#[utoipa::path(
    delete,
    path = paths::EVENT,
    tag = "events",
    summary = "Delete an event (management)",
    params(RecordId),
    responses((status = 204, description = "Done"))
)]
async fn delete_event(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Id(id): Id<EventId>,
) -> Answer<StatusCode> {
    crm::delete_event(&*state.store, &actor, id, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
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
    Id(id): Id<EventId>,
) -> Answer<Json<Event>> {
    Ok(Json(crm::event_to_delete(&*state.store, &actor, id).await?))
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
    Strict(request): Strict<Import>,
) -> Answer<Json<Imported>> {
    let now = state.now();
    sheets::import(request, zone, &EVENT_SHEET, async |sheet| {
        imports::import_events(&*state.store, &actor, sheet, now).await
    })
    .await
}
