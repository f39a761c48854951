//! Forged, expired and outdated tokens are refused with exit 4.

// Test helpers panic on purpose: a failed step is a failed test.
#![allow(clippy::unwrap_used)]

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{Duration, Utc};
use epic_domain::auth::AuthRepository;
use epic_domain::token::{self, Claims, SigningKey};
use epic_domain::types::EmployeeId;
use epic_tests::{ADA, Epic, PASSWORD, Server, TestDb, block_on, execute};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use serde_json::{Value, json};

fn setup() -> (TestDb, Epic, String) {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    let token = epic.token(ADA);
    epic.run_full(&["whoami"], "", &[("EPIC_TOKEN", &token)])
        .ok();
    (db, epic, token)
}

/// Refused by the database in local mode and by a server on it (401).
fn refused(epic: &Epic, token: &str) {
    let server = Server::start_at(&epic.database_url);
    for someone in [epic, &Epic::through(&server.base)] {
        let run = someone
            .run_full(&["whoami"], "", &[("EPIC_TOKEN", token)])
            .code(4);
        assert!(run.stdout.is_empty());
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
    let answer = server.get(epic_api::paths::ME, Some(token));
    assert_eq!(answer.status, 401, "{}", answer.body);
}

fn part(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap())
}

fn payload(token: &str) -> Value {
    let middle = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(middle).unwrap()).unwrap()
}

fn installation_key(db: &TestDb) -> SigningKey {
    block_on(async {
        let store = db.store().await;
        let installation = store.installation().await.unwrap().unwrap();
        SigningKey::new(installation.jwt_secret, installation.id).unwrap()
    })
}

#[test]
fn an_edited_payload_is_refused() {
    let (_db, epic, token) = setup();
    let mut claims = payload(&token);
    claims["exp"] = json!(claims["exp"].as_i64().unwrap() + 86_400 * 365);
    let parts: Vec<&str> = token.split('.').collect();
    refused(
        &epic,
        &format!("{}.{}.{}", parts[0], part(&claims), parts[2]),
    );
}

#[test]
fn a_token_signed_with_another_key_is_refused() {
    let (db, epic, token) = setup();
    let real = installation_key(&db);
    let claims: Claims = serde_json::from_value(payload(&token)).unwrap();
    let forged = token::sign(
        &SigningKey::new(vec![7; 32], claims.aud.clone()).unwrap(),
        &claims,
    )
    .unwrap();
    assert!(token::verify(&real, &forged, Utc::now()).is_err());
    refused(&epic, &forged);
}

#[test]
fn alg_none_is_refused() {
    let (_db, epic, token) = setup();
    let header = json!({"alg": "none", "typ": "JWT"});
    refused(
        &epic,
        &format!("{}.{}.", part(&header), part(&payload(&token))),
    );
    let header = json!({"alg": "HS512", "typ": "JWT"});
    let parts: Vec<&str> = token.split('.').collect();
    refused(
        &epic,
        &format!("{}.{}.{}", part(&header), parts[1], parts[2]),
    );
}

#[test]
fn an_expired_token_is_refused() {
    let (db, epic, token) = setup();
    let key = installation_key(&db);
    let jti = payload(&token)["jti"].as_str().unwrap().to_owned();
    let old = Claims::new(
        &key,
        EmployeeId(1),
        0,
        jti,
        Utc::now() - token::LIFETIME - Duration::minutes(5),
    );
    refused(&epic, &token::sign(&key, &old).unwrap());
}

#[test]
fn a_deactivated_employee_is_refused_at_once() {
    let (db, epic, token) = setup();
    block_on(execute(
        &db,
        &Query::update()
            .table(Alias::new("employees"))
            .value(Alias::new("active"), false)
            .and_where(Expr::col(Alias::new("email")).eq(ADA))
            .to_owned(),
    ));
    refused(&epic, &token);
    epic.login_token(ADA, PASSWORD).code(4);
}

#[test]
fn a_bumped_token_version_is_refused_at_once() {
    let (db, epic, token) = setup();
    block_on(execute(
        &db,
        &Query::update()
            .table(Alias::new("employees"))
            .value(Alias::new("token_version"), 1)
            .to_owned(),
    ));
    refused(&epic, &token);
}

