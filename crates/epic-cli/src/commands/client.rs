use clap::{Args, Subcommand};
use epic_domain::crm::names::Named;
use epic_domain::crm::privacy::{Age, ForgetInactive};
use epic_domain::crm::records::Client;
use epic_domain::crm::{ClientDetails, ClientFields, CreateClient, ListClients, UpdateClient};
use epic_domain::search::SearchText;
use epic_domain::types::{ClientId, Department, EmployeeId};

use super::PersonArgs;
use super::import::{ImportArgs, Kind, cmd_import};
use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;
use crate::input;
use epic_domain::interface::Crm;

#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// List clients, optionally only yours, one sales contact's, or matching a search
    #[command(
        after_help = "Examples:\n  epic client list --mine\n  epic client list --search elodie -o json\n  epic client list --sales 4 -o csv\n  epic client list -o xlsx > clients.xlsx\n  epic client list -o csv --delimiter ';' > clients.csv"
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
        after_help = "Columns (header row, any order): full_name (or name, nom), email (or courriel), phone (or téléphone), company_name (or company, société); case and accents ignored. CSV: UTF-8 or Windows-1252, comma, semicolon or tab, detected and reported (or --encoding, --delimiter).\n\nExamples:\n  epic client import docs/examples/clients.csv --dry-run\n  epic client import prospects.xlsx\n  epic client import export-excel.csv --delimiter ';' --encoding windows-1252"
    )]
    Import(ImportArgs),
    /// Delete a client that has no contracts (management)
    #[command(after_help = "Examples:\n  epic client delete 12 --yes")]
    Delete {
        #[arg(add = crate::complete::clients())]
        id: i64,
    },
    /// Everything held about a client, as one JSON document (management, its sales contact)
    #[command(
        name = "export-data",
        after_help = "Examples:\n  epic client export-data 12 > client-12.json"
    )]
    ExportData {
        #[arg(add = crate::complete::clients())]
        id: i64,
    },
    /// Forget a client for good: name, e-mail, phone, company and its events' details (management)
    #[command(
        after_help = "Contracts keep their amounts and dates; the audit log keeps who changed which field and when, never the values.\n\nExamples:\n  epic client forget 12 --yes\n  epic client forget --inactive-since 3y --dry-run\n  epic client forget --inactive-since --yes"
    )]
    Forget(ForgetArgs),
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// The client to forget
    #[arg(
        add = crate::complete::clients(),
        required_unless_present = "inactive_since",
        conflicts_with = "inactive_since"
    )]
    pub id: Option<i64>,
    /// Instead, every prospect (no contract) not contacted for AGE: 3y, 18m or 90d (alone: `retention` in the config, else 3y)
    #[arg(long, value_name = "AGE", num_args = 0..=1, default_missing_value = "")]
    pub inactive_since: Option<String>,
    /// List those prospects, forget nothing
    #[arg(long, requires = "inactive_since")]
    pub dry_run: bool,
    /// Count the age back from this instant (RFC 3339) rather than now: for tests and drills
    #[arg(long, hide = true, value_name = "TIME", requires = "inactive_since")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only your clients (sales)
    #[arg(long)]
    pub mine: bool,
    /// Only the clients of this sales employee: an id, an e-mail or a name
    #[arg(long, value_name = "WHO", conflicts_with = "mine", add = crate::complete::employees_in(Some(Department::Sales)))]
    pub sales: Option<String>,
    /// Text in the name, email, company or phone, ignoring case and accents (taken literally)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

/// A client's details, the same flags for `create` and `update`.
#[derive(Debug, Args)]
pub struct FieldArgs {
    #[command(flatten)]
    pub person: PersonArgs,
    /// Phone number; on update, an empty value removes it
    #[arg(long)]
    pub phone: Option<String>,
    /// Company name; on update, an empty value removes it
    #[arg(long)]
    pub company: Option<String>,
}

impl From<FieldArgs> for ClientFields {
    fn from(args: FieldArgs) -> Self {
        Self {
            person: args.person.into(),
            phone: args.phone,
            company_name: args.company,
        }
    }
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub fields: FieldArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = crate::complete::clients())]
    pub id: i64,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Reassign the client (and its contracts) to this sales employee: an id, an e-mail or a name (management)
    #[arg(long, value_name = "WHO", add = crate::complete::employees_in(Some(Department::Sales)))]
    pub sales: Option<String>,
    /// Refuse the change if the client is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

