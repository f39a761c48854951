//! `epic serve`: the database settings as every command reads them, the
//! schema checked, then the HTTP API until SIGTERM or Ctrl-C.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use epic_server::Limits;

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::config;
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
    /// Database connections to keep open [default: db_connections of the
    /// config, else 4 per core, 4 to 32]
    #[arg(long, value_name = "N", value_parser = config::parse_connections)]
    pub db_connections: Option<u32>,
    /// Client connections open at once; more wait to be accepted
    #[arg(long, value_name = "N", default_value_t = u32::try_from(Limits::default().connections).unwrap_or(u32::MAX), value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub max_connections: u32,
    /// Seconds a client may take to send a request's header (and a TLS
    /// handshake) before its connection is closed
    #[arg(long, value_name = "SECONDS", default_value_t = Limits::default().header_read.as_secs(), value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Seconds a response may wait for the client to take more of it
    /// before the connection is cut (the client sees a cut list)
    #[arg(long, value_name = "SECONDS", default_value_t = Limits::default().stall.as_secs(), value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub stall_timeout: u64,
    /// A reverse proxy in front whose X-Forwarded-For names the client, for
    /// the login throttle (repeatable) [default: trusted_proxies of the
    /// config]; from anyone else the header is ignored
    #[arg(long = "trusted-proxy", value_name = "ADDR", value_parser = config::parse_address)]
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl ServeArgs {
    fn limits(&self) -> Limits {
        Limits {
            connections: usize::try_from(self.max_connections).unwrap_or(usize::MAX),
            header_read: Duration::from_secs(self.header_timeout),
            stall: Duration::from_secs(self.stall_timeout),
            ..Limits::default()
        }
    }
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
    let mailer = config::mail_settings()?
        .map(|settings| epic_mail::Mailer::new(&settings).map_err(CommandError::usage))
        .transpose()?;
    let connections = config::db_connections(args.db_connections)?;
    let trusted_proxies = config::trusted_proxies(&args.trusted_proxies)?;
    let context = Context::serving(global, connections).await?;
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
        "epic serve: listening on {scheme}://{address} (API {}), database {} ({connections} connections)",
        epic_server::API_VERSION,
        context.database
    );
    let Target::Local(store) = context.target else {
        return Err(CommandError::internal(
            "epic serve needs the database itself",
        ));
    };
    let sender = match mailer {
        Some(mailer) => {
            eprintln!("epic serve: e-mail through {}", mailer.server());
            Some(tokio::spawn(epic_mail::keep_sending(
                store.clone(),
                mailer,
                crate::context::now,
                |line| eprintln!("epic serve: {line}"),
            )))
        }
        None => {
            eprintln!("epic serve: no e-mail (smtp_url is not set)");
            None
        }
    };
    let served = epic_server::serve(
        store,
        listener,
        tls,
        args.limits(),
        &trusted_proxies,
        shutdown,
    )
    .await;
    if let Some(sender) = sender {
        sender.abort();
    }
    served.map_err(|e| CommandError::internal(format!("the server stopped: {e}")))?;
    eprintln!("epic serve: stopped");
    Ok(())
}
