//! Who is asking: the bearer token, checked by the same use case as the
//! command line's, on every request.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use epic_domain::Error;
use epic_domain::auth::{self, Authenticated};
use epic_domain::employee::Employee;
use epic_domain::error::AuthFailure;
use epic_domain::types::EmployeeId;

use crate::AppState;
use crate::failure::Failure;
use crate::log::Who;
use crate::slots::Slot;

/// A logged-in employee who may work (the first password is changed).
#[derive(Debug)]
pub struct Actor(pub Employee);

/// Any logged-in employee, ready or not: for `me` and logging out.
#[derive(Debug)]
pub struct Session(pub Authenticated);

impl FromRequestParts<AppState> for Session {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(Error::Unauthenticated(AuthFailure::NotLoggedIn))?;
        let who = auth::authenticate(&*state.store, &state.clock, token.trim()).await?;
        if let Some(slot) = parts.extensions.get::<Who>() {
            slot.set(who.employee.id);
        }
        Ok(Self(who))
    }
}

impl FromRequestParts<AppState> for Actor {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let Session(who) = Session::from_request_parts(parts, state).await?;
        who.require_ready()?;
        parts.extensions.insert(ActorId(who.employee.id));
        Ok(Self(who.employee))
    }
}

/// Who the `Actor` extractor found, for the extractors after it.
#[derive(Debug, Clone, Copy)]
struct ActorId(EmployeeId);

/// A place among the imports being written; taken after `Actor` and
/// before the body is read, so that a refused import is never held.
#[derive(Debug)]
pub struct ImportPlace(#[allow(dead_code)] pub Slot);

impl FromRequestParts<AppState> for ImportPlace {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let ActorId(id) = parts.extensions.get::<ActorId>().copied().ok_or_else(|| {
            Failure::from(Error::Internal(
                "an import place asked for before the actor".into(),
            ))
        })?;
        Ok(Self(state.imports.take(id)?))
    }
}
