//! Where mail goes: `smtp_url` read once into a typed value. Unlike the
//! usual reading of `smtp://`, ours encrypts: STARTTLS is required unless
//! the URL says `?tls=none` (a relay on this very host) or
//! `?tls=opportunistic`; `smtps://` is TLS from the first byte.

use std::fmt;

/// How the connection is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encryption {
    /// `smtps://`: TLS from the start (port 465).
    Implicit,
    /// `smtp://`: plain, then STARTTLS, or no mail (port 587).
    StartTls,
    /// `?tls=opportunistic`: STARTTLS when offered.
    Opportunistic,
    /// `?tls=none`: plain text, for a relay on a trusted network.
    None,
}

/// A parsed `smtp_url`. Its password never shows in `Debug` or `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl {
    pub host: String,
    pub port: u16,
    pub encryption: Encryption,
    pub user: Option<String>,
    pub password: Option<String>,
}

impl fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SmtpUrl({self})")
    }
}

/// The URL without its password, as messages may show it.
impl fmt::Display for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = match self.encryption {
            Encryption::Implicit => "smtps",
            _ => "smtp",
        };
        write!(f, "{scheme}://")?;
        if let Some(user) = &self.user {
            write!(f, "{user}@")?;
        }
        write!(f, "{}:{}", self.host, self.port)?;
        match self.encryption {
            Encryption::Opportunistic => write!(f, "?tls=opportunistic"),
            Encryption::None => write!(f, "?tls=none"),
            _ => Ok(()),
        }
    }
}

impl SmtpUrl {
    /// Reads `smtp[s]://[user[:password]@]host[:port][?tls=…]`; the error
    /// never quotes the URL, which may hold a password.
    pub fn parse(text: &str) -> Result<Self, String> {
        let (scheme, rest) = text
            .split_once("://")
            .ok_or("smtp_url must start with smtp:// or smtps://")?;
        let mut encryption = match scheme.to_ascii_lowercase().as_str() {
            "smtp" => Encryption::StartTls,
            "smtps" => Encryption::Implicit,
            _ => return Err("smtp_url must start with smtp:// or smtps://".into()),
        };
        let (authority, query) = rest.split_once('?').unwrap_or((rest, ""));
        let authority = authority.strip_suffix('/').unwrap_or(authority);
        if authority.contains('/') {
            return Err("smtp_url has no path: smtp://host:port".into());
        }
        for param in query.split('&').filter(|p| !p.is_empty()) {
            encryption = match (param, encryption) {
                ("tls=required", Encryption::StartTls) => Encryption::StartTls,
                ("tls=opportunistic", Encryption::StartTls) => Encryption::Opportunistic,
                ("tls=none", Encryption::StartTls) => Encryption::None,
                _ => {
                    return Err(
                        "smtp_url takes only ?tls=required, ?tls=opportunistic or ?tls=none, and only with smtp://"
                            .into(),
                    );
                }
            };
        }
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((userinfo, hostport)) => (Some(userinfo), hostport),
            None => (None, authority),
        };
        let (user, password) = match userinfo {
            None => (None, None),
            Some(info) => {
                let (user, password) = info
                    .split_once(':')
                    .map_or((info, None), |(u, p)| (u, Some(p)));
                (Some(decode(user)?), password.map(decode).transpose()?)
            }
        };
        let (host, port) = split_port(hostport)?;
        if host.is_empty() {
            return Err("smtp_url names no host".into());
        }
        let port = port.unwrap_or(match encryption {
            Encryption::Implicit => 465,
            Encryption::None => 25,
            _ => 587,
        });
        Ok(Self {
            host,
            port,
            encryption,
            user: user.filter(|u| !u.is_empty()),
            password,
        })
    }
}

fn split_port(hostport: &str) -> Result<(String, Option<u16>), String> {
    let bad_port = || "smtp_url's port is not a number from 1 to 65535".to_owned();
    if let Some(v6) = hostport.strip_prefix('[') {
        let (host, after) = v6
            .split_once(']')
            .ok_or("smtp_url's [address] is not closed")?;
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p.parse().ok().filter(|p| *p > 0).ok_or_else(bad_port)?),
            None if after.is_empty() => None,
            None => return Err(bad_port()),
        };
        return Ok((host.to_owned(), port));
    }
    match hostport.rsplit_once(':') {
        Some((host, port)) => {
            let port = port.parse().ok().filter(|p| *p > 0).ok_or_else(bad_port)?;
            Ok((host.to_owned(), Some(port)))
        }
        None => Ok((hostport.to_owned(), None)),
    }
}

/// `%XX` escapes, as a user name or password with `@` or `:` needs.
fn decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or("smtp_url has a % not followed by two hex digits")?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "smtp_url's user or password is not UTF-8".to_owned())
}

#[cfg(test)]
mod tests {
    use super::{Encryption, SmtpUrl};

    #[test]
    fn starttls_unless_the_url_says_otherwise() {
        let url = SmtpUrl::parse("smtp://mail.example.com").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((url.port, url.encryption), (587, Encryption::StartTls));
        let url = SmtpUrl::parse("smtps://bob:p%40ss@mail.example.com:2465")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(url.encryption, Encryption::Implicit);
        assert_eq!(url.password.as_deref(), Some("p@ss"));
        assert_eq!(url.to_string(), "smtps://bob@mail.example.com:2465");
        assert!(!format!("{url:?}").contains("p@ss"));
        let url =
            SmtpUrl::parse("smtp://127.0.0.1:2525?tls=none").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(url.encryption, Encryption::None);
        for bad in [
            "http://x",
            "smtp://",
            "smtp://h:0",
            "smtp://h:x",
            "smtps://h?tls=none",
            "smtp://h?tls=maybe",
            "smtp://u:secret@h/path",
        ] {
            let error = SmtpUrl::parse(bad).err().unwrap_or_else(|| panic!("{bad}"));
            assert!(!error.contains("secret"), "{error}");
        }
    }
}
