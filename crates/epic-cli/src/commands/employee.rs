use clap::{Args, Subcommand};
use epic_domain::crm::{CreateEmployee, EmployeeDetails, EmployeeFields, UpdateEmployee};
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_domain::types::EmployeeId;

use super::PersonArgs;
use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;
use crate::{input, telemetry};
use epic_domain::interface::Crm;

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
    /// Forget a deactivated employee for good: name and e-mail (management)
    #[command(
        after_help = "The audit log keeps their id and shows them as a former employee.\n\nExamples:\n  epic employee forget 3 --yes"
    )]
    Forget {
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

/// An employee's details, the same flags for `create` and `update`.
#[derive(Debug, Args)]
pub struct FieldArgs {
    #[command(flatten)]
    pub person: PersonArgs,
    /// sales, support or management
    #[arg(long)]
    pub department: Option<String>,
}

impl From<FieldArgs> for EmployeeFields {
    fn from(args: FieldArgs) -> Self {
        Self {
            person: args.person.into(),
            department: args.department,
        }
    }
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Read the initial password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = crate::complete::employees())]
    pub id: i64,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Refuse the change if the employee is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

/// Asked only once the domain has allowed the command.
fn initial_password(from_stdin: bool) -> impl FnMut() -> epic_domain::Result<NewPassword> {
    move || super::init::read_new_password(from_stdin).map_err(epic_domain::Error::outside)
}

pub async fn run(global: &GlobalArgs, command: EmployeeCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let crm = context.crm().await?;
    match command {
        EmployeeCommand::List => cmd_employee_list(&context, &*crm).await,
        EmployeeCommand::Show { id } => context.show(&crm.show_employee(EmployeeId(id)).await?),
        EmployeeCommand::Create(args) => cmd_employee_create(&context, &*crm, args).await,
        EmployeeCommand::Update(args) => cmd_employee_update(&context, &*crm, args).await,
        EmployeeCommand::Deactivate { id } => {
            cmd_employee_set_active(&context, &*crm, EmployeeId(id), false).await
        }
        EmployeeCommand::Reactivate { id } => {
            cmd_employee_set_active(&context, &*crm, EmployeeId(id), true).await
        }
        EmployeeCommand::Delete { id } => {
            cmd_employee_delete(&context, &*crm, EmployeeId(id)).await
        }
        EmployeeCommand::Forget { id } => {
            cmd_employee_forget(&context, &*crm, EmployeeId(id)).await
        }
        EmployeeCommand::ResetPassword { id, password_stdin } => {
            cmd_employee_reset_password(&context, &*crm, EmployeeId(id), password_stdin).await
        }
    }
}

async fn cmd_employee_list(context: &Context, crm: &dyn Crm) -> CommandResult {
    let mut rows = context.printer.rows::<Employee>()?;
    crm.list_employees(&mut |r| rows.push(&r)).await?;
    rows.finish()
}

async fn cmd_employee_reset_password(
    context: &Context,
    crm: &dyn Crm,
    id: EmployeeId,
    password_stdin: bool,
) -> CommandResult {
    let mut password = initial_password(password_stdin);
    let updated = crm.reset_password(id, &mut password).await?;
    context.printer.note(
        "Password reset: the employee must change it at next login; their sessions have ended.",
    );
    context.written(&updated)
}

async fn cmd_employee_create(context: &Context, crm: &dyn Crm, args: CreateArgs) -> CommandResult {
    let mut fields = args.fields;
    input::require(&mut [
        (&mut fields.person.name, "--name", "prompt-full-name"),
        (&mut fields.person.email, "--email", "prompt-email"),
        (&mut fields.department, "--department", "prompt-department"),
    ])?;
    let request = CreateEmployee::parse(&fields.into())?;
    let mut password = initial_password(args.password_stdin);
    let created = crm.create_employee(request, &mut password).await?;
    telemetry::info("employee created", &[("employee_id", created.id.0)]);
    context.written(&created)
}

async fn cmd_employee_update(context: &Context, crm: &dyn Crm, args: UpdateArgs) -> CommandResult {
    let request = UpdateEmployee {
        id: EmployeeId(args.id),
        details: EmployeeDetails::parse(&args.fields.into())?,
        if_version: args.if_version,
    };
    let updated = crm.update_employee(request).await?;
    telemetry::info("employee updated", &[("employee_id", updated.id.0)]);
    context.written(&updated)
}

async fn cmd_employee_set_active(
    context: &Context,
    crm: &dyn Crm,
    id: EmployeeId,
    active: bool,
) -> CommandResult {
    let updated = crm.set_active(id, active).await?;
    let what = if active {
        "employee reactivated"
    } else {
        "employee deactivated"
    };
    telemetry::info(what, &[("employee_id", id.0)]);
    context.written(&updated)
}

async fn cmd_employee_forget(context: &Context, crm: &dyn Crm, id: EmployeeId) -> CommandResult {
    let target = crm.employee_to_forget(id).await?;
    let forget = crm.forget_employee(id);
    context
        .forget("employee", id.0, target.full_name.as_str(), forget)
        .await?;
    telemetry::info("employee forgotten", &[("employee_id", id.0)]);
    Ok(())
}

async fn cmd_employee_delete(context: &Context, crm: &dyn Crm, id: EmployeeId) -> CommandResult {
    let target = crm.employee_to_delete(id).await?;
    let delete = crm.delete_employee(id);
    context
        .delete("employee", id.0, target.full_name.as_str(), delete)
        .await?;
    telemetry::info("employee deleted", &[("employee_id", id.0)]);
    Ok(())
}
