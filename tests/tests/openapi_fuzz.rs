//! The OpenAPI document, checked against the live server by a
//! property-based API fuzzer (schemathesis, installed by
//! `scripts/setup-test-env`): no 5xx, and every answer has a documented
//! status, content type and schema, for an anonymous caller and for each
//! department's token.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use epic_tests::{Company, Epic, Server};

/// How long one fuzzing run may take before the test fails.
const DEADLINE: Duration = Duration::from_secs(300);

fn schemathesis() -> PathBuf {
    let path = std::env::var_os("EPIC_SCHEMATHESIS").map_or_else(
        || {
            let cache = std::env::var_os("XDG_CACHE_HOME").map_or_else(
                || PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache"),
                PathBuf::from,
            );
            cache.join("epic/test-tools/venv/bin/st")
        },
        PathBuf::from,
    );
    assert!(
        path.exists(),
        "{} is missing: run scripts/setup-test-env (or set EPIC_SCHEMATHESIS)",
        path.display()
    );
    path
}

/// One fuzzing run as `who`, from the document as served to employees;
/// the output when it fails.
fn fuzz(st: &PathBuf, server: &Server, document: &str, token: Option<&str>) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, document).unwrap();
    let mut command = Command::new(st);
    command
        .current_dir(dir.path())
        .env("HOME", dir.path())
        .args([
            "run",
            &file.display().to_string(),
            "--url",
            &server.base,
            "--checks",
            "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            "25",
            "--seed",
            "20261128",
            // One worker: hypothesis describing its strategies from
            // several threads at once trips CPython 3.11's AST recursion
            // check ("AST constructor recursion depth mismatch"), a
            // runtime error of the tool, not a finding about the server.
            "--workers",
            "1",
            "--no-color",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(token) = token {
        // Operations that end this very session would leave the rest of
        // the run with a dead token; they are fuzzed anonymously.
        for operation in ["logout", "logout_all", "change_password", "reset_password"] {
            command.args(["--exclude-operation-id", operation]);
        }
        command.args(["--header", &format!("Authorization: Bearer {token}")]);
    }
    let mut child = command.spawn().unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let output = child.wait_with_output().unwrap();
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

#[test]
#[ignore = "needs schemathesis: scripts/setup-test-env installs it"]
fn the_live_server_answers_as_its_openapi_document_says() {
    let st = schemathesis();
    let (db, company) = Company::build();
    let tokens: Vec<(String, String)> = [&company.manager, &company.sales, &company.support]
        .iter()
        .map(|e| {
            let token = Epic::new(&db).token(e.email.as_str());
            (e.department.to_string(), token)
        })
        .collect();
    let server = Server::start(&db);
    let document = server.get(epic_api::paths::OPENAPI, Some(&tokens[0].1));
    assert_eq!(document.status, 200);
    assert_eq!(document.json()["openapi"], "3.1.0");
    let document = document.body;

    let mut failures = Vec::new();
    if let Err(output) = fuzz(&st, &server, &document, None) {
        failures.push(format!("anonymous:\n{output}"));
    }
    for (department, token) in &tokens {
        if let Err(output) = fuzz(&st, &server, &document, Some(token)) {
            failures.push(format!("{department}:\n{output}"));
        }
    }
    let (status, log) = server.stop();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(status.success(), "{log}");
    assert!(!log.contains("internal error"), "{log}");
}

/// Runs in every suite: the document is served to employees, is OpenAPI
/// 3.1, and documents every operation with its errors and who may call it.
#[test]
fn the_openapi_document_is_served_and_complete() {
    let (db, company) = Company::build();
    let token = Epic::new(&db).token(company.support.email.as_str());
    let server = Server::start(&db);
    let anonymous = server.get(epic_api::paths::OPENAPI, None);
    assert_eq!(anonymous.status, 401);
    assert_eq!(anonymous.json()["error"]["code"], "unauthenticated");
    let answer = server.get(epic_api::paths::OPENAPI, Some(&token));
    assert_eq!(answer.status, 200);
    let document = answer.json();
    assert_eq!(document["openapi"], "3.1.0");
    assert_eq!(document["info"]["version"], epic_api::API_VERSION);
    let paths = document["paths"].as_object().unwrap();
    for path in [
        epic_api::paths::SESSIONS,
        epic_api::paths::CLIENTS,
        epic_api::paths::CONTRACT_PAYMENTS,
        epic_api::paths::EVENTS_IMPORT,
        epic_api::paths::REPORT_MONTHLY,
    ] {
        assert!(paths.contains_key(path), "{path} is not documented");
    }
    let mut operations = 0;
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            operations += 1;
            let responses = operation["responses"].as_object().unwrap();
            assert!(responses.contains_key("500"), "{method} {path}: no 500");
            let anonymous = operation.get("security").is_none();
            assert_eq!(
                anonymous,
                [epic_api::paths::HEALTHZ, epic_api::paths::READYZ].contains(&path.as_str())
                    || (path == epic_api::paths::SESSIONS && method == "post"),
                "{method} {path}: security"
            );
        }
    }
    assert!(operations >= 45, "only {operations} operations");
}
