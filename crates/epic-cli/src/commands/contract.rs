use clap::{Args, Subcommand};
use epic_domain::crm::names::Named;
use epic_domain::crm::records::Contract;
use epic_domain::crm::{CreateContract, ListContracts, PayContract, SignContract, UpdateContract};
use epic_domain::types::{ClientId, ContractId, Department, EmployeeId};

use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;
use crate::{input, telemetry};
use epic_domain::interface::Crm;

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
    /// Only this client's contracts: an id, an e-mail or a name
    #[arg(long, value_name = "WHO", add = crate::complete::clients())]
    pub client: Option<String>,
    /// Only the contracts of this sales employee's clients: an id, an e-mail or a name
    #[arg(long, value_name = "WHO", add = crate::complete::employees_in(Some(Department::Sales)))]
    pub sales: Option<String>,
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
    /// The client: an id, an e-mail or a name
    #[arg(long, value_name = "WHO", add = crate::complete::clients())]
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
    let crm = context.crm().await?;
    match command {
        ContractCommand::List(args) => cmd_contract_list(&context, &*crm, args).await,
        ContractCommand::Show { id } => context.show(&crm.show_contract(ContractId(id)).await?),
        ContractCommand::Create(args) => cmd_contract_create(&context, &*crm, args).await,
        ContractCommand::Update(args) => cmd_contract_update(&context, &*crm, args).await,
        ContractCommand::Sign { id } => {
            cmd_contract_sign(&context, &*crm, ContractId(id), true).await
        }
        ContractCommand::Unsign { id } => {
            cmd_contract_sign(&context, &*crm, ContractId(id), false).await
        }
        ContractCommand::Pay(args) => cmd_contract_pay(&context, &*crm, args).await,
        ContractCommand::Delete { id } => {
            cmd_contract_delete(&context, &*crm, ContractId(id)).await
        }
    }
}

async fn cmd_contract_list(context: &Context, crm: &dyn Crm, args: ListArgs) -> CommandResult {
    let request = ListContracts {
        signed: (args.signed || args.unsigned).then_some(args.signed),
        unpaid: args.unpaid,
        mine: args.mine,
        client: crate::names::id_of_given(crm, Named::Client, args.client.as_deref())
            .await?
            .map(ClientId),
        sales: crate::names::id_of_given(crm, Named::Sales, args.sales.as_deref())
            .await?
            .map(EmployeeId),
        ..ListContracts::default()
    };
    let mut rows = context.printer.rows::<Contract>()?;
    crm.list_contracts(&request, &mut |r| rows.push(&r)).await?;
    rows.finish()
}

async fn cmd_contract_create(context: &Context, crm: &dyn Crm, args: CreateArgs) -> CommandResult {
    let CreateArgs {
        mut client,
        mut amounts,
    } = args;
    input::require(&mut [
        (&mut client, "--client", "prompt-client"),
        (&mut amounts.total, "--total", "prompt-total"),
    ])?;
    let client =
        ClientId(crate::names::id_of(crm, Named::Client, &client.unwrap_or_default()).await?);
    let total = amounts.total.unwrap_or_default();
    let request = CreateContract::parse(client, &total, amounts.due.as_deref())?;
    context.written(&crm.create_contract(request).await?)
}

async fn cmd_contract_update(context: &Context, crm: &dyn Crm, args: UpdateArgs) -> CommandResult {
    let request = UpdateContract::parse(
        ContractId(args.id),
        args.amounts.total.as_deref(),
        args.amounts.due.as_deref(),
        args.if_version,
    )?;
    context.written(&crm.update_contract(request).await?)
}

async fn cmd_contract_sign(
    context: &Context,
    crm: &dyn Crm,
    id: ContractId,
    signed: bool,
) -> CommandResult {
    let request = SignContract { id, signed };
    let contract = crm.set_signed(request).await?;
    if signed {
        telemetry::info(
            "contract signed",
            &[("contract_id", id.0), ("client_id", contract.client_id.0)],
        );
    }
    context.written(&contract)
}

async fn cmd_contract_pay(context: &Context, crm: &dyn Crm, args: PayArgs) -> CommandResult {
    let request = PayContract::parse(ContractId(args.id), &args.amount, args.if_version)?;
    context.written(&crm.pay_contract(request).await?)
}

async fn cmd_contract_delete(context: &Context, crm: &dyn Crm, id: ContractId) -> CommandResult {
    let contract = crm.contract_to_delete(id).await?;
    let delete = crm.delete_contract(id);
    context
        .delete("contract", id.0, &contract.client_name, delete)
        .await
}
