//! Behaviour that depends on a terminal, through a real pseudo-terminal
//! (util-linux `script`): colours, NO_COLOR, and a pager closed early.

#![allow(clippy::unwrap_used)]

use std::process::Command;

use epic_tests::{Company, Epic, TestDb};

/// Runs epic on a pseudo-terminal with exactly `env`, returning (exit, screen).
fn on_terminal(epic: &Epic, env: &[(&str, &str)], args: &str) -> (i32, String) {
    let binary = epic
        .command(&[])
        .get_program()
        .to_string_lossy()
        .into_owned();
    let mut line = format!(
        "env -i HOME='{}' EPIC_DATABASE_URL='{}' TERM=xterm",
        epic.home.path().display(),
        epic.database_url
    );
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
