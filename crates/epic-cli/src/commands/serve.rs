//! `epic serve`: the database settings as every command reads them, the
//! schema checked, then the HTTP API until SIGTERM or Ctrl-C.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::context::{Context, Target};

#[derive(Debug, Args)]
#[command(
    after_help = "Plain HTTP is for this machine or a reverse proxy in front; clients refuse http:// to any other host.\n\nExamples:\n  epic serve\n  epic serve --listen 0.0.0.0:3742 --tls-cert /etc/epic/cert.pem --tls-key /etc/epic/key.pem\n  kill -HUP $(pidof epic)     # read a renewed certificate again"
)]
pub struct ServeArgs {
    /// Address and port to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:3742")]
    pub listen: String,
    /// Serve HTTPS with this PEM certificate chain (read again on SIGHUP)
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The PEM private key of --tls-cert
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

pub async fn cmd_serve(global: &GlobalArgs, args: ServeArgs) -> CommandResult {
    // Everything is checked before listening: half-configured, it does not
    // start. The certificate first, then the database and its schema.
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(Arc::new(
            epic_server::Tls::load(cert, key)
                .map_err(|e| CommandError::usage(format!("cannot use the TLS certificate: {e}")))?,
        )),
        _ => None,
    };
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
    let shutdown = epic_server::terminated();
    let address = listener
        .local_addr()
        .map_or_else(|_| args.listen.clone(), |a| a.to_string());
    let scheme = if tls.is_some() { "https" } else { "http" };
    eprintln!(
        "epic serve: listening on {scheme}://{address} (API {}), database {}",
        epic_server::API_VERSION,
        context.database
    );
    let Target::Local(store) = context.target else {
        return Err(CommandError::internal(
            "epic serve needs the database itself",
        ));
    };
    epic_server::serve(store, listener, tls, shutdown)
        .await
        .map_err(|e| CommandError::internal(format!("the server stopped: {e}")))?;
    eprintln!("epic serve: stopped");
    Ok(())
}
