//! `measure-peak REPORT PROGRAM [ARG…]`: runs PROGRAM on this process's
//! standard streams, writes its peak resident size in KiB to REPORT, and
//! exits with its exit code. The suite's own `/usr/bin/time -f %M`: the only
//! child of this process is the program, so the peak is the program's.

#![allow(clippy::unwrap_used)]

use std::process::{Command, ExitCode};

use nix::sys::resource::{UsageWho, getrusage};

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let report = args
        .next()
        .expect("usage: measure-peak REPORT PROGRAM [ARG…]");
    let program = args
        .next()
        .expect("usage: measure-peak REPORT PROGRAM [ARG…]");
    let status = Command::new(program).args(args).status().unwrap();
    let peak_kib = getrusage(UsageWho::RUSAGE_CHILDREN).unwrap().max_rss();
    std::fs::write(report, peak_kib.to_string()).unwrap();
    let code = status
        .code()
        .and_then(|c| u8::try_from(c).ok())
        .unwrap_or(1);
    ExitCode::from(code)
}
