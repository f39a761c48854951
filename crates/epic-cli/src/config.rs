//! Where things live. Precedence: flag > `EPIC_*` environment > config file >
//! default.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use clap::ValueEnum;

use crate::cli::Format;
use crate::command_error::{CommandError, CommandResult};
use crate::context::Target;
use crate::i18n;
use crate::sheet::Delimiter;
use epic_domain::crm::privacy::Age;

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csv_delimiter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub db_connections: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trusted_proxies: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_password_file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_ca: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// `[7, 1]` in the file, `7,1` from `epic config set`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "days_list"
    )]
    pub reminder_days: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention: Option<String>,
}

/// A list of days as TOML writes it (`[7, 1]`) or as text (`"7, 1"`).
fn days_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Days {
        List(Vec<u32>),
        Text(String),
    }
    Ok(Some(match Days::deserialize(d)? {
        Days::List(days) => days
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(","),
        Days::Text(text) => text,
    }))
}

/// The keys `epic config` knows, with what each holds.
pub const KEYS: [(&str, &str); 14] = [
    ("database_url", "sqlite:PATH or postgres://USER@HOST/DB"),
    ("format", "table, json or csv"),
    ("server", "https://HOST[:PORT] of the team's `epic serve`"),
    (
        "ca",
        "a PEM file of the company CA that signed the server's certificate",
    ),
    (
        "csv_delimiter",
        "the cell separator of -o csv: ',', ';' or tab",
    ),
    (
        "db_connections",
        "database connections `epic serve` keeps open (default: 4 per core, 4 to 32)",
    ),
    (
        "trusted_proxies",
        "addresses of the reverse proxies whose X-Forwarded-For `epic serve` believes, comma-separated",
    ),
    (
        "smtp_url",
        "smtp://[USER@]HOST[:PORT] (STARTTLS required unless ?tls=none) or smtps://… of the mail server",
    ),
    (
        "smtp_password_file",
        "a file holding the mail server's password (owner-only), when the URL holds none",
    ),
    (
        "smtp_ca",
        "a PEM file of the CA that signed the mail server's certificate, besides the system's",
    ),
    (
        "mail_from",
        "the sender of e-mail: Epic Events <crm@example.com>",
    ),
    (
        "time_zone",
        "the company's IANA time zone, for times in e-mail (default Europe/Paris)",
    ),
    (
        "reminder_days",
        "days before an event that its people get a reminder by e-mail (default 7, 1; empty for none)",
    ),
    (
        "retention",
        "how long a prospect is kept after the last contact: 3y, 18m or 90d (default 3y)",
    ),
];

impl FileConfig {
    pub fn get(&self, key: &str) -> CommandResult<Option<&str>> {
        match key {
            "database_url" => Ok(self.database_url.as_deref()),
            "format" => Ok(self.format.as_deref()),
            "server" => Ok(self.server.as_deref()),
            "ca" => Ok(self.ca.as_deref()),
            "csv_delimiter" => Ok(self.csv_delimiter.as_deref()),
            "db_connections" => Ok(self.db_connections.as_deref()),
            "trusted_proxies" => Ok(self.trusted_proxies.as_deref()),
            "smtp_url" => Ok(self.smtp_url.as_deref()),
            "smtp_password_file" => Ok(self.smtp_password_file.as_deref()),
            "smtp_ca" => Ok(self.smtp_ca.as_deref()),
            "mail_from" => Ok(self.mail_from.as_deref()),
            "time_zone" => Ok(self.time_zone.as_deref()),
            "reminder_days" => Ok(self.reminder_days.as_deref()),
            "retention" => Ok(self.retention.as_deref()),
            _ => Err(unknown_key(key)),
        }
    }

