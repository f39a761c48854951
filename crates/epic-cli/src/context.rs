//! What every command starts from: the resolved database, an open store,
//! the printer, and (for most commands) the logged-in employee.

use epic_domain::SystemClock;
use epic_domain::auth::{self, Authenticated};
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
}

impl Context {
    /// Opens the database without looking at its schema: for `init` and `db`.
    pub async fn open_any_schema(global: &GlobalArgs) -> CommandResult<Self> {
        let url = config::database_url(global.database_url.as_deref())?;
        let database = config::redacted(&url);
        let store = Store::open(&url).await.map_err(|err| match err {
            epic_domain::Error::Unavailable(reason) => CommandError::new(
                crate::command_error::ExitStatus::Unavailable,
                format!("cannot open the database {database}: {reason}"),
            )
            .with_hint("check --database-url, EPIC_DATABASE_URL or the config file, and that the server is running"),
            other => other.into(),
        })?;
        Ok(Self {
            store,
            printer: Printer::new(global.format, global.quiet, global.color),
            tokens: TokenStore::new(&database, &config::data_dir()?),
            database,
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
        let (token, source) = self.tokens.load().ok_or_else(|| {
            CommandError::from(epic_domain::Error::Unauthenticated(
                AuthFailure::NotLoggedIn,
            ))
        })?;
        let who = auth::authenticate(&self.store, &SystemClock, &token).await?;
        crate::telemetry::set_actor(who.employee.id.0, who.employee.department.as_str());
        Ok((who, source, token))
    }

    /// For every command that does real work: the employee must be ready.
    #[allow(dead_code)]
    pub async fn employee(&self) -> CommandResult<Authenticated> {
        let (who, _, _) = self.session().await?;
        who.require_ready()?;
        Ok(who)
    }
}
