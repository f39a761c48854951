use clap::{Args, Subcommand};
use epic_domain::crm::ListAudit;
use epic_domain::crm::names::Named;
use epic_domain::crm::records::AuditRow;
use epic_domain::types::EmployeeId;

use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Every change, newest first: who, when, what changed (management)
    #[command(
        after_help = "Newest first.\n\nExamples:\n  epic audit list --entity contract --id 652\n  epic audit list --actor 4 -o json\n  epic audit list --since 2026-11-01 --limit 20"
    )]
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// employee, client, contract or event
    #[arg(long)]
    pub entity: Option<String>,
    #[arg(long, value_name = "ID")]
    pub id: Option<i64>,
    /// Changes made by this employee: an id, an e-mail or a name
    #[arg(long, value_name = "WHO", add = crate::complete::employees_in(None))]
    pub actor: Option<String>,
    /// Only changes made at or after this time (a day alone: from its start)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// At most N changes, the newest
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
}

pub async fn run(global: &GlobalArgs, command: AuditCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let crm = context.crm().await?;
    let AuditCommand::List(args) = command;
    let here = crate::zone::here()?;
    let request = ListAudit {
        entity: args.entity,
        entity_id: args.id,
        actor: crate::names::id_of_given(&*crm, Named::Actor, args.actor.as_deref())
            .await?
            .map(EmployeeId),
        since: args
            .since
            .as_deref()
            .map(|text| epic_domain::when::parse_time("since", text, &here))
            .transpose()?,
        limit: args.limit,
    };
    let mut rows = context.printer.rows::<AuditRow>()?;
    crm.audit(&request, &mut |r| rows.push(&r)).await?;
    rows.finish()
}
