//! Where requests go and how they travel: a password or token never goes
//! over plain HTTP to another machine, and HTTPS is checked against the
//! operating system's trust store plus, if given, the company's CA.

use std::fmt;
use std::net::IpAddr;
use std::time::Duration;

use reqwest::Url;

use crate::error::{Error, Result};

/// How long connecting may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A server's address, checked: `https://`, or `http://` to this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl(Url);

impl ServerUrl {
    pub fn parse(text: &str) -> Result<Self> {
        let usage = |why: &str| Error::Setup(format!("the server {text:?} {why}"));
        let mut url = Url::parse(text.trim()).map_err(|e| {
            usage(&format!(
                "is not a URL ({e}); write it as https://HOST[:PORT]"
            ))
        })?;
        let Some(host) = url.host_str() else {
            return Err(usage("has no host"));
        };
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(host) => {}
            "http" => {
                return Err(usage(&format!(
                    "is plain http:// to {host}, which is not this machine: passwords and tokens would cross the network readable by anyone on the way; use https://"
                )));
            }
            _ => {
                return Err(usage(
                    "must start with https:// (or http:// to this machine)",
                ));
            }
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(usage("must not hold a user name or password"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(usage("must not hold a query or fragment"));
        }
        // A server behind a proxy path keeps it: /crm and /crm/ are one.
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Ok(Self(url))
    }

    /// `path` is absolute (`/api/v1/…`), taken under the server's own path.
    pub fn join(&self, path: &str) -> Url {
        let mut url = self.0.clone();
        let joined = format!("{}{}", self.0.path(), path.trim_start_matches('/'));
        url.set_path(&joined);
        url
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str().trim_end_matches('/'))
    }
}

fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => bare.eq_ignore_ascii_case("localhost"),
    }
}

/// The HTTP client: rustls on ring with the platform's verifier, plus the
/// CAs of the PEM bundle `ca`.
pub fn client(ca: Option<&[u8]>, read_timeout: Duration) -> Result<reqwest::Client> {
    // Another part of the process may have installed it first; either way
    // one provider is in place.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = reqwest::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .read_timeout(read_timeout)
        .user_agent(concat!("epic/", env!("CARGO_PKG_VERSION")))
        .https_only(false)
        .redirect(reqwest::redirect::Policy::none());
    if let Some(pem) = ca {
        builder = builder.tls_certs_merge(certificates(pem).map_err(Error::BadCa)?);
    }
    builder
        .build()
        .map_err(|e| Error::Setup(format!("cannot set up HTTPS: {e}")))
}

/// The certificates of a PEM bundle; the error says why it is not one.
fn certificates(pem: &[u8]) -> Result<Vec<reqwest::Certificate>, String> {
    let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| e.to_string())?;
    if certs.is_empty() {
        return Err("it holds no PEM certificate".to_owned());
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_is_for_this_machine_only() {
        for ok in [
            "http://127.0.0.1:3742",
            "http://localhost:3742/",
            "http://[::1]:3742",
            "https://crm.example.com",
            "https://crm.example.com/epic",
        ] {
            assert!(ServerUrl::parse(ok).is_ok(), "{ok}");
        }
        for refused in [
            "http://crm.example.com",
            "http://10.0.0.2:3742",
            "http://localhost.example.com",
            "ftp://crm.example.com",
            "https://bob:pw@crm.example.com",
            "crm.example.com",
        ] {
            let err = ServerUrl::parse(refused).err();
            assert!(matches!(err, Some(Error::Setup(_))), "{refused}");
        }
    }

    #[test]
    fn paths_stay_under_the_servers_own_path() {
        let url = ServerUrl::parse("https://example.com/crm").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            url.join("/api/v1/me").as_str(),
            "https://example.com/crm/api/v1/me"
        );
        assert_eq!(url.to_string(), "https://example.com/crm");
    }
}
