//! The accept loop. Each connection is bounded in number (a permit, taken
//! before `accept`, so the ones over the limit wait in the listen queue) and
//! in time: its own clock cuts a header that does not finish, a keep-alive
//! connection left idle, and a response the client stops taking. On
//! shutdown, idle connections close at once and the rest get the drain
//! deadline.

use std::io;
use std::net::SocketAddr;
use std::pin::{Pin, pin};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;
use tower_service::Service;

use crate::limits::Limits;
use crate::tls::Tls;

/// Serves `app` on `listener` until `shutdown` completes, then drains.
pub async fn run(
    listener: TcpListener,
    tls: Option<Arc<Tls>>,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send,
) -> io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.connections.max(1)));
    let (stop, stopping) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut shutdown = pin!(shutdown);
    loop {
        let permit = tokio::select! {
            () = &mut shutdown => break,
            permit = Arc::clone(&slots).acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
        };
        let (tcp, address) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, say: wait, then go on.
                    eprintln!("epic serve: accept failed: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        while connections.try_join_next().is_some() {}
        let _ = tcp.set_nodelay(true);
        connections.spawn(connection(
            tcp,
            address,
            tls.clone(),
            app.clone(),
            limits,
            stopping.clone(),
            permit,
        ));
    }
    drop(listener);
    let _ = stop.send(true);
    let drained = tokio::time::timeout(limits.drain, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        eprintln!(
            "epic serve: {} connection(s) cut at the {}-second drain deadline",
            connections.len(),
            limits.drain.as_secs()
        );
        connections.shutdown().await;
    }
    Ok(())
}

async fn connection(
    tcp: TcpStream,
    address: SocketAddr,
    tls: Option<Arc<Tls>>,
    app: Router,
    limits: Limits,
    stopping: watch::Receiver<bool>,
    _permit: OwnedSemaphorePermit,
) {
    match tls {
        None => serve_connection(tcp, address, app, limits, stopping).await,
        Some(tls) => {
            let Some(acceptor) = tls.current() else {
                return;
            };
            // The handshake is part of what a caller must send in time.
            let handshake = tokio::time::timeout(limits.header_read, acceptor.accept(tcp));
            if let Ok(Ok(stream)) = handshake.await {
                serve_connection(stream, address, app, limits, stopping).await;
            }
        }
    }
}

async fn serve_connection<I>(
    io: I,
    address: SocketAddr,
    app: Router,
    limits: Limits,
    mut stopping: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let activity = Arc::new(Activity::new(Instant::now()));
    let io = TokioIo::new(Watched {
        inner: io,
        activity: Arc::clone(&activity),
    });
    let service = hyper::service::service_fn({
        let activity = Arc::clone(&activity);
        move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(address));
            let busy = Busy::begin(&activity);
            let mut app = app.clone();
            async move {
                let response = app.call(request.map(Body::new)).await;
                // The request counts as in flight until its body is sent
                // or dropped.
                response.map(|response| {
                    response.map(|body| {
                        Body::new(body.map_frame(move |frame| {
                            let _ = &busy;
                            frame
                        }))
                    })
                })
            }
        }
    });
    let mut builder = http1::Builder::new();
    builder.keep_alive(true).max_buf_size(64 * 1024);
    let mut served = pin!(builder.serve_connection(io, service));
    let mut tick = tokio::time::interval(limits.tick());
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut draining = false;
    loop {
        tokio::select! {
            _ = served.as_mut() => return,
            _ = tick.tick() => {
                if activity.overdue(&limits, Instant::now()) {
                    return;
                }
            }
            _ = stopping.changed(), if !draining => {
                draining = true;
                served.as_mut().graceful_shutdown();
            }
        }
    }
}

/// What a connection is doing, as its clock needs to know.
#[derive(Debug)]
struct Activity {
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    /// Requests whose header has been read and whose answer is not sent.
    in_flight: u32,
    /// Whether a request has been answered: a fresh connection gets the
    /// header time, a kept-alive one the idle time.
    answered: bool,
    /// When the connection last had nothing in flight.
    quiet_since: Instant,
    /// The first byte of a request not yet handed to the router.
    header_since: Option<Instant>,
    /// Since when a write has waited for the client to read.
    blocked_since: Option<Instant>,
}

impl Activity {
    fn new(now: Instant) -> Self {
        Self {
            state: Mutex::new(State {
                in_flight: 0,
                answered: false,
                quiet_since: now,
                header_since: None,
                blocked_since: None,
            }),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut state| f(&mut state))
    }

    fn overdue(&self, limits: &Limits, now: Instant) -> bool {
        self.with(|s| {
            let waited = |since: Instant| now.saturating_duration_since(since);
            if s.in_flight > 0 {
                return s.blocked_since.is_some_and(|t| waited(t) >= limits.stall);
            }
            match s.header_since {
                Some(started) => waited(started) >= limits.header_read,
                None if s.answered => waited(s.quiet_since) >= limits.idle,
                None => waited(s.quiet_since) >= limits.header_read,
            }
        })
        .unwrap_or(true)
    }
}

/// One request in flight, until dropped.
struct Busy(Arc<Activity>);

impl Busy {
    fn begin(activity: &Arc<Activity>) -> Self {
        activity.with(|s| {
            s.in_flight += 1;
            s.header_since = None;
        });
        Self(Arc::clone(activity))
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.with(|s| {
            s.in_flight = s.in_flight.saturating_sub(1);
            if s.in_flight == 0 {
                s.answered = true;
                s.quiet_since = Instant::now();
                s.blocked_since = None;
            }
        });
    }
}

/// The connection's bytes, telling its clock when they move.
struct Watched<I> {
    inner: I,
    activity: Arc<Activity>,
}

impl<I: AsyncRead + Unpin> AsyncRead for Watched<I> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.with(|s| {
                if s.in_flight == 0 && s.header_since.is_none() {
                    s.header_since = Some(Instant::now());
                }
            });
        }
        polled
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for Watched<I> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.note_write(polled.is_pending());
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.note_write(polled.is_pending());
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let polled = Pin::new(&mut self.inner).poll_flush(cx);
        self.note_write(polled.is_pending());
        polled
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

impl<I> Watched<I> {
    fn note_write(&self, blocked: bool) {
        self.activity.with(|s| match (blocked, s.blocked_since) {
            (true, None) => s.blocked_since = Some(Instant::now()),
            (false, Some(_)) => s.blocked_since = None,
            _ => {}
        });
    }
}
