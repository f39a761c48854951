//! Files that hold secrets (the database, its journal, the config, tokens)
//! must be readable by their owner only, whoever created them.

use std::path::Path;

/// Removes group and other permissions from `path` if it exists; a file we
/// cannot tighten (someone else's) is an error naming it.
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
        if mode & 0o077 != 0 && metadata.is_file() {
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

/// The database file and SQLite's journal files beside it.
pub(crate) fn tighten_sqlite(path: &Path) -> epic_domain::Result<()> {
    let mut names = vec![path.to_owned()];
    for suffix in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        names.push(name.into());
    }
    for name in &names {
        tighten(name).map_err(|e| epic_domain::Error::Unavailable(e.to_string()))?;
    }
    Ok(())
}
