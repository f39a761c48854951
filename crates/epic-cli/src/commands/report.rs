use clap::{Args, Subcommand};
use epic_domain::crm::reports::{self, Period};
use epic_domain::when::{Bound, Here, parse_optional_bound};

use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Revenue signed and amount still due, per sales employee, for contracts signed in a period
    #[command(
        after_help = "Examples:\n  epic report revenue --from 2026-01-01 --to 2026-04-01 -o csv\n  epic report revenue            # the last 30 days"
    )]
    Revenue(PeriodArgs),
    /// Contracts not fully paid, oldest first
    #[command(after_help = "Examples:\n  epic report unpaid -o json")]
    Unpaid,
    /// Events in the next days, flagging those without support
    #[command(
        after_help = "Examples:\n  epic report upcoming --days 14\n  epic report upcoming -o json | jq '.[] | select(.needs_support)'"
    )]
    Upcoming {
        /// How many days ahead (1 to 3660)
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(
            i64::from(*reports::UPCOMING_DAYS.start())..=i64::from(*reports::UPCOMING_DAYS.end())
        ))]
        days: u32,
    },
    /// Events, attendees and events without support, per month of their start
    #[command(after_help = "Examples:\n  epic report monthly --from 2026-01-01 --to 2027-01-01")]
    Monthly(PeriodArgs),
}

#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// Start of the period (included) [default: 30 days ago]
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// End of the period (excluded; a day alone is included) [default: now]
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
}

impl PeriodArgs {
    fn period(&self, here: &Here) -> epic_domain::Result<Period> {
        Ok(Period {
            from: parse_optional_bound("from", self.from.as_deref(), Bound::Start, here)?,
            to: parse_optional_bound("to", self.to.as_deref(), Bound::End, here)?,
        })
    }
}

pub async fn run(global: &GlobalArgs, command: ReportCommand) -> CommandResult {
    let context = Context::open(global).await?;
    let crm = context.crm().await?;
    let printer = &context.printer;
    match command {
        ReportCommand::Revenue(args) => {
            printer.all(&crm.revenue(args.period(&crate::zone::here()?)?).await?)
        }
        ReportCommand::Unpaid => printer.all(&crm.unpaid().await?),
        ReportCommand::Upcoming { days } => printer.all(&crm.upcoming(days).await?),
        ReportCommand::Monthly(args) => {
            printer.all(&crm.monthly(args.period(&crate::zone::here()?)?).await?)
        }
    }
}
