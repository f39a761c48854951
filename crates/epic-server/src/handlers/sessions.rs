//! Logging in and out, who the token is, and the employee's own password.

use axum::Json;
use axum::extract::Query;
use axum::extract::State;
use axum::extract::rejection::QueryRejection;
use axum::http::StatusCode;
use epic_api::bodies::{Allowed, CanI, Ended, PasswordChange};
use epic_api::{LoginRequest, LoginResponse, SessionInfo, paths};
use epic_domain::auth::{self, LockoutPolicy, LogoutScope};
use epic_domain::crm;
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_domain::{Clock, SystemClock};
use epic_store::BlockingHasher;

use crate::AppState;
use crate::address::ClientAddress;

use crate::actor::{Actor, Session};
use crate::routes::{Answer, query};
use crate::strict::{Body, body};

#[utoipa::path(
    post,
    path = paths::SESSIONS,
    tag = "sessions",
    summary = "Log in: a session token",
    request_body = LoginRequest,
    responses((status = 201, description = "Created", body = LoginResponse))
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    request: Body<LoginRequest>,
) -> Answer<(StatusCode, Json<LoginResponse>)> {
    let request = body(request)?;
    let store = &*state.store;
    state
        .logins
        .attempt(store, SystemClock.now(), client, &request.email)
        .await?;
    let logged_in = auth::login(
        &*state.store,
        &BlockingHasher,
        &SystemClock,
        LockoutPolicy::default(),
        &request.email,
        &request.password,
    )
    .await?;
    state
        .logins
        .succeeded(store, SystemClock.now(), client, &request.email)
        .await?;
    let response = LoginResponse {
        token: logged_in.token,
        employee: logged_in.employee,
        expires_at: logged_in.expires_at,
    };
    Ok((StatusCode::CREATED, Json(response)))
}

#[utoipa::path(
    delete,
    path = paths::CURRENT_SESSION,
    tag = "sessions",
    summary = "End this session",
    responses((status = 204, description = "Done"))
)]
pub async fn logout(State(state): State<AppState>, Session(who): Session) -> Answer<StatusCode> {
    auth::logout(&*state.store, &SystemClock, &who, LogoutScope::ThisSession).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    delete,
    path = paths::SESSIONS,
    tag = "sessions",
    summary = "End every session of the employee",
    responses((status = 200, description = "OK", body = Ended))
)]
pub async fn logout_all(
    State(state): State<AppState>,
    Session(who): Session,
) -> Answer<Json<Ended>> {
    let sessions =
        auth::logout(&*state.store, &SystemClock, &who, LogoutScope::AllSessions).await?;
    Ok(Json(Ended { sessions }))
}

#[utoipa::path(
    get,
    path = paths::CURRENT_SESSION,
    tag = "sessions",
    summary = "Who the token belongs to, until when",
    responses((status = 200, description = "OK", body = SessionInfo))
)]
pub async fn current(Session(who): Session) -> Json<SessionInfo> {
    Json(SessionInfo {
        employee: who.employee,
        expires_at: who.session.expires_at,
    })
}

#[utoipa::path(
    get,
    path = paths::ME,
    tag = "sessions",
    summary = "The logged-in employee",
    responses((status = 200, description = "OK", body = Employee))
)]
pub async fn me(Session(who): Session) -> Json<Employee> {
    Json(who.employee)
}

#[utoipa::path(
    post,
    path = paths::PASSWORD,
    tag = "sessions",
    summary = "Change your own password; your other sessions end",
    request_body = PasswordChange,
    responses((status = 204, description = "Done"))
)]
pub async fn change_password(
    State(state): State<AppState>,
    Session(who): Session,
    request: Body<PasswordChange>,
) -> Answer<StatusCode> {
    let PasswordChange { current, new } = body(request)?;
    let new = NewPassword::parse("new password", new)?;
    let store = &*state.store;
    auth::change_password(store, &BlockingHasher, &SystemClock, &who, &current, new).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = paths::CAN_I,
    tag = "sessions",
    summary = "Whether the policy allows a command",
    params(CanI),
    responses((status = 200, description = "OK", body = Allowed))
)]
pub async fn can_i(
    State(state): State<AppState>,
    Actor(actor): Actor,
    request: Result<Query<CanI>, QueryRejection>,
) -> Answer<Json<Allowed>> {
    let CanI { verb, noun, id } = query(request)?;
    let allowed = crm::can_i(&*state.store, &actor, &verb, &noun, id).await?;
    Ok(Json(Allowed { allowed }))
}
