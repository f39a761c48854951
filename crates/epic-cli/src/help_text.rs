//! `--help` in the user's language. The command tree stays clap's one tree,
//! built from the code; for French, its texts are replaced from
//! `locales/fr/help.ftl`, keyed by the command's path
//! (`about-epic-event-create`) and, for an argument, by its id
//! (`arg-epic-event-create-start`, or `arg-start` for one that reads the same
//! in every command). A test makes sure every
//! command and every described argument has its French text.

use clap::{Arg, ArgAction, Command};

use crate::i18n::{self, Lang};

const EXAMPLES: (&str, &str) = ("Examples:", "Exemples :");
const ROOT_AFTER_HELP: &str = concat!(
    include_str!("../locales/fr/exit-codes.txt"),
    "\nL'environnement (EPIC_*, SENTRY_DSN, le fichier de configuration) : epic help environment"
);

/// The command tree as the user reads it.
pub fn localised(command: Command) -> Command {
    match i18n::lang() {
        Lang::En => command,
        Lang::Fr => in_french(command),
    }
}

fn in_french(command: Command) -> Command {
    translate(command, "epic").after_help(ROOT_AFTER_HELP).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .global(true)
            .help("Afficher la version"),
    )
}

/// One command and, recursively, its subcommands.
fn translate(mut command: Command, path: &str) -> Command {
    if let Some(about) = french(&format!("about-{path}")) {
        command = command.about(about).long_about(None::<&str>);
    }
    if let Some(after) = command.get_after_help().map(ToString::to_string) {
        command = command.after_help(after.replace(EXAMPLES.0, EXAMPLES.1));
    }
    let ids: Vec<String> = command
        .get_arguments()
        .filter(|arg| arg.get_help().is_some() || arg.get_long_help().is_some())
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(help) = argument(path, &id) {
            command = command.mut_arg(id, |arg| {
                // clap would list described values in English; the French
                // text names them itself (tested).
                let listed = described_values(&arg);
                arg.help(help)
                    .long_help(None::<&str>)
                    .hide_possible_values(listed)
            });
        }
    }
    // clap's own words: its headings and the flags it adds.
    command = command
        .subcommand_help_heading("Commandes")
        .help_template(
            "{before-help}{about-with-newline}\nUtilisation : {usage}\n\n{all-args}{after-help}",
        )
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Afficher l'aide"),
        );
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        let inner = format!("{path}-{name}");
        command = command.mut_subcommand(name, |sub| translate(sub, &inner));
    }
    command
}

fn described_values(arg: &Arg) -> bool {
    arg.get_possible_values()
        .iter()
        .any(|value| value.get_help().is_some())
}

fn argument(path: &str, id: &str) -> Option<String> {
    french(&format!("arg-{path}-{id}")).or_else(|| french(&format!("arg-{id}")))
}

fn french(key: &str) -> Option<String> {
    i18n::help_text(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the tree asks for that the catalogue lacks, with the
    /// English text to translate.
    fn walk(command: &Command, path: &str, missing: &mut Vec<String>) {
        if command.is_hide_set() {
            return;
        }
        if french(&format!("about-{path}")).is_none() {
            let english = command.get_about().map(ToString::to_string);
            missing.push(format!("about-{path} = {}", english.unwrap_or_default()));
        }
        for arg in command.get_arguments() {
            let english = arg
                .get_long_help()
                .or(arg.get_help())
                .map(ToString::to_string);
            let id = arg.get_id().as_str();
            let Some(english) = english else { continue };
            match argument(path, id) {
                None => missing.push(format!("arg-{path}-{id} = {}", english.replace('\n', " "))),
                Some(french) if described_values(arg) => {
                    for value in arg.get_possible_values() {
                        let name = value.get_name();
                        if !french.contains(name) {
                            missing.push(format!("arg-{path}-{id}: the value {name}"));
                        }
                    }
                }
                Some(_) => {}
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, &format!("{path}-{}", sub.get_name()), missing);
        }
    }

    #[test]
    fn every_command_and_described_argument_has_its_french_text() {
        let mut missing = Vec::new();
        walk(&crate::command(), "epic", &mut missing);
        assert!(
            missing.is_empty(),
            "missing in fr/help.ftl:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn the_french_tree_still_parses_what_the_english_one_does() {
        let mut french = in_french(crate::command());
        french.build();
        let help = french
            .find_subcommand_mut("event")
            .and_then(|event| event.find_subcommand_mut("create"))
            .map(|create| create.render_long_help().to_string())
            .unwrap_or_default();
        assert!(help.contains("Utilisation : epic event create"), "{help}");
        assert!(help.contains("Exemples :"), "{help}");
        let parsed = in_french(crate::command())
            .try_get_matches_from(["epic", "event", "list", "--from", "demain", "-o", "json"]);
        assert!(parsed.is_ok(), "{parsed:?}");
    }
}
