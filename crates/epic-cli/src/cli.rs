use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::commands::{
    audit, auth, calendar, client, completion, config, contract, db, demo, employee, event, help,
    init, login, logout, man, notification, password, report, serve,
};

/// The end of `epic --help`: what scripts need most.
fn root_after_help() -> String {
    format!(
        "Exit codes:\n{}\n{ENVIRONMENT}",
        crate::command_error::ExitStatus::table()
    )
}

const ENVIRONMENT: &str = "\
Environment:
  EPIC_DATABASE_URL  sqlite:PATH or postgres://USER@HOST/DB (default: SQLite in your data folder)
  EPIC_SERVER        https://HOST[:PORT] of the team's `epic serve`; epic then never opens a database
  EPIC_CA            a PEM file of the company CA that signed the server's certificate
  EPIC_TOKEN         a session token from `epic login --print-token`, for scripts and cron
  EPIC_CONFIG        the config file (default: ~/.config/epic/config.toml, key `database_url`)
  SENTRY_DSN         report unexpected errors to Sentry";

/// epic: the Epic Events CRM. Clients, contracts and events for the sales,
/// support and management teams.
#[derive(Debug, Parser)]
#[command(name = "epic", bin_name = "epic", version, after_help = root_after_help(), propagate_version = true, disable_help_subcommand = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format [default: table on a terminal, plain otherwise]
    #[arg(short = 'o', long = "format", global = true, value_enum)]
    pub format: Option<Format>,

    /// Show only these fields, in this order: id,name,start (lists, show, and what create and update print)
    #[arg(long, global = true, value_name = "A,B,C", add = crate::complete::fields())]
    pub fields: Option<String>,

    /// CSV cell separator: ',', ';' or tab, for -o csv [default: csv_delimiter in the config, else ','] and for reading an import [default: detected]
    #[arg(long, global = true, value_name = "CHAR", value_parser = crate::sheet::Delimiter::parse)]
    pub delimiter: Option<crate::sheet::Delimiter>,

    /// Tables show every field, at full width (on a terminal they show the main ones, cut to fit)
    #[arg(long, global = true)]
    pub wide: bool,

    /// Database to use: sqlite:PATH or postgres://… (overrides EPIC_DATABASE_URL and the config file)
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// The team's `epic serve` to work through: https://HOST[:PORT] (overrides EPIC_SERVER and the config file)
    #[arg(
        long,
        global = true,
        value_name = "URL",
        conflicts_with = "database_url"
    )]
    pub server: Option<String>,

    /// A PEM file of the company CA that signed the server's certificate (overrides EPIC_CA)
    #[arg(long, global = true, value_name = "FILE")]
    pub ca: Option<std::path::PathBuf>,

    /// When to use colours
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Print only data and errors; a command that writes a record prints nothing
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// A command that writes a record prints only its id (for scripts)
    #[arg(long, global = true)]
    pub print_id: bool,

    /// Answer yes to confirmations (for scripts)
    #[arg(long, global = true)]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    /// An iCalendar file (RFC 5545), for `event list`
    Ics,
    /// An Excel workbook (typed dates and amounts), to send to a file
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database schema, its signing secret and the first management employee
    Init(init::InitArgs),
    /// Log in and keep the session token in the system keyring
    Login(login::LoginArgs),
    /// End this session (or all of yours with --all) and forget its token
    Logout(logout::LogoutArgs),
    /// Show who you are logged in as
    #[command(after_help = "Examples:\n  epic whoami\n  epic whoami -o json | jq -r .department")]
    Whoami,
    /// Change your password
    #[command(subcommand)]
    Password(password::PasswordCommand),
    /// Inspect your session
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// Staff accounts (management)
    #[command(subcommand)]
    Employee(employee::EmployeeCommand),
    /// Clients and their sales contacts
    #[command(subcommand)]
    Client(client::ClientCommand),
    /// Contracts: amounts, payments, signatures
    #[command(subcommand)]
    Contract(contract::ContractCommand),
    /// Events and their support contacts
    #[command(subcommand)]
    Event(event::EventCommand),
    /// Your notifications about events
    #[command(subcommand)]
    Notification(notification::NotificationCommand),
    /// Your events in your calendar application: a secret subscription URL
    #[command(subcommand)]
    Calendar(calendar::CalendarCommand),
    /// Reports for people and cron jobs: revenue, unpaid contracts, upcoming events, events per month
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// The log of every change (management)
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Build a demo database and play the brief's story in it (never touches your data)
    Demo(demo::DemoArgs),
    /// Read and change settings in the config file
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Print a shell completion script
    Completion(completion::CompletionArgs),
    /// Help on a command, or a topic: environment, formatting, exit-codes
    Help(help::HelpArgs),
    /// Write the man pages
    #[command(hide = true)]
    Man(man::ManArgs),
    /// Apply or inspect database migrations
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Serve the HTTP API in front of the database, for a team's `epic --server`
    Serve(serve::ServeArgs),
}