    /// Checks the value before it can break later commands.
    pub fn set(&mut self, key: &str, value: Option<String>) -> CommandResult {
        let invalid = |reason: &str| CommandError::invalid("value", reason);
        match key {
            "database_url" => {
                if let Some(v) = &value
                    && !(v.starts_with("sqlite:")
                        || v.starts_with("postgres://")
                        || v.starts_with("postgresql://"))
                {
                    return Err(invalid(&i18n::text("config-database-url", &[])));
                }
                self.database_url = value;
            }
            "format" => {
                if let Some(v) = &value
                    && !["table", "json", "csv"].contains(&v.as_str())
                {
                    return Err(invalid(&i18n::text("config-format", &[])));
                }
                self.format = value;
            }
            "server" => {
                if let Some(v) = &value {
                    epic_client::ServerUrl::parse(v)?;
                }
                self.server = value;
            }
            "ca" => self.ca = value,
            "csv_delimiter" => {
                if let Some(v) = &value {
                    Delimiter::parse(v).map_err(|e| invalid(&e))?;
                }
                self.csv_delimiter = value;
            }
            "db_connections" => {
                if let Some(v) = &value {
                    parse_connections(v).map_err(|e| invalid(&e))?;
                }
                self.db_connections = value;
            }
            "trusted_proxies" => {
                if let Some(v) = &value {
                    parse_addresses(v).map_err(|e| invalid(&e))?;
                }
                self.trusted_proxies = value;
            }
            "smtp_url" => {
                if let Some(v) = &value {
                    epic_mail::SmtpUrl::parse(v).map_err(|e| invalid(&e))?;
                    if holds_password(v) {
                        return Err(invalid(
                            "the URL holds a password, which an argument would show to every user of this machine: put it in smtp_password_file, or edit the config file",
                        ));
                    }
                }
                self.smtp_url = value;
            }
            "smtp_password_file" => self.smtp_password_file = value,
            "smtp_ca" => self.smtp_ca = value,
            "mail_from" => {
                if let Some(v) = &value {
                    epic_mail::parse_mail_from(v).map_err(|e| invalid(&e))?;
                }
                self.mail_from = value;
            }
            "time_zone" => {
                if let Some(v) = &value {
                    epic_mail::parse_time_zone(v).map_err(|e| invalid(&e))?;
                }
                self.time_zone = value;
            }
            "reminder_days" => {
                if let Some(v) = &value {
                    epic_mail::parse_reminder_days(v).map_err(|e| invalid(&e))?;
                }
                self.reminder_days = value;
            }
            "retention" => {
                if let Some(v) = &value {
                    Age::parse(v)?;
                }
                self.retention = value;
            }
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }
}

/// How long prospects are kept: `retention` in the config, or the CNIL's
/// three years.
pub fn retention() -> CommandResult<Age> {
    match read_config_file()?.retention {
        Some(text) => Ok(Age::parse(&text)?),
        None => Ok(Age::DEFAULT),
    }
}

/// A pool size: 1 to 1,000 connections.
pub fn parse_connections(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n @ 1..=1000) => Ok(n),
        _ => Err(format!(
            "{text:?} is not a number of connections from 1 to 1000"
        )),
    }
}

/// `epic serve`'s pool: the flag, else `db_connections` in the config
/// file, else 4 per core (a request waits on the database more than on
/// the processor), from 4 to 32.
pub fn db_connections(flag: Option<u32>) -> CommandResult<u32> {
    if let Some(n) = flag {
        return Ok(n);
    }
    if let Some(text) = read_config_file()?.db_connections {
        return parse_connections(&text)
            .map_err(|e| CommandError::usage(format!("config file: db_connections: {e}")));
    }
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    Ok(u32::try_from(cores * 4).unwrap_or(32).clamp(4, 32))
}

/// One IP address, as `--trusted-proxy` takes it.
pub fn parse_address(text: &str) -> Result<std::net::IpAddr, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("{text:?} is not an IP address (such as 10.0.0.2 or ::1)"))
}

/// Comma-separated IP addresses.
pub fn parse_addresses(text: &str) -> Result<Vec<std::net::IpAddr>, String> {
    text.split(',')
        .filter(|part| !part.trim().is_empty())
        .map(parse_address)
        .collect()
}

/// `epic serve`'s trusted proxies: the flags, else `trusted_proxies` in
/// the config file, else none.
pub fn trusted_proxies(flags: &[std::net::IpAddr]) -> CommandResult<Vec<std::net::IpAddr>> {
    if !flags.is_empty() {
        return Ok(flags.to_vec());
    }
    match read_config_file()?.trusted_proxies {
        Some(text) => parse_addresses(&text)
            .map_err(|e| CommandError::usage(format!("config file: trusted_proxies: {e}"))),
        None => Ok(Vec::new()),
    }
}

