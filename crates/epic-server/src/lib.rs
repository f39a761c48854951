//! `epic serve`: one HTTP server in front of the database, so that
//! employees hold only their own token. Every route calls exactly the use
//! case the command line calls; this crate only translates HTTP.

mod actor;
mod extras;
mod failure;
mod log;
mod openapi;
mod routes;
mod sessions;
mod stream;
mod throttle;
mod tls;
mod writes;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue};
use axum::serve::ListenerExt;
use epic_store::Store;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use epic_api::API_VERSION;
pub use failure::Failure;
pub use tls::Tls;

/// Large enough for a 100,000-row import sent as JSON.
pub const BODY_LIMIT: usize = 64 * 1024 * 1024;

/// A request that takes longer is answered 503 (streamed lists excepted:
/// their body flows for as long as the client reads).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler shares: the one open database.
#[derive(Debug, Clone)]
pub(crate) struct AppState {
    pub store: Arc<Store>,
    pub logins: Arc<throttle::Throttle>,
}

/// The whole API, with its layers, and its OpenAPI document at
/// `/api/v1/openapi.json`.
pub fn router(store: Store) -> Router {
    let state = AppState {
        store: Arc::new(store),
        logins: Arc::default(),
    };
    let (routes, api) = routes::routes().split_for_parts();
    let document = openapi_json(api);
    routes
        .route(
            epic_api::paths::OPENAPI,
            axum::routing::get(move || async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    document,
                )
            }),
        )
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
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
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
    let (_, api) = routes::routes().split_for_parts();
    String::from_utf8_lossy(&openapi_json(api)).into_owned()
}

fn openapi_json(api: utoipa::openapi::OpenApi) -> axum::body::Bytes {
    let document = openapi::document(api);
    // Serialising plain data structures cannot fail; an empty document
    // would be caught by the tests that read it.
    axum::body::Bytes::from(document.to_pretty_json().unwrap_or_default())
}

/// Serves until `shutdown` completes, then lets the requests in flight
/// finish: over HTTPS with `tls` (its certificate read again on SIGHUP),
/// else plain HTTP.
pub async fn serve(
    store: Store,
    listener: TcpListener,
    tls: Option<Arc<Tls>>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(store).into_make_service_with_connect_info::<SocketAddr>();
    match tls {
        None => {
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
        }
        Some(tls) => {
            tokio::spawn(tls::reload_on_hangup(Arc::clone(&tls)));
            // `tap_io` gives the client's address to the handlers, as for
            // plain TCP.
            let listener = tls::TlsListener::new(listener, tls)?.tap_io(|_| {});
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
        }
    }
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

/// The store's migrations as the API reports them.
pub fn schema_status(status: &epic_store::schema::SchemaStatus) -> epic_api::SchemaStatus {
    epic_api::SchemaStatus {
        current: status.is_current(),
        applied: status.applied.clone(),
        pending: status.pending.clone(),
        unknown: status.unknown.clone(),
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
