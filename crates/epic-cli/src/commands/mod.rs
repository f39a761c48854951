pub mod audit;
pub mod auth;
pub mod calendar;
pub mod client;
pub mod completion;
pub mod config;
pub mod contract;
pub mod db;
mod db_copy;
pub mod demo;
pub mod employee;
pub mod event;
pub mod help;
pub mod import;
pub mod init;
pub mod login;
pub mod logout;
pub mod man;
pub mod notification;
pub mod password;
pub mod report;
pub mod serve;
pub mod whoami;

use clap::Args;
use epic_domain::crm::PersonFields;

use crate::cli::{Cli, Command};
use crate::command_error::CommandResult;

pub async fn run(cli: Cli) -> CommandResult {
    let global = &cli.global;
    match cli.command {
        Command::Init(args) => init::cmd_init(global, args).await,
        Command::Login(args) => login::cmd_login(global, args).await,
        Command::Logout(args) => logout::cmd_logout(global, args).await,
        Command::Whoami => whoami::cmd_whoami(global).await,
        Command::Password(command) => password::run(global, command).await,
        Command::Auth(command) => auth::run(global, command).await,
        Command::Employee(command) => employee::run(global, command).await,
        Command::Client(command) => client::run(global, command).await,
        Command::Contract(command) => contract::run(global, command).await,
        Command::Event(command) => event::run(global, command).await,
        Command::Notification(command) => notification::run(global, command).await,
        Command::Calendar(command) => calendar::run(global, command).await,
        Command::Audit(command) => audit::run(global, command).await,
        Command::Report(command) => report::run(global, command).await,
        Command::Db(command) => db::run(global, command).await,
        Command::Demo(args) => demo::cmd_demo(global, args).await,
        Command::Completion(args) => completion::cmd_completion(&args),
        Command::Config(command) => config::run(global, command),
        Command::Help(args) => help::cmd_help(&args),
        Command::Man(args) => man::cmd_man(&args),
        Command::Serve(args) => serve::cmd_serve(global, args).await,
    }
}

/// A person's name and email: clients and employees take the same flags.
#[derive(Debug, Args)]
pub struct PersonArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
}

impl From<PersonArgs> for PersonFields {
    fn from(args: PersonArgs) -> Self {
        Self {
            full_name: args.name,
            email: args.email,
        }
    }
}
