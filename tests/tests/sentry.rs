//! Unexpected errors reach Sentry, scrubbed, through the real binary.

// Test helpers panic on purpose: a failed step is a failed test.
#![allow(clippy::unwrap_used)]

use std::net::TcpListener;
use std::time::Duration;

use epic_tests::{Epic, PASSWORD, TestDb, block_on, execute, fake_sentry};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};

#[test]
fn an_unexpected_error_is_reported_without_secrets() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let email = "ada@epicevents.fr";
    epic.init(email).ok();
    let token = epic.token(email);
    // A broken signing secret is something no user can cause: a bug or tampering.
    block_on(execute(
        &db,
        &Query::update()
            .table(Alias::new("settings"))
            .value(Alias::new("value"), "not hex at all")
            .and_where(Expr::col(Alias::new("key")).eq("jwt_secret"))
            .to_owned(),
    ));
    let (port, bodies) = fake_sentry();
    let dsn = format!("http://publickey@127.0.0.1:{port}/1");
    let run = epic.run_full(
        &["whoami"],
        "",
        &[("SENTRY_DSN", &dsn), ("EPIC_TOKEN", &token)],
    );
    let run = run.code(1);
    assert!(run.stderr.contains("signing secret"), "{}", run.stderr);

    let envelope = bodies
        .recv_timeout(Duration::from_secs(10))
        .expect("an envelope reached the DSN");
    assert!(envelope.contains("signing secret"), "{envelope}");
    assert!(!envelope.contains(&token), "the token leaked: {envelope}");
    assert!(!envelope.contains(PASSWORD), "the password leaked");
    assert!(!envelope.contains(email), "the email leaked");
}

#[test]
fn without_a_dsn_nothing_is_sent() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let (_port, bodies) = fake_sentry();
    epic.run(&["whoami"]).code(8);
    assert!(bodies.recv_timeout(Duration::from_millis(300)).is_err());
}

#[test]
fn a_signature_is_an_info_event_with_ids_only() {
    let (template, company) = epic_tests::Company::build();
    let db = TestDb::copy_of(&template);
    let epic = Epic::new(&db);
    let bill = company.sales.email.to_string();
    let token = epic.token(&bill);
    let (port, bodies) = fake_sentry();
    let dsn = format!("http://publickey@127.0.0.1:{port}/1");
    let contract = company.unsigned_contract.to_string();
    epic.run_full(
        &["contract", "sign", &contract],
        "",
        &[("SENTRY_DSN", &dsn), ("EPIC_TOKEN", &token)],
    )
    .ok();
    let envelope = bodies
        .recv_timeout(Duration::from_secs(10))
        .expect("an envelope reached the DSN");
    assert!(envelope.contains("contract signed"), "{envelope}");
    assert!(
        envelope.contains(&format!("\"contract_id\":{contract}")),
        "{envelope}"
    );
    assert!(envelope.contains("\"department\":\"sales\""), "{envelope}");
    for secret in [bill.as_str(), "Bill Boquet", "John Ouick", token.as_str()] {
        assert!(!envelope.contains(secret), "{secret} leaked: {envelope}");
    }
}

/// Accepts connections on 127.0.0.1 and never answers, for at most a minute.
fn silent_sentry() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    listener.set_nonblocking(true).expect("nonblocking");
    std::thread::spawn(move || {
        let mut held = Vec::new();
        let until = std::time::Instant::now() + Duration::from_secs(60);
        while std::time::Instant::now() < until {
            if let Ok((stream, _)) = listener.accept() {
                held.push(stream);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    port
}

#[test]
fn a_sentry_that_never_answers_does_not_hold_up_the_command() {
    let (template, company) = epic_tests::Company::build();
    let db = TestDb::copy_of(&template);
    let token = Epic::new(&db).token(&company.sales.email.to_string());
    let dsn = format!("http://publickey@127.0.0.1:{}/1", silent_sentry());
    let contract = company.unsigned_contract.to_string();
    let epic = Epic::new(&db)
        .env("SENTRY_DSN", &dsn)
        .env("EPIC_TOKEN", &token);
    let started = std::time::Instant::now();
    let mut child = epic
        .command(&["contract", "sign", &contract])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("epic still waits for Sentry after 30 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    let shown = Epic::new(&db)
        .env("EPIC_TOKEN", &token)
        .run(&["contract", "show", &contract, "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["signed"], true, "{shown}");
}

#[test]
fn an_invalid_dsn_warns_and_the_command_still_runs() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    let token = epic.token(epic_tests::ADA);
    for dsn in ["not a dsn", "http://127.0.0.1/", "https://@:0/x"] {
        let run = epic
            .run_full(
                &["whoami"],
                "",
                &[("SENTRY_DSN", dsn), ("EPIC_TOKEN", &token)],
            )
            .ok();
        assert_eq!(
            run.stderr.matches("SENTRY_DSN").count(),
            1,
            "{}",
            run.stderr
        );
    }
}
