//! The edges around authentication and storage: environment variables that
//! are set but unusable, files with loose permissions or planted links,
//! unbounded input, passwords in URLs, and databases created by mistake.

#![allow(clippy::unwrap_used)]

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use epic_tests::{ADA, Epic, PASSWORD, TestDb};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// The one token file a `login --insecure-storage` left in this HOME.
fn token_file(epic: &Epic) -> PathBuf {
    let dir = epic.home.path().join(".local/share/epic/tokens");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.remove(0)
}

#[test]
fn a_set_but_unusable_epic_token_fails_instead_of_falling_back() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    epic.login_file(ADA).ok();
    epic.run(&["whoami"]).ok();
    for empty in ["", "  "] {
        let run = epic
            .run_full(&["whoami"], "", &[("EPIC_TOKEN", empty)])
            .code(4);
        assert!(run.stderr.contains("EPIC_TOKEN"), "{}", run.stderr);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
    }
    let not_utf8 = std::ffi::OsStr::from_bytes(b"\xff\xfe");
    for (variable, code) in [("EPIC_TOKEN", 4), ("EPIC_DATABASE_URL", 2)] {
        let output = epic
            .command(&["whoami"])
            .env(variable, not_utf8)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(code), "{variable}");
        assert!(String::from_utf8_lossy(&output.stderr).contains(variable));
    }
}

#[test]
fn token_files_are_private_and_never_followed_through_a_link() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    epic.login_file(ADA).ok();
    let file = token_file(&epic);
    let dir = file.parent().unwrap().to_owned();
    chmod(&dir, 0o755);
    chmod(&file, 0o644);
    epic.run(&["whoami"]).ok();
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&file), 0o600);

    // A link planted at the token path: neither read nor written through.
    let precious = epic.home.path().join("precious.txt");
    std::fs::write(&precious, "keep me").unwrap();
    std::fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink(&precious, &file).unwrap();
    let run = epic.run(&["whoami"]).code(4);
    assert!(
        run.stderr.contains(&file.display().to_string()),
        "{}",
        run.stderr
    );
    epic.login_file(ADA).code(4);
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep me");
}

#[test]
fn an_existing_database_file_is_made_private_when_opened() {
    let db = TestDb::sqlite();
    let epic = Epic::company(&db);
    let path = PathBuf::from(db.url.trim_start_matches("sqlite://"));
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    chmod(&path, 0o644);
    if wal.exists() {
        chmod(&wal, 0o664);
    }
    epic.run(&["db", "status"]).ok();
    assert_eq!(mode(&path), 0o600);
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600);
    }
    let config = epic.home.path().join("config.toml");
    std::fs::write(&config, "format = \"json\"\n").unwrap();
    chmod(&config, 0o644);
    epic.run_full(
        &["db", "status"],
        "",
        &[("EPIC_CONFIG", config.to_str().unwrap())],
    )
    .ok();
    assert_eq!(mode(&config), 0o600);
}

#[test]
fn only_init_migrate_and_demo_create_a_database() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("typo/epic.db");
    let url = format!("sqlite://{}", missing.display());
    let epic = Epic::at(&url);
    for args in [
        &["whoami"][..],
        &["client", "list"],
        &["db", "status"],
        &["auth", "status"],
    ] {
        let run = epic.run(args);
        assert_ne!(run.code, 0, "{args:?}");
        assert!(
            !missing.parent().unwrap().exists(),
            "{args:?} created the folder"
        );
    }
    let run = epic.run(&["whoami"]).code(8);
    assert!(run.stderr.contains("does not exist"), "{}", run.stderr);
    epic.init(ADA).ok();
    assert!(missing.exists());
}

#[test]
fn reads_of_stdin_and_config_are_bounded() {
    let db = TestDb::new();
    let epic = Epic::company(&db);
    let zero = || Stdio::from(std::fs::File::open("/dev/zero").unwrap());
    let (run, peak_kib) = epic.run_measured(
        &["login", "--email", ADA, "--password-stdin", "--print-token"],
        zero(),
    );
    assert_eq!(run.code, 6, "{}", run.stderr);
    assert!(run.stderr.contains("standard input"), "{}", run.stderr);
    assert!(peak_kib < 64 * 1024, "peak RSS {peak_kib} KiB");

    let config = Epic::new(&db).env("EPIC_CONFIG", "/dev/zero");
    let (run, peak_kib) = config.run_measured(&["whoami"], Stdio::null());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("/dev/zero"), "{}", run.stderr);
    assert!(peak_kib < 64 * 1024, "peak RSS {peak_kib} KiB");

    // A long but honest password line still works.
    epic.run_with_stdin(
        &["login", "--email", ADA, "--password-stdin", "--print-token"],
        &format!("{PASSWORD}\n"),
    )
    .ok();
}

