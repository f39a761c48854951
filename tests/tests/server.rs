//! `epic serve` on a free loopback port: the same use cases over HTTP, the
//! error body and its codes, tokens, and an access log that holds no
//! secrets or personal data.

use chrono::Utc;
use epic_domain::crm::{self, ListClients, ListEvents, push_into};
use epic_tests::{Company, PASSWORD, Server, TestDb, block_on};
use serde_json::{Value, json};

fn login(server: &Server, email: &str) -> String {
    let answer = server.post(
        "/api/v1/sessions",
        &json!({"email": email, "password": PASSWORD}),
    );
    assert_eq!(answer.status, 201, "{}", answer.body);
    answer.json()["token"].as_str().expect("a token").to_owned()
}

fn error_code(answer: &epic_tests::Answer) -> String {
    answer.json()["error"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn health_and_version_on_every_answer() {
    let (db, _) = Company::build();
    let server = Server::start(&db);
    for path in ["/healthz", "/readyz", "/api/v1/clients", "/nowhere"] {
        let answer = server.get(path, None);
        assert_eq!(
            answer.version.as_deref(),
            Some(epic_api::API_VERSION),
            "{path}"
        );
    }
    assert_eq!(server.get("/healthz", None).json()["status"], "ok");
    assert_eq!(server.get("/readyz", None).json()["status"], "ready");
    let (status, _) = server.stop();
    assert!(
        status.success(),
        "SIGTERM ends the server cleanly: {status}"
    );
}

#[test]
fn lists_through_the_server_equal_the_use_case() {
    let (db, company) = Company::build();
    let server = Server::start(&db);
    let sales = login(&server, company.sales.email.as_str());
    let support = login(&server, company.support.email.as_str());
    let direct = |actor: &epic_domain::employee::Employee, request: ListEvents| -> Value {
        block_on(async {
            let mut all = Vec::new();
            let store = db.store().await;
            crm::list_events(
                &store,
                actor,
                &request,
                Utc::now(),
                &mut push_into(&mut all),
            )
            .await
            .expect("events");
            serde_json::to_value(all).expect("JSON")
        })
    };
    let mine = ListEvents {
        mine: true,
        ..ListEvents::default()
    };
    assert_eq!(
        server
            .get("/api/v1/events?mine=true", Some(&support))
            .json(),
        direct(&company.support, mine.clone())
    );
    assert_eq!(
        server.get("/api/v1/events?mine=true", Some(&sales)).json(),
        direct(&company.sales, mine)
    );
    let no_support = server.get("/api/v1/events?no_support=true", Some(&sales));
    assert_eq!(
        no_support.json(),
        direct(
            &company.sales,
            ListEvents {
                no_support: true,
                ..ListEvents::default()
            }
        )
    );
    let clients = block_on(async {
        let mut all = Vec::new();
        let store = db.store().await;
        let request = ListClients {
            sales: Some(company.other_sales.id),
            ..ListClients::default()
        };
        crm::list_clients(&store, &company.sales, &request, &mut push_into(&mut all))
            .await
            .expect("clients");
        serde_json::to_value(all).expect("JSON")
    });
    let path = format!("/api/v1/clients?sales={}", company.other_sales.id);
    assert_eq!(server.get(&path, Some(&sales)).json(), clients);
    let one = server.get(&format!("/api/v1/clients/{}", company.client), Some(&sales));
    assert_eq!(one.status, 200);
    assert_eq!(one.json()["id"], company.client);
}

#[test]
fn refusals_have_the_status_and_code_of_the_spec() {
    let (db, company) = Company::build();
    let server = Server::start(&db);
    let sales = login(&server, company.sales.email.as_str());
    let cases: [(&str, Option<&str>, u16, &str); 6] = [
        ("/api/v1/clients", None, 401, "unauthenticated"),
        (
            "/api/v1/clients",
            Some("not-a-token"),
            401,
            "unauthenticated",
        ),
        ("/api/v1/employees", Some(&sales), 403, "forbidden"),
        ("/api/v1/clients/999999", Some(&sales), 404, "not_found"),
        ("/api/v1/clients/abc", Some(&sales), 400, "bad_request"),
        (
            "/api/v1/events?from=yesterday",
            Some(&sales),
            400,
            "bad_request",
        ),
    ];
    for (path, token, status, code) in cases {
        let answer = server.get(path, token);
        assert_eq!(answer.status, status, "{path}: {}", answer.body);
        assert_eq!(error_code(&answer), code, "{path}");
    }
    let wrong = server.post(
        "/api/v1/sessions",
        &json!({"email": company.sales.email.as_str(), "password": "wrong"}),
    );
    assert_eq!(
        (wrong.status, error_code(&wrong)),
        (401, "unauthenticated".into())
    );
}

#[test]
fn logout_ends_the_session_at_once() {
    let (db, company) = Company::build();
    let server = Server::start(&db);
    let token = login(&server, company.support.email.as_str());
    let me = server.get("/api/v1/me", Some(&token));
    assert_eq!(me.json()["email"], company.support.email.as_str());
    assert_eq!(
        server.delete("/api/v1/sessions/current", &token).status,
        204
    );
    assert_eq!(server.get("/api/v1/me", Some(&token)).status, 401);
}

#[test]
fn the_access_log_names_routes_and_employees_never_secrets_or_people() {
    let (db, company) = Company::build();
    let server = Server::start(&db);
    let token = login(&server, company.sales.email.as_str());
    let path = format!("/api/v1/clients/{}", company.client);
    assert_eq!(server.get(&path, Some(&token)).status, 200);
    let _ = server.get("/api/v1/clients?search=Ouick", Some(&token));
    let (_, log) = server.stop();
    assert!(log.contains("GET /api/v1/clients/{id} 200"), "{log}");
    assert!(
        log.contains(&format!("employee={}", company.sales.id)),
        "{log}"
    );
    for secret in [
        token.as_str(),
        PASSWORD,
        company.sales.email.as_str(),
        "Ouick",
        "john.ouick",
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}

#[test]
fn a_long_list_streams_whole() {
    let db = TestDb::new();
    let (db, company) = Company::build_in(db);
    // Enough events that the body goes out in several pieces.
    block_on(async {
        let store = db.store().await;
        for n in 0..400 {
            let fields = crm::EventFields {
                name: Some(format!("Gala {n} {}", "x".repeat(100))),
                start: Some("2030-01-01T18:00:00Z".into()),
                end: Some("2030-01-01T23:00:00Z".into()),
                location: Some("Paris".into()),
                attendees: Some("10".into()),
                notes: Some("n".repeat(200)),
            };
            let request = crm::CreateEvent::parse(
                epic_domain::types::ContractId(company.free_contract),
                &fields,
                &epic_tests::utc_here(),
            )
            .expect("event");
            crm::create_event(&store, &company.sales, request, Utc::now())
                .await
                .expect("created");
        }
    });
    let server = Server::start(&db);
    let token = login(&server, company.manager.email.as_str());
    let answer = server.get("/api/v1/events", Some(&token));
    assert_eq!(answer.status, 200);
    assert!(
        answer.body.len() > 100 * 1024,
        "{} bytes",
        answer.body.len()
    );
    let events = answer.json();
    assert_eq!(events.as_array().map(Vec::len), Some(403));
}

#[test]
fn writes_go_through_the_use_cases_with_versions_and_refusals() {
    let (db, company) = Company::build();
    let server = Server::start(&db);
    let sales = login(&server, company.sales.email.as_str());
    let support = login(&server, company.support.email.as_str());
    let new = json!({"full_name": "Nina Casey", "email": "nina@startup.io", "phone": null, "company_name": null});
    let before = db.count_rows("clients");
    let refused = server.send("POST", "/api/v1/clients", &support, None, &new);
    assert_eq!(
        (refused.status, error_code(&refused)),
        (403, "forbidden".into())
    );
    assert_eq!(db.count_rows("clients"), before, "a refusal writes nothing");
    let bad =
        json!({"full_name": "Kevin", "email": "not an email", "phone": null, "company_name": null});
    let invalid = server.send("POST", "/api/v1/clients", &sales, None, &bad);
    assert_eq!(
        (invalid.status, error_code(&invalid)),
        (422, "invalid".into())
    );
    let created = server.send("POST", "/api/v1/clients", &sales, None, &new);
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.json()["id"].as_i64().expect("an id");
    let path = format!("/api/v1/clients/{id}");
    let change = json!({"phone": "+33 6 12 34 56 78"});
    let stale = server.send("PATCH", &path, &sales, Some("\"7\""), &change);
    assert_eq!(
        (stale.status, error_code(&stale)),
        (412, "precondition_failed".into())
    );
    let updated = server.send("PATCH", &path, &sales, Some("\"0\""), &change);
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_eq!(updated.json()["phone"], "+33 6 12 34 56 78");
    assert_eq!(updated.json()["version"], 1);
    let cleared = server.send("PATCH", &path, &sales, None, &json!({"phone": null}));
    assert_eq!(cleared.json()["phone"], Value::Null);
    let pay = format!("/api/v1/contracts/{}/payments", company.contract);
    let zero = server.send("POST", &pay, &sales, None, &json!({"amount": "0"}));
    assert_eq!((zero.status, error_code(&zero)), (422, "invalid".into()));
    let paid = server.send("POST", &pay, &sales, None, &json!({"amount": "100.50"}));
    assert_eq!(paid.status, 200, "{}", paid.body);
    assert_eq!(paid.json()["amount_due"], "899.50");
}

/// On top of the account lock-out, one server refuses a burst of login
/// attempts for one account with 429 and a wait, which `epic login` shows
/// as exit 4 with the wait.
#[test]
fn a_burst_of_logins_is_throttled_with_a_wait() {
    let (db, company) = Company::build();
    let server = Server::start(&db);
    let email = company.support.email.as_str();
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let answer = server.post(
            "/api/v1/sessions",
            &json!({"email": email, "password": "not the password"}),
        );
        statuses.push(answer.status);
    }
    assert_eq!(statuses[..10], [401; 10]);
    assert_eq!(statuses[10..], [429, 429], "{statuses:?}");
    let run = epic_tests::Epic::through(&server.base)
        .run_with_stdin(
            &[
                "login",
                "--email",
                email,
                "--password-stdin",
                "--print-token",
            ],
            &format!("{PASSWORD}\n"),
        )
        .code(4);
    assert!(run.stderr.contains("try again in"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

/// A body above the limit is refused before it is read.
#[test]
fn a_body_above_the_limit_is_413() {
    use std::io::{Read, Write};
    let (db, _) = Company::build();
    let server = Server::start(&db);
    let address = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .expect("timeout");
    let length = 65 * 1024 * 1024;
    write!(
        stream,
        "POST /api/v1/clients/import HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\ncontent-length: {length}\r\n\r\n{{"
    )
    .expect("send");
    let mut answer = [0_u8; 4096];
    let read = stream.read(&mut answer).expect("an answer");
    let answer = String::from_utf8_lossy(&answer[..read]).to_lowercase();
    assert!(answer.starts_with("http/1.1 413"), "{answer}");
    assert!(answer.contains(epic_api::VERSION_HEADER), "{answer}");
}

/// Only `/healthz` and `/readyz` answer without a token, and every error
/// answer, an unknown route's or method's too, has the error shape.
#[test]
fn only_health_is_anonymous_and_every_error_has_the_error_shape() {
    let (db, company) = Company::build();
    let server = Server::start(&db);
    let token = login(&server, company.support.email.as_str());
    for path in ["/healthz", "/readyz"] {
        assert_eq!(server.get(path, None).status, 200, "{path}");
    }
    for path in [
        epic_api::paths::SCHEMA,
        epic_api::paths::OPENAPI,
        "/api/v1/clients",
    ] {
        let answer = server.get(path, None);
        assert_eq!(
            (answer.status, error_code(&answer)),
            (401, "unauthenticated".into()),
            "{path}"
        );
    }
    assert_eq!(
        server.get(epic_api::paths::SCHEMA, Some(&token)).status,
        200
    );
    let unknown = server.get("/api/v1/nothing-here", Some(&token));
    assert_eq!(
        (unknown.status, error_code(&unknown)),
        (404, "not_found".into())
    );
    let anonymous_unknown = server.get("/nothing", None);
    assert_eq!(anonymous_unknown.status, 404);
    assert_eq!(error_code(&anonymous_unknown), "not_found");
    let wrong_method = server.delete("/api/v1/clients", &token);
    assert_eq!(
        (wrong_method.status, error_code(&wrong_method)),
        (405, "method_not_allowed".into())
    );
    assert_eq!(wrong_method.version.as_deref(), Some(epic_api::API_VERSION));
}

/// The JSON API holds to the command line's rules: a field the body does
/// not have is refused by name, and a time keeps to the years of typed ones.
#[test]
fn bodies_keep_to_the_rules_of_the_command_line() {
    let (db, company) = Company::build();
    let server = Server::start(&db);
    let sales = login(&server, company.sales.email.as_str());
    let before = db.count_rows("clients");
    let typo = json!({"full_name": "Nina Casey", "email": "nina@startup.io", "phone": null, "company_name": null, "compagny": "Typo"});
    let refused = server.send("POST", "/api/v1/clients", &sales, None, &typo);
    assert_eq!(
        (refused.status, error_code(&refused)),
        (422, "invalid".into()),
        "{}",
        refused.body
    );
    assert_eq!(refused.json()["error"]["field"], "compagny");
    assert_eq!(db.count_rows("clients"), before);
    let event = json!({
        "contract": company.contract,
        "name": "Gala",
        "start": "0000-06-12T14:00:00Z",
        "end": "2027-06-12T23:00:00Z",
        "location": "Lyon",
        "attendees": 10,
        "notes": "",
    });
    let events = db.count_rows("events");
    let ancient = server.send("POST", "/api/v1/events", &sales, None, &event);
    assert_eq!(
        (ancient.status, error_code(&ancient)),
        (422, "invalid".into()),
        "{}",
        ancient.body
    );
    assert!(ancient.body.contains("start"), "{}", ancient.body);
    assert_eq!(db.count_rows("events"), events);
    let login_typo = server.post(
        "/api/v1/sessions",
        &json!({"email": company.sales.email.as_str(), "password": PASSWORD, "remember": true}),
    );
    assert_eq!(login_typo.status, 422, "{}", login_typo.body);
}
