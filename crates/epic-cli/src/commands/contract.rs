use clap::{Args, Subcommand};
use epic_domain::crm::{
    self, CreateContract, ListContracts, PayContract, SignContract, UpdateContract,
};
use epic_domain::employee::Employee;
use epic_domain::types::{ClientId, ContractId, EmployeeId};
use epic_domain::values::parse_id;

use super::records::CONTRACT;
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
    Pay(PayArgs),
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

/// The amounts, the same flags for `create` and `update`.
#[derive(Debug, Args)]
pub struct AmountArgs {
    /// Total amount, e.g. 5000 or 5000.50
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub total: Option<String>,
    /// Amount still due [on create, default: the total]
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub due: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long, value_name = "ID", add = crate::complete::clients())]
    pub client: Option<String>,
    #[command(flatten)]
    pub amounts: AmountArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = crate::complete::contracts())]
    pub id: i64,
    #[command(flatten)]
    pub amounts: AmountArgs,
    /// Refuse the change if the contract is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

#[derive(Debug, Args)]
pub struct PayArgs {
    #[arg(add = crate::complete::contracts())]
    pub id: i64,
    #[arg(allow_hyphen_values = true)]
    pub amount: String,
    /// Refuse the payment if the contract is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

pub async fn run(global: &GlobalArgs, command: ContractCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let actor = context.actor().await?;
    match command {
        ContractCommand::List(args) => cmd_contract_list(&context, &actor, args).await,
        ContractCommand::Show { id } => {
            context.show(&crm::show_contract(&context.store, &actor, ContractId(id)).await?)
        }
        ContractCommand::Create(args) => cmd_contract_create(&context, &actor, args).await,
        ContractCommand::Update(args) => cmd_contract_update(&context, &actor, args).await,
        ContractCommand::Sign { id } => {
            cmd_contract_sign(&context, &actor, ContractId(id), true).await
        }
        ContractCommand::Unsign { id } => {
            cmd_contract_sign(&context, &actor, ContractId(id), false).await
        }
        ContractCommand::Pay(args) => cmd_contract_pay(&context, &actor, args).await,
        ContractCommand::Delete { id } => {
            cmd_contract_delete(&context, &actor, ContractId(id)).await
        }
    }
}

async fn cmd_contract_list(context: &Context, actor: &Employee, args: ListArgs) -> CommandResult {
    let request = ListContracts {
        signed: (args.signed || args.unsigned).then_some(args.signed),
        unpaid: args.unpaid,
        mine: args.mine,
        client: args.client.map(ClientId),
        sales: args.sales.map(EmployeeId),
    };
    let mut rows = context.printer.rows(CONTRACT);
    crm::list_contracts(&context.store, actor, &request, &mut |c| rows.push(&c)).await?;
    rows.finish()
}

async fn cmd_contract_create(
    context: &Context,
    actor: &Employee,
    args: CreateArgs,
) -> CommandResult {
    let CreateArgs {
        mut client,
        mut amounts,
    } = args;
    input::require(&mut [
        (&mut client, "--client", "Client id"),
        (&mut amounts.total, "--total", "Total amount"),
    ])?;
    let client = ClientId(parse_id("client", &client.unwrap_or_default())?);
    let total = amounts.total.unwrap_or_default();
    let request = CreateContract::parse(client, &total, amounts.due.as_deref())?;
    context.show(&crm::create_contract(&context.store, actor, request, now()).await?)
}

async fn cmd_contract_update(
    context: &Context,
    actor: &Employee,
    args: UpdateArgs,
) -> CommandResult {
    let request = UpdateContract::parse(
        ContractId(args.id),
        args.amounts.total.as_deref(),
        args.amounts.due.as_deref(),
        args.if_version,
    )?;
    context.show(&crm::update_contract(&context.store, actor, request, now()).await?)
}

async fn cmd_contract_sign(
    context: &Context,
    actor: &Employee,
    id: ContractId,
    signed: bool,
) -> CommandResult {
    let request = SignContract { id, signed };
    let contract = crm::set_signed(&context.store, actor, request, now()).await?;
    if signed {
        telemetry::info(
            "contract signed",
            &[("contract_id", id.0), ("client_id", contract.client_id.0)],
        );
    }
    context.show(&contract)
}

async fn cmd_contract_pay(context: &Context, actor: &Employee, args: PayArgs) -> CommandResult {
    let request = PayContract::parse(ContractId(args.id), &args.amount, args.if_version)?;
    context.show(&crm::pay_contract(&context.store, actor, request, now()).await?)
}

async fn cmd_contract_delete(context: &Context, actor: &Employee, id: ContractId) -> CommandResult {
    let contract = crm::contract_to_delete(&context.store, actor, id).await?;
    let delete = crm::delete_contract(&context.store, actor, id, now());
    context
        .delete("contract", id.0, &contract.client_name, delete)
        .await
}
