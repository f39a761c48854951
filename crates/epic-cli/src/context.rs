//! What every command starts from: where the data is (a database this
//! process opens, or a server), the printer, the token, and (for most
//! commands) the logged-in employee.

use std::io::IsTerminal;

use epic_client::{Client, ServerUrl};
use epic_domain::SystemClock;
use epic_domain::auth::SessionInfo;
use epic_domain::crm::records::Aggregate;
use epic_domain::error::AuthFailure;
use epic_domain::interface::{Crm, Guest};
use epic_store::{Store, schema};

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::config;
use crate::output::Printer;
use crate::records::Shown;
use crate::token_store::{TokenSource, TokenStore};

/// A CA bundle is a few kilobytes; anything larger is not one.
const MAX_CA_BYTES: u64 = 1024 * 1024;

/// Where the commands' use cases run: the one place local and remote are
/// told apart. The settings name it (`config::Place`: a URL or a server);
/// opened, it holds the store or the server's client.
#[derive(Debug)]
pub enum Target<Local = Store, Remote = Client> {
    /// In this process, on the database.
    Local(Local),
    /// In `epic serve`, which alone holds the database.
    Remote(Remote),
}

impl Target {
    /// The use cases before logging in, wherever they run.
    pub fn guest(&self) -> &dyn Guest {
        match self {
            Self::Local(store) => store,
            Self::Remote(client) => client,
        }
    }
}

#[derive(Debug)]
pub struct Context {
    pub target: Target,
    pub printer: Printer,
    pub tokens: TokenStore,
    /// The database (password removed) or the server, for messages.
    pub database: String,
    pub quiet: bool,
    pub yes: bool,
    pub print_id: bool,
}

/// Who the token belongs to, how it was found, and their session's use
/// cases.
pub struct Signed<'a> {
    pub info: SessionInfo,
    pub source: TokenSource,
    pub token: String,
    pub crm: Box<dyn Crm + 'a>,
}

impl std::fmt::Debug for Signed<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signed")
            .field("info", &self.info)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

impl Context {
    /// The database or server of the settings; a database must have this
    /// epic's schema.
    pub async fn open(global: &GlobalArgs) -> CommandResult<Self> {
        let context = Self::open_any_schema(global).await?;
        if let Target::Local(store) = &context.target {
            schema::require_current(store).await?;
        }
        Ok(context)
    }

    /// `open` without looking at a database's schema: for `db status`.
    pub async fn open_any_schema(global: &GlobalArgs) -> CommandResult<Self> {
        match config::place(global)? {
            Target::Local(url) => Self::open_store(global, url, false).await,
            Target::Remote(config::Server { url, ca }) => {
                let label = url.to_string();
                // Tokens are kept per server, as per database.
                let key = url.as_str().to_owned();
                let client = client(url, ca.as_deref())?;
                Self::new(global, Target::Remote(client), label, &key)
            }
        }
    }

    /// The database itself, creating an SQLite file that does not exist
    /// yet: only for `init` and `db migrate`, which refuse a server.
    pub async fn create(global: &GlobalArgs) -> CommandResult<Self> {
        Self::open_store(global, config::database_url(global)?, true).await
    }

    /// The database itself, whatever its schema: `db backup`, `db check`.
    pub async fn database(global: &GlobalArgs) -> CommandResult<Self> {
        Self::open_store(global, config::database_url(global)?, false).await
    }

    /// The database with this epic's schema and a pool of `connections`,
    /// for `serve`.
    pub async fn serving(global: &GlobalArgs, connections: u32) -> CommandResult<Self> {
        let url = config::database_url(global)?;
        let context =
            Self::open_with(global, url.clone(), Store::open_pool(&url, connections)).await?;
        schema::require_current(context.store()?).await?;
        Ok(context)
    }

    fn new(
        global: &GlobalArgs,
        target: Target,
        database: String,
        token_key: &str,
    ) -> CommandResult<Self> {
        Ok(Self {
            target,
            printer: Printer::new(
                config::format(global.format)?,
                global.quiet,
                global.color,
                global.fields.clone(),
            )
            .wide(global.wide)
            .delimiters(global.delimiter, config::csv_delimiter(global.delimiter)?),
            tokens: TokenStore::new(token_key, &config::data_dir()?),
            database,
            quiet: global.quiet,
            yes: global.yes,
            print_id: global.print_id,
        })
    }

    async fn open_store(global: &GlobalArgs, url: String, create: bool) -> CommandResult<Self> {
        if create {
            Self::open_with(global, url.clone(), Store::create(&url)).await
        } else {
            Self::open_with(global, url.clone(), Store::open(&url)).await
        }
    }

    async fn open_with(
        global: &GlobalArgs,
        url: String,
        opening: impl Future<Output = epic_domain::Result<Store>>,
    ) -> CommandResult<Self> {
        let database = config::redacted(&url);
        let store = opening.await.map_err(|err| match err {
            epic_domain::Error::Unavailable(reason) => CommandError::new(
                ExitStatus::Unavailable,
                format!(
                    "cannot open the database {database}: {}",
                    config::scrub_password(&url, &reason)
                ),
            )
            .with_hint("check --database-url, EPIC_DATABASE_URL or the config file, and that the server is running"),
            other => other.into(),
        })?;
        let key = database.clone();
        Self::new(global, Target::Local(store), database, &key)
    }

