//! Dynamic completion of ids through the built binary: ids with names for a
//! logged-in user, silence for everyone else.

#![allow(clippy::unwrap_used)]

use epic_tests::{Company, Epic, TestDb};

/// The candidates that are ids, not flags.
fn ids(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .collect()
}

fn complete(epic: &Epic, words: &[&str], env: &[(&str, &str)]) -> epic_tests::Run {
    let mut args = vec!["--", "epic"];
    args.extend_from_slice(words);
    let mut all = vec![("COMPLETE", "fish")];
    all.extend_from_slice(env);
    epic.run_full(&args, "", &all)
}

#[test]
fn ids_are_offered_with_names_for_a_logged_in_user() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let epic = Epic::new(&db);
    epic.login_file(&c.support.email.to_string()).ok();
    let events = complete(&epic, &["event", "show", ""], &[]).ok();
    let lines: Vec<&str> = ids(&events.stdout);
    assert_eq!(lines.len(), 3, "{}", events.stdout);
    assert!(
        lines.contains(&format!("{}\tAssemblée générale", c.event).as_str()),
        "{}",
        events.stdout
    );
    let clients = complete(&epic, &["client", "update", ""], &[]).ok();
    assert!(
        clients
            .stdout
            .contains(&format!("{}\tJohn Ouick", c.client)),
        "{}",
        clients.stdout
    );
    let contracts = complete(&epic, &["event", "create", "--contract", ""], &[]).ok();
    assert_eq!(ids(&contracts.stdout).len(), 6, "{}", contracts.stdout);
    // A prefix narrows the ids.
    let narrowed = complete(&epic, &["client", "show", &c.other_client.to_string()], &[]).ok();
    let narrowed = ids(&narrowed.stdout);
    assert!(
        !narrowed.is_empty()
            && narrowed
                .iter()
                .all(|l| l.starts_with(&c.other_client.to_string())),
        "{narrowed:?}"
    );
    assert!(
        events.stderr.is_empty(),
        "completion must be silent: {}",
        events.stderr
    );
}

#[test]
fn a_bad_token_or_database_completes_nothing_silently() {
    let (template, _) = Company::build();
    let db = TestDb::copy_of(&template);
    let epic = Epic::new(&db);
    let expired = complete(
        &epic,
        &["event", "show", ""],
        &[("EPIC_TOKEN", "eyJhbGciOiJIUzI1NiJ9.e30.bad")],
    )
    .ok();
    assert!(
        ids(&expired.stdout).is_empty() && expired.stderr.is_empty(),
        "{expired:?}"
    );
    let nobody = complete(&epic, &["event", "show", ""], &[]).ok();
    assert!(
        ids(&nobody.stdout).is_empty() && nobody.stderr.is_empty(),
        "{nobody:?}"
    );
    let down = complete(
        &epic,
        &["event", "show", ""],
        &[("EPIC_DATABASE_URL", "postgres://x@127.0.0.1:1/x")],
    )
    .ok();
    assert!(
        ids(&down.stdout).is_empty() && down.stderr.is_empty(),
        "{down:?}"
    );
    // Commands and flags still complete without a database.
    let commands = complete(&epic, &["cli"], &[]).ok();
    assert!(commands.stdout.contains("client"), "{}", commands.stdout);
}
