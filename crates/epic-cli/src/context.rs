//! What every command starts from: the resolved database, an open store,
//! the printer, and (for most commands) the logged-in employee.

use std::io::IsTerminal;

use epic_domain::SystemClock;
use epic_domain::auth::{self, Authenticated};
use epic_domain::crm::InboxRepository;
use epic_domain::employee::Employee;
use epic_domain::error::AuthFailure;
use epic_store::{Store, schema};

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult};
use crate::config;
use crate::output::Printer;
use crate::token_store::{TokenSource, TokenStore};

#[derive(Debug)]
pub struct Context {
    pub store: Store,
    pub printer: Printer,
    pub tokens: TokenStore,
    pub database: String,
    pub quiet: bool,
    pub yes: bool,
}

impl Context {
    /// Opens the database without looking at its schema: for `db status`.
    pub async fn open_any_schema(global: &GlobalArgs) -> CommandResult<Self> {
        Self::open_store(global, false).await
    }

    /// Opens the database, creating an SQLite file that does not exist yet:
    /// only for `init` and `db migrate`.
    pub async fn create(global: &GlobalArgs) -> CommandResult<Self> {
        Self::open_store(global, true).await
    }

    async fn open_store(global: &GlobalArgs, create: bool) -> CommandResult<Self> {
        let url = config::database_url(global.database_url.as_deref())?;
        let database = config::redacted(&url);
        let opened = if create {
            Store::create(&url).await
        } else {
            Store::open(&url).await
        };
        let store = opened.map_err(|err| match err {
            epic_domain::Error::Unavailable(reason) => CommandError::new(
                crate::command_error::ExitStatus::Unavailable,
                format!(
                    "cannot open the database {database}: {}",
                    config::scrub_password(&url, &reason)
                ),
            )
            .with_hint("check --database-url, EPIC_DATABASE_URL or the config file, and that the server is running"),
            other => other.into(),
        })?;
        Ok(Self {
            store,
            printer: Printer::new(config::format(global.format)?, global.quiet, global.color),
            tokens: TokenStore::new(&database, &config::data_dir()?),
            database,
            quiet: global.quiet,
            yes: global.yes,
        })
    }

    /// Opens the database and refuses one whose schema does not match.
    pub async fn open(global: &GlobalArgs) -> CommandResult<Self> {
        let context = Self::open_any_schema(global).await?;
        schema::require_current(&context.store).await?;
        Ok(context)
    }

    /// The employee behind the stored token, checked against the database.
    /// Allows an employee who must still change their password.
    pub async fn session(&self) -> CommandResult<(Authenticated, TokenSource, String)> {
        let (token, source) = self.tokens.load()?.ok_or_else(|| {
            CommandError::from(epic_domain::Error::Unauthenticated(
                AuthFailure::NotLoggedIn,
            ))
        })?;
        let who = auth::authenticate(&self.store, &SystemClock, &token).await?;
        crate::telemetry::set_actor(who.employee.id.0, who.employee.department.as_str());
        Ok((who, source, token))
    }

    /// For every command that does real work: the employee must be ready.
    /// On a terminal, mentions unread notifications once per command.
    pub async fn actor(&self) -> CommandResult<Employee> {
        let (who, _, _) = self.session().await?;
        who.require_ready()?;
        if std::io::stderr().is_terminal() && !self.quiet {
            let unread = self
                .store
                .unread_notifications(who.employee.id)
                .await
                .unwrap_or(0);
            if unread > 0 {
                eprintln!(
                    "You have {unread} unread notification(s): epic notification list --unread"
                );
            }
        }
        Ok(who.employee)
    }
}

impl Context {
    /// One record, every field, in the chosen format.
    pub fn show<T: serde::Serialize>(&self, record: &T) -> CommandResult {
        self.printer
            .record(&crate::commands::records::record(record)?)
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
        self.confirm(&format!("Delete {what} {id} ({label})?"))?;
        delete.await?;
        self.printer.note(&format!("Deleted {what} {id}."));
        Ok(())
    }
}

/// Now, by the domain's one clock.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    epic_domain::Clock::now(&SystemClock)
}
