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
        Ok(result) => result.map_err(|e| match e {
            keyring::Error::NoDefaultStore | keyring::Error::NoStorageAccess(_) => {
                "no system keyring (Secret Service) is reachable in this session".to_owned()
            }
            other => other.to_string(),
        }),
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

    /// The token to use. `EPIC_TOKEN`, once set, is the only candidate: a
    /// script whose login failed must fail too, not act as whoever is
    /// logged in on this account.
    pub fn load(&self) -> CommandResult<Option<(String, TokenSource)>> {
        if let Some(value) = std::env::var_os("EPIC_TOKEN") {
            let refused = |why: &str| {
                CommandError::new(ExitStatus::Unauthenticated, format!("EPIC_TOKEN {why}"))
                    .with_hint("set it to the output of `epic login --print-token`, or unset it")
            };
            let token = value
                .into_string()
                .map_err(|_| refused("is not valid UTF-8"))?;
            let token = token.trim();
            if token.is_empty() {
                return Err(refused(
                    "is set but empty (did the login that set it fail?)",
                ));
            }
            if token.len() > MAX_TOKEN {
                return Err(refused("is too long to be a session token"));
            }
            return Ok(Some((token.to_owned(), TokenSource::Environment)));
        }
        let account = self.account.clone();
        if let Ok(token) = bounded(move || keyring::Entry::new(SERVICE, &account)?.get_password()) {
            return Ok(Some((token, TokenSource::Keyring)));
        }
        let Some(text) = self.read_file()? else {
            return Ok(None);
        };
        let token = text.trim();
        Ok((!token.is_empty()).then(|| (token.to_owned(), TokenSource::File)))
    }

    /// The token file, read without following a link, from a folder that
    /// only its owner can enter, and at most `MAX_TOKEN` bytes of it.
    fn read_file(&self) -> CommandResult<Option<String>> {
        let Some(dir) = self.file.parent() else {
            return Ok(None);
        };
        if std::fs::symlink_metadata(dir).is_err() {
            return Ok(None);
        }
        check_private_dir(dir)?;
        let file = match no_follow().read(true).open(&self.file) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(unsafe_file(&self.file, &e.to_string())),
        };
        epic_store::private::tighten(&self.file)
            .map_err(|e| unsafe_file(&self.file, &e.to_string()))?;
        epic_store::private::read_limited(file, MAX_TOKEN as u64)
            .map(Some)
            .map_err(|e| unsafe_file(&self.file, &e.to_string()))
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
        check_private_dir(dir)?;
        let mut options = no_follow();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(&self.file)
            .map_err(|e| unsafe_file(&self.file, &e.to_string()))?;
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

    /// Whether the system keyring can be reached at all, asked before a
    /// login takes a password it could not keep a session for.
    pub fn keyring_ready() -> Result<(), String> {
        bounded(|| keyring::Entry::new(SERVICE, "epic").map(drop))
    }

    pub fn keyring_unavailable(reason: &str) -> CommandError {
        CommandError::new(
            ExitStatus::Unauthenticated,
            format!("cannot keep the session token in the system keyring: {reason}"),
        )
        .with_hint(
            "without a keyring (a server, cron, SSH), either run `epic login --print-token` and export the token as EPIC_TOKEN, \
             or run `epic login --insecure-storage` to keep it in a file only you can read",
        )
    }
}

/// A token is a few hundred bytes; anything much larger is not one.
const MAX_TOKEN: usize = 8 * 1024;

/// Open options that refuse a symbolic link as the last component, so a link
/// planted at the token path can neither be read nor have its target
/// overwritten.
fn no_follow() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flag = rustix::fs::OFlags::NOFOLLOW.bits();
        options.custom_flags(i32::try_from(flag).unwrap_or(0));
    }
    options
}

fn unsafe_file(path: &Path, why: &str) -> CommandError {
    CommandError::new(
        ExitStatus::Unauthenticated,
        format!("will not use the token file {}: {why}", path.display()),
    )
    .with_hint("remove it and log in again")
}

/// The token folder must be ours and closed to everyone else; a folder
/// that is merely too open is closed, one owned by someone else refused.
fn check_private_dir(dir: &Path) -> CommandResult {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let refuse = |why: String| {
            CommandError::new(
                ExitStatus::Unauthenticated,
                format!("will not use the token folder {}: {why}", dir.display()),
            )
            .with_hint("remove it and log in again")
        };
        let metadata = std::fs::symlink_metadata(dir).map_err(|e| refuse(e.to_string()))?;
        if !metadata.is_dir() {
            return Err(refuse("it is not a folder".into()));
        }
        if metadata.uid() != rustix::process::geteuid().as_raw() {
            return Err(refuse("it belongs to another user".into()));
        }
        epic_store::private::tighten(dir).map_err(|e| refuse(e.to_string()))?;
    }
    Ok(())
}

/// A stable file name for a database, without a hashing dependency.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
