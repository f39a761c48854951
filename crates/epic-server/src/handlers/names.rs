//! `--support "Kate Hubbard"`: what a name, e-mail or id names.

use axum::Json;
use axum::extract::State;
use epic_api::bodies::Resolved;
use epic_api::paths;
use epic_domain::crm::names::{self, Name};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Actor;
use crate::extract::Params;
use crate::respond::Answer;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(resolve_name))
}

/// The id, or exit 6 listing the candidates.
#[utoipa::path(
    get,
    path = paths::NAMES,
    tag = "names",
    summary = "The id of the one record an id, e-mail or name names",
    params(Name),
    responses((status = 200, description = "OK", body = Resolved))
)]
async fn resolve_name(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Params(name): Params<Name>,
) -> Answer<Json<Resolved>> {
    let id = names::resolve(&*state.store, &actor, &name).await?;
    Ok(Json(Resolved { id }))
}
