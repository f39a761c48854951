//! Where the person at this terminal is: the time zone their typed times
//! are read in, here or by a server, whichever zone the server runs in.

use chrono::Utc;
use epic_domain::when::{Here, Tz};

use crate::command_error::{CommandError, CommandResult};

/// `TZ` when it is set (an IANA name such as `Europe/Paris`, or a path to
/// one under `zoneinfo/`), else the system's zone, else UTC.
pub fn zone() -> CommandResult<Tz> {
    match std::env::var("TZ") {
        Ok(value) if !value.trim().is_empty() => named(&value).ok_or_else(|| {
            CommandError::usage(format!(
                "TZ={value:?} names no time zone epic knows: use an IANA name such as Europe/Paris"
            ))
        }),
        _ => Ok(iana_time_zone::get_timezone()
            .ok()
            .and_then(|name| named(&name))
            .unwrap_or(Tz::UTC)),
    }
}

/// The person's zone and the present.
pub fn here() -> CommandResult<Here> {
    Ok(Here::new(zone()?, Utc::now()))
}

fn named(value: &str) -> Option<Tz> {
    let value = value.trim().trim_start_matches(':');
    value.parse().ok().or_else(|| {
        value
            .rsplit_once("zoneinfo/")
            .and_then(|(_, name)| name.parse().ok())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_named_as_tz_names_them() {
        assert_eq!(named("Europe/Paris"), Some(Tz::Europe__Paris));
        assert_eq!(named(":Europe/Paris"), Some(Tz::Europe__Paris));
        assert_eq!(
            named("/usr/share/zoneinfo/Europe/Paris"),
            Some(Tz::Europe__Paris)
        );
        assert_eq!(named("UTC"), Some(Tz::UTC));
        assert_eq!(named("CET-1CEST"), None);
    }
}
