pub mod auth;
pub mod db;
pub mod init;
pub mod login;
pub mod logout;
pub mod password;
pub mod whoami;

use epic_domain::employee::Employee;
use serde_json::json;

use crate::cli::{Cli, Command};
use crate::command_error::CommandResult;
use crate::output::Record;

pub async fn run(cli: Cli) -> CommandResult {
    let global = &cli.global;
    match cli.command {
        Command::Init(args) => init::cmd_init(global, args).await,
        Command::Login(args) => login::cmd_login(global, args).await,
        Command::Logout(args) => logout::cmd_logout(global, args).await,
        Command::Whoami => whoami::cmd_whoami(global).await,
        Command::Password(command) => password::run(global, command).await,
        Command::Auth(command) => auth::run(global, command).await,
        Command::Db(command) => db::run(global, command).await,
    }
}

/// The fields everyone may see of an employee.
pub fn employee_record(employee: &Employee) -> Record {
    let value = json!({
        "id": employee.id.0,
        "full_name": employee.full_name.as_str(),
        "email": employee.email.as_str(),
        "department": employee.department.as_str(),
        "active": employee.active,
        "must_change_password": employee.must_change_password,
        "created_at": employee.created_at.to_rfc3339(),
    });
    match value {
        serde_json::Value::Object(map) => map,
        _ => Record::new(),
    }
}
