//! Where the session token lives between commands: `EPIC_TOKEN`, then the
//! system keyring, then (only if the user asked for it) a 0600 file.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use crate::command_error::{CommandError, CommandResult, ExitStatus};

const SERVICE: &str = "epic";
/// A keyring that has not answered in this long is treated as absent.
const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenSource {
    Environment,
    Keyring,
    File,
}

impl TokenSource {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Environment => "EPIC_TOKEN",
            Self::Keyring => "keyring",
            Self::File => "file",
        }
    }
}

/// Tokens are kept per database, so the demo database and the real one
/// each have their own session.
#[derive(Debug, Clone)]
pub struct TokenStore {
    account: String,
    file: PathBuf,
}

/// Runs a keyring call on its own thread so a hung D-Bus cannot hang `epic`.
fn bounded<T: Send + 'static>(
    call: impl FnOnce() -> keyring::Result<T> + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(call());
    });
    match rx.recv_timeout(KEYRING_TIMEOUT) {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(_) => Err(format!(
            "the keyring did not answer within {}s",
            KEYRING_TIMEOUT.as_secs()
        )),
    }
}

impl TokenStore {
    pub fn new(database_key: &str, data_dir: &Path) -> Self {
        Self {
            account: database_key.to_owned(),
            file: data_dir
                .join("tokens")
                .join(format!("{:016x}", fnv1a(database_key))),
        }
    }

    pub fn load(&self) -> Option<(String, TokenSource)> {
        if let Some(token) = std::env::var("EPIC_TOKEN")
            .ok()
            .filter(|t| !t.trim().is_empty())
        {
            return Some((token, TokenSource::Environment));
        }
        let account = self.account.clone();
        if let Ok(token) = bounded(move || keyring::Entry::new(SERVICE, &account)?.get_password()) {
            return Some((token, TokenSource::Keyring));
        }
        std::fs::read_to_string(&self.file)
            .ok()
            .map(|t| (t.trim().to_owned(), TokenSource::File))
            .filter(|(t, _)| !t.is_empty())
    }

    pub fn save_in_keyring(&self, token: &str) -> Result<(), String> {
        let (account, token) = (self.account.clone(), token.to_owned());
        bounded(move || keyring::Entry::new(SERVICE, &account)?.set_password(&token))
    }

    /// Written with owner-only permissions from the first byte.
    pub fn save_in_file(&self, token: &str) -> CommandResult<&Path> {
        use std::io::Write;
        let dir = self.file.parent().unwrap_or(Path::new("."));
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir)?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&self.file)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(token.as_bytes())?;
        Ok(&self.file)
    }

    /// Removes the token from the keyring and the file; absence is fine.
    pub fn forget(&self) {
        let account = self.account.clone();
        let _ = bounded(move || keyring::Entry::new(SERVICE, &account)?.delete_credential());
        let _ = std::fs::remove_file(&self.file);
    }

    pub fn keyring_unavailable(reason: &str) -> CommandError {
        CommandError::new(
            ExitStatus::Usage,
            format!("cannot keep the session token in the system keyring: {reason}"),
        )
        .with_hint(
            "without a keyring (a server, cron, SSH), either run `epic login --print-token` and export the token as EPIC_TOKEN, \
             or run `epic login --insecure-storage` to keep it in a file only you can read",
        )
    }
}

/// A stable file name for a database, without a hashing dependency.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
