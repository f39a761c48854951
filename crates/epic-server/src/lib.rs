//! `epic serve`: one HTTP server in front of the database, so that
//! employees hold only their own token. Every route calls exactly the use
//! case the command line calls; this crate only translates HTTP.

mod actor;
mod address;
mod connections;
mod extract;
mod failure;
mod handlers;
mod limits;
mod log;
mod openapi;
mod respond;
mod slots;
mod stream;
mod strict;
mod throttle;
mod tls;
mod zone;

use std::future::Future;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue};
use epic_domain::{Clock, SystemClock};
use epic_store::Store;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use epic_api::API_VERSION;
pub use failure::Failure;
pub use limits::Limits;
pub use tls::Tls;

/// Large enough for an import of `MAX_IMPORT_ROWS` sent as JSON; only the
/// import routes read this much, and only for an employee with a place.
pub const IMPORT_BODY_LIMIT: usize = 64 * 1024 * 1024;
/// Every other body: a record with 5,000 characters of notes, escaped.
pub const BODY_LIMIT: usize = 256 * 1024;
/// A login (an e-mail and a password), which anyone may send.
pub const LOGIN_BODY_LIMIT: usize = 32 * 1024;

/// A request that takes longer is answered 503 (streamed lists excepted:
/// their body flows for as long as the client reads).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler shares: the database's pool and the server's bounds.
#[derive(Debug, Clone)]
pub(crate) struct AppState {
    pub store: Arc<Store>,
    pub logins: Arc<throttle::Throttle>,
    pub streams: Arc<slots::Slots>,
    pub imports: Arc<slots::Slots>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// The one clock every handler reads.
    pub clock: SystemClock,
}

impl AppState {
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}

/// The whole API, with its layers, and its OpenAPI document at
/// `/api/v1/openapi.json`.
pub fn router(store: Store, limits: Limits, trusted_proxies: &[std::net::IpAddr]) -> Router {
    let state = AppState {
        store: Arc::new(store),
        logins: Arc::default(),
        streams: slots::Slots::new("lists", limits.streams_per_employee, limits.streams),
        imports: slots::Slots::new("imports", limits.imports_per_employee, limits.imports),
        trusted_proxies: trusted_proxies
            .iter()
            .map(std::net::IpAddr::to_canonical)
            .collect(),
        clock: SystemClock,
    };
    let (routes, api) = handlers::routes().split_for_parts();
    let document = openapi_json(api);
    routes
        .route(
            epic_api::paths::OPENAPI,
            axum::routing::get(move |_: actor::Session| async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    document,
                )
            }),
        )
        .route(
            epic_api::paths::CALENDAR_FEED,
            axum::routing::get(handlers::calendar::feed),
        )
        // Every answer has the error shape, an unknown route's too.
        .fallback(|| async { Failure::new(epic_api::ErrorCode::NotFound, "no such route") })
        .method_not_allowed_fallback(|| async {
            Failure::new(
                epic_api::ErrorCode::MethodNotAllowed,
                "this route does not take that method",
            )
        })
        .with_state(state)
        // A bug in a handler is a 500 with our error body, logged and
        // reported, never a connection closed without an answer.
        .layer(CatchPanicLayer::custom(panicked))
        .layer(axum::middleware::from_fn(log::access))
        // Whatever prints a request (a debug log, a panic message) shows
        // these as [redacted].
        .layer(SetSensitiveRequestHeadersLayer::new([
            axum::http::header::AUTHORIZATION,
            axum::http::header::COOKIE,
        ]))
        // Bodies read by handlers stop at the limit with our error body;
        // the layer refuses a declared length above it before reading.
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(IMPORT_BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static(epic_api::VERSION_HEADER),
            HeaderValue::from_static(API_VERSION),
        ))
}

fn panicked(cause: Box<dyn std::any::Any + Send>) -> axum::response::Response {
    let what = cause
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| cause.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a handler panicked".to_owned());
    axum::response::IntoResponse::into_response(Failure::from(epic_domain::Error::Internal(
        format!("panic: {what}"),
    )))
}

/// The OpenAPI document of these routes, as served.
pub fn openapi_document() -> String {
    let (_, api) = handlers::routes().split_for_parts();
    String::from_utf8_lossy(&openapi_json(api)).into_owned()
}

fn openapi_json(api: utoipa::openapi::OpenApi) -> axum::body::Bytes {
    let document = openapi::document(api);
    // Serialising plain data structures cannot fail; an empty document
    // would be caught by the tests that read it.
    axum::body::Bytes::from(document.to_pretty_json().unwrap_or_default())
}

/// Serves until `shutdown` completes, then lets the requests in flight
/// finish within `limits.drain`: over HTTPS with `tls` (its certificate
/// read again on SIGHUP), else plain HTTP.
pub async fn serve(
    store: Store,
    listener: TcpListener,
    tls: Option<Arc<Tls>>,
    limits: Limits,
    trusted_proxies: &[std::net::IpAddr],
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    if let Some(tls) = &tls {
        tokio::spawn(tls::reload_on_hangup(Arc::clone(tls)));
    }
    let app = router(store, limits, trusted_proxies);
    connections::run(listener, tls, app, limits, shutdown).await
}

/// Called with the details of every internal error (a 5xx), which the
/// client is never told: the operator's error reporting.
static ON_INTERNAL: OnceLock<fn(&str)> = OnceLock::new();

/// Sets what is done with internal errors besides logging them.
pub fn report_internal_errors_with(report: fn(&str)) {
    let _ = ON_INTERNAL.set(report);
}

pub(crate) fn internal_error(detail: &str) {
    eprintln!("epic serve: internal error: {detail}");
    if let Some(report) = ON_INTERNAL.get() {
        report(detail);
    }
}

/// A listener on `address` (`127.0.0.1:0` picks a free port).
pub async fn listen(address: &str) -> std::io::Result<TcpListener> {
    TcpListener::bind(address).await
}

/// Completes on SIGTERM or Ctrl-C. The handlers are in place when this
/// returns, before the server says it listens: a SIGTERM that follows at
/// once is a graceful stop, not a kill.
pub fn terminated() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let term = signal(SignalKind::terminate());
        let interrupt = signal(SignalKind::interrupt());
        async move {
            match (term, interrupt) {
                (Ok(mut term), Ok(mut interrupt)) => {
                    tokio::select! {
                        _ = term.recv() => {}
                        _ = interrupt.recv() => {}
                    }
                }
                // Without handlers, the default actions stop the process.
                _ => std::future::pending().await,
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}
