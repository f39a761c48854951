//! The real Secret Service path. It needs a D-Bus session with an unlocked
//! gnome-keyring, which `.ci/run` provides; run it with `--include-ignored`.

// Test helpers panic on purpose: a failed step is a failed test.
#![allow(clippy::unwrap_used)]

use epic_tests::{Epic, PASSWORD, TestDb};

const ADA: &str = "ada@epicevents.fr";

#[test]
#[ignore = "needs a Secret Service: .ci/run runs it under dbus-run-session with gnome-keyring"]
fn login_stores_the_token_in_the_secret_service() {
    let bus =
        std::env::var("DBUS_SESSION_BUS_ADDRESS").expect("a D-Bus session (dbus-run-session)");
    let db = TestDb::new();
    let epic = Epic::new(&db).env("DBUS_SESSION_BUS_ADDRESS", &bus);
    epic.init(ADA).ok();
    let login = epic.run_with_stdin(
        &["login", "--email", ADA, "--password-stdin"],
        &format!("{PASSWORD}\n"),
    );
    login.ok();
    let status = epic.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(status["token_source"], "keyring");
    assert_eq!(status["email"], ADA);
    // Nothing was written in plain text.
    assert!(!epic.home.path().join(".local/share/epic/tokens").exists());
    epic.run(&["logout"]).ok();
    epic.run(&["whoami"]).code(4);
}
