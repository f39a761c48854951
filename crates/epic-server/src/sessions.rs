//! Logging in and out, who the token is, and the employee's own password.

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{ConnectInfo, Query};
use axum::http::StatusCode;
use epic_api::bodies::{Allowed, CanI, Ended, PasswordChange};
use epic_api::{LoginRequest, LoginResponse, SessionInfo};
use epic_domain::SystemClock;
use epic_domain::auth::{self, LockoutPolicy, LogoutScope};
use epic_domain::crm;
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_store::BlockingHasher;

use crate::AppState;
use std::net::SocketAddr;

use crate::actor::{Actor, Session};
use crate::failure::Failure;
use crate::routes::{Answer, query};
use crate::writes::body;

pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    request: Result<Json<LoginRequest>, JsonRejection>,
) -> Answer<(StatusCode, Json<LoginResponse>)> {
    let request = body(request)?;
    state
        .logins
        .attempt(client.ip(), &request.email)
        .map_err(Failure::too_many)?;
    let logged_in = auth::login(
        &*state.store,
        &BlockingHasher,
        &SystemClock,
        LockoutPolicy::default(),
        &request.email,
        &request.password,
    )
    .await?;
    let response = LoginResponse {
        token: logged_in.token,
        employee: logged_in.employee,
        expires_at: logged_in.expires_at,
    };
    Ok((StatusCode::CREATED, Json(response)))
}

pub async fn logout(State(state): State<AppState>, Session(who): Session) -> Answer<StatusCode> {
    auth::logout(&*state.store, &SystemClock, &who, LogoutScope::ThisSession).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn logout_all(
    State(state): State<AppState>,
    Session(who): Session,
) -> Answer<Json<Ended>> {
    let sessions =
        auth::logout(&*state.store, &SystemClock, &who, LogoutScope::AllSessions).await?;
    Ok(Json(Ended { sessions }))
}

pub async fn current(Session(who): Session) -> Json<SessionInfo> {
    Json(SessionInfo {
        employee: who.employee,
        expires_at: who.session.expires_at,
    })
}

pub async fn me(Session(who): Session) -> Json<Employee> {
    Json(who.employee)
}

pub async fn change_password(
    State(state): State<AppState>,
    Session(who): Session,
    request: Result<Json<PasswordChange>, JsonRejection>,
) -> Answer<StatusCode> {
    let PasswordChange { current, new } = body(request)?;
    let new = NewPassword::parse("new password", new)?;
    let store = &*state.store;
    auth::change_password(store, &BlockingHasher, &SystemClock, &who, &current, new).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn can_i(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<CanI>, QueryRejection>,
) -> Answer<Json<Allowed>> {
    let CanI { verb, noun, id } = query(request)?;
    let allowed = crm::can_i(&*state.store, &actor, &verb, &noun, id).await?;
    Ok(Json(Allowed { allowed }))
}
