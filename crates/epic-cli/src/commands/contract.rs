use clap::{Args, Subcommand};
use epic_domain::crm::records::Contract;
use epic_domain::crm::{self, ContractFilter, ContractPatch};
use epic_domain::types::EmployeeId;

use super::records::{self, CONTRACT};
use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::{Context, now};
use crate::{input, telemetry};

#[derive(Debug, Subcommand)]
pub enum ContractCommand {
    /// List contracts, filtered by status, payment, client or sales contact
    #[command(
        after_help = "Examples:\n  epic contract list --unsigned --mine\n  epic contract list --unpaid -o json\n  epic contract list --client 12"
    )]
    List(ListArgs),
    /// Show one contract
    #[command(after_help = "Examples:\n  epic contract show 652")]
    Show {
        #[arg(add = crate::complete::contracts())]
        id: i64,
    },
    /// Create a contract for a client; its sales contact is the client's (management)
    #[command(after_help = "Examples:\n  epic contract create --client 12 --total 5000 --due 5000")]
    Create(CreateArgs),
    /// Change the total or the amount due (management, or sales of the client)
    #[command(after_help = "Examples:\n  epic contract update 652 --due 1500.50")]
    Update(UpdateArgs),
    /// Mark a contract signed (management, or sales of the client)
    #[command(after_help = "Examples:\n  epic contract sign 652")]
    Sign {
        #[arg(add = crate::complete::contracts())]
        id: i64,
    },
    /// Mark a contract not signed (management)
    #[command(after_help = "Examples:\n  epic contract unsign 652")]
    Unsign {
        #[arg(add = crate::complete::contracts())]
        id: i64,
    },
    /// Record a payment: lowers the amount due, never below zero
    #[command(after_help = "Examples:\n  epic contract pay 652 1000")]
    Pay {
        #[arg(add = crate::complete::contracts())]
        id: i64,
        #[arg(allow_hyphen_values = true)]
        amount: String,
    },
    /// Delete a contract that has no events (management)
    #[command(after_help = "Examples:\n  epic contract delete 652 --yes")]
    Delete {
        #[arg(add = crate::complete::contracts())]
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, conflicts_with = "signed")]
    pub unsigned: bool,
    #[arg(long)]
    pub signed: bool,
    /// Only contracts with an amount still due
    #[arg(long)]
    pub unpaid: bool,
    /// Only your clients' contracts (sales)
    #[arg(long, conflicts_with = "sales")]
    pub mine: bool,
    #[arg(long, value_name = "ID")]
    pub client: Option<i64>,
    #[arg(long, value_name = "ID")]
    pub sales: Option<i64>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long, value_name = "ID", add = crate::complete::clients())]
    pub client: Option<String>,
    /// Total amount, e.g. 5000 or 5000.50
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub total: Option<String>,
    /// Amount still due [default: the total]
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub due: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = crate::complete::contracts())]
    pub id: i64,
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub total: Option<String>,
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub due: Option<String>,
    /// Refuse the change if the contract is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

pub async fn run(global: &GlobalArgs, command: ContractCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let actor = context.actor().await?;
    let store = &context.store;
    let show = |contract: &Contract| context.printer.record(&records::record(contract)?);
    match command {
        ContractCommand::List(args) => {
            let filter = ContractFilter {
                signed: if args.signed {
                    Some(true)
                } else if args.unsigned {
                    Some(false)
                } else {
                    None
                },
                unpaid: args.unpaid,
                client: args.client,
                sales_contact: if args.mine {
                    Some(actor.id)
                } else {
                    args.sales.map(EmployeeId)
                },
                ids: None,
            };
            let mut rows = context.printer.rows(CONTRACT);
            crm::list_contracts(store, &actor, &filter, &mut |record| rows.push(&record)).await?;
            rows.finish()
        }
        ContractCommand::Show { id } => show(&crm::show_contract(store, &actor, id).await?),
        ContractCommand::Create(mut args) => {
            input::require(&mut [
                (&mut args.client, "--client", "Client id"),
                (&mut args.total, "--total", "Total amount"),
            ])?;
            let client = args.client.unwrap_or_default();
            let client: i64 = client.trim().parse().map_err(|_| {
                epic_domain::Error::invalid(
                    "client",
                    format!("must be a client id (got {client:?})"),
                )
            })?;
            let total = args.total.unwrap_or_default();
            show(
                &crm::create_contract(store, &actor, client, &total, args.due.as_deref(), now())
                    .await?,
            )
        }
        ContractCommand::Update(args) => {
            let patch = ContractPatch {
                total: args.total,
                due: args.due,
                if_version: args.if_version,
            };
            show(&crm::update_contract(store, &actor, args.id, patch, now()).await?)
        }
        ContractCommand::Sign { id } => {
            let signed = crm::set_signed(store, &actor, id, true, now()).await?;
            telemetry::info(
                "contract signed",
                &[("contract_id", id), ("client_id", signed.client_id)],
            );
            show(&signed)
        }
        ContractCommand::Unsign { id } => {
            show(&crm::set_signed(store, &actor, id, false, now()).await?)
        }
        ContractCommand::Pay { id, amount } => {
            show(&crm::pay_contract(store, &actor, id, &amount, now()).await?)
        }
        ContractCommand::Delete { id } => {
            let contract = crm::contract_to_delete(store, &actor, id).await?;
            let delete = crm::delete_contract(store, &actor, id, now());
            context
                .delete("contract", id, &contract.client_name, delete)
                .await
        }
    }
}