    /// The open database, for the commands that work on it directly.
    pub fn store(&self) -> CommandResult<&Store> {
        match &self.target {
            Target::Local(store) => Ok(store),
            Target::Remote(client) => Err(CommandError::usage(format!(
                "this command works on the database itself, and a server ({}) is set",
                client.url()
            ))),
        }
    }

    fn token(&self) -> CommandResult<(String, TokenSource)> {
        self.tokens.load()?.ok_or_else(|| {
            CommandError::from(epic_domain::Error::Unauthenticated(
                AuthFailure::NotLoggedIn,
            ))
        })
    }

    /// The employee behind the stored token, checked by the database or
    /// the server now. Allows an employee who must still change their
    /// password.
    pub async fn session(&self) -> CommandResult<Signed<'_>> {
        let (token, source) = self.token()?;
        let crm = self.target.guest().open(&token, false).await?;
        let info = crm.whoami().await?;
        crate::telemetry::set_actor(info.employee.id.0, info.employee.department.as_str());
        Ok(Signed {
            info,
            source,
            token,
            crm,
        })
    }

    /// For every command that does real work: the logged-in employee, who
    /// must be ready, and the use cases as they may call them. On a
    /// terminal, mentions unread notifications when a session starts and
    /// then at most once an hour.
    pub async fn crm(&self) -> CommandResult<Box<dyn Crm + '_>> {
        let (token, _) = self.token()?;
        let crm = self.target.guest().open(&token, true).await?;
        if let Some(who) = crm.known_employee() {
            crate::telemetry::set_actor(who.id.0, who.department.as_str());
        }
        let now = now();
        if std::io::stderr().is_terminal() && !self.quiet && crate::hint::due(&token, now) {
            let unread = crm.unread_notifications().await.unwrap_or(0);
            if unread > 0 {
                eprintln!(
                    "{}",
                    crate::i18n::text("unread-hint", &[("count", unread.into())])
                );
                crate::hint::shown(&token, now);
            }
        }
        Ok(crm)
    }
}

/// The server's client, trusting the CA in the file `ca` besides the
/// system's.
fn client(url: ServerUrl, ca: Option<&std::path::Path>) -> CommandResult<Client> {
    let pem = match ca {
        Some(path) => Some(read_ca(path)?),
        None => None,
    };
    let zone = crate::zone::zone()?;
    Client::new(url, pem.as_deref(), zone).map_err(|err| match (err, ca) {
        (epic_client::Error::BadCa(why), Some(path)) => cannot_use_ca(path, &why),
        (err, _) => err.into(),
    })
}

fn read_ca(path: &std::path::Path) -> CommandResult<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| cannot_use_ca(path, &e))?;
    let pem = epic_store::private::read_limited(file, MAX_CA_BYTES)
        .map_err(|e| cannot_use_ca(path, &e))?;
    Ok(pem.into_bytes())
}

fn cannot_use_ca(path: &std::path::Path, why: &dyn std::fmt::Display) -> CommandError {
    CommandError::usage(format!("cannot use the CA file {}: {why}", path.display()))
}

impl Context {
    /// One record, every field, in the chosen format.
    pub fn show<T: Shown>(&self, record: &T) -> CommandResult {
        self.printer.show(record)
    }

    /// What a command that wrote a record prints: the record; with
    /// `--print-id` its id alone (for `id=$(epic … --print-id)`); with `-q`
    /// nothing.
    pub fn written<T: Shown + Aggregate>(&self, record: &T) -> CommandResult {
        if self.print_id {
            return self.printer.line(&record.id().to_string());
        }
        if self.quiet {
            return Ok(());
        }
        self.show(record)
    }

    /// Destructive verbs: a yes on the terminal, or `--yes`.
    pub fn confirm(&self, question: &str) -> CommandResult {
        crate::input::confirm(question, self.yes)
    }

    /// A delete the domain has allowed (`*_to_delete`): confirmed, done,
    /// said. `delete` is not started unless the person says yes, and it
    /// checks again: the record may have changed while they answered.
    pub async fn delete(
        &self,
        what: &str,
        id: i64,
        label: &str,
        delete: impl Future<Output = epic_domain::Result<()>>,
    ) -> CommandResult {
        let args = [("what", what.into()), ("id", id.into())];
        let mut asked = args.to_vec();
        asked.push(("label", label.into()));
        self.confirm(&crate::i18n::text("confirm-delete", &asked))?;
        delete.await?;
        self.printer.note(&crate::i18n::text("deleted", &args));
        Ok(())
    }

    /// Forgetting a person the domain has allowed (`*_to_forget`): the
    /// same steps as a delete, with words that say it cannot be undone.
    pub async fn forget(
        &self,
        what: &str,
        id: i64,
        label: &str,
        forget: impl Future<Output = epic_domain::Result<()>>,
    ) -> CommandResult {
        let args = [("what", what.into()), ("id", id.into())];
        let mut asked = args.to_vec();
        asked.push(("label", label.into()));
        self.confirm(&crate::i18n::text("confirm-forget", &asked))?;
        forget.await?;
        self.printer.note(&crate::i18n::text("forgotten", &args));
        Ok(())
    }
}

/// Now, by the domain's one clock.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    epic_domain::Clock::now(&SystemClock)
}
