//! One's own notifications, marking them read, and how to hear of them.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use epic_api::bodies::Marked;
use epic_api::paths;
use epic_domain::crm::records::{Notification, NotificationSettings, OutboxEntry};
use epic_domain::crm::{self, ChangeSettings, ListNotifications, ListOutbox, MarkRead};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Actor;
use crate::extract::Params;
use crate::respond::Answer;
use crate::stream::listed;
use crate::strict::Strict;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_notifications))
        .routes(routes!(mark_read))
        .routes(routes!(notification_settings, change_notification_settings))
        .routes(routes!(list_outbox))
}

#[utoipa::path(
    get,
    path = paths::NOTIFICATION_OUTBOX,
    tag = "notifications",
    summary = "The e-mail outbox: what waits and what was given up on (management)",
    params(ListOutbox),
    responses((status = 200, description = "OK", body = [OutboxEntry]))
)]
async fn list_outbox(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Params(request): Params<ListOutbox>,
) -> Response {
    listed(state, actor, move |store, actor, sink| {
        Box::pin(async move { crm::outbox(store, actor, request, sink).await })
    })
    .await
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
    Params(request): Params<ListNotifications>,
) -> Response {
    listed(state, actor, move |store, actor, sink| {
        Box::pin(async move { crm::notifications(store, actor, request, sink).await })
    })
    .await
}

#[utoipa::path(
    post,
    path = paths::NOTIFICATIONS_READ,
    tag = "notifications",
    summary = "Mark notifications as read",
    request_body = MarkRead,
    responses((status = 200, description = "OK", body = Marked))
)]
async fn mark_read(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Strict(request): Strict<MarkRead>,
) -> Answer<Json<Marked>> {
    let changed = crm::mark_read(&*state.store, &actor, request, state.now()).await?;
    Ok(Json(Marked { changed }))
}

#[utoipa::path(
    get,
    path = paths::NOTIFICATION_SETTINGS,
    tag = "notifications",
    summary = "How you hear of your events: e-mail and language",
    responses((status = 200, description = "OK", body = NotificationSettings))
)]
async fn notification_settings(
    State(state): State<AppState>,
    Actor(actor): Actor,
) -> Answer<Json<NotificationSettings>> {
    let request = ChangeSettings::default();
    let settings = crm::notification_settings(&*state.store, &actor, request).await?;
    Ok(Json(settings))
}

#[utoipa::path(
    patch,
    path = paths::NOTIFICATION_SETTINGS,
    tag = "notifications",
    summary = "Change how you hear of your events",
    request_body = ChangeSettings,
    responses((status = 200, description = "OK", body = NotificationSettings))
)]
async fn change_notification_settings(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Strict(request): Strict<ChangeSettings>,
) -> Answer<Json<NotificationSettings>> {
    let settings = crm::notification_settings(&*state.store, &actor, request).await?;
    Ok(Json(settings))
}
