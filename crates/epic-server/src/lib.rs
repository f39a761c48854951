//! `epic serve`: one HTTP server in front of the database, so that
//! employees hold only their own token. Every route calls exactly the use
//! case the command line calls; this crate only translates HTTP.

mod actor;
mod extras;
mod failure;
mod log;
mod routes;
mod sessions;
mod stream;
mod writes;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue};
use epic_store::Store;
use tokio::net::TcpListener;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use epic_api::API_VERSION;
pub use failure::Failure;

/// Large enough for a 100,000-row import sent as JSON.
pub const BODY_LIMIT: usize = 64 * 1024 * 1024;

/// A request that takes longer is answered 503 (streamed lists excepted:
/// their body flows for as long as the client reads).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler shares: the one open database.
#[derive(Debug, Clone)]
pub(crate) struct AppState {
    pub store: Arc<Store>,
}

/// The whole API, with its layers.
pub fn router(store: Store) -> Router {
    let state = AppState {
        store: Arc::new(store),
    };
    routes::routes()
        .with_state(state)
        .layer(axum::middleware::from_fn(log::access))
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

/// Serves until `shutdown` completes, then lets the requests in flight
/// finish.
pub async fn serve(
    store: Store,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(store))
        .with_graceful_shutdown(shutdown)
        .await
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

/// Completes on SIGTERM or Ctrl-C.
pub async fn terminated() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut term) = signal(SignalKind::terminate()) else {
            let _ = interrupt.await;
            return;
        };
        tokio::select! {
            _ = interrupt => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}