pub async fn run(global: &GlobalArgs, command: ClientCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let crm = context.crm().await?;
    match command {
        ClientCommand::List(args) => cmd_client_list(&context, &*crm, args).await,
        ClientCommand::Show { id } => context.show(&crm.show_client(ClientId(id)).await?),
        ClientCommand::Create(args) => cmd_client_create(&context, &*crm, args).await,
        ClientCommand::Update(args) => cmd_client_update(&context, &*crm, args).await,
        ClientCommand::Import(args) => cmd_import(&context, &*crm, &args, Kind::Clients).await,
        ClientCommand::Delete { id } => cmd_client_delete(&context, &*crm, ClientId(id)).await,
        ClientCommand::ExportData { id } => {
            let data = crm.export_client_data(ClientId(id)).await?;
            context.printer.document(&data)
        }
        ClientCommand::Forget(args) => cmd_client_forget(&context, &*crm, args).await,
    }
}

async fn cmd_client_list(context: &Context, crm: &dyn Crm, args: ListArgs) -> CommandResult {
    let request = ListClients {
        mine: args.mine,
        sales: crate::names::id_of_given(crm, Named::Sales, args.sales.as_deref())
            .await?
            .map(EmployeeId),
        search: args.search.as_deref().and_then(SearchText::parse),
    };
    let mut rows = context.printer.rows::<Client>()?;
    crm.list_clients(&request, &mut |r| rows.push(&r)).await?;
    rows.finish()
}

async fn cmd_client_create(context: &Context, crm: &dyn Crm, args: CreateArgs) -> CommandResult {
    let mut fields = args.fields;
    input::require(&mut [
        (&mut fields.person.name, "--name", "prompt-full-name"),
        (&mut fields.person.email, "--email", "prompt-email"),
    ])?;
    let request = CreateClient::parse(&fields.into())?;
    context.written(&crm.create_client(request).await?)
}

async fn cmd_client_update(context: &Context, crm: &dyn Crm, args: UpdateArgs) -> CommandResult {
    let request = UpdateClient {
        id: ClientId(args.id),
        details: ClientDetails::parse(&args.fields.into())?,
        sales_contact: crate::names::id_of_given(crm, Named::Sales, args.sales.as_deref())
            .await?
            .map(EmployeeId),
        if_version: args.if_version,
    };
    context.written(&crm.update_client(request).await?)
}

async fn cmd_client_delete(context: &Context, crm: &dyn Crm, id: ClientId) -> CommandResult {
    let client = crm.client_to_delete(id).await?;
    let delete = crm.delete_client(id);
    context
        .delete("client", id.0, client.full_name.as_str(), delete)
        .await
}

async fn cmd_client_forget(context: &Context, crm: &dyn Crm, args: ForgetArgs) -> CommandResult {
    let Some(age) = args.inactive_since else {
        let id = ClientId(args.id.unwrap_or_default());
        let client = crm.client_to_forget(id).await?;
        let forget = crm.forget_client(id);
        return context
            .forget("client", id.0, client.full_name.as_str(), forget)
            .await;
    };
    let age = match age.as_str() {
        "" => crate::config::retention()?,
        text => Age::parse(text)?,
    };
    let now = match args.at.as_deref() {
        Some(text) => input::instant("at", text)?,
        None => crate::context::now(),
    };
    let before = age.before(now);
    let prospects = crm.inactive_prospects(before).await?;
    if args.dry_run {
        return context.printer.all(&prospects);
    }
    if prospects.is_empty() {
        context
            .printer
            .note(&crate::i18n::text("nothing-to-forget", &[]));
        return Ok(());
    }
    let count = [
        ("count", prospects.len().into()),
        ("age", age.to_string().into()),
    ];
    context.confirm(&crate::i18n::text("confirm-forget-inactive", &count))?;
    let request = ForgetInactive {
        before,
        clients: prospects.iter().map(|c| c.id).collect(),
    };
    let forgotten = crm.forget_inactive(request).await?;
    let said = [("count", forgotten.into())];
    context
        .printer
        .note(&crate::i18n::text("forgotten-clients", &said));
    Ok(())
}