#[test]
fn passwords_in_database_urls_are_never_shown() {
    let db = TestDb::postgres();
    let name = db
        .url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap();
    for url in [
        format!("postgres://postgres:s3cr3tpw@127.0.0.1:5432/{name}_missing?sslmode=disable"),
        format!(
            "postgres://postgres@127.0.0.1:5432/{name}_missing?sslmode=disable&password=s3cr3tpw"
        ),
    ] {
        let epic = Epic::at(&url);
        for args in [&["whoami"][..], &["auth", "status"], &["db", "status"]] {
            let run = epic.run(args);
            assert_eq!(run.code, 8, "{args:?}: {}", run.stderr);
            assert!(
                !run.stdout.contains("s3cr3tpw") && !run.stderr.contains("s3cr3tpw"),
                "{args:?} showed the password: {}{}",
                run.stdout,
                run.stderr
            );
            assert!(run.stderr.contains("127.0.0.1"), "{}", run.stderr);
        }
    }
}

#[test]
fn messages_name_the_argument_and_refusals_come_before_questions() {
    let (template, company) = epic_tests::Company::build();
    let db = TestDb::copy_of(&template);
    let bill = Epic::logged_in(&db, &company.sales.email.to_string());
    let run = bill.run(&["client", "show", "abc"]).code(2);
    assert!(
        run.stderr.contains("<ID>") && run.stderr.contains("whole number"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("invalid digit"), "{}", run.stderr);
    // A flag that names a person takes a name too: one that fits nobody is
    // bad input for that flag.
    let run = bill.run(&["event", "list", "--support", "x"]).code(6);
    assert!(run.stderr.contains("support"), "{}", run.stderr);
    bill.run(&["client", "show", "99999999999999999999"])
        .code(2);

    // Someone else's client: refused at once, not after a question.
    let other = company.other_client.to_string();
    let run = bill.run(&["client", "delete", &other]).code(5);
    assert!(!run.stderr.contains("--yes"), "{}", run.stderr);
    let kate = Epic::logged_in(&db, &company.support.email.to_string());
    kate.run(&["employee", "delete", &company.spare.id.0.to_string()])
        .code(5);
    kate.run(&["contract", "delete", &company.contract.to_string()])
        .code(5);

    // Errors name the flags, not the columns behind them.
    let contract = company.unsigned_contract.to_string();
    let run = bill
        .run(&[
            "contract", "update", &contract, "--total", "10", "--due", "20",
        ])
        .code(6);
    assert!(run.stderr.contains("--due"), "{}", run.stderr);
    assert!(!run.stderr.contains("amount_due"), "{}", run.stderr);
    let run = bill
        .run(&[
            "client",
            "create",
            "--name",
            " ",
            "--email",
            "x@example.com",
        ])
        .code(6);
    assert!(
        run.stderr.contains("--name") && !run.stderr.contains("full_name"),
        "{}",
        run.stderr
    );
}

#[test]
fn dates_and_periods_have_ranges_and_a_day_alone_is_a_day() {
    let (template, company) = epic_tests::Company::build();
    let db = TestDb::copy_of(&template);
    let ada = Epic::logged_in(&db, ADA);
    ada.run(&["report", "upcoming", "--days", "4000000000"])
        .code(2);
    ada.run(&["report", "upcoming", "--days", "3660"]).ok();
    ada.run(&["event", "list", "--from", "0001-01-01"]).code(6);
    ada.run(&["report", "revenue", "--to", "99999-01-01T00:00:00Z"])
        .code(6);
    // --from alone, in the future: the period is the 30 days after it.
    let run = ada.run(&["report", "monthly", "--from", "2090-01-01"]).ok();
    assert!(!run.stderr.contains("--from"), "{}", run.stderr);
    ada.run(&["report", "revenue", "--from", "2026-01-01"]).ok();
    // A day alone as the end of a period includes that day.
    let event = ada
        .run(&["event", "show", &company.event.to_string(), "-o", "json"])
        .ok()
        .json();
    let start = event["start"].as_str().unwrap();
    let day = chrono::DateTime::parse_from_rfc3339(start)
        .unwrap()
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d")
        .to_string();
    let listed = ada
        .run(&["event", "list", "--from", &day, "--to", &day, "-o", "json"])
        .ok()
        .json();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["id"] == company.event),
        "{listed}"
    );
}

#[test]
fn look_alike_text_is_refused() {
    let (template, company) = epic_tests::Company::build();
    let db = TestDb::copy_of(&template);
    let bill = Epic::logged_in(&db, &company.sales.email.to_string());
    let run = bill
        .run(&[
            "client",
            "create",
            "--name",
            "Kevin \u{202e}gnp.exe",
            "--email",
            "k2@startup.io",
        ])
        .code(6);
    assert!(run.stderr.contains("bidirectional"), "{}", run.stderr);
    bill.run(&[
        "client",
        "create",
        "--name",
        "Kevin",
        "--email",
        "kevin2@startup.io",
    ])
    .ok();
    // A Cyrillic "е" in place of the Latin "e".
    let run = bill
        .run(&[
            "client",
            "create",
            "--name",
            "Kevin",
            "--email",
            "k\u{435}vin2@startup.io",
        ])
        .code(6);
    assert!(run.stderr.contains("ASCII"), "{}", run.stderr);
}
