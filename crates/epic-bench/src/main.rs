//! `epic-bench seed --events N`: fills an initialised `epic` database with
//! realistic records at scale, for `bench/run.sh` and for trying `epic` on
//! a company far larger than the demo.

use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use epic_bench::{load, shape};

#[derive(Debug, Parser)]
#[command(name = "epic-bench", about = "Benchmark data for epic")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Add employees, clients, contracts and events to a database that
    /// `epic init` has prepared. Generated employees share the password of
    /// the first management employee, so the benchmark can log in as them.
    Seed {
        /// How many events; clients, contracts and employees scale with it
        #[arg(long, default_value_t = 10_000)]
        events: u64,
        /// The database, as for epic (`sqlite:PATH` or `postgres://…`)
        #[arg(long, env = "EPIC_DATABASE_URL")]
        database_url: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("epic-bench: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Command::Seed {
        events,
        database_url,
    } = cli.command;
    let started = Instant::now();
    match runtime.block_on(load::seed(&database_url, shape::Shape::for_events(events))) {
        Ok(counts) => {
            eprintln!(
                "epic-bench: added {} employees, {} clients, {} contracts, {} events in {:.1} s",
                counts.employees,
                counts.clients,
                counts.contracts,
                counts.events,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("epic-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
