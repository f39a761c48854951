//! `epic serve`: the database settings as every command reads them, the
//! schema checked, then the HTTP API until SIGTERM or Ctrl-C.

use clap::Args;

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::context::Context;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:3742")]
    pub listen: String,
}

pub async fn cmd_serve(global: &GlobalArgs, args: ServeArgs) -> CommandResult {
    // Refuses to start on a database whose schema is not this binary's.
    let context = Context::local(global).await?;
    // 5xx details go to Sentry (when SENTRY_DSN is set), scrubbed as the
    // command line's own errors are.
    epic_server::report_internal_errors_with(crate::telemetry::capture_error);
    let listener = epic_server::listen(&args.listen).await.map_err(|e| {
        CommandError::new(
            ExitStatus::Usage,
            format!("cannot listen on {}: {e}", args.listen),
        )
    })?;
    let address = listener
        .local_addr()
        .map_or_else(|_| args.listen.clone(), |a| a.to_string());
    eprintln!(
        "epic serve: listening on http://{address} (API {}), database {}",
        epic_server::API_VERSION,
        context.database
    );
    let crate::context::Target::Local(store) = context.target else {
        return Err(CommandError::internal(
            "epic serve needs the database itself",
        ));
    };
    epic_server::serve(store, listener, epic_server::terminated())
        .await
        .map_err(|e| CommandError::internal(format!("the server stopped: {e}")))?;
    eprintln!("epic serve: stopped");
    Ok(())
}
