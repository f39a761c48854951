//! The reports: revenue, unpaid contracts, upcoming events, events per
//! month.

use axum::Json;
use axum::extract::State;
use epic_api::bodies::Days;
use epic_api::paths;
use epic_domain::crm::reports::{self, MonthRow, Period, RevenueRow, UnpaidRow, UpcomingRow};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Actor;
use crate::extract::Params;
use crate::respond::Answer;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(revenue))
        .routes(routes!(unpaid))
        .routes(routes!(upcoming))
        .routes(routes!(monthly))
}

#[utoipa::path(
    get,
    path = paths::REPORT_REVENUE,
    tag = "reports",
    summary = "Revenue per sales employee",
    params(Period),
    responses((status = 200, description = "OK", body = [RevenueRow]))
)]
async fn revenue(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Params(period): Params<Period>,
) -> Answer<Json<Vec<RevenueRow>>> {
    let rows = reports::revenue(&*state.store, &actor, period, state.now()).await?;
    Ok(Json(rows))
}

#[utoipa::path(
    get,
    path = paths::REPORT_UNPAID,
    tag = "reports",
    summary = "Contracts not fully paid",
    responses((status = 200, description = "OK", body = [UnpaidRow]))
)]
async fn unpaid(
    State(state): State<AppState>,
    Actor(actor): Actor,
) -> Answer<Json<Vec<UnpaidRow>>> {
    let rows = reports::unpaid(&*state.store, &actor, state.now()).await?;
    Ok(Json(rows))
}

#[utoipa::path(
    get,
    path = paths::REPORT_UPCOMING,
    tag = "reports",
    summary = "Events in the next days",
    params(Days),
    responses((status = 200, description = "OK", body = [UpcomingRow]))
)]
async fn upcoming(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Params(Days { days }): Params<Days>,
) -> Answer<Json<Vec<UpcomingRow>>> {
    let rows = reports::upcoming(&*state.store, &actor, state.now(), days).await?;
    Ok(Json(rows))
}

#[utoipa::path(
    get,
    path = paths::REPORT_MONTHLY,
    tag = "reports",
    summary = "Events per month",
    params(Period),
    responses((status = 200, description = "OK", body = [MonthRow]))
)]
async fn monthly(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Params(period): Params<Period>,
) -> Answer<Json<Vec<MonthRow>>> {
    let rows = reports::monthly(&*state.store, &actor, period, state.now()).await?;
    Ok(Json(rows))
}