#[test]
fn a_token_after_logout_is_refused() {
    let (_db, epic, token) = setup();
    epic.run_full(&["logout"], "", &[("EPIC_TOKEN", &token)])
        .ok();
    refused(&epic, &token);
}

#[test]
fn garbage_is_refused() {
    let (_db, epic, _) = setup();
    for token in ["", "x", "a.b.c", "eyJ.eyJ.", "\u{1F600}"] {
        let run = epic.run_full(&["whoami"], "", &[("EPIC_TOKEN", token)]);
        assert_eq!(run.code, 4, "{token:?}: {}", run.stderr);
    }
}

/// Signs arbitrary claims with the installation's real key, so only the
/// claims themselves can make the token fail.
fn signed_with_real_key(db: &TestDb, claims: &Value) -> String {
    let key = block_on(async {
        let store = db.store().await;
        store.installation().await.unwrap().unwrap().jwt_secret
    });
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        claims,
        &jsonwebtoken::EncodingKey::from_secret(&key),
    )
    .unwrap()
}

#[test]
fn wrong_or_missing_claims_are_refused_even_with_the_real_key() {
    let (db, epic, token) = setup();
    let good = payload(&token);
    // Control: the same claims re-signed are accepted, so each refusal below
    // is the edited claim's doing.
    epic.run_full(
        &["whoami"],
        "",
        &[("EPIC_TOKEN", &signed_with_real_key(&db, &good))],
    )
    .ok();
    let now = Utc::now().timestamp();
    let mut cases: Vec<(&str, Value)> = Vec::new();
    for (claim, value) in [
        ("aud", json!("another-installation")),
        ("iss", json!("someone-else")),
        ("sub", json!("2")),
        ("jti", json!("not-a-session")),
        ("ver", json!(7)),
        ("iat", json!(now + 86_400)),
        ("exp", json!(now - 3600)),
    ] {
        let mut edited = good.clone();
        edited[claim] = value;
        cases.push((claim, edited));
    }
    for claim in ["exp", "iat", "iss", "aud", "sub", "jti", "ver"] {
        let mut missing = good.clone();
        missing.as_object_mut().unwrap().remove(claim);
        cases.push((claim, missing));
    }
    for (claim, claims) in cases {
        let run = epic.run_full(
            &["whoami"],
            "",
            &[("EPIC_TOKEN", &signed_with_real_key(&db, &claims))],
        );
        assert_eq!(
            run.code, 4,
            "{claim}: {claims} was accepted: {}",
            run.stdout
        );
    }
}

/// Everything a read-only copy of the database holds about live sessions,
/// with the signing secret, is not enough to sign a token that works.
#[test]
fn a_copy_of_the_database_yields_no_usable_session() {
    let (db, epic, token) = setup();
    let key = installation_key(&db);
    let claims: Claims = serde_json::from_value(payload(&token)).unwrap();
    let stored: Vec<String> = block_on(async {
        use sea_orm::ConnectionTrait;
        let store = db.store().await;
        let select = Query::select()
            .column(Alias::new("jti"))
            .from(Alias::new("sessions"))
            .to_owned();
        let rows = store.connection().query_all(&select).await.unwrap();
        rows.iter()
            .map(|r| r.try_get::<String>("", "jti").unwrap())
            .collect()
    });
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], claims.jti, "the token id is stored in clear");
    assert_eq!(stored[0], token::session_key(&claims.jti));
    let forged = token::sign(
        &key,
        &Claims {
            jti: stored[0].clone(),
            ..claims
        },
    )
    .unwrap();
    refused(&epic, &forged);
    epic.run_full(&["whoami"], "", &[("EPIC_TOKEN", &token)])
        .ok();
}

/// Two companies, two servers: a token of one is nothing to the other,
/// even for an employee with the same e-mail and id.
#[test]
fn a_token_of_another_installation_is_refused_by_its_server() {
    let (_db, _epic, token) = setup();
    let (other_db, other, _) = setup();
    let server = Server::start(&other_db);
    let answer = server.get(epic_api::paths::ME, Some(&token));
    assert_eq!(answer.status, 401, "{}", answer.body);
    refused(&other, &token);
}
