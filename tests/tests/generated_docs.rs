//! Completion scripts, man pages and the help text are generated from the
//! code and committed; these tests fail when they drift. Run them with
//! EPIC_BLESS=1 to rewrite the committed files after a deliberate change.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use epic_cli::generated::{self, Shell};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn bless() -> bool {
    std::env::var_os("EPIC_BLESS").is_some()
}

#[track_caller]
fn check(path: &Path, expected: &[u8]) {
    if bless() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
        return;
    }
    let committed = std::fs::read(path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run the tests with EPIC_BLESS=1",
            path.display()
        )
    });
    assert!(
        committed == expected,
        "{} is out of date: run the tests with EPIC_BLESS=1 and review the diff",
        path.display()
    );
}

#[test]
fn completion_scripts_match_the_code() {
    for (shell, file) in [
        (Shell::Bash, "epic.bash"),
        (Shell::Zsh, "_epic"),
        (Shell::Fish, "epic.fish"),
        (Shell::PowerShell, "_epic.ps1"),
        (Shell::Elvish, "epic.elv"),
    ] {
        check(
            &root().join("completions").join(file),
            &generated::completion(shell),
        );
    }
}

#[test]
fn man_pages_match_the_code() {
    let pages = generated::man_pages();
    assert!(pages.iter().any(|(name, _)| name == "epic-contract-pay.1"));
    let dir = root().join("docs/man");
    for (name, text) in &pages {
        check(&dir.join(name), text);
    }
    if !bless() {
        let committed = std::fs::read_dir(&dir).unwrap().count();
        assert_eq!(
            committed,
            pages.len(),
            "docs/man holds pages of commands that no longer exist"
        );
    }
}

#[test]
fn the_whole_help_text_is_snapshotted() {
    check(
        &root().join("docs/help.txt"),
        generated::help_text().as_bytes(),
    );
}

#[test]
fn every_command_has_examples() {
    fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let subs: Vec<_> = command
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .collect();
        let name = format!("{path} {}", command.get_name());
        if subs.is_empty() {
            let after = command
                .get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            if !after.contains("Examples:") {
                missing.push(name.trim().to_owned());
            }
        }
        for sub in subs {
            walk(sub, &name, missing);
        }
    }
    let mut missing = Vec::new();
    for sub in epic_cli::command()
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
    {
        walk(sub, "epic", &mut missing);
    }
    assert!(
        missing.is_empty(),
        "no Examples section in: {}",
        missing.join(", ")
    );
}

/// The README's table of exit codes says what `epic --help` says.
#[test]
fn the_readme_lists_every_exit_code_as_the_binary_does() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut table = String::from("| code | meaning |\n|---|---|\n");
    for status in epic_cli::ExitStatus::ALL {
        table.push_str(&format!("| {} | {} |\n", status.code(), status.meaning()));
    }
    assert!(
        readme.contains(&table),
        "README.md's exit codes differ from ExitStatus; expected:\n{table}"
    );
}