/// The mail server of the config file, if `smtp_url` is set; with it,
/// `mail_from` must be too, and every file it names readable: a sender
/// refuses to start half-configured.
pub fn mail_settings() -> CommandResult<Option<epic_mail::MailSettings>> {
    let file = read_config_file()?;
    let Some(url) = file.smtp_url.as_deref() else {
        return Ok(None);
    };
    let bad = |e: String| CommandError::usage(format!("config file: {e}"));
    let from = file
        .mail_from
        .as_deref()
        .ok_or_else(|| bad("mail_from must be set with smtp_url: e-mail needs a sender".into()))?;
    let read = |key: &str, path: &str| {
        let file = std::fs::File::open(path)
            .map_err(|e| bad(format!("{key}: cannot read {path}: {e}")))?;
        epic_store::private::read_limited(file, MAX_CONFIG_BYTES)
            .map_err(|e| bad(format!("{key}: cannot read {path}: {e}")))
    };
    let password = match file.smtp_password_file.as_deref() {
        Some(path) => Some(
            read("smtp_password_file", path)?
                .trim_end_matches(['\r', '\n'])
                .to_owned(),
        ),
        None => None,
    };
    let ca = match file.smtp_ca.as_deref() {
        Some(path) => Some(read("smtp_ca", path)?.into_bytes()),
        None => None,
    };
    epic_mail::MailSettings::parse(
        url,
        password,
        from,
        file.time_zone.as_deref(),
        ca,
        file.reminder_days.as_deref(),
    )
    .map(Some)
    .map_err(bad)
}

fn unknown_key(key: &str) -> CommandError {
    let known: Vec<&str> = KEYS.iter().map(|(k, _)| *k).collect();
    let args = [
        ("key", format!("{key:?}").into()),
        ("known", known.join(", ").into()),
    ];
    CommandError::usage(i18n::text("config-unknown-key", &args))
}

fn project_dirs() -> CommandResult<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "epic").ok_or_else(|| {
        CommandError::usage("cannot find your home folder: set HOME, or pass --database-url")
    })
}

/// `~/.local/share/epic` on Linux: the default database and token file.
pub fn data_dir() -> CommandResult<PathBuf> {
    Ok(project_dirs()?.data_dir().to_owned())
}

pub fn config_file() -> CommandResult<PathBuf> {
    match std::env::var_os("EPIC_CONFIG") {
        Some(path) => Ok(PathBuf::from(path)),
        None => Ok(project_dirs()?.config_dir().join("config.toml")),
    }
}

/// A config file holds two short keys; anything larger is not one.
const MAX_CONFIG_BYTES: u64 = 64 * 1024;

pub fn read_config_file() -> CommandResult<FileConfig> {
    let path = config_file()?;
    let cannot = |e: &dyn std::fmt::Display| {
        CommandError::usage(format!("cannot read config file {}: {e}", path.display()))
    };
    let file = match std::fs::File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileConfig::default()),
        Err(e) => return Err(cannot(&e)),
    };
    // It may hold a database password: keep it the owner's alone.
    epic_store::private::tighten(&path).map_err(|e| cannot(&e))?;
    let text = epic_store::private::read_limited(file, MAX_CONFIG_BYTES).map_err(|e| cannot(&e))?;
    toml::from_str(&text).map_err(|e| {
        CommandError::usage(format!("config file {}: {}", path.display(), e.message()))
    })
}

/// `EPIC_<NAME>`: empty means unset; set to anything else, it is used or
/// the command fails, rather than quietly falling back to something else.
fn env_setting(name: &str) -> CommandResult<Option<String>> {
    match std::env::var(name) {
        Ok(value) if !value.is_empty() => Ok(Some(value)),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(CommandError::usage(format!("{name} is not valid UTF-8")))
        }
    }
}

/// Where the use cases run, as the settings name it: a database's URL,
/// or a server; `Context` opens it.
pub type Place = Target<String, Server>;

