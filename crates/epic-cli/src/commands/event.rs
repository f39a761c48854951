use clap::{Args, Subcommand};
use epic_domain::crm::names::Named;
use epic_domain::crm::records::{Event, UpdatedEvent, Warning};
use epic_domain::crm::{
    CreateEvent, EventDetails, EventFields, ListEvents, SupportChange, UpdateEvent,
};
use epic_domain::search::SearchText;
use epic_domain::types::{ContractId, Department, EmployeeId, EventId};
use epic_domain::when::{Bound, parse_optional_bound};

use super::import::{ImportArgs, Kind, cmd_import};
use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;
use crate::records::Cell;
use crate::{input, zone};
use epic_domain::interface::Crm;

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// List events: without support, yours, one support employee's, one contract's, in a period, double-booked
    #[command(
        after_help = "Examples:\n  epic event list --no-support\n  epic event list --mine --upcoming\n  epic event list --from 2026-06-01 --to 2026-07-01 -o csv\n  epic event list --search chateau\n  epic event list --overlapping --upcoming"
    )]
    List(ListArgs),
    /// Show one event with its client's contact details
    #[command(after_help = "Examples:\n  epic event show 5")]
    Show {
        #[arg(add = crate::complete::events())]
        id: i64,
    },
    /// Create the event of your client's signed contract (sales)
    #[command(
        after_help = "Examples:\n  epic event create --contract 652 --name 'John Ouick Wedding' --start '2023-06-04 13:00' --end '2023-06-05 02:00' \\\n    --location '53 Rue du Château, 41120 Candé-sur-Beuvron, France' --attendees 75 --notes 'Wedding starts at 3PM, by the river.'"
    )]
    Create(CreateArgs),
    /// Update an event (management, or its support contact); assign support with --support (management)
    #[command(
        after_help = "Examples:\n  epic event update 5 --support 9\n  epic event update 5 --support 9 --if-free\n  epic event update 5 --notes 'Catering confirmed'\n  epic event update 5 --append-notes 'Florist booked for 2PM'\n  epic event update 5 --no-support"
    )]
    Update(UpdateArgs),
    /// Import events from a CSV or Excel file: every row checked, all or nothing
    #[command(
        after_help = "Columns (header row, any order, case-insensitive): name, contract (id), client (checked against the contract), start, end, support contact (must be empty: management assigns support), location, attendees, notes. French headers work too (nom, contrat, début, fin, lieu, participants). CSV: UTF-8 or Windows-1252, comma, semicolon or tab, detected (or --encoding, --delimiter). Times: 2023-06-04 13:00, 04/06/2023 13h (day first), 4 Jun 2023 @ 1PM, RFC 3339, or Excel dates.\n\nExamples:\n  epic event import docs/examples/events.xlsx --dry-run\n  epic event import events.csv"
    )]
    Import(ImportArgs),
    /// Delete an event (management)
    #[command(after_help = "Examples:\n  epic event delete 5 --yes")]
    Delete {
        #[arg(add = crate::complete::events())]
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only events without a support contact
    #[arg(long, conflicts_with_all = ["support", "mine", "overlapping"])]
    pub no_support: bool,
    /// Only events whose support contact is at another event at the same time
    #[arg(long)]
    pub overlapping: bool,
    /// Support: events assigned to you. Sales: your clients' events
    #[arg(long, conflicts_with = "support")]
    pub mine: bool,
    /// Events of this support employee: an id, an e-mail or a name
    #[arg(long, value_name = "WHO", add = crate::complete::employees_in(Some(Department::Support)))]
    pub support: Option<String>,
    /// Events of this contract: its id, or its client's e-mail or name
    #[arg(long, value_name = "ID|CLIENT", add = crate::complete::contracts())]
    pub contract: Option<String>,
    /// Events starting at or after this time
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// Events starting before this time (a day alone includes that day)
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
    /// Only events that have not started yet
    #[arg(long, conflicts_with = "from")]
    pub upcoming: bool,
    /// Text in the name, location or notes, ignoring case and accents (taken literally)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

/// An event's details, the same flags for `create` and `update`.
#[derive(Debug, Args)]
pub struct FieldArgs {
    #[arg(long)]
    pub name: Option<String>,
    /// Local time: 2027-06-12 14:00, 12/06/2027 14h30 (day first), demain 14h, or RFC 3339 (see `epic help formatting`)
    #[arg(long, value_name = "TIME")]
    pub start: Option<String>,
    #[arg(long, value_name = "TIME")]
    pub end: Option<String>,
    #[arg(long)]
    pub location: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub attendees: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

impl From<FieldArgs> for EventFields {
    fn from(args: FieldArgs) -> Self {
        Self {
            name: args.name,
            start: args.start,
            end: args.end,
            location: args.location,
            attendees: args.attendees,
            notes: args.notes,
        }
    }
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The signed contract: its id, or its client's e-mail or name
    #[arg(long, value_name = "ID|CLIENT", add = crate::complete::contracts())]
    pub contract: Option<String>,
    #[command(flatten)]
    pub fields: FieldArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = crate::complete::events())]
    pub id: i64,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Assign this support employee: an id, an e-mail or a name (management)
    #[arg(long, value_name = "WHO", conflicts_with = "no_support", add = crate::complete::employees_in(Some(Department::Support)))]
    pub support: Option<String>,
    /// Remove the support contact (management)
    #[arg(long)]
    pub no_support: bool,
    /// Add TEXT at the end of the notes, on a line of its own
    #[arg(long, value_name = "TEXT", conflicts_with = "notes")]
    pub append_notes: Option<String>,
    /// Refuse the change if the support contact is at another event at the same time (otherwise it is made, with a warning)
    #[arg(long)]
    pub if_free: bool,
    /// Refuse the change if the event is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

pub async fn run(global: &GlobalArgs, command: EventCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let crm = context.crm().await?;
    match command {
        EventCommand::List(args) => cmd_event_list(&context, &*crm, args).await,
        EventCommand::Show { id } => context.show(&crm.show_event(EventId(id)).await?),
        EventCommand::Create(args) => cmd_event_create(&context, &*crm, args).await,
        EventCommand::Update(args) => cmd_event_update(&context, &*crm, args).await,
        EventCommand::Import(args) => cmd_import(&context, &*crm, &args, Kind::Events).await,
        EventCommand::Delete { id } => cmd_event_delete(&context, &*crm, EventId(id)).await,
    }
}

async fn cmd_event_list(context: &Context, crm: &dyn Crm, args: ListArgs) -> CommandResult {
    let here = zone::here()?;
    let request = ListEvents {
        mine: args.mine,
        support: crate::names::id_of_given(crm, Named::Support, args.support.as_deref())
            .await?
            .map(EmployeeId),
        no_support: args.no_support,
        contract: crate::names::id_of_given(crm, Named::Contract, args.contract.as_deref())
            .await?
            .map(ContractId),
        from: parse_optional_bound("from", args.from.as_deref(), Bound::Start, &here)?,
        to: parse_optional_bound("to", args.to.as_deref(), Bound::End, &here)?,
        upcoming: args.upcoming,
        overlapping: args.overlapping,
        search: args.search.as_deref().and_then(SearchText::parse),
        ..ListEvents::default()
    };
    let mut rows = context.printer.rows::<Event>()?;
    crm.list_events(&request, &mut |r| rows.push(&r)).await?;
    rows.finish()
}

async fn cmd_event_create(context: &Context, crm: &dyn Crm, args: CreateArgs) -> CommandResult {
    let CreateArgs {
        mut contract,
        mut fields,
    } = args;
    input::require(&mut [
        (&mut contract, "--contract", "prompt-contract"),
        (&mut fields.name, "--name", "prompt-event-name"),
        (&mut fields.start, "--start", "prompt-start"),
        (&mut fields.end, "--end", "prompt-end"),
        (&mut fields.location, "--location", "prompt-location"),
        (&mut fields.attendees, "--attendees", "prompt-attendees"),
    ])?;
    let contract = crate::names::id_of(crm, Named::Contract, &contract.unwrap_or_default()).await?;
    let request = CreateEvent::parse(ContractId(contract), &fields.into(), &zone::here()?)?;
    context.written(&crm.create_event(request).await?)
}

async fn cmd_event_update(context: &Context, crm: &dyn Crm, args: UpdateArgs) -> CommandResult {
    let request = UpdateEvent {
        id: EventId(args.id),
        details: EventDetails::parse(&args.fields.into(), &zone::here()?)?,
        support: match (args.support, args.no_support) {
            (Some(who), _) => Some(SupportChange::Assign(EmployeeId(
                crate::names::id_of(crm, Named::Support, &who).await?,
            ))),
            (None, true) => Some(SupportChange::Remove),
            (None, false) => None,
        },
        append_notes: args
            .append_notes
            .as_deref()
            .map(epic_domain::types::parse_notes)
            .transpose()?,
        if_free: args.if_free,
        if_version: args.if_version,
    };
    let UpdatedEvent { event, warnings } = crm.update_event(request).await?;
    for warning in &warnings {
        context.printer.warn(&said(&event, warning));
    }
    context.written(&event)
}

/// A warning in the person's words, times in their zone.
fn said(event: &Event, warning: &Warning) -> String {
    match warning {
        Warning::DoubleBooking {
            event_id,
            name,
            start,
            end,
            ..
        } => crate::i18n::text(
            "warning-double-booked",
            &[
                (
                    "who",
                    event
                        .support_contact_name
                        .clone()
                        .unwrap_or_default()
                        .into(),
                ),
                ("id", event_id.0.into()),
                ("name", name.clone().into()),
                ("start", Cell::Time(*start).human().into()),
                ("end", Cell::Time(*end).human().into()),
            ],
        ),
    }
}

async fn cmd_event_delete(context: &Context, crm: &dyn Crm, id: EventId) -> CommandResult {
    let event = crm.event_to_delete(id).await?;
    let delete = crm.delete_event(id);
    context
        .delete("event", id.0, event.name.as_str(), delete)
        .await
}
