use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::TestDb;

/// A binary of this package: Cargo builds them before any of this
/// package's integration tests, next to them in the target folder.
fn sibling(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    let bin = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "{} is missing", bin.display());
    bin
}

/// The `epic` binary under test.
fn binary() -> PathBuf {
    sibling("epic-under-test")
}

/// One user at one machine: their own HOME, nothing else from our
/// environment unless a test passes it explicitly.
#[derive(Debug)]
pub struct Epic {
    pub home: tempfile::TempDir,
    pub database_url: String,
    env: Vec<(String, String)>,
}

#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(output: std::process::Output) -> Self {
        Self {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(
            self.code, 0,
            "expected success, got {}: {}",
            self.code, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn code(self, expected: i32) -> Self {
        assert_eq!(
            self.code, expected,
            "expected exit {expected}, got {}\nstdout: {}\nstderr: {}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
}

impl Epic {
    pub fn new(db: &TestDb) -> Self {
        Self::at(&db.url)
    }

    /// Someone whose epic connects to `database_url`.
    pub fn at(database_url: &str) -> Self {
        Self {
            home: tempfile::tempdir().expect("home"),
            database_url: database_url.to_owned(),
            env: Vec::new(),
        }
    }

    /// Someone whose epic works through the server at `base`, with no
    /// database settings at all.
    pub fn through(base: &str) -> Self {
        Self::at("").env("EPIC_SERVER", base)
    }

    /// Someone already logged in: a fresh session token in `EPIC_TOKEN`.
    pub fn logged_in(db: &TestDb, email: &str) -> Self {
        let token = Self::new(db).token(email);
        Self::new(db).env("EPIC_TOKEN", &token)
    }

    #[must_use]
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, "")
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.run_full(args, stdin, &[])
    }

    /// The command as this user would start it, for tests that spawn it.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(binary());
        command.args(args).env_clear().env("HOME", self.home.path());
        if !self.database_url.is_empty() {
            command.env("EPIC_DATABASE_URL", &self.database_url);
        }
        for (k, v) in &self.env {
            command.env(k, v);
        }
        command
    }

    pub fn run_full(&self, args: &[&str], stdin: &str, extra_env: &[(&str, &str)]) -> Run {
        let mut command = self.command(args);
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in extra_env {
            command.env(k, v);
        }
        let mut child = command.spawn().expect("spawn epic");
        // epic may exit before reading its input (a refused argument):
        // that is its answer, not a failure of the test.
        match child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
        {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("write stdin: {e}"),
            _ => {}
        }
        let output = child.wait_with_output().expect("wait for epic");
        Run::from(output)
    }

    /// Runs epic with `stdin` as its input, for tests that bound its
    /// memory: the run and its peak resident size in KiB.
    pub fn run_measured(&self, args: &[&str], stdin: Stdio) -> (Run, u64) {
        let report = tempfile::NamedTempFile::new().expect("peak report");
        let epic = self.command(args);
        let mut measured = Command::new(sibling("measure-peak"));
        measured
            .arg(report.path())
            .arg(epic.get_program())
            .args(epic.get_args())
            .env_clear()
            .envs(epic.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))));
        let output = measured.stdin(stdin).output().expect("run epic");
        let peak = std::fs::read_to_string(report.path())
            .expect("peak report")
            .trim()
            .parse()
            .expect("a peak in KiB");
        (Run::from(output), peak)
    }

    /// A database initialised with `ADA` as its first management employee.
    pub fn company(db: &TestDb) -> Self {
        let epic = Self::new(db);
        epic.init(crate::ADA).ok();
        epic
    }

    /// A fresh session token for `email` with the suite's password.
    pub fn token(&self, email: &str) -> String {
        self.login_token(email, crate::PASSWORD)
            .ok()
            .stdout
            .trim()
            .to_owned()
    }

    /// `epic init` with the first management employee.
    pub fn init(&self, email: &str) -> Run {
        self.run_with_stdin(
            &[
                "init",
                "--name",
                "Ada Manager",
                "--email",
                email,
                "--password-stdin",
            ],
            &format!("{}\n", crate::PASSWORD),
        )
    }

    pub fn login_token(&self, email: &str, password: &str) -> Run {
        self.run_with_stdin(
            &[
                "login",
                "--email",
                email,
                "--password-stdin",
                "--print-token",
            ],
            &format!("{password}\n"),
        )
    }

    /// Logs in with the token kept in a 0600 file, as a user without a keyring.
    pub fn login_file(&self, email: &str) -> Run {
        self.run_with_stdin(
            &[
                "login",
                "--email",
                email,
                "--password-stdin",
                "--insecure-storage",
            ],
            &format!("{}\n", crate::PASSWORD),
        )
    }
}