/// A server as the settings name it, with the CA to trust besides the
/// system's.
#[derive(Debug)]
pub struct Server {
    pub url: epic_client::ServerUrl,
    pub ca: Option<PathBuf>,
}

/// flag > environment > config file, for the server and the database
/// alike; naming both at one level is a usage error, since either could
/// be meant.
pub fn place(global: &crate::cli::GlobalArgs) -> CommandResult<Place> {
    place_from(
        global.server.clone(),
        global.database_url.clone(),
        global.ca.clone(),
    )
}

/// `place` for these flags.
pub fn place_from(
    server_flag: Option<String>,
    database_flag: Option<String>,
    ca_flag: Option<PathBuf>,
) -> CommandResult<Place> {
    let both = |server: &str, database: &str| {
        CommandError::usage(format!(
            "{server} and {database} are both set: with a server, epic never opens a database"
        ))
        .with_hint("keep the one you mean")
    };
    let file = read_config_file()?;
    let levels = [
        (server_flag, database_flag, ("--server", "--database-url")),
        (
            env_setting("EPIC_SERVER")?,
            env_setting("EPIC_DATABASE_URL")?,
            ("EPIC_SERVER", "EPIC_DATABASE_URL"),
        ),
        (
            file.server.clone(),
            file.database_url.clone(),
            (
                "`server` in the config file",
                "`database_url` in the config file",
            ),
        ),
    ];
    for (server, database, (server_name, database_name)) in levels {
        match (server, database) {
            (Some(_), Some(_)) => return Err(both(server_name, database_name)),
            (Some(server), None) => {
                let ca = match ca_flag {
                    Some(ca) => Some(ca),
                    None => env_setting("EPIC_CA")?.or(file.ca).map(PathBuf::from),
                };
                return Ok(Target::Remote(Server {
                    url: epic_client::ServerUrl::parse(&server)?,
                    ca,
                }));
            }
            (None, Some(database)) => return Ok(Target::Local(database)),
            (None, None) => {}
        }
    }
    Ok(Target::Local(format!(
        "sqlite://{}",
        data_dir()?.join("epic.db").display()
    )))
}

/// The database of the settings; a server set instead is refused with
/// `refusal`.
pub fn database_url(global: &crate::cli::GlobalArgs) -> CommandResult<String> {
    local_only(place(global)?)
}

/// The database of a place; a server is refused.
pub fn local_only(place: Place) -> CommandResult<String> {
    match place {
        Target::Local(url) => Ok(url),
        Target::Remote(Server { url, .. }) => Err(CommandError::usage(format!(
            "this command works on the database itself, and a server ({url}) is set"
        ))
        .with_hint("run it on the server's host, without --server, EPIC_SERVER or `server` in the config file")),
    }
}

/// Writes the config file, owner-only: a database URL may hold a password.
pub fn write_config_file(config: &FileConfig) -> CommandResult {
    use std::io::Write;
    let path = config_file()?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = toml::to_string(config)
        .map_err(|e| CommandError::internal(format!("cannot write the config: {e}")))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(&path)?.write_all(text.as_bytes())?;
    Ok(())
}

/// flag > EPIC_FORMAT > config file > the terminal's default.
pub fn format(flag: Option<Format>) -> CommandResult<Option<Format>> {
    if flag.is_some() {
        return Ok(flag);
    }
    let chosen = match std::env::var("EPIC_FORMAT").ok().filter(|f| !f.is_empty()) {
        Some(f) => Some(f),
        None => read_config_file()?.format,
    };
    chosen
        .map(|f| match Format::from_str(&f, true) {
            // A calendar is for one list, asked for on its command line.
            Ok(Format::Ics | Format::Xlsx) | Err(_) => Err(CommandError::usage(format!(
                "unknown default format {f:?}: use table, json or csv"
            ))),
            Ok(format) => Ok(format),
        })
        .transpose()
}

/// The separator of `-o csv`: flag > config file > a comma.
pub fn csv_delimiter(flag: Option<Delimiter>) -> CommandResult<Delimiter> {
    if let Some(flag) = flag {
        return Ok(flag);
    }
    match read_config_file()?.csv_delimiter {
        Some(text) => Delimiter::parse(&text)
            .map_err(|e| CommandError::usage(format!("config key csv_delimiter: {e}"))),
        None => Ok(Delimiter::COMMA),
    }
}

