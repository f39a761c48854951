use clap::{Args, Subcommand};
use epic_domain::crm::records::Client;
use epic_domain::crm::{self, ClientFilter, ClientInput, ClientPatch};
use epic_domain::types::EmployeeId;

use super::records::{self, CLIENT};
use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::{Context, now};
use crate::input;

#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// List clients, optionally only yours, one sales contact's, or matching a search
    #[command(
        after_help = "Examples:\n  epic client list --mine\n  epic client list --search 'startup' -o json\n  epic client list --sales 4 -o csv"
    )]
    List(ListArgs),
    /// Show one client
    #[command(after_help = "Examples:\n  epic client show 12")]
    Show {
        #[arg(add = crate::complete::clients())]
        id: i64,
    },
    /// Create a client; you become its sales contact (sales)
    #[command(
        after_help = "Examples:\n  epic client create --name 'Kevin Casey' --email kevin@startup.io --phone '+678 123 456 78' --company 'Cool Startup LLC'"
    )]
    Create(CreateArgs),
    /// Update your client's details (sales), or reassign its sales contact with --sales (management)
    #[command(
        after_help = "Examples:\n  epic client update 12 --phone '+33 6 12 34 56 78'\n  epic client update 12 --sales 7"
    )]
    Update(UpdateArgs),
    /// Import clients from a CSV or Excel file: every row checked, all or nothing
    #[command(
        after_help = "Columns (header row, any order, case-insensitive): full_name (or name), email, phone, company_name (or company).\n\nExamples:\n  epic client import docs/examples/clients.csv --dry-run\n  epic client import prospects.xlsx"
    )]
    Import(super::import::ImportArgs),
    /// Delete a client that has no contracts (management)
    #[command(after_help = "Examples:\n  epic client delete 12 --yes")]
    Delete {
        #[arg(add = crate::complete::clients())]
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only your clients (sales)
    #[arg(long)]
    pub mine: bool,
    /// Only the clients of this sales employee
    #[arg(long, value_name = "ID", conflicts_with = "mine")]
    pub sales: Option<i64>,
    /// Case-insensitive text in the name, email or company (% and _ match themselves)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub company: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = crate::complete::clients())]
    pub id: i64,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// An empty value removes the phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// An empty value removes the company name
    #[arg(long)]
    pub company: Option<String>,
    /// Reassign the client (and its contracts) to this sales employee (management)
    #[arg(long, value_name = "ID", add = crate::complete::employees())]
    pub sales: Option<i64>,
    /// Refuse the change if the client is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

pub async fn run(global: &GlobalArgs, command: ClientCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let actor = context.actor().await?;
    let store = &context.store;
    let show = |client: &Client| context.printer.record(&records::record(client)?);
    match command {
        ClientCommand::List(args) => {
            let filter = ClientFilter {
                sales_contact: if args.mine {
                    Some(actor.id)
                } else {
                    args.sales.map(EmployeeId)
                },
                search: args.search,
            };
            let mut rows = context.printer.rows(CLIENT);
            crm::list_clients(store, &actor, &filter, &mut |record| rows.push(&record)).await?;
            rows.finish()
        }
        ClientCommand::Show { id } => show(&crm::show_client(store, &actor, id).await?),
        ClientCommand::Create(mut args) => {
            input::require(&mut [
                (&mut args.name, "--name", "Full name"),
                (&mut args.email, "--email", "Email"),
            ])?;
            let input = ClientInput {
                full_name: args.name.unwrap_or_default(),
                email: args.email.unwrap_or_default(),
                phone: args.phone,
                company_name: args.company,
            };
            show(&crm::create_client(store, &actor, input, now()).await?)
        }
        ClientCommand::Update(args) => {
            let patch = ClientPatch {
                full_name: args.name,
                email: args.email,
                phone: args.phone,
                company_name: args.company,
                sales_contact: args.sales.map(EmployeeId),
                if_version: args.if_version,
            };
            show(&crm::update_client(store, &actor, args.id, patch, now()).await?)
        }
        ClientCommand::Import(args) => {
            super::import::cmd_import(&context, &actor, &args, super::import::Kind::Clients).await
        }
        ClientCommand::Delete { id } => {
            let client = crm::client_to_delete(store, &actor, id).await?;
            let delete = crm::delete_client(store, &actor, id, now());
            context
                .delete("client", id, client.full_name.as_str(), delete)
                .await
        }
    }
}
