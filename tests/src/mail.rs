//! A real SMTP server for the e-mail tests (aiosmtpd, installed by
//! `scripts/setup-test-env`), and the config that points `epic` at it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The test tools' Python, where aiosmtpd is.
fn python() -> PathBuf {
    let cache = std::env::var_os("XDG_CACHE_HOME").map_or_else(
        || PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache"),
        PathBuf::from,
    );
    let python = cache.join("epic/test-tools/venv/bin/python");
    assert!(
        python.exists(),
        "{} is missing: run scripts/setup-test-env",
        python.display()
    );
    python
}

/// One message as the server received it.
pub type Mail = serde_json::Value;

/// aiosmtpd on a loopback port, keeping what it receives; stopped on drop.
#[derive(Debug)]
pub struct MailServer {
    child: Option<Child>,
    pub port: u16,
    folder: tempfile::TempDir,
    tls: Option<(PathBuf, PathBuf)>,
}

impl MailServer {
    /// Plain SMTP on a free port.
    pub fn start() -> Self {
        Self::spawn(None, None, tempfile::tempdir().expect("folder"))
    }

    /// SMTP that requires STARTTLS, with this certificate and key.
    pub fn start_tls(cert: &Path, key: &Path) -> Self {
        let tls = Some((cert.to_owned(), key.to_owned()));
        Self::spawn(None, tls, tempfile::tempdir().expect("folder"))
    }

    fn spawn(
        port: Option<u16>,
        tls: Option<(PathBuf, PathBuf)>,
        folder: tempfile::TempDir,
    ) -> Self {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/smtp_sink.py");
        let mut command = Command::new(python());
        command.arg(&script).arg(folder.path());
        if let Some(port) = port {
            command.args(["--port", &port.to_string()]);
        }
        if let Some((cert, key)) = &tls {
            command.arg("--tls").arg(cert).arg(key);
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start aiosmtpd");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the mail server's port");
        let port = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("no port: {line:?}"));
        Self {
            child: Some(child),
            port,
            folder,
            tls,
        }
    }

    /// Stops listening; what it received stays readable.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            drop(child.stdin.take());
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Listens again on the same port, keeping what it received.
    pub fn restart(mut self) -> Self {
        self.stop();
        let folder = std::mem::replace(&mut self.folder, tempfile::tempdir().expect("folder"));
        Self::spawn(Some(self.port), self.tls.take(), folder)
    }

    /// Every message received so far, in the order received.
    pub fn received(&self) -> Vec<Mail> {
        let mut names: Vec<_> = std::fs::read_dir(self.folder.path())
            .expect("folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            // `.name.json` is a message still being written, renamed when whole.
            .filter(|p| {
                p.extension().is_some_and(|x| x == "json")
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| serde_json::from_slice(&std::fs::read(p).expect("message")).expect("json"))
            .collect()
    }

    /// Waits up to `within` for `count` messages, then a moment more to
    /// catch any extra one; returns them all.
    pub fn wait_for(&self, count: usize, within: Duration) -> Vec<Mail> {
        let start = Instant::now();
        while self.received().len() < count && start.elapsed() < within {
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(Duration::from_millis(300));
        self.received()
    }

    /// A config file that sends through this server (`tls=none` unless it
    /// does STARTTLS, when `ca` is the CA that signed its certificate).
    pub fn config(&self, dir: &Path, ca: Option<&Path>) -> PathBuf {
        let mut text = match ca {
            None => format!("smtp_url = \"smtp://127.0.0.1:{}?tls=none\"\n", self.port),
            Some(ca) => format!(
                "smtp_url = \"smtp://localhost:{}\"\nsmtp_ca = \"{}\"\n",
                self.port,
                ca.display()
            ),
        };
        text.push_str(
            "mail_from = \"Epic Events <crm@epicevents.fr>\"\ntime_zone = \"Europe/Paris\"\n",
        );
        let path = dir.join("config.toml");
        std::fs::write(&path, text).expect("config");
        path
    }
}

impl Drop for MailServer {
    fn drop(&mut self) {
        self.stop();
    }
}
