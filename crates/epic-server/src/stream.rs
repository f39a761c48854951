//! Lists as a JSON array, read from the database at the database's pace
//! into a spool (memory first, then an unnamed temporary file) and sent
//! from there at the client's pace. A slow or stalled reader holds only its
//! own spool, never a database connection or a thread: the listing ends as
//! soon as the database has given every row. Memory stays flat at any
//! length, and a client that goes away stops the listing.

use std::collections::VecDeque;
use std::fs::File;
use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use epic_domain::crm::Sink;
use futures_util::future::BoxFuture;
use futures_util::stream;
use serde::Serialize;
use tokio::sync::Notify;

use crate::AppState;
use crate::failure::Failure;
use crate::slots::Slot;
use epic_domain::employee::Employee;
use epic_store::Store;

/// Rows are handed over in pieces of about this size.
const PIECE: usize = 32 * 1024;
/// Room past `PIECE` for the record that fills a piece, so that the piece
/// is not reallocated at twice its size (a longer record still may be).
const ROOM: usize = 8 * 1024;
/// What one list keeps in memory before it spills to its file.
const IN_MEMORY: usize = 256 * 1024;
/// A list whole within this many bytes is answered from memory at once and
/// takes no place among the long lists: an employee's own five events, or
/// a script's burst of small lists, are never refused as busy.
const SMALL: usize = 64 * 1024;

