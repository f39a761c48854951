//! Calendar feeds: one's own secret subscription URL, and the feeds that
//! calendar applications fetch with it (no session: the token in the path
//! grants that one feed).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use epic_api::bodies::NewCalendar;
use epic_api::{ErrorCode, ics, paths};
use epic_domain::crm::calendar::{calendar_events, calendar_url, token_of};
use epic_domain::crm::records::CalendarFeed;
use sha2::Digest;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::Actor;
use crate::failure::Failure;
use crate::respond::Answer;
use crate::strict::Strict;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(new_calendar_url))
}

#[utoipa::path(
    post,
    path = paths::CALENDAR_URL,
    tag = "calendar",
    summary = "A new secret URL of your calendar feed (shown once; reset replaces the one you have)",
    request_body = NewCalendar,
    responses((status = 200, description = "OK", body = CalendarFeed))
)]
async fn new_calendar_url(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Strict(request): Strict<NewCalendar>,
) -> Answer<Json<CalendarFeed>> {
    Ok(Json(
        calendar_url(&*state.store, &actor, request.reset, state.now()).await?,
    ))
}

/// `GET /calendar/<token>.ics`: the feed, with an ETag of its bytes; the
/// same ETag in `If-None-Match` is a 304 without them. A token that is not
/// one, was reset, or whose employee was deactivated: 404, alike.
pub(crate) async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let not_found = || Failure::new(ErrorCode::NotFound, "no such calendar").into_response();
    let Some(token) = token_of(&file) else {
        return not_found();
    };
    let events = match calendar_events(&*state.store, token, state.now()).await {
        Ok(events) => events,
        Err(epic_domain::Error::NotFound { .. }) => return not_found(),
        Err(e) => return Failure::from(e).into_response(),
    };
    let mut body = Vec::new();
    let written = ics::begin(&mut body)
        .and_then(|()| {
            events.iter().try_for_each(|event| {
                let alarm = format!("{} ({})", event.name, event.client_name);
                ics::event(&mut body, event, Some(&alarm))
            })
        })
        .and_then(|()| ics::end(&mut body));
    if let Err(e) = written {
        return Failure::from(epic_domain::Error::Internal(format!("calendar: {e}")))
            .into_response();
    }
    let digest = sha2::Sha256::digest(&body);
    let tag = format!("\"{}\"", epic_domain::secret::to_hex(&digest[..16]));
    let etag = HeaderValue::from_str(&tag).unwrap_or(HeaderValue::from_static("\"\""));
    let cached = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|v| v.trim().trim_start_matches("W/"))
        .any(|v| v == tag || v == "*");
    let common = [
        (header::ETAG, etag),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, max-age=300"),
        ),
    ];
    if cached {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        common,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/calendar; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}