/// A database URL cut where passwords can hide: `scheme://user:password@`
/// and `password=` parameters.
struct UrlParts<'a> {
    scheme: &'a str,
    user: Option<&'a str>,
    password: Option<&'a str>,
    /// Host, port and path.
    rest: &'a str,
    params: Vec<&'a str>,
}

impl<'a> UrlParts<'a> {
    fn parse(url: &'a str) -> Option<Self> {
        let (scheme, after) = url.split_once("://")?;
        let (before_query, query) = after
            .split_once('?')
            .map_or((after, None), |(b, q)| (b, Some(q)));
        let authority = before_query.split('/').next().unwrap_or_default();
        let (user, password, rest) = match authority.rfind('@') {
            Some(at) => {
                let userinfo = &authority[..at];
                let (user, password) = userinfo
                    .split_once(':')
                    .map_or((userinfo, None), |(u, p)| (u, Some(p)));
                (Some(user), password, &before_query[at + 1..])
            }
            None => (None, None, before_query),
        };
        let params = query.map_or_else(Vec::new, |q| q.split('&').collect());
        Some(Self {
            scheme,
            user,
            password,
            rest,
            params,
        })
    }

    fn is_password_param(param: &str) -> bool {
        param
            .split_once('=')
            .is_some_and(|(key, _)| key.eq_ignore_ascii_case("password"))
    }

    /// Every password the URL holds.
    fn passwords(&self) -> impl Iterator<Item = &'a str> + '_ {
        let params = self
            .params
            .iter()
            .filter(|p| Self::is_password_param(p))
            .filter_map(|p| p.split_once('=').map(|(_, v)| v));
        self.password.into_iter().chain(params)
    }

    /// The URL again, without its passwords.
    fn without_passwords(&self) -> String {
        let mut out = format!("{}://", self.scheme);
        if let Some(user) = self.user {
            out.push_str(user);
            out.push('@');
        }
        out.push_str(self.rest);
        let kept: Vec<&str> = self
            .params
            .iter()
            .copied()
            .filter(|p| !Self::is_password_param(p))
            .collect();
        if !kept.is_empty() {
            out.push('?');
            out.push_str(&kept.join("&"));
        }
        out
    }
}

/// The URL as it may be shown and used as a key: without its password,
/// whether it is in the user info or a `password=` parameter.
pub fn redacted(url: &str) -> String {
    UrlParts::parse(url).map_or_else(|| url.to_owned(), |parts| parts.without_passwords())
}

/// Whether the URL carries a password, which must not be typed as an
/// argument (other users see arguments in the process list).
pub fn holds_password(url: &str) -> bool {
    UrlParts::parse(url).is_some_and(|parts| parts.passwords().next().is_some())
}

/// Removes the URL's passwords from a message that may quote them.
pub fn scrub_password(url: &str, message: &str) -> String {
    let Some(parts) = UrlParts::parse(url) else {
        return message.to_owned();
    };
    let mut out = message.replace(url, &parts.without_passwords());
    for secret in parts.passwords().filter(|s| !s.is_empty()) {
        out = out.replace(secret, "***");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{redacted, scrub_password};

    #[test]
    fn passwords_are_removed_from_urls() {
        assert_eq!(
            redacted("postgres://bob:s3cret@db:5432/epic"),
            "postgres://bob@db:5432/epic"
        );
        assert_eq!(redacted("postgres://bob@db/epic"), "postgres://bob@db/epic");
        assert_eq!(redacted("sqlite:///tmp/a.db"), "sqlite:///tmp/a.db");
        assert_eq!(
            redacted("postgres://bob@db/epic?sslmode=disable&password=s3cret"),
            "postgres://bob@db/epic?sslmode=disable"
        );
        assert_eq!(redacted("postgres://:s3cret@db"), "postgres://@db");
        assert_eq!(
            scrub_password("postgres://bob:s3cret@db/epic", "bad password s3cret"),
            "bad password ***"
        );
    }
}
