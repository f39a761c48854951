use clap::{Args, Subcommand};
use epic_domain::crm::records::Event;
use epic_domain::crm::{self, EventInput, EventPatch, ListEvents, SupportChange};
use epic_domain::types::EmployeeId;
use epic_domain::values::{Bound, parse_optional_bound};

use super::records::{self, EVENT};
use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::{Context, now};
use crate::input;

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// List events: without support, yours, one support employee's, one contract's, in a period
    #[command(
        after_help = "Examples:\n  epic event list --no-support\n  epic event list --mine --upcoming\n  epic event list --from 2026-06-01 --to 2026-07-01 -o csv"
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
        after_help = "Examples:\n  epic event update 5 --support 9\n  epic event update 5 --notes 'Catering confirmed'\n  epic event update 5 --no-support"
    )]
    Update(UpdateArgs),
    /// Import events from a CSV or Excel file: every row checked, all or nothing
    #[command(
        after_help = "Columns (header row, any order, case-insensitive): name, contract (id), client (checked against the contract), start, end, support contact (must be empty: management assigns support), location, attendees, notes. Times: 2023-06-04 13:00, 4 Jun 2023 @ 1PM, RFC 3339, or Excel dates.\n\nExamples:\n  epic event import docs/examples/events.xlsx --dry-run\n  epic event import events.csv"
    )]
    Import(super::import::ImportArgs),
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
    #[arg(long, conflicts_with_all = ["support", "mine"])]
    pub no_support: bool,
    /// Support: events assigned to you. Sales: your clients' events
    #[arg(long, conflicts_with = "support")]
    pub mine: bool,
    #[arg(long, value_name = "ID")]
    pub support: Option<i64>,
    #[arg(long, value_name = "ID")]
    pub contract: Option<i64>,
    /// Events starting at or after this time
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// Events starting before this time (a day alone includes that day)
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
    /// Only events that have not started yet
    #[arg(long, conflicts_with = "from")]
    pub upcoming: bool,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long, value_name = "ID", add = crate::complete::contracts())]
    pub contract: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    /// RFC 3339, or YYYY-MM-DD HH:MM in local time
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

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = crate::complete::events())]
    pub id: i64,
    #[arg(long)]
    pub name: Option<String>,
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
    /// Assign this support employee (management)
    #[arg(long, value_name = "ID", conflicts_with = "no_support", add = crate::complete::employees())]
    pub support: Option<i64>,
    /// Remove the support contact (management)
    #[arg(long)]
    pub no_support: bool,
    /// Refuse the change if the event is no longer at this version
    #[arg(long)]
    pub if_version: Option<i64>,
}

pub async fn run(global: &GlobalArgs, command: EventCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let actor = context.actor().await?;
    let store = &context.store;
    let show = |event: &Event| context.printer.record(&records::record(event)?);
    match command {
        EventCommand::List(args) => {
            let request = ListEvents {
                mine: args.mine,
                support: args.support.map(EmployeeId),
                no_support: args.no_support,
                contract: args.contract,
                from: parse_optional_bound("from", args.from.as_deref(), Bound::Start)?,
                to: parse_optional_bound("to", args.to.as_deref(), Bound::End)?,
                upcoming: args.upcoming,
            };
            let filter = request.filter(&actor, now());
            let mut rows = context.printer.rows(EVENT);
            crm::list_events(store, &actor, &filter, &mut |record| rows.push(&record)).await?;
            rows.finish()
        }
        EventCommand::Show { id } => show(&crm::show_event(store, &actor, id).await?),
        EventCommand::Create(mut args) => {
            input::require(&mut [
                (&mut args.contract, "--contract", "Contract id"),
                (&mut args.name, "--name", "Event name"),
                (&mut args.start, "--start", "Start (YYYY-MM-DD HH:MM)"),
                (&mut args.end, "--end", "End (YYYY-MM-DD HH:MM)"),
                (&mut args.location, "--location", "Location"),
                (&mut args.attendees, "--attendees", "Attendees"),
            ])?;
            let contract = args.contract.unwrap_or_default();
            let contract: i64 = contract.trim().parse().map_err(|_| {
                epic_domain::Error::invalid(
                    "contract",
                    format!("must be a contract id (got {contract:?})"),
                )
            })?;
            let input = EventInput {
                name: args.name.unwrap_or_default(),
                start: args.start.unwrap_or_default(),
                end: args.end.unwrap_or_default(),
                location: args.location.unwrap_or_default(),
                attendees: args.attendees.unwrap_or_default(),
                notes: args.notes,
            };
            show(&crm::create_event(store, &actor, contract, input, now()).await?)
        }
        EventCommand::Update(args) => {
            let patch = EventPatch {
                name: args.name,
                start: args.start,
                end: args.end,
                location: args.location,
                attendees: args.attendees,
                notes: args.notes,
                support: match (args.support, args.no_support) {
                    (Some(id), _) => Some(SupportChange::Assign(EmployeeId(id))),
                    (None, true) => Some(SupportChange::Remove),
                    (None, false) => None,
                },
                if_version: args.if_version,
            };
            show(&crm::update_event(store, &actor, args.id, patch, now()).await?)
        }
        EventCommand::Import(args) => {
            super::import::cmd_import(&context, &actor, &args, super::import::Kind::Events).await
        }
        EventCommand::Delete { id } => {
            let event = crm::event_to_delete(store, &actor, id).await?;
            let delete = crm::delete_event(store, &actor, id, now());
            context
                .delete("event", id, event.name.as_str(), delete)
                .await
        }
    }
}
