//! init, login, whoami and logout through the built binary.

// Test helpers panic on purpose: a failed step is a failed test.
#![allow(clippy::unwrap_used)]

use epic_tests::{ADA, Epic, PASSWORD, TestDb};

#[test]
fn init_login_whoami_logout() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let created = epic.init("Ada@EpicEvents.fr").ok();
    assert!(
        created.stdout.contains(ADA),
        "init prints the employee: {}",
        created.stdout
    );

    epic.run(&["whoami"]).code(4);
    epic.login_file(ADA).ok();
    let me = epic.run(&["whoami", "-o", "json"]).ok().json();
    assert_eq!(me["email"], ADA);
    assert_eq!(me["department"], "management");
    assert_eq!(me["full_name"], "Ada Manager");

    let status = epic.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(status["logged_in"], true);
    assert_eq!(status["token_source"], "file");

    epic.run(&["logout"]).ok();
    let after = epic.run(&["whoami"]).code(4);
    assert!(after.stderr.contains("not logged in"), "{}", after.stderr);
    let status = epic.run(&["auth", "status", "-o", "json"]).code(4).json();
    assert_eq!(status["logged_in"], false);
}

#[test]
fn init_refuses_a_second_run_and_keeps_the_first_employee() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    let again = epic.run_with_stdin(
        &[
            "init",
            "--name",
            "Eve Intruder",
            "--email",
            "eve@epicevents.fr",
            "--password-stdin",
        ],
        &format!("{PASSWORD}\n"),
    );
    again.code(7);
    epic.login_token("eve@epicevents.fr", PASSWORD).code(4);
    epic.login_token(ADA, PASSWORD).ok();
}

#[test]
fn init_validates_before_writing_anything() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let bad_email = epic.run_with_stdin(
        &[
            "init",
            "--name",
            "Ada",
            "--email",
            "not-an-email",
            "--password-stdin",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert!(bad_email.code(6).stderr.contains("email"));
    let weak = epic.run_with_stdin(
        &["init", "--name", "Ada", "--email", ADA, "--password-stdin"],
        "password123\n",
    );
    assert!(weak.code(6).stderr.contains("password"));
    let blank = epic.run_with_stdin(
        &["init", "--name", "   ", "--email", ADA, "--password-stdin"],
        &format!("{PASSWORD}\n"),
    );
    assert!(blank.code(6).stderr.contains("--name"));
    // Nothing was written: the database has no schema yet.
    epic.run(&["db", "status"]).code(8);
    epic.init(ADA).ok();
}

#[test]
fn missing_flags_without_a_terminal_are_usage_errors() {
    let db = TestDb::new();
    let epic = Epic::new(&db);
    let run = epic.run(&["init", "--name", "Ada"]).code(2);
    assert!(run.stderr.contains("--email"), "{}", run.stderr);
    epic.init(ADA).ok();
    let run = epic.run(&["login", "--email", ADA]).code(2);
    assert!(run.stderr.contains("--password-stdin"), "{}", run.stderr);
    epic.run(&["frobnicate"]).code(2);
}

#[test]
fn wrong_password_and_unknown_email_look_the_same() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    let wrong = epic.login_token(ADA, "not the password").code(4);
    let unknown = epic
        .login_token("nobody@epicevents.fr", "not the password")
        .code(4);
    assert_eq!(wrong.stderr, unknown.stderr);
    assert!(wrong.stdout.is_empty() && unknown.stdout.is_empty());
}

#[test]
fn epic_token_wins_over_the_stored_token() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    epic.login_file(ADA).ok();
    let token = epic.token(ADA);
    let status = epic
        .run_full(
            &["auth", "status", "-o", "json"],
            "",
            &[("EPIC_TOKEN", &token)],
        )
        .ok()
        .json();
    assert_eq!(status["token_source"], "EPIC_TOKEN");
    let printed = epic
        .run_full(&["auth", "token"], "", &[("EPIC_TOKEN", &token)])
        .ok();
    assert_eq!(printed.stdout.trim(), token);
    // An invalid EPIC_TOKEN is refused even though a valid file token exists.
    epic.run_full(&["whoami"], "", &[("EPIC_TOKEN", "garbage")])
        .code(4);
}

#[cfg(unix)]
#[test]
fn insecure_storage_writes_an_owner_only_file_and_warns() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    let epic = Epic::company(&db);
    let run = epic.login_file(ADA).ok();
    assert!(run.stderr.contains("warning"), "{}", run.stderr);
    let dir = epic.home.path().join(".local/share/epic/tokens");
    let files: Vec<_> = std::fs::read_dir(&dir).expect("token dir").collect();
    assert_eq!(files.len(), 1);
    let meta = files[0]
        .as_ref()
        .expect("entry")
        .metadata()
        .expect("metadata");
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert_eq!(
        std::fs::metadata(&dir).expect("dir").permissions().mode() & 0o777,
        0o700
    );
}

#[test]
fn no_keyring_gives_a_guided_failure_and_no_live_session() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    // The cleared environment has no D-Bus session: no keyring is reachable.
    let run = epic.run_with_stdin(
        &["login", "--email", ADA, "--password-stdin"],
        &format!("{PASSWORD}\n"),
    );
    let run = run.code(4);
    assert!(run.stderr.contains("keyring"), "{}", run.stderr);
    assert!(!run.stderr.contains("No default store"), "{}", run.stderr);
    assert!(run.stderr.contains("--print-token") && run.stderr.contains("EPIC_TOKEN"));
    assert!(run.stderr.contains("--insecure-storage"));
    epic.run(&["whoami"]).code(4);
    // The keyring is looked for before the password is asked or checked.
    let wrong = epic
        .run_with_stdin(
            &["login", "--email", ADA, "--password-stdin"],
            "not the password\n",
        )
        .code(4);
    assert!(wrong.stderr.contains("keyring"), "{}", wrong.stderr);
}

#[test]
fn password_change_keeps_this_session_and_ends_the_others() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    let other = epic.token(ADA);
    epic.login_file(ADA).ok();
    let new = "a much better passphrase";
    epic.run_with_stdin(
        &["password", "change", "--password-stdin"],
        &format!("wrong one here\n{new}\n"),
    )
    .code(4);
    epic.run_with_stdin(
        &["password", "change", "--password-stdin"],
        &format!("{PASSWORD}\nshort\n"),
    )
    .code(6);
    epic.run_with_stdin(
        &["password", "change", "--password-stdin"],
        &format!("{PASSWORD}\n{new}\n"),
    )
    .ok();
    epic.run(&["whoami"]).ok();
    epic.run_full(&["whoami"], "", &[("EPIC_TOKEN", &other)])
        .code(4);
    epic.login_token(ADA, PASSWORD).code(4);
    epic.login_token(ADA, new).ok();
}

#[test]
fn logout_all_ends_every_session() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    let first = epic.token(ADA);
    epic.login_file(ADA).ok();
    epic.run(&["logout", "--all"]).ok();
    epic.run_full(&["whoami"], "", &[("EPIC_TOKEN", &first)])
        .code(4);
}
