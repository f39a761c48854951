//! Behaviour that depends on a terminal, through a real pseudo-terminal
//! (util-linux `script`): colours, NO_COLOR, a pager closed early, tables
//! that fit the terminal, and the notifications hint.

#![allow(clippy::unwrap_used)]

use std::process::Command;

use epic_tests::{Company, Epic, TestDb};

/// Runs epic on a 100-column pseudo-terminal with exactly `env`, returning
/// (exit, screen).
fn on_terminal(epic: &Epic, env: &[(&str, &str)], args: &str) -> (i32, String) {
    on_terminal_of(100, epic, env, args)
}

fn on_terminal_of(columns: u16, epic: &Epic, env: &[(&str, &str)], args: &str) -> (i32, String) {
    let binary = epic
        .command(&[])
        .get_program()
        .to_string_lossy()
        .into_owned();
    let mut line = format!(
        "stty cols {columns} rows 50; env -i HOME='{}' TERM=xterm",
        epic.home.path().display(),
    );
    if !epic.database_url.is_empty() {
        line.push_str(&format!(" EPIC_DATABASE_URL='{}'", epic.database_url));
    }
    for (k, v) in env {
        line.push_str(&format!(" {k}='{v}'"));
    }
    line.push_str(&format!(" '{binary}' {args}"));
    let output = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .output()
        .expect("util-linux script");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn office() -> (TestDb, Epic, String) {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let epic = Epic::new(&db);
    let token = epic.token(&c.manager.email.to_string());
    (db, epic, token)
}

#[test]
fn colours_on_a_terminal_unless_no_color() {
    let (_db, epic, token) = office();
    let (code, screen) = on_terminal(
        &epic,
        &[("EPIC_TOKEN", &token), ("PAGER", "")],
        "client list",
    );
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("\x1b[1m") && screen.contains("John Ouick"),
        "{screen}"
    );
    let (code, screen) = on_terminal(
        &epic,
        &[("EPIC_TOKEN", &token), ("PAGER", ""), ("NO_COLOR", "1")],
        "client list",
    );
    assert_eq!(code, 0);
    assert!(
        !screen.contains("\x1b[") && screen.contains("John Ouick"),
        "{screen}"
    );
    let (_, screen) = on_terminal(
        &epic,
        &[("EPIC_TOKEN", &token), ("PAGER", ""), ("TERM", "dumb")],
        "client list",
    );
    assert!(!screen.contains("\x1b["), "{screen}");
}

#[test]
fn pipes_get_plain_text_unless_forced() {
    let (_db, epic, token) = office();
    let plain = epic
        .run_full(&["client", "list"], "", &[("EPIC_TOKEN", &token)])
        .ok();
    assert!(
        !plain.stdout.contains('\x1b') && plain.stdout.contains("John Ouick\t"),
        "{}",
        plain.stdout
    );
    let forced = epic
        .run_full(
            &["client", "show", "1"],
            "",
            &[("EPIC_TOKEN", &token), ("CLICOLOR_FORCE", "1")],
        )
        .ok();
    assert!(forced.stdout.contains("\x1b[1m"), "{}", forced.stdout);
    let never = epic
        .run_full(
            &["--color", "never", "client", "show", "1"],
            "",
            &[("EPIC_TOKEN", &token), ("CLICOLOR_FORCE", "1")],
        )
        .ok();
    assert!(!never.stdout.contains('\x1b'));
}

#[test]
fn a_pager_closed_early_is_not_an_error() {
    let (_db, epic, token) = office();
    let (code, screen) = on_terminal(
        &epic,
        &[("EPIC_TOKEN", &token), ("PAGER", "head -2")],
        "event list",
    );
    assert_eq!(code, 0, "{screen}");
    assert!(
        !screen.contains("error") && !screen.contains("panicked"),
        "{screen}"
    );
    assert!(
        screen.lines().count() <= 3,
        "the pager got the table: {screen}"
    );
}

#[test]
fn long_imports_show_progress_on_a_terminal_only() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let epic = Epic::new(&db);
    let token = epic.token(&c.sales.email.to_string());
    let mut csv = String::from("name,contract,start,end,location,attendees\n");
    for n in 0..250 {
        csv.push_str(&format!(
            "Party {n},{},2026-07-01 18:00,2026-07-01 23:00,Paris,30\n",
            c.free_contract
        ));
    }
    let file = epic.home.path().join("parties.csv");
    std::fs::write(&file, &csv).unwrap();
    let (code, screen) = on_terminal(
        &epic,
        &[("EPIC_TOKEN", &token), ("PAGER", "")],
        &format!("event import '{}' --dry-run", file.display()),
    );
    assert_eq!(code, 0, "{screen}");
    assert!(
        !screen.contains("writing ["),
        "a dry run writes nothing: {screen}"
    );
    let (code, screen) = on_terminal(
        &epic,
        &[("EPIC_TOKEN", &token), ("PAGER", "")],
        &format!("event import '{}'", file.display()),
    );
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("writing [") && screen.contains("250/250"),
        "{screen}"
    );
    let piped = epic
        .run_full(
            &["event", "import", file.to_str().unwrap()],
            "",
            &[("EPIC_TOKEN", &token)],
        )
        .ok();
    assert!(!piped.stderr.contains("writing ["), "{}", piped.stderr);
}

