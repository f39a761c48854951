//! Where things live. Precedence: flag > `EPIC_*` environment > config file >
//! default.

use std::path::PathBuf;

use serde::Deserialize;

use crate::command_error::{CommandError, CommandResult};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
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

fn config_file() -> CommandResult<PathBuf> {
    match std::env::var_os("EPIC_CONFIG") {
        Some(path) => Ok(PathBuf::from(path)),
        None => Ok(project_dirs()?.config_dir().join("config.toml")),
    }
}

fn read_config_file() -> CommandResult<FileConfig> {
    let path = config_file()?;
    match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).map_err(|e| {
            CommandError::usage(format!("config file {}: {}", path.display(), e.message()))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(FileConfig::default()),
        Err(e) => Err(CommandError::usage(format!(
            "cannot read config file {}: {e}",
            path.display()
        ))),
    }
}

pub fn database_url(flag: Option<&str>) -> CommandResult<String> {
    if let Some(url) = flag {
        return Ok(url.to_owned());
    }
    if let Some(url) = std::env::var("EPIC_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        return Ok(url);
    }
    if let Some(url) = read_config_file()?.database_url {
        return Ok(url);
    }
    Ok(format!(
        "sqlite://{}",
        data_dir()?.join("epic.db").display()
    ))
}

/// The URL as it may be shown and used as a key: without its password.
pub fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, tail) = rest.split_once('/').map_or((rest, ""), |(a, t)| (a, t));
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return url.to_owned();
    };
    let user = userinfo.split_once(':').map_or(userinfo, |(u, _)| u);
    let slash = if rest.contains('/') { "/" } else { "" };
    format!("{scheme}://{user}@{host}{slash}{tail}")
}

#[cfg(test)]
mod tests {
    use super::redacted;

    #[test]
    fn passwords_are_removed_from_urls() {
        assert_eq!(
            redacted("postgres://bob:s3cret@db:5432/epic"),
            "postgres://bob@db:5432/epic"
        );
        assert_eq!(redacted("postgres://bob@db/epic"), "postgres://bob@db/epic");
        assert_eq!(redacted("sqlite:///tmp/a.db"), "sqlite:///tmp/a.db");
    }
}
