//! Lists as a JSON array streamed row by row. The use case's sink is
//! synchronous, so the listing runs on a blocking thread and waits there
//! whenever the client reads slower than the database: memory stays flat
//! at any length, and a client that goes away stops the listing.

use std::future::Future;
use std::ops::ControlFlow;
use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Wake, Waker};

use axum::body::{Body, Bytes};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use epic_domain::crm::Sink;
use futures_util::StreamExt;
use futures_util::stream;
use serde::Serialize;
use tokio::sync::mpsc;

use crate::failure::Failure;

/// Rows are sent in pieces of about this size.
const PIECE: usize = 32 * 1024;
/// How many pieces may wait for the client.
const AHEAD: usize = 4;

/// Streams what `list` puts in its sink. An error before the first row is
/// an error response; after it, the body ends without its closing `]`, so
/// the client cannot take a cut list for a whole one.
pub async fn json_array<T, L>(list: L) -> Response
where
    T: Serialize + Send + 'static,
    L: AsyncFnOnce(Sink<'_, T>) -> epic_domain::Result<()> + Send + 'static,
{
    let (tx, mut rx) = mpsc::channel::<Result<Bytes, Failure>>(AHEAD);
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        let mut piece = Vec::with_capacity(PIECE);
        let mut rows = 0_u64;
        // Whether the client has had a piece: until then a failure can
        // still be an error answer.
        let sent = AtomicBool::new(false);
        // A record that would not serialise stops the list as an error,
        // never as a shorter whole.
        let mut unwritable = None;
        let send = |bytes: Vec<u8>| {
            sent.store(true, Ordering::Relaxed);
            wait(tx.send(Ok(Bytes::from(bytes)))).is_ok()
        };
        let mut sink = |record: T| {
            piece.push(if rows == 0 { b'[' } else { b',' });
            rows += 1;
            if let Err(e) = serde_json::to_writer(&mut piece, &record) {
                unwritable = Some(e.to_string());
                return ControlFlow::Break(());
            }
            if piece.len() >= PIECE
                && !send(std::mem::replace(&mut piece, Vec::with_capacity(PIECE)))
            {
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        };
        let outcome = runtime.block_on(list(&mut sink));
        let outcome = match unwritable {
            Some(reason) => Err(epic_domain::Error::Internal(format!(
                "a record would not serialise: {reason}"
            ))),
            None => outcome,
        };
        match outcome {
            Ok(()) => {
                piece.extend_from_slice(if rows == 0 { b"[]" } else { b"]" });
                send(piece);
            }
            Err(err) if !sent.load(Ordering::Relaxed) => {
                let _ = wait(tx.send(Err(Failure::from(err))));
            }
            Err(err) => {
                eprintln!("epic serve: a list stopped after {rows} row(s): {err}");
            }
        }
    });
    match rx.recv().await {
        Some(Err(failure)) => failure.into_response(),
        None => {
            Failure::from(epic_domain::Error::Internal("a list ended early".into())).into_response()
        }
        Some(Ok(first)) => {
            let rest = stream::unfold(rx, |mut rx| async move {
                let piece = rx.recv().await?;
                Some((piece.map_err(|f| std::io::Error::other(f.0.message)), rx))
            });
            let body = Body::from_stream(stream::once(async { Ok(first) }).chain(rest));
            let mut response = (StatusCode::OK, body).into_response();
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            response
        }
    }
}

/// Runs `future` to completion on this (blocking) thread. Used only for a
/// channel send, kept out of tokio's cooperative budget so it cannot spin.
fn wait<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(tokio::task::unconstrained(future));
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        std::thread::park();
    }
}
