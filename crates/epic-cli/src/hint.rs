//! The unread-notifications hint on a terminal: worth seeing when a
//! session starts and again after a while, not above every command of a
//! working day.

use chrono::{DateTime, Utc};

/// How long the hint stays quiet within one session once shown.
const QUIET_SECONDS: i64 = 3600;

/// Where the last showing is kept: a digest of the session's token (never
/// the token) and the time, in the user's data directory.
fn file() -> Option<std::path::PathBuf> {
    crate::config::data_dir()
        .ok()
        .map(|dir| dir.join("notification-hint"))
}

fn session(token: &str) -> String {
    epic_domain::token::session_key(token)[..16].to_owned()
}

/// Whether the hint may be shown now for this session.
pub fn due(token: &str, now: DateTime<Utc>) -> bool {
    let Some(last) = file().and_then(|f| std::fs::read_to_string(f).ok()) else {
        return true;
    };
    let recent = last.trim().split_once(' ').is_some_and(|(key, at)| {
        key == session(token)
            && at
                .parse::<i64>()
                .is_ok_and(|at| (0..QUIET_SECONDS).contains(&(now.timestamp() - at)))
    });
    !recent
}

/// Records that the hint was shown; a failure only means it shows again.
pub fn shown(token: &str, now: DateTime<Utc>) {
    if let Some(file) = file() {
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = std::fs::write(file, format!("{} {}\n", session(token), now.timestamp()));
    }
}
