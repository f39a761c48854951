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
fn demo_url(global: &GlobalArgs) -> CommandResult<String> {
    match &global.database_url {
        Some(url) if url.starts_with("sqlite:") => Ok(url.clone()),
        Some(_) => Err(CommandError::usage(
            "the demo only runs on a SQLite file of its own: pass --database-url sqlite:PATH or nothing",
        )),
        None => Ok(format!(
            "sqlite://{}",
            config::data_dir()?.join("demo.db").display()
        )),
    }
}

fn remove_sqlite(url: &str) -> CommandResult {
    let path = url.trim_start_matches("sqlite:").trim_start_matches("//");
    for suffix in ["", "-wal", "-shm"] {
        match std::fs::remove_file(format!("{path}{suffix}")) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(CommandError::internal(format!(
                    "cannot remove the old demo database {path}: {e}"
                )));
            }
        }
    }
    Ok(())
}

pub async fn cmd_demo(global: &GlobalArgs, args: DemoArgs) -> CommandResult {
    let url = demo_url(global)?;
    let real = format!("sqlite://{}", config::data_dir()?.join("epic.db").display());
    if url == real {
        return Err(CommandError::usage(
            "the demo must not use your real database; pick another file",
        ));
    }
    remove_sqlite(&url)?;
    let store = Store::open(&url).await?;
    schema::migrate(&store).await?;
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
