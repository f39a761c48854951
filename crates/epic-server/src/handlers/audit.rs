//! The audit log (management).

use axum::extract::State;
use axum::response::Response;
use epic_api::paths;
use epic_domain::crm::records::AuditRow;
use epic_domain::crm::{self, ListAudit};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Actor;
use crate::extract::Params;
use crate::stream::listed;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_audit))
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
    Params(request): Params<ListAudit>,
) -> Response {
    listed(state, actor, move |store, actor, sink| {
        Box::pin(async move { crm::audit(store, actor, &request, sink).await })
    })
    .await
}