/// The widest line of a screen, in characters (what a terminal counts).
fn widest(screen: &str) -> usize {
    screen
        .lines()
        .map(|l| l.trim_end_matches('\r').chars().count())
        .max()
        .unwrap_or(0)
}

#[test]
fn lists_fit_the_terminal_and_wide_shows_everything() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let epic = Epic::new(&db);
    let token = epic.token(&c.sales.email.to_string());
    let long_name = format!("Gala {}", "très long ".repeat(10));
    Epic::logged_in(&db, &c.manager.email.to_string())
        .run(&[
            "event",
            "update",
            &c.event.to_string(),
            "--name",
            long_name.trim(),
        ])
        .ok();
    let env = [
        ("EPIC_TOKEN", token.as_str()),
        ("PAGER", ""),
        ("NO_COLOR", "1"),
    ];
    let (code, screen) = on_terminal_of(80, &epic, &env, "event list");
    assert_eq!(code, 0, "{screen}");
    assert!(widest(&screen) <= 80, "{screen}");
    for header in ["ID", "NAME", "CLIENT", "START", "SUPPORT"] {
        assert!(screen.contains(header), "{header}: {screen}");
    }
    assert!(!screen.contains("CLIENT EMAIL"), "{screen}");
    assert!(
        screen.contains("Gala très long") && screen.contains('…'),
        "{screen}"
    );

    let (code, wide) = on_terminal_of(80, &epic, &env, "event list --wide");
    assert_eq!(code, 0, "{wide}");
    assert!(
        wide.contains("CLIENT EMAIL") && wide.contains(long_name.trim()),
        "{wide}"
    );
    assert!(widest(&wide) > 80, "{wide}");

    let (_, picked) = on_terminal_of(80, &epic, &env, "event list --fields id,location");
    assert!(
        picked.contains("LOCATION") && !picked.contains("START"),
        "{picked}"
    );
    // A record shown alone keeps every field.
    let (_, shown) = on_terminal_of(80, &epic, &env, &format!("event show {}", c.event));
    assert!(
        shown.contains("client_email") && shown.contains("notes"),
        "{shown}"
    );
    // Pipes keep every field for scripts.
    let piped = epic
        .run_full(&["event", "list"], "", &[("EPIC_TOKEN", &token)])
        .ok();
    assert!(
        piped.stdout.contains("john.ouick@gmail.com"),
        "{}",
        piped.stdout
    );
}

#[test]
fn the_notifications_hint_shows_once_per_session_not_before_every_command() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let epic = Epic::new(&db);
    let kate = c.support.email.to_string();
    let hint = "unread notification";
    let first = epic.token(&kate);
    let env = [("EPIC_TOKEN", first.as_str()), ("PAGER", "")];
    let (_, screen) = on_terminal(&epic, &env, "event list");
    assert!(screen.contains(hint), "{screen}");
    for _ in 0..2 {
        let (code, screen) = on_terminal(&epic, &env, "client list");
        assert_eq!(code, 0, "{screen}");
        assert!(!screen.contains(hint), "{screen}");
    }
    // A new session is told again.
    let second = epic.token(&kate);
    let (_, screen) = on_terminal(
        &epic,
        &[("EPIC_TOKEN", &second), ("PAGER", "")],
        "event list",
    );
    assert!(screen.contains(hint), "{screen}");
}

#[test]
fn the_demo_never_waits_in_a_pager() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let epic = Epic::new(&db);
    let token = epic.token(&c.manager.email.to_string());
    let paged = epic.home.path().join("paged");
    let pager = format!("touch {}", paged.display());
    // The check works: a list on a terminal goes through the pager.
    let (code, _) = on_terminal(
        &epic,
        &[("EPIC_TOKEN", &token), ("PAGER", &pager)],
        "event list",
    );
    assert_eq!(code, 0);
    assert!(paged.exists(), "the pager was not started for a list");
    std::fs::remove_file(&paged).unwrap();
    let (code, screen) = on_terminal(
        &Epic::at(""),
        &[("PAGER", &pager)],
        "demo --generated 5 --yes",
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("John Ouick"), "{screen}");
    assert!(!paged.exists(), "the demo stopped in the pager: {screen}");
}
