//! `epic demo`: a separate demo database with the brief's people, clients
//! and events plus a few hundred generated ones, then the brief's story
//! played through the real binary, narrated.

/// Narration goes to stdout through the same error handling as data, so a
/// closed pipe ends the demo quietly.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
    }};
}

mod seed;
mod tour;

use std::path::{Path, PathBuf};

use clap::Args;
use epic_domain::SystemClock;
use epic_domain::auth::{self, LockoutPolicy};
use epic_store::{BlockingHasher, Store, schema};

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult};
use crate::config;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  epic demo\n  epic demo --database-url sqlite:///tmp/epic-demo.db\n  epic demo --generated 50"
)]
pub struct DemoArgs {
    /// How many generated clients to add around the brief's examples
    #[arg(long, default_value_t = 120, value_parser = clap::value_parser!(u32).range(0..=5000))]
    pub generated: u32,
}

/// The demo never touches the user's own database: it has its own file,
/// rebuilt on every run, unless `--database-url` names another SQLite file.
fn demo_path(global: &GlobalArgs) -> CommandResult<PathBuf> {
    match &global.database_url {
        Some(url) => epic_store::sqlite_path(url).ok_or_else(|| {
            CommandError::usage(
                "the demo only runs on a SQLite file of its own: pass --database-url sqlite:PATH or nothing",
            )
        }),
        None => Ok(config::data_dir()?.join("demo.db")),
    }
}

/// Every database this user could mean by "my database": the one the
/// environment or config file names, and the default one.
fn databases_in_use() -> CommandResult<Vec<PathBuf>> {
    let mut paths = vec![config::data_dir()?.join("epic.db")];
    if let crate::context::Target::Local(url) = config::place_from(None, None, None)?
        && let Some(path) = epic_store::sqlite_path(&url)
    {
        paths.push(path);
    }
    Ok(paths)
}

/// Whether two paths name one file, however each is spelt: the same inode
/// when both exist, else the same canonical folder and name.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    let canonical = |p: &Path| -> Option<PathBuf> {
        if let Ok(c) = p.canonicalize() {
            return Some(c);
        }
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.canonicalize().ok()?,
            _ => std::env::current_dir().ok()?,
        };
        Some(parent.join(p.file_name()?))
    };
    matches!((canonical(a), canonical(b)), (Some(x), Some(y)) if x == y)
}

/// Refuses the user's database and any file that is not an earlier demo
/// database; asks (or needs `--yes`) before replacing an earlier demo.
async fn check_target(path: &Path, global: &GlobalArgs) -> CommandResult {
    if databases_in_use()?.iter().any(|db| same_file(path, db)) {
        return Err(CommandError::usage(format!(
            "{} is your epic database; the demo must use a file of its own",
            path.display()
        )));
    }
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    if !epic_store::demo::is_demo(path).await {
        return Err(CommandError::usage(format!(
            "{} exists and is not a demo database; the demo will not overwrite it",
            path.display()
        )));
    }
    crate::input::confirm(
        &crate::i18n::text(
            "confirm-replace-demo",
            &[("path", path.display().to_string().into())],
        ),
        global.yes,
    )
}

fn remove_sqlite(path: &Path) -> CommandResult {
    for name in epic_store::private::sqlite_files(path) {
        match std::fs::remove_file(&name) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(CommandError::internal(format!(
                    "cannot remove the old demo database {}: {e}",
                    path.display()
                )));
            }
        }
    }
    Ok(())
}

pub async fn cmd_demo(global: &GlobalArgs, args: DemoArgs) -> CommandResult {
    // The demo builds a database of its own: it has no use for a server.
    config::database_url(global)?;
    let path = demo_path(global)?;
    check_target(&path, global).await?;
    remove_sqlite(&path)?;
    let url = format!("sqlite://{}", path.display());
    let store = Store::create(&url).await?;
    schema::migrate(&store).await?;
    epic_store::demo::mark(&store).await?;
    eprintln!("Building the demo database {url} …");
    let cast = seed::seed(&store, args.generated).await?;
    let mut tokens = Vec::new();
    for person in &cast.people {
        let logged_in = auth::login(
            &store,
            &BlockingHasher,
            &SystemClock,
            LockoutPolicy::default(),
            person.email,
            &person.password,
        )
        .await?;
        tokens.push((person.key, logged_in.token));
    }
    store.close().await;
    tour::play(&url, &tokens, cast.kate)?;
    say!()?;
    say!("The demo database is {url}. Log in to it as any of these people:")?;
    for person in &cast.people {
        say!(
            "  {:<14} {:<10}  epic --database-url {url} login --email {}   (password: {})",
            person.name,
            person.department,
            person.email,
            person.password
        )?;
    }
    say!("Passwords are random for each demo run. Your own database was not touched.")?;
    Ok(())
}
