//! `notification settings`: each employee says whether their notifications
//! are also e-mailed (each, none, or a daily digest) and in which language;
//! only their own, the same locally and through the server.

#![allow(clippy::unwrap_used)]

use epic_tests::{Company, Epic, Server};
use serde_json::json;

fn settings(epic: &Epic, more: &[&str]) -> serde_json::Value {
    let mut args = vec!["notification", "settings", "-o", "json"];
    args.extend(more);
    epic.run(&args).ok().json()
}

fn keeps_each_person_s_own(c: &Company, on: impl Fn(&str) -> Epic) {
    let kate = on(&c.support.email.to_string());
    let bill = on(&c.sales.email.to_string());
    assert_eq!(
        settings(&kate, &[]),
        json!({ "email": "on", "language": "fr" })
    );
    assert_eq!(
        settings(&kate, &["--email", "digest"]),
        json!({ "email": "digest", "language": "fr" })
    );
    assert_eq!(
        settings(&kate, &["--language", "en"]),
        json!({ "email": "digest", "language": "en" })
    );
    assert_eq!(
        settings(&kate, &[]),
        json!({ "email": "digest", "language": "en" })
    );
    // Someone else's are theirs.
    assert_eq!(
        settings(&bill, &["--email", "off"]),
        json!({ "email": "off", "language": "fr" })
    );
    assert_eq!(settings(&kate, &[])["email"], "digest");

    // A word the command does not know is a usage error, and changes nothing.
    for bad in [
        ["--email", "sometimes"],
        ["--language", "de"],
        ["--email", "ON"],
    ] {
        let mut args = vec!["notification", "settings"];
        args.extend(bad);
        let refused = kate.run(&args).code(2);
        assert!(refused.stderr.contains(bad[0]), "{}", refused.stderr);
    }
    assert_eq!(
        settings(&kate, &[]),
        json!({ "email": "digest", "language": "en" })
    );
    let table = kate.run(&["notification", "settings"]).ok().stdout;
    assert!(table.contains("digest") && table.contains("en"), "{table}");
}

#[test]
fn each_employee_sets_their_own() {
    let (db, c) = Company::build();
    keeps_each_person_s_own(&c, |email| Epic::logged_in(&db, email));
}

#[test]
fn through_the_server_as_locally() {
    let (db, c) = Company::build();
    let server = Server::start(&db);
    keeps_each_person_s_own(&c, |email| {
        let token = Epic::through(&server.base).token(email);
        Epic::through(&server.base).env("EPIC_TOKEN", &token)
    });
    let token = Epic::through(&server.base).token(&c.manager.email.to_string());
    let path = "/api/v1/notifications/settings";
    let unknown = server.send("PATCH", path, &token, None, &json!({ "email": "weekly" }));
    assert_eq!(unknown.status, 422, "{}", unknown.body);
    let extra = server.send("PATCH", path, &token, None, &json!({ "colour": "blue" }));
    assert_eq!(extra.status, 422, "{}", extra.body);
    let changed = server.send("PATCH", path, &token, None, &json!({ "language": "en" }));
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(changed.json(), json!({ "email": "on", "language": "en" }));
    let anonymous = server.get(path, None);
    assert_eq!(anonymous.status, 401, "{}", anonymous.body);
}
