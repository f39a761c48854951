//! Everything a caller can make the server hold, and for how long. The
//! defaults are SPEC §14's; `epic serve` takes the ones an operator may
//! want to change as flags.

use std::time::Duration;

/// The bounds one server keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Connections open at once; more wait in the listen queue.
    pub connections: usize,
    /// From a connection's first byte (or its opening) to a whole request
    /// header.
    pub header_read: Duration,
    /// A connection with no request in flight is closed after this long.
    pub idle: Duration,
    /// A response the client does not take for this long is cut.
    pub stall: Duration,
    /// After SIGTERM, requests in flight get this long to finish.
    pub drain: Duration,
    /// Lists being sent at once, per employee and in all.
    pub streams_per_employee: usize,
    pub streams: usize,
    /// Imports being written at once, per employee and in all.
    pub imports_per_employee: usize,
    pub imports: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            connections: 1024,
            header_read: Duration::from_secs(10),
            idle: Duration::from_secs(60),
            stall: Duration::from_secs(30),
            drain: Duration::from_secs(30),
            streams_per_employee: 4,
            streams: 64,
            imports_per_employee: 1,
            imports: 4,
        }
    }
}

impl Limits {
    /// How often each connection's clock is read: often enough to cut on
    /// time, rarely enough to cost nothing with a thousand connections.
    pub(crate) fn tick(&self) -> Duration {
        (self.header_read.min(self.stall) / 10)
            .clamp(Duration::from_millis(20), Duration::from_secs(1))
    }
}
