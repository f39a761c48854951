//! A real `epic serve` on a free loopback port, for the tests that go
//! through HTTP, and a small client that never treats a status as an error.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::{Epic, TestDb};

/// A running server; stopped (SIGTERM) when dropped.
#[derive(Debug)]
pub struct Server {
    pub base: String,
    child: Child,
    log: Option<JoinHandle<String>>,
    _epic: Epic,
}

/// One answer: status, the API version header, and the body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub version: Option<String>,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

impl Server {
    /// Starts `epic serve --listen 127.0.0.1:0` on `db`; waits (at most
    /// 30 s) for the address it prints.
    pub fn start(db: &TestDb) -> Self {
        Self::start_at(&db.url)
    }

    /// `start` on the database at `database_url`.
    pub fn start_at(database_url: &str) -> Self {
        Self::start_with(database_url, &[])
    }

    /// `start_at` with more arguments for `epic serve`.
    pub fn start_with(database_url: &str, more: &[&str]) -> Self {
        Self::start_in(database_url, more, &[])
    }

    /// `start_with` with variables set in the server's environment.
    pub fn start_in(database_url: &str, more: &[&str], env: &[(&str, &str)]) -> Self {
        let mut epic = Epic::at(database_url);
        for (key, value) in env {
            epic = epic.env(key, value);
        }
        let args: Vec<&str> = ["serve", "--listen", "127.0.0.1:0"]
            .iter()
            .chain(more)
            .copied()
            .collect();
        let mut child = epic
            .command(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start epic serve");
        let stderr = child.stderr.take().expect("server stderr");
        let (tx, rx) = mpsc::channel();
        let log = std::thread::spawn(move || {
            let mut reader = BufReader::new(stderr);
            let mut all = String::new();
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap_or(0) > 0 {
                if let Some(rest) = line.split("listening on ").nth(1) {
                    let url = rest.split_whitespace().next().unwrap_or_default();
                    let _ = tx.send(url.to_owned());
                }
                all.push_str(&line);
                line.clear();
            }
            let _ = reader.read_to_string(&mut all);
            all
        });
        let base = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("epic serve printed its address");
        Self {
            base,
            child,
            log: Some(log),
            _epic: epic,
        }
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into()
    }

    fn answer(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
        let mut response = response.expect("an HTTP answer");
        let version = response
            .headers()
            .get(epic_api::VERSION_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Answer {
            status: response.status().as_u16(),
            version,
            body: response.body_mut().read_to_string().unwrap_or_default(),
        }
    }

    /// `GET path`, with a bearer token when given.
    pub fn get(&self, path: &str, token: Option<&str>) -> Answer {
        let mut request = Self::agent().get(format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        Self::answer(request.call())
    }

    /// `DELETE path` with a bearer token.
    pub fn delete(&self, path: &str, token: &str) -> Answer {
        let request = Self::agent()
            .delete(format!("{}{path}", self.base))
            .header("authorization", format!("Bearer {token}"));
        Self::answer(request.call())
    }

    /// `POST path` with a JSON body.
    pub fn post(&self, path: &str, json: &serde_json::Value) -> Answer {
        self.post_with(path, json, &[])
    }

    /// `post` with more headers.
    pub fn post_with(
        &self,
        path: &str,
        json: &serde_json::Value,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = Self::agent()
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/json");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Self::answer(request.send(json.to_string()))
    }

    /// A write: `method` with a JSON body, a token and maybe `If-Match`.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        token: &str,
        if_match: Option<&str>,
        json: &serde_json::Value,
    ) -> Answer {
        let url = format!("{}{path}", self.base);
        let mut request = match method {
            "PATCH" => Self::agent().patch(url),
            "PUT" => Self::agent().put(url),
            _ => Self::agent().post(url),
        }
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {token}"));
        if let Some(tag) = if_match {
            request = request.header("if-match", tag);
        }
        Self::answer(request.send(json.to_string()))
    }

    /// SIGTERM, then how it exited and everything it wrote on stderr.
    pub fn stop(mut self) -> (ExitStatus, String) {
        self.terminate();
        let status = self.child.wait().expect("server exit");
        let log = self
            .log
            .take()
            .map(|l| l.join().unwrap_or_default())
            .unwrap_or_default();
        (status, log)
    }

    /// The server's process id, to read its memory from `/proc`.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// `host:port` of the server, for raw connections.
    pub fn address(&self) -> &str {
        self.base.trim_start_matches("http://")
    }

    /// Sends SIGHUP: read the certificate again.
    pub fn hang_up(&self) {
        self.signal(nix::sys::signal::Signal::SIGHUP);
    }

    fn terminate(&self) {
        self.signal(nix::sys::signal::Signal::SIGTERM);
    }

    fn signal(&self, signal: nix::sys::signal::Signal) {
        if let Ok(pid) = i32::try_from(self.child.id()) {
            let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), signal);
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.log.is_some() {
            self.terminate();
            let _ = self.child.wait();
        }
    }
}
