//! Logging in and out, who the token is, and the employee's own password.

use axum::Json;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use epic_api::bodies::{Allowed, CanI, Ended, PasswordChange};
use epic_api::{LoginRequest, LoginResponse, SessionInfo, paths};
use epic_domain::auth::{self, LockoutPolicy, LogoutScope};
use epic_domain::crm;
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_store::BlockingHasher;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::actor::{Actor, Session};
use crate::address::ClientAddress;
use crate::extract::Params;
use crate::respond::Answer;
use crate::strict::Strict;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(
            OpenApiRouter::new()
                .routes(routes!(login, logout_all))
                .layer(DefaultBodyLimit::max(crate::LOGIN_BODY_LIMIT)),
        )
        .routes(routes!(current, logout))
        .routes(routes!(me))
        .routes(routes!(change_password))
        .routes(routes!(can_i))
}

#[utoipa::path(
    post,
    path = paths::SESSIONS,
    tag = "sessions",
    summary = "Log in: a session token",
    request_body = LoginRequest,
    responses((status = 201, description = "Created", body = LoginResponse))
)]
async fn login(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    Strict(request): Strict<LoginRequest>,
) -> Answer<(StatusCode, Json<LoginResponse>)> {
    let store = &*state.store;
    state
        .logins
        .attempt(store, state.now(), client, &request.email)
        .await?;
    let logged_in = auth::login(
        &*state.store,
        &BlockingHasher,
        &state.clock,
        LockoutPolicy::default(),
        &request.email,
        &request.password,
    )
    .await?;
    state
        .logins
        .succeeded(store, state.now(), client, &request.email)
        .await?;
    Ok((StatusCode::CREATED, Json(LoginResponse::from(logged_in))))
}

#[utoipa::path(
    delete,
    path = paths::CURRENT_SESSION,
    tag = "sessions",
    summary = "End this session",
    responses((status = 204, description = "Done"))
)]
async fn logout(State(state): State<AppState>, Session(who): Session) -> Answer<StatusCode> {
    auth::logout(&*state.store, &state.clock, &who, LogoutScope::ThisSession).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    delete,
    path = paths::SESSIONS,
    tag = "sessions",
    summary = "End every session of the employee",
    responses((status = 200, description = "OK", body = Ended))
)]
async fn logout_all(State(state): State<AppState>, Session(who): Session) -> Answer<Json<Ended>> {
    let sessions =
        auth::logout(&*state.store, &state.clock, &who, LogoutScope::AllSessions).await?;
    Ok(Json(Ended { sessions }))
}

#[utoipa::path(
    get,
    path = paths::CURRENT_SESSION,
    tag = "sessions",
    summary = "Who the token belongs to, until when",
    responses((status = 200, description = "OK", body = SessionInfo))
)]
async fn current(Session(who): Session) -> Json<SessionInfo> {
    Json(who.info())
}

#[utoipa::path(
    get,
    path = paths::ME,
    tag = "sessions",
    summary = "The logged-in employee",
    responses((status = 200, description = "OK", body = Employee))
)]
async fn me(Session(who): Session) -> Json<Employee> {
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
async fn change_password(
    State(state): State<AppState>,
    Session(who): Session,
    Strict(PasswordChange { current, new }): Strict<PasswordChange>,
) -> Answer<StatusCode> {
    let new = NewPassword::parse("new password", new)?;
    let store = &*state.store;
    auth::change_password(store, &BlockingHasher, &state.clock, &who, &current, new).await?;
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
async fn can_i(
    State(state): State<AppState>,
    Actor(actor): Actor,
    Params(CanI { verb, noun, id }): Params<CanI>,
) -> Answer<Json<Allowed>> {
    let allowed = crm::can_i(&*state.store, &actor, &verb, &noun, id).await?;
    Ok(Json(Allowed { allowed }))
}
