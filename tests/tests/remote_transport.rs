//! How remote mode travels: never a secret over plain HTTP to another
//! machine, a server that is down or of another API version is exit 8
//! within 10 seconds, and the settings that choose a server are checked.

#![allow(clippy::unwrap_used)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use epic_tests::{ADA, Epic, Server, TestDb};

/// A loopback port that answers every connection with `response`, or
/// never answers when it is `None`; it stops after `connections`.
fn fake_server(response: Option<&'static str>, connections: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().take(connections) {
            let Ok(mut stream) = stream else { break };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
            let mut request = [0_u8; 4096];
            let _ = stream.read(&mut request);
            match response {
                Some(text) => {
                    let _ = stream.write_all(text.replace('\n', "\r\n").as_bytes());
                }
                // Silent: kept open until the thread ends.
                None => held.push(stream),
            }
        }
        std::thread::sleep(Duration::from_secs(20));
    });
    base
}

fn whoami_at(base: &str) -> (epic_tests::Run, Duration) {
    let started = Instant::now();
    let run = Epic::through(base)
        .env("EPIC_TOKEN", "a.token.here")
        .run(&["whoami"]);
    (run, started.elapsed())
}

#[test]
fn plain_http_to_another_machine_is_refused_before_any_connection() {
    let epic = Epic::through("http://10.255.255.1:3742");
    let started = Instant::now();
    let run = epic
        .run_with_stdin(
            &["login", "--email", ADA, "--password-stdin", "--print-token"],
            "a password\n",
        )
        .code(2);
    // Connecting to that address would take the whole connect timeout.
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(run.stderr.contains("plain http://"), "{}", run.stderr);
    assert!(run.stderr.contains("https://"), "{}", run.stderr);
    for refused in ["http://crm.example.com", "ftp://127.0.0.1", "not a url"] {
        let run = Epic::through(refused).run(&["whoami"]).code(2);
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn a_server_and_a_database_at_one_level_is_a_usage_error() {
    let db = TestDb::new();
    let both = Epic::at(&db.url).env("EPIC_SERVER", "http://127.0.0.1:9");
    let run = both.run(&["client", "list"]).code(2);
    assert!(run.stderr.contains("EPIC_SERVER"), "{}", run.stderr);
    let run = Epic::at("")
        .run(&[
            "--server",
            "http://127.0.0.1:9",
            "--database-url",
            &db.url,
            "client",
            "list",
        ])
        .code(2);
    assert!(run.stderr.contains("--database-url"), "{}", run.stderr);
    // A flag beats the environment: --database-url over EPIC_SERVER.
    Epic::at("")
        .env("EPIC_SERVER", "http://127.0.0.1:9")
        .run(&["--database-url", &db.url, "db", "status"])
        .code(8);
}

#[test]
fn database_commands_refuse_a_server() {
    let server = Epic::through("http://127.0.0.1:9");
    for args in [
        &["init", "--name", "Ada", "--email", ADA, "--password-stdin"][..],
        &["db", "migrate"],
        &["demo"],
        &["serve"],
    ] {
        let run = server.run_with_stdin(args, "a long passphrase\n").code(2);
        assert!(
            run.stderr.contains("database itself"),
            "`epic {}`: {}",
            args.join(" "),
            run.stderr
        );
    }
}

#[test]
fn a_server_that_is_down_is_exit_8_at_once() {
    // A port that was just free: nothing listens there.
    let base = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let (run, took) = whoami_at(&base);
    assert_eq!(run.code, 8, "{}", run.stderr);
    assert!(took < Duration::from_secs(10));
    assert!(run.stderr.contains(&base), "{}", run.stderr);
}

#[test]
fn a_server_that_never_answers_is_exit_8_within_10_seconds() {
    let base = fake_server(None, 2);
    let (run, took) = whoami_at(&base);
    assert_eq!(run.code, 8, "{}", run.stderr);
    assert!(took < Duration::from_secs(12), "took {took:?}");
}

#[test]
fn a_failing_server_or_proxy_is_exit_8() {
    let base = fake_server(
        Some("HTTP/1.1 502 Bad Gateway\ncontent-length: 0\nconnection: close\n\n"),
        2,
    );
    let (run, _) = whoami_at(&base);
    assert_eq!(run.code, 8, "{}", run.stderr);
    assert!(run.stderr.contains("502"), "{}", run.stderr);
}

#[test]
fn a_server_of_another_major_version_is_exit_8_naming_both() {
    let base = fake_server(
        Some(
            "HTTP/1.1 200 OK\nepic-api-version: 2.0\ncontent-type: application/json\ncontent-length: 2\nconnection: close\n\n{}",
        ),
        2,
    );
    let (run, _) = whoami_at(&base);
    assert_eq!(run.code, 8, "{}", run.stderr);
    assert!(
        run.stderr.contains("2.0") && run.stderr.contains(epic_api::API_VERSION),
        "{}",
        run.stderr
    );
}

#[test]
fn tokens_are_kept_per_server() {
    let db = TestDb::new();
    let setup = Epic::company(&db);
    drop(setup);
    let first = Server::start(&db);
    let second = Server::start(&db);
    // One person, one HOME, two servers: logging out of one keeps the other.
    let person = Epic::at("");
    let at = |server: &Server, args: &[&str], stdin: &str| {
        person.run_full(
            &[&["--server", server.base.as_str()][..], args].concat(),
            stdin,
            &[],
        )
    };
    let login = [
        "login",
        "--email",
        ADA,
        "--password-stdin",
        "--insecure-storage",
    ];
    at(&first, &login, &format!("{}\n", epic_tests::PASSWORD)).ok();
    at(&second, &login, &format!("{}\n", epic_tests::PASSWORD)).ok();
    at(&first, &["logout"], "").ok();
    at(&first, &["whoami"], "").code(4);
    at(&second, &["whoami"], "").ok();
}