/// Streams the list a use case gives `actor` from the server's store, as
/// a JSON array. A list longer than `SMALL` holds a place among the
/// employee's long lists until the client has it all or goes away, and is
/// refused (429) before its first byte when there is none. An error before
/// the first row is an error response; after it, the body is cut without
/// its closing `]`, so the client cannot take a cut list for a whole one.
pub async fn listed<T, L>(state: AppState, actor: Employee, list: L) -> Response
where
    T: Serialize + Send + 'static,
    L: for<'a> FnOnce(
            &'a Store,
            &'a Employee,
            Sink<'a, T>,
        ) -> BoxFuture<'a, epic_domain::Result<()>>
        + Send
        + 'static,
{
    let slots = Arc::clone(&state.streams);
    let employee = actor.id;
    let blocks = state.store.lists_block();
    let spool = Arc::new(Spool::default());
    let writer = Arc::clone(&spool);
    // The listing never waits for the client. It runs as a task of its
    // own, or, when reading blocks its thread (SQLite), on a blocking
    // thread; a hand-off to such a thread for every PostgreSQL list cost
    // a fifth of the server's throughput.
    let listing = async move {
        let mut piece = Vec::with_capacity(PIECE + ROOM);
        let mut rows = 0_u64;
        let mut unwritable = None;
        let mut sink = |record: T| {
            piece.push(if rows == 0 { b'[' } else { b',' });
            rows += 1;
            if let Err(e) = serde_json::to_writer(&mut piece, &record) {
                unwritable = Some(e.to_string());
                return ControlFlow::Break(());
            }
            if piece.len() >= PIECE
                && !writer.push(std::mem::replace(
                    &mut piece,
                    Vec::with_capacity(PIECE + ROOM),
                ))
            {
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        };
        let outcome = list(&state.store, &actor, &mut sink).await;
        let outcome = match unwritable {
            Some(reason) => Err(epic_domain::Error::Internal(format!(
                "a record would not serialise: {reason}"
            ))),
            None => outcome,
        };
        match outcome {
            Ok(()) => {
                piece.extend_from_slice(if rows == 0 { b"[]" } else { b"]" });
                writer.push(piece);
                writer.end(End::Whole);
            }
            Err(err) => {
                if writer.has_begun() {
                    eprintln!("epic serve: a list stopped after {rows} row(s): {err}");
                    writer.end(End::Cut);
                } else {
                    writer.end(End::Failed(Failure::from(err)));
                }
            }
        }
    };
    if blocks {
        let runtime = tokio::runtime::Handle::current();
        tokio::task::spawn_blocking(move || runtime.block_on(listing));
    } else {
        tokio::spawn(listing);
    }
    let slot = match spool.begun().await {
        Err(failure) => return failure.into_response(),
        Ok(Length::Small) => None,
        Ok(Length::Long) => match slots.take(employee) {
            Ok(slot) => Some(slot),
            Err(busy) => {
                spool.lock().reader_gone = true;
                return busy.into_response();
            }
        },
    };
    let reader = Reader { spool, _slot: slot };
    let body = Body::from_stream(stream::unfold(reader, |reader| async move {
        let piece = reader.spool.next().await?;
        Some((piece, reader))
    }));
    let mut response = (StatusCode::OK, body).into_response();
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

#[derive(Debug)]
enum End {
    Whole,
    /// Failed after rows were sent: the client must see a cut list.
    Cut,
    /// Failed before any row: an error answer.
    Failed(Failure),
}

#[derive(Debug, Default)]
struct Spool {
    state: Mutex<Spooled>,
    /// Wakes the one reader when a piece or the end arrives.
    ready: Notify,
}

/// What a list turned out to be once it began.
enum Length {
    /// Whole, and within `SMALL` bytes.
    Small,
    Long,
}

#[derive(Debug, Default)]
struct Spooled {
    /// Pieces with what each holds allocated, which may exceed its length.
    memory: VecDeque<(Bytes, usize)>,
    in_memory: usize,
    /// Every byte pushed so far.
    pushed: usize,
    /// Once a list outgrows memory, every later piece goes here, in order.
    file: Option<File>,
    written: u64,
    read: u64,
    begun: bool,
    end: Option<End>,
    reader_gone: bool,
}

impl Spool {
    fn lock(&self) -> std::sync::MutexGuard<'_, Spooled> {
        // A panic while holding it leaves plain data, still consistent.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Keeps `piece` for the reader; false when nobody will read it.
    fn push(&self, piece: Vec<u8>) -> bool {
        let mut s = self.lock();
        if s.reader_gone {
            return false;
        }
        s.begun = true;
        s.pushed += piece.len();
        if s.file.is_none() && s.in_memory + piece.capacity() <= IN_MEMORY {
            let held = piece.capacity();
            s.in_memory += held;
            s.memory.push_back((Bytes::from(piece), held));
        } else {
            if s.file.is_none() {
                match tempfile::tempfile() {
                    Ok(file) => s.file = Some(file),
                    Err(e) => return self.spill_failed(s, &e),
                }
            }
            let at = s.written;
            let written = s.file.as_ref().map(|file| write_at(file, &piece, at));
            if let Some(Err(e)) = written {
                return self.spill_failed(s, &e);
            }
            s.written += piece.len() as u64;
        }
        drop(s);
        self.ready.notify_one();
        true
    }

    fn spill_failed(&self, mut s: std::sync::MutexGuard<'_, Spooled>, e: &std::io::Error) -> bool {
        eprintln!("epic serve: a list could not be spooled: {e}");
        s.end = Some(End::Cut);
        drop(s);
        self.ready.notify_one();
        false
    }

    fn has_begun(&self) -> bool {
        self.lock().begun
    }

    fn end(&self, end: End) {
        let mut s = self.lock();
        if s.end.is_none() {
            s.end = Some(end);
        }
        drop(s);
        self.ready.notify_one();
    }

    /// Waits for the whole list, or for more than `SMALL` bytes of it: an
    /// error before any row is the answer itself.
    async fn begun(&self) -> Result<Length, Failure> {
        loop {
            {
                let mut s = self.lock();
                if s.pushed > SMALL {
                    return Ok(Length::Long);
                }
                if s.begun && matches!(s.end, Some(End::Whole)) {
                    return Ok(Length::Small);
                }
                if s.begun && s.end.is_some() {
                    // Cut within its first bytes: sent as far as it went.
                    return Ok(Length::Long);
                }
                match s.end.take() {
                    Some(End::Failed(failure)) => return Err(failure),
                    Some(other) => {
                        s.end = Some(other);
                        return Err(Failure::from(epic_domain::Error::Internal(
                            "a list ended before it began".into(),
                        )));
                    }
                    None => {}
                }
            }
            self.ready.notified().await;
        }
    }

    /// The next piece; `None` at the end of a whole list, an error for a
    /// cut one (the body then ends without its chunked terminator).
    async fn next(&self) -> Option<std::io::Result<Bytes>> {
        loop {
            {
                let mut s = self.lock();
                if let Some((piece, held)) = s.memory.pop_front() {
                    s.in_memory -= held;
                    return Some(Ok(piece));
                }
                if s.read < s.written {
                    let want = usize::try_from(s.written - s.read).map_or(PIECE, |n| n.min(PIECE));
                    let mut buf = vec![0; want];
                    let read = match s.file.as_ref() {
                        Some(file) => read_at(file, &mut buf, s.read),
                        None => Ok(0),
                    };
                    return match read {
                        Ok(0) | Err(_) => {
                            Some(Err(std::io::Error::other("the spool is unreadable")))
                        }
                        Ok(n) => {
                            buf.truncate(n);
                            s.read += n as u64;
                            Some(Ok(Bytes::from(buf)))
                        }
                    };
                }
                match &s.end {
                    Some(End::Whole) => return None,
                    Some(_) => return Some(Err(std::io::Error::other("the list was cut"))),
                    None => {}
                }
            }
            self.ready.notified().await;
        }
    }
}

/// The body's side of a spool: dropping it (sent, cut, or the client
/// gone) stops the listing if it still runs and frees the place.
struct Reader {
    spool: Arc<Spool>,
    _slot: Option<Slot>,
}

impl Drop for Reader {
    fn drop(&mut self) {
        self.spool.lock().reader_gone = true;
    }
}

#[cfg(unix)]
fn write_at(file: &File, bytes: &[u8], at: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, at)
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> std::io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, at)
}

#[cfg(windows)]
fn write_at(file: &File, mut bytes: &[u8], mut at: u64) -> std::io::Result<()> {
    while !bytes.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_write(file, bytes, at)?;
        bytes = &bytes[n..];
        at += n as u64;
    }
    Ok(())
}

#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> std::io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, at)
}
