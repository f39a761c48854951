//! The caller's time zone, from `epic-time-zone`: whatever zone this server
//! runs in, text a person typed is read in theirs.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use epic_api::{ErrorCode, TIME_ZONE_HEADER};
use epic_domain::when::Tz;

use crate::failure::Failure;

/// The zone named by the request, UTC when it names none.
#[derive(Debug, Clone, Copy)]
pub struct CallerZone(pub Tz);

impl<S: Send + Sync> FromRequestParts<S> for CallerZone {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Failure> {
        let Some(value) = parts.headers.get(TIME_ZONE_HEADER) else {
            return Ok(Self(Tz::UTC));
        };
        value
            .to_str()
            .ok()
            .and_then(|name| name.trim().parse::<Tz>().ok())
            .map(Self)
            .ok_or_else(|| {
                Failure::new(
                    ErrorCode::BadRequest,
                    format!("{TIME_ZONE_HEADER} names no time zone (such as Europe/Paris)"),
                )
            })
    }
}
