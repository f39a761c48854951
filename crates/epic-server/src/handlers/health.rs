//! Whether the process and its database answer, for load balancers and
//! the `db status` of a remote client.

use axum::Json;
use axum::extract::State;
use epic_api::{ErrorCode, Health, SchemaStatus, paths};
use epic_store::schema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Session;
use crate::failure::Failure;
use crate::respond::Answer;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(schema_status))
}

fn health(status: &str) -> Json<Health> {
    Json(Health {
        status: status.to_owned(),
        api_version: epic_api::API_VERSION.to_owned(),
    })
}

/// The process answers.
#[utoipa::path(
    get,
    path = paths::HEALTHZ,
    tag = "health",
    summary = "The process answers",
    responses((status = 200, description = "OK", body = Health))
)]
async fn healthz() -> Json<Health> {
    health("ok")
}

#[utoipa::path(
    get,
    path = paths::SCHEMA,
    tag = "health",
    summary = "The migrations of the database",
    responses((status = 200, description = "OK", body = SchemaStatus))
)]
async fn schema_status(State(state): State<AppState>, _: Session) -> Answer<Json<SchemaStatus>> {
    Ok(Json(schema::status(&state.store).await?))
}

/// The database answers and its schema is this server's.
#[utoipa::path(
    get,
    path = paths::READYZ,
    tag = "health",
    summary = "The database answers with the schema of this server",
    responses((status = 200, description = "OK", body = Health))
)]
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
