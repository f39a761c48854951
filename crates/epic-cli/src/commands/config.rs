use clap::Subcommand;

use crate::cli::GlobalArgs;
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::config::{self, KEYS};
use crate::output::Printer;
use crate::records::Cell;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print one setting from the config file (exit 3 when unset)
    #[command(after_help = "Examples:\n  epic config get database_url")]
    Get { key: String },
    /// Store a setting in the config file (an empty value removes it)
    #[command(
        after_help = "Examples:\n  epic config set database_url postgres://epic@db.example.com/epic\n  epic config set format json\n  epic config set format ''"
    )]
    Set { key: String, value: String },
    /// Every setting and the file it lives in
    #[command(
        after_help = "Examples:\n  epic config list\n  EPIC_CONFIG=/etc/epic.toml epic config list -o json"
    )]
    List,
}

pub fn run(global: &GlobalArgs, command: ConfigCommand) -> CommandResult {
    let printer = Printer::new(
        config::format(global.format)?,
        global.quiet,
        global.color,
        global.fields.clone(),
    );
    let mut file = config::read_config_file()?;
    match command {
        ConfigCommand::Get { key } => match file.get(&key)? {
            Some(value) => printer.line(value),
            None => Err(CommandError::new(
                ExitStatus::NotFound,
                format!("{key} is not set in {}", config::config_file()?.display()),
            )),
        },
        ConfigCommand::Set { key, value } => {
            file.set(&key, Some(value).filter(|v| !v.is_empty()))?;
            config::write_config_file(&file)?;
            printer.note(&format!("Saved in {}.", config::config_file()?.display()));
            Ok(())
        }
        ConfigCommand::List => {
            let path = config::config_file()?.display().to_string();
            let mut record = vec![("file", Cell::Text(&path))];
            for (key, _) in KEYS {
                record.push((key, Cell::text_or_empty(file.get(key)?)));
            }
            printer.one(&record)
        }
    }
}
