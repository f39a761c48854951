//! SPEC §14 through a real `epic serve` on a free loopback port: a stalled
//! reader holds nobody up and is cut, a header that never ends is closed
//! (and does not hold up a stop), connections over the limit wait their
//! turn, lists and imports are capped per employee, and what an anonymous
//! caller sends is not kept.

#![allow(clippy::unwrap_used)]

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::{Duration, Instant};

use epic_bench::{load, shape::Shape};
use epic_tests::{ADA, Epic, Server, TestDb, block_on};
use serde_json::json;

/// The seeded support employee with five events of her own.
const FEW_SUPPORT: &str = "bench.support.0@epicevents.test";

/// A company whose event list is several times what the kernel buffers on
/// a loopback connection, so that a reader who stops really stalls it.
fn large_company() -> TestDb {
    let db = TestDb::new();
    Epic::company(&db);
    block_on(load::seed(&db.url, Shape::for_events(30_000))).unwrap();
    db
}

/// Sends `GET path` and reads no more than the answer's header.
fn stalled_get(server: &Server, path: &str, token: &str) -> (TcpStream, String) {
    let mut stream = TcpStream::connect(server.address()).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nhost: {}\r\nauthorization: Bearer {token}\r\n\r\n",
        server.address()
    )
    .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut head = Vec::new();
    let mut byte = [0_u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        assert_eq!(stream.read(&mut byte).unwrap(), 1, "the header ended early");
        head.push(byte[0]);
    }
    (stream, String::from_utf8_lossy(&head).into_owned())
}

/// Everything left on `stream` until the server closes it.
fn rest(stream: &mut TcpStream) -> Vec<u8> {
    let mut all = Vec::new();
    let mut buf = [0_u8; 64 * 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return all,
            Ok(n) => all.extend_from_slice(&buf[..n]),
        }
    }
}

#[test]
fn a_stalled_reader_holds_nobody_up_and_is_cut() {
    let db = large_company();
    let server = Server::start_with(&db.url, &["--stall-timeout", "3"]);
    let epic = Epic::new(&db);
    let ada = epic.token(ADA);
    let support = epic.token(FEW_SUPPORT);
    let mut stalled: Vec<TcpStream> = (0..3)
        .map(|_| {
            let (stream, head) = stalled_get(&server, "/api/v1/events", &ada);
            assert!(head.starts_with("HTTP/1.1 200"), "{head}");
            stream
        })
        .collect();

    // Someone else works as usual meanwhile, logins included.
    for _ in 0..20 {
        let started = Instant::now();
        let answer = server.get("/api/v1/events?mine=true", Some(&support));
        assert_eq!(answer.status, 200, "{}", answer.body);
        assert_eq!(answer.json().as_array().map(Vec::len), Some(5));
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
    }
    let login = epic.login_token(FEW_SUPPORT, epic_tests::PASSWORD);
    login.ok();

    // Past the stall time, each stalled list is cut: no closing `]`, no
    // last chunk, so no client can take it for a whole list.
    std::thread::sleep(Duration::from_secs(5));
    for stream in &mut stalled {
        let body = rest(stream);
        assert!(!body.is_empty());
        assert!(!body.ends_with(b"0\r\n\r\n"), "a cut list looks whole");
        assert!(!body.ends_with(b"]\r\n0\r\n\r\n"));
    }

    // The command line says so: exit 8, never a shorter list.
    let mut reader = Epic::through(&server.base)
        .env("EPIC_TOKEN", &ada)
        .command(&["event", "list", "-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Its output is not read, so it stops taking the list; three seconds
    // later the server cuts it. The margin covers a slow start on a busy
    // machine: read too early, the list would simply complete.
    std::thread::sleep(Duration::from_secs(10));
    let mut out = Vec::new();
    reader.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    let mut err = String::new();
    reader
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(reader.wait().unwrap().code(), Some(8), "{err}");
    assert!(!out.ends_with(b"]\n"), "a cut list printed as whole");
}

#[test]
fn lists_are_capped_per_employee_and_imports_at_the_row_limit() {
    let db = large_company();
    let server = Server::start(&db);
    let epic = Epic::new(&db);
    let ada = epic.token(ADA);
    let support = epic.token(FEW_SUPPORT);
    let mut held: Vec<TcpStream> = (0..4)
        .map(|_| stalled_get(&server, "/api/v1/events", &ada).0)
        .collect();
    let refused = server.get("/api/v1/clients", Some(&ada));
    assert_eq!(refused.status, 429, "{}", refused.body);
    assert_eq!(refused.json()["error"]["code"], "busy");
    let other = server.get("/api/v1/events?mine=true", Some(&support));
    assert_eq!(other.status, 200, "another employee is not held up");
    let small = server.get("/api/v1/employees", Some(&ada));
    assert_eq!(
        small.status, 200,
        "a small list takes no place: {}",
        small.body
    );
    let run = Epic::through(&server.base)
        .env("EPIC_TOKEN", &ada)
        .run(&["client", "list", "-o", "json"])
        .code(8);
    assert!(run.stderr.contains("at once"), "{}", run.stderr);

    // A list closed by its reader frees its place.
    drop(held.pop());
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let answer = server.get("/api/v1/clients", Some(&ada));
        if answer.status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "the place was never given back");
        std::thread::sleep(Duration::from_millis(100));
    }
    drop(held);

    // One row past the command line's limit is refused before any row is
    // kept or written.
    let rows: Vec<_> = (0..=epic_api::bodies::MAX_IMPORT_ROWS)
        .map(|n| json!({"number": n + 2, "cells": {"full_name": "A", "email": "a@b.fr"}}))
        .collect();
    let sales = epic.token("bench.sales.0@epicevents.test");
    let before = db.count_rows("clients");
    let answer = server.send(
        "POST",
        "/api/v1/clients/import",
        &sales,
        None,
        &json!({"dry_run": false, "rows": rows}),
    );
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer.body.contains("at most 200000 rows"),
        "{}",
        answer.body
    );
    assert_eq!(db.count_rows("clients"), before);
}

