//! Sentry, only when `SENTRY_DSN` is set. Events are scrubbed of tokens,
//! passwords and email addresses before they leave the machine.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

pub struct Reporting(Option<sentry::ClientInitGuard>);

/// How long a finished command may wait for its reports to leave. A Sentry
/// that does not answer must not hold up the exit status of a command whose
/// work is done.
const FLUSH_DEADLINE: Duration = Duration::from_secs(2);
/// Every request to Sentry: connected within this, finished within that.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
const SEND_TIMEOUT: Duration = Duration::from_secs(5);

/// Sentry's own HTTP transport with an agent of ours, whose timeouts bound
/// each request (the default agent has none).
#[derive(Debug)]
struct BoundedTransport;

impl sentry::TransportFactory for BoundedTransport {
    fn create_transport_with_options(
        &self,
        options: sentry::TransportOptions,
    ) -> Arc<dyn sentry::Transport> {
        let tls = ureq::tls::TlsConfig::builder()
            .provider(ureq::tls::TlsProvider::Rustls)
            .build();
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(CONNECT_TIMEOUT))
            .timeout_global(Some(SEND_TIMEOUT))
            .tls_config(tls)
            .build()
            .new_agent();
        Arc::new(
            sentry::transports::UreqHttpTransportOptions::from(options)
                .with_agent(agent)
                .build(),
        )
    }
}

pub fn init() -> Reporting {
    // Blank means unset, as it always has.
    let Some(dsn) =
        std::env::var_os("SENTRY_DSN").filter(|d| !d.to_str().is_some_and(|d| d.trim().is_empty()))
    else {
        return Reporting(None);
    };
    let parsed = dsn
        .to_str()
        .ok_or_else(|| "it is not valid UTF-8".to_owned())
        .and_then(|d| {
            d.trim()
                .parse::<sentry::types::Dsn>()
                .map_err(|e| e.to_string())
        });
    let dsn = match parsed {
        Ok(dsn) => dsn,
        Err(reason) => {
            eprintln!(
                "warning: SENTRY_DSN is not a valid DSN ({reason}); errors will not be reported"
            );
            return Reporting(None);
        }
    };
    let mut options = sentry::ClientOptions::default();
    options.dsn = Some(dsn);
    options.shutdown_timeout = FLUSH_DEADLINE;
    options.transport = Some(Arc::new(BoundedTransport));
    options.release = sentry::release_name!();
    options.send_default_pii = false;
    options.attach_stacktrace = true;
    options.before_send = Some(Arc::new(scrub));
    Reporting(Some(sentry::init(options)))
}

impl Reporting {
    /// Sends what is queued, waiting at most `FLUSH_DEADLINE`, then lets the
    /// process exit without joining the sender (dropping the guard would
    /// wait for a request that may never end).
    pub fn finish(self) {
        if let Some(guard) = self.0 {
            guard.flush(Some(FLUSH_DEADLINE));
            std::mem::forget(guard);
        }
    }
}

impl std::fmt::Debug for Reporting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Reporting(on)"
        } else {
            "Reporting(off)"
        })
    }
}

pub fn capture_error(message: &str) {
    sentry::capture_message(message, sentry::Level::Error);
}

/// A business event worth seeing in Sentry: ids only, never names.
pub fn info(message: &str, ids: &[(&str, i64)]) {
    sentry::with_scope(
        |scope| {
            for (key, value) in ids {
                scope.set_extra(key, (*value).into());
            }
        },
        || sentry::capture_message(message, sentry::Level::Info),
    );
}

/// Tags later events with who was acting; never their name or email.
pub fn set_actor(employee_id: i64, department: &str) {
    sentry::configure_scope(|scope| {
        scope.set_tag("employee_id", employee_id);
        scope.set_tag("department", department);
    });
}

fn scrub(event: sentry::protocol::Event<'static>) -> Option<sentry::protocol::Event<'static>> {
    let mut value = serde_json::to_value(&event).ok()?;
    scrub_value(&mut value, None);
    serde_json::from_value(value).ok()
}

const SECRET_KEYS: &[&str] = &[
    "password",
    "token",
    "secret",
    "authorization",
    "cookie",
    "email",
    "dsn",
];

fn scrub_value(value: &mut Value, key: Option<&str>) {
    if let Some(key) = key {
        let key = key.to_lowercase();
        if SECRET_KEYS.iter().any(|s| key.contains(s)) && !value.is_null() {
            *value = Value::String("[redacted]".into());
            return;
        }
    }
    match value {
        Value::String(text) => *text = scrub_text(text),
        Value::Array(items) => items.iter_mut().for_each(|v| scrub_value(v, None)),
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| scrub_value(v, Some(k))),
        _ => {}
    }
}

/// Replaces anything shaped like a JWT or an email address, and the value
/// of `EPIC_TOKEN` verbatim.
pub fn scrub_text(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(token) = std::env::var("EPIC_TOKEN").ok().filter(|t| !t.is_empty()) {
        out = out.replace(&token, "[token]");
    }
    out.split_inclusive(|c: char| c.is_whitespace() || "\"'<>(),;[]{}".contains(c))
        .map(|piece| {
            let word =
                piece.trim_end_matches(|c: char| c.is_whitespace() || "\"'<>(),;[]{}".contains(c));
            let tail = &piece[word.len()..];
            if looks_like_jwt(word) {
                format!("[token]{tail}")
            } else if looks_like_email(word) {
                format!("[email]{tail}")
            } else {
                piece.to_owned()
            }
        })
        .collect()
}

fn looks_like_jwt(word: &str) -> bool {
    word.contains("eyJ") && word.matches('.').count() >= 2
}

fn looks_like_email(word: &str) -> bool {
    word.split_once('@')
        .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_emails_are_scrubbed() {
        let text = "login of bill@epic.io failed with eyJhbGciOi.eyJzdWIi.sig, see (x@y.fr)";
        let scrubbed = scrub_text(text);
        assert_eq!(
            scrubbed,
            "login of [email] failed with [token], see ([email])"
        );
    }

    #[test]
    fn secret_keys_are_redacted_whatever_their_value() {
        let mut v = serde_json::json!({"extra": {"password": "hunter2hunter2", "count": 3}});
        scrub_value(&mut v, None);
        assert_eq!(v["extra"]["password"], "[redacted]");
        assert_eq!(v["extra"]["count"], 3);
    }
}
