//! `epic serve --tls-cert/--tls-key`: HTTPS checked against the trust
//! store plus the company CA given with `--ca`, and a renewed certificate
//! taken on SIGHUP without a restart. Certificates are made for each test
//! with the `openssl` command.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use epic_tests::{ADA, Epic, Server, TestDb, pki};

fn whoami(base: &str, ca: Option<&Path>, token: &str) -> epic_tests::Run {
    let mut args = vec!["--server", base];
    if let Some(ca) = ca {
        args.extend(["--ca", ca.to_str().unwrap()]);
    }
    args.push("whoami");
    Epic::at("").env("EPIC_TOKEN", token).run(&args)
}

#[test]
fn https_with_the_company_ca_and_a_certificate_renewed_on_sighup() {
    let dir = tempfile::tempdir().unwrap();
    let first = pki(dir.path(), "first");
    let second = pki(dir.path(), "second");
    // The files the server reads, replaced on renewal.
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::copy(&first.cert, &cert).unwrap();
    std::fs::copy(&first.key, &key).unwrap();

    let db = TestDb::new();
    let token = Epic::company(&db).token(ADA);
    let server = Server::start_with(
        &db.url,
        &[
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
    );
    assert!(
        server.base.starts_with("https://127.0.0.1:"),
        "{}",
        server.base
    );
    let base = server.base.replace("127.0.0.1", "localhost");

    let run = whoami(&base, Some(&first.ca), &token).ok();
    assert!(run.stdout.contains(ADA), "{}", run.stdout);
    // Not in the trust store, and not the CA given: refused, exit 8.
    let run = whoami(&base, None, &token).code(8);
    assert!(
        run.stderr.to_lowercase().contains("certificate"),
        "{}",
        run.stderr
    );
    whoami(&base, Some(&second.ca), &token).code(8);

    std::fs::copy(&second.cert, &cert).unwrap();
    std::fs::copy(&second.key, &key).unwrap();
    server.hang_up();
    let started = Instant::now();
    while whoami(&base, Some(&second.ca), &token).code != 0 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the renewed certificate was not taken"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    whoami(&base, Some(&first.ca), &token).code(8);
    let (status, log) = server.stop();
    assert!(status.success(), "{log}");
    assert!(log.contains("certificate reloaded"), "{log}");
}

#[test]
fn a_server_with_an_unusable_certificate_does_not_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::new();
    Epic::company(&db);
    let missing = dir.path().join("missing.pem");
    let missing = missing.to_str().unwrap();
    let run = Epic::new(&db)
        .run(&[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            missing,
            "--tls-key",
            missing,
        ])
        .code(2);
    assert!(run.stderr.contains("missing.pem"), "{}", run.stderr);
    let run = Epic::new(&db)
        .run(&["serve", "--listen", "127.0.0.1:0", "--tls-cert", missing])
        .code(2);
    assert!(run.stderr.contains("--tls-key"), "{}", run.stderr);
}