#[test]
fn a_header_that_never_ends_is_closed_and_holds_up_no_stop() {
    let db = TestDb::new();
    Epic::company(&db);
    let server = Server::start_with(&db.url, &["--header-timeout", "1"]);
    let silent = TcpStream::connect(server.address()).unwrap();
    let mut partial = TcpStream::connect(server.address()).unwrap();
    partial
        .write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\n")
        .unwrap();
    for mut stream in [silent, partial] {
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let started = Instant::now();
        let mut buf = [0_u8; 64];
        let read = stream.read(&mut buf);
        assert!(
            matches!(read, Ok(0))
                || matches!(&read, Err(e) if e.kind() == ErrorKind::ConnectionReset),
            "{read:?}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
    }

    // A client in the middle of a header does not keep the server from
    // stopping.
    let mut again = TcpStream::connect(server.address()).unwrap();
    again.write_all(b"GET /healthz HTTP/1.1\r\n").unwrap();
    let started = Instant::now();
    let (status, log) = server.stop();
    assert!(status.success(), "{log}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn connections_over_the_limit_wait_and_healthz_answers_when_they_close() {
    let db = TestDb::new();
    Epic::company(&db);
    let server = Server::start_with(&db.url, &["--max-connections", "3"]);
    let idle: Vec<TcpStream> = (0..3)
        .map(|_| TcpStream::connect(server.address()).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let mut waiting = TcpStream::connect(server.address()).unwrap();
    write!(waiting, "GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n").unwrap();
    waiting
        .set_read_timeout(Some(Duration::from_secs(1)))
        .unwrap();
    let mut buf = [0_u8; 256];
    let early = waiting.read(&mut buf);
    assert!(
        matches!(&early, Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut)),
        "answered over the limit: {early:?}"
    );
    drop(idle);
    waiting
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let read = waiting.read(&mut buf).unwrap();
    let answer = String::from_utf8_lossy(&buf[..read]);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

/// Peak resident memory of a process, in KiB.
fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
fn oversized_logins_leave_memory_flat() {
    let db = TestDb::new();
    Epic::company(&db);
    let server = Server::start(&db);
    // Each hashing thread keeps argon2's 19 MiB once it has hashed.
    for _ in 0..6 {
        let warm = server.post(
            "/api/v1/sessions",
            &json!({"email": ADA, "password": "not the password"}),
        );
        assert_eq!(warm.status, 401);
    }
    let before = peak_kib(server.pid());
    // Multi-megabyte e-mails are refused before they are read: the
    // server answers as soon as the body passes a login's size.
    for _ in 0..20 {
        let mut stream = TcpStream::connect(server.address()).unwrap();
        let length = 4 * 1024 * 1024;
        write!(
            stream,
            "POST /api/v1/sessions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {length}\r\n\r\n{{\"email\": \""
        )
        .unwrap();
        // The server may close before it all goes out.
        let _ = stream.write_all(&vec![b'a'; 256 * 1024]);
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let answer = String::from_utf8_lossy(&rest(&mut stream)).into_owned();
        assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    }
    // And what fits in a login body is not kept.
    for n in 0..300 {
        let email = format!("{n}{}@x.fr", "a".repeat(30 * 1024));
        let answer = server.post(
            "/api/v1/sessions",
            &json!({"email": email, "password": "not the password"}),
        );
        assert!(
            [401, 422, 429].contains(&answer.status),
            "{}",
            answer.status
        );
    }
    // At most one more hashing thread's working memory, and no e-mail.
    let grown = peak_kib(server.pid()).saturating_sub(before);
    assert!(grown < 24 * 1024, "peak memory grew by {grown} KiB");
}

/// A failed login for `email`, seen as coming from `forwarded` when given.
fn failed_login(server: &Server, email: &str, forwarded: Option<&str>) -> u16 {
    let headers: Vec<(&str, &str)> = forwarded
        .map(|f| vec![("x-forwarded-for", f)])
        .unwrap_or_default();
    server
        .post_with(
            "/api/v1/sessions",
            &json!({"email": email, "password": "not the password"}),
            &headers,
        )
        .status
}

#[test]
fn behind_a_trusted_proxy_each_client_has_its_own_allowance() {
    let db = TestDb::new();
    Epic::company(&db);
    let server = Server::start_with(&db.url, &["--trusted-proxy", "127.0.0.1"]);
    // Twenty failures from one client behind the proxy (each for another
    // account, so only the address counts)...
    for n in 0..20 {
        let status = failed_login(&server, &format!("x{n}@epicevents.fr"), Some("203.0.113.9"));
        assert_eq!(status, 401, "attempt {n}");
    }
    assert_eq!(
        failed_login(&server, "y@epicevents.fr", Some("203.0.113.9")),
        429
    );
    // ...block that client alone, not a colleague behind the same proxy.
    assert_eq!(
        failed_login(&server, "y@epicevents.fr", Some("203.0.113.10")),
        401
    );
    let colleague = Epic::through(&server.base).login_token(ADA, epic_tests::PASSWORD);
    colleague.ok();
}

#[test]
fn a_forwarded_header_from_anyone_else_is_ignored() {
    let db = TestDb::new();
    Epic::company(&db);
    let server = Server::start(&db);
    for n in 0..20 {
        let spoofed = format!("198.51.100.{n}");
        let status = failed_login(&server, &format!("x{n}@epicevents.fr"), Some(&spoofed));
        assert_eq!(status, 401, "attempt {n}");
    }
    assert_eq!(
        failed_login(&server, "y@epicevents.fr", Some("198.51.100.99")),
        429
    );
}

#[test]
fn successful_logins_cost_nothing_and_two_servers_count_together() {
    let db = TestDb::new();
    Epic::company(&db);
    let one = Server::start(&db);
    // Thirty good logins from one address: more than either allowance.
    for n in 0..30 {
        let answer = one.post(
            "/api/v1/sessions",
            &json!({"email": ADA, "password": epic_tests::PASSWORD}),
        );
        assert_eq!(answer.status, 201, "login {n}: {}", answer.body);
    }
    // An account's ten failures are counted by every server on the
    // database: the eleventh, on the other server, waits.
    let two = Server::start(&db);
    for n in 0..5 {
        assert_eq!(
            failed_login(&one, "bob@epicevents.fr", None),
            401,
            "attempt {n}"
        );
        assert_eq!(
            failed_login(&two, "bob@epicevents.fr", None),
            401,
            "attempt {n}"
        );
    }
    assert_eq!(failed_login(&two, "bob@epicevents.fr", None), 429);
    assert_eq!(failed_login(&one, "bob@epicevents.fr", None), 429);
}
