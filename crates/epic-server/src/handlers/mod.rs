//! The API, one module per noun. Each handler takes what it needs from the
//! request (`extract`), calls the one use case of its command, and answers
//! (`respond`); the OpenAPI operation is written beside it.

mod audit;
pub(crate) mod calendar;
mod clients;
mod contracts;
mod employees;
mod events;
mod health;
mod names;
mod notifications;
mod privacy;
mod reports;
mod sessions;
mod sheets;

use utoipa_axum::router::OpenApiRouter;

use crate::AppState;

/// Every route with its OpenAPI operation.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(health::routes())
        .merge(sessions::routes())
        .merge(employees::routes())
        .merge(clients::routes())
        .merge(contracts::routes())
        .merge(events::routes())
        .merge(notifications::routes())
        .merge(privacy::routes())
        .merge(audit::routes())
        .merge(calendar::routes())
        .merge(names::routes())
        .merge(reports::routes())
}
