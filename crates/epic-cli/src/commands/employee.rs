use clap::{Args, Subcommand};
use epic_domain::crm::{self, EmployeeInput, EmployeePatch};
use epic_domain::password::NewPassword;
use epic_domain::policy::{Action, Ownership};
use epic_domain::types::EmployeeId;
use epic_store::BlockingHasher;

use super::records::{self, EMPLOYEE};
use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::{Context, now};
use crate::{input, telemetry};

#[derive(Debug, Subcommand)]
pub enum EmployeeCommand {
    /// List employees (management)
    #[command(
        after_help = "Examples:\n  epic employee list\n  epic employee list -o csv > staff.csv"
    )]
    List,
    /// Show one employee (management)
    #[command(after_help = "Examples:\n  epic employee show 3")]
    Show {
        #[arg(add = crate::complete::employees())]
        id: i64,
    },
    /// Create an employee with an initial password they must change (management)
    #[command(
        after_help = "Examples:\n  epic employee create --name 'Bill Boquet' --email bill@epicevents.fr --department sales\n  printf '%s\\n' \"$PW\" | epic employee create --name 'Kate Hastroff' --email kate@epicevents.fr --department support --password-stdin"
    )]
    Create(CreateArgs),
    /// Change an employee's name, email or department (management)
    #[command(after_help = "Examples:\n  epic employee update 3 --department management")]
    Update(UpdateArgs),
    /// Deactivate an employee: they can no longer log in, their sessions end (management)
    #[command(after_help = "Examples:\n  epic employee deactivate 3")]
    Deactivate {
        #[arg(add = crate::complete::employees())]
        id: i64,
    },
    /// Let a deactivated employee log in again (management)
    #[command(after_help = "Examples:\n  epic employee reactivate 3")]
    Reactivate {
        #[arg(add = crate::complete::employees())]
        id: i64,
    },
    /// Delete an employee who is no one's contact any more (management)
    #[command(after_help = "Examples:\n  epic employee delete 3 --yes")]
    Delete {
        #[arg(add = crate::complete::employees())]
        id: i64,
    },
    /// Set a new password the employee must change at next login (management)
    #[command(after_help = "Examples:\n  epic employee reset-password 3")]
    ResetPassword {
        #[arg(add = crate::complete::employees())]
        id: i64,
        /// Read the new password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// sales, support or management
    #[arg(long)]
    pub department: Option<String>,
    /// Read the initial password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = crate::complete::employees())]
    pub id: i64,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub department: Option<String>,
    /// Refuse the change if the employee is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

fn initial_password(from_stdin: bool) -> CommandResult<NewPassword> {
    super::init::read_new_password(from_stdin)
}

pub async fn run(global: &GlobalArgs, command: EmployeeCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let actor = context.actor().await?;
    let store = &context.store;
    let show = |employee: &epic_domain::employee::Employee| {
        context.printer.record(&records::record(employee)?)
    };
    match command {
        EmployeeCommand::List => {
            let all = crm::list_employees(store, &actor).await?;
            context.printer.all(EMPLOYEE, &all)
        }
        EmployeeCommand::Show { id } => {
            show(&crm::show_employee(store, &actor, EmployeeId(id)).await?)
        }
        EmployeeCommand::Create(mut args) => {
            input::require(&mut [
                (&mut args.name, "--name", "Full name"),
                (&mut args.email, "--email", "Email"),
                (
                    &mut args.department,
                    "--department",
                    "Department (sales, support, management)",
                ),
            ])?;
            // Refuse before asking anyone for a password.
            crm::ensure(&actor, Action::CreateEmployee, Ownership::None)?;
            let password = initial_password(args.password_stdin)?;
            let input = EmployeeInput {
                full_name: args.name.unwrap_or_default(),
                email: args.email.unwrap_or_default(),
                department: args.department.unwrap_or_default(),
                password,
            };
            let created =
                crm::create_employee(store, &BlockingHasher, &actor, input, now()).await?;
            telemetry::info("employee created", &[("employee_id", created.id.0)]);
            show(&created)
        }
        EmployeeCommand::Update(args) => {
            let patch = EmployeePatch {
                full_name: args.name,
                email: args.email,
                department: args.department,
                if_version: args.if_version,
            };
            let updated =
                crm::update_employee(store, &actor, EmployeeId(args.id), patch, now()).await?;
            telemetry::info("employee updated", &[("employee_id", updated.id.0)]);
            show(&updated)
        }
        EmployeeCommand::Deactivate { id } | EmployeeCommand::Reactivate { id } => {
            let active = matches!(command, EmployeeCommand::Reactivate { .. });
            let updated = crm::set_active(store, &actor, EmployeeId(id), active, now()).await?;
            telemetry::info(
                if active {
                    "employee reactivated"
                } else {
                    "employee deactivated"
                },
                &[("employee_id", id)],
            );
            show(&updated)
        }
        EmployeeCommand::Delete { id } => {
            let target = crm::employee_to_delete(store, &actor, EmployeeId(id)).await?;
            let delete = crm::delete_employee(store, &actor, EmployeeId(id), now());
            context
                .delete("employee", id, target.full_name.as_str(), delete)
                .await?;
            telemetry::info("employee deleted", &[("employee_id", id)]);
            Ok(())
        }
        EmployeeCommand::ResetPassword { id, password_stdin } => {
            crm::ensure(&actor, Action::ResetPassword, Ownership::None)?;
            let password = initial_password(password_stdin)?;
            let updated = crm::reset_password(
                store,
                &BlockingHasher,
                &actor,
                EmployeeId(id),
                password,
                now(),
            )
            .await?;
            context.printer.note("Password reset: the employee must change it at next login; their sessions have ended.");
            show(&updated)
        }
    }
}
