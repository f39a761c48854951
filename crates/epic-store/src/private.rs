//! Files that hold secrets (the database, its journal, the config, tokens)
//! must be readable by their owner only, whoever created them.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Removes group and other permissions from the file or folder at `path`
/// if it exists; one we cannot tighten (someone else's) is an error naming
/// it.
pub fn tighten(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let metadata = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        let mode = metadata.permissions().mode();
        let private = metadata.is_file() || metadata.is_dir();
        if mode & 0o077 != 0 && private {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700)).map_err(
                |e| {
                    std::io::Error::new(
                        e.kind(),
                        format!(
                            "{} is readable by others (mode {:o}) and cannot be made private: {e}",
                            path.display(),
                            mode & 0o777
                        ),
                    )
                },
            )?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// All of `reader` as text, refused past `limit` bytes after reading no
/// more than one byte beyond it: a secret file is small, and `/dev/zero` is
/// not one.
pub fn read_limited(reader: impl Read, limit: u64) -> std::io::Result<String> {
    let mut text = String::new();
    reader.take(limit + 1).read_to_string(&mut text)?;
    if text.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("it is larger than {} KiB", limit.div_ceil(1024)),
        ));
    }
    Ok(text)
}

/// The files of an SQLite database: the file itself and the journal files
/// SQLite keeps beside it.
pub fn sqlite_files(path: &Path) -> [PathBuf; 3] {
    ["", "-wal", "-shm"].map(|suffix| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        name.into()
    })
}

pub(crate) fn tighten_sqlite(path: &Path) -> epic_domain::Result<()> {
    for name in sqlite_files(path) {
        tighten(&name).map_err(|e| epic_domain::Error::Unavailable(e.to_string()))?;
    }
    Ok(())
}
