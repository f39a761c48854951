//! `epic help [TOPIC | COMMAND…]`: the commands' help, and topics that
//! belong to no single command.

use clap::Args;

use crate::command_error::{CommandError, CommandResult};

pub const ENVIRONMENT: &str = "\
Environment and configuration

Settings are taken, in this order, from a flag, an EPIC_* variable, the
config file, and the default.

  EPIC_DATABASE_URL   the database: sqlite:PATH or postgres://USER@HOST[:PORT]/DB
                      (flag --database-url; config key database_url; default:
                      SQLite in your data folder, ~/.local/share/epic/epic.db on Linux)
  EPIC_FORMAT         table, json or csv (flag -o/--format, which also takes ics; config key format)
  EPIC_TOKEN          a session token, from `epic login --print-token`; it wins
                      over the keyring and the token file. For cron and CI.
  EPIC_CONFIG         the config file (default ~/.config/epic/config.toml)
  SENTRY_DSN          report unexpected errors and key business events to Sentry;
                      unset: nothing is sent
  LC_ALL, LC_MESSAGES, LANG
                      the language of messages and tables: French when the
                      first one set starts with fr, English otherwise. JSON
                      and CSV never change.
  TZ                  the time zone of typed times and of tables
  NO_COLOR            any value: no colours (like --color never)
  CLICOLOR_FORCE      any value but 0: colours even in a pipe (like --color always)
  TERM=dumb           no colours
  PAGER               the pager for long tables on a terminal (default: less -FRX);
                      empty: no pager

The config file is TOML, edited with `epic config set KEY VALUE`:

  database_url = \"postgres://epic@db.example.com/epic\"
  format = \"table\"
  csv_delimiter = \";\"
";

pub const FORMATTING: &str = "\
Output formats

On a terminal, lists are tables of the fields people read (for events: id,
name, client, start, support), cut with … to the terminal's width; times are
local and to the minute, and long tables go through a pager. --wide shows
every field uncut, --fields the ones you name; `show` prints every field.
In a pipe, lists are tab-separated lines of every field, without a header.
Choose with -o/--format:

  -o json   an array of flat objects (one object for show, create and update)
  -o csv    RFC 4180, with a header row, even when there is no row;
            --delimiter ';' (or tab) for Excel where the decimal separator
            is a comma, or csv_delimiter in the config
  -o xlsx   an Excel workbook, to send to a file (> clients.xlsx): bold
            frozen header, amounts as numbers, times as dates in your time
            zone; `client import` and `event import` read it back
  -o ics    `event list` only: an iCalendar file (RFC 5545) for calendar
            applications, one VEVENT per event: UID epic-event-ID, UTC
            DTSTART/DTEND, SUMMARY \"name (client)\", LOCATION, notes as
            DESCRIPTION, SEQUENCE = version (see docs/cron.md)

--fields a,b,c shows only those fields, in that order, in every format (the
names below; an unknown one is exit 2 and lists the valid ones):
  epic event list --fields start,name,location -o csv

JSON and CSV carry the same fields in the same order, snake_case; amounts
are decimal strings with two decimals (\"5000.00\"); times are RFC 3339 in
UTC; an empty result is [] or a header alone, with exit code 0.

";

/// Between the records' fields and the reports'.
const FORMATTING_MIDDLE: &str = "\
(audit's changes: a JSON array of {field, old, new}.)

`version` is what `update --if-version` compares with.

Typing times (--start, --end, --from, --to, --since, and the sheets):

  2027-06-12                 a day: its start (as --to, the whole day)
  2027-06-12 14:00           also 2027-06-12T14:00, 2027-06-12 14:00:30
  12/06/2027 14:30           slashes are always DAY first, as in France:
  12/06/2027 14h30           12/06/2027 is 12 June; 12/06/2027 14h is 14:00
  demain 14h, tomorrow 2PM   also aujourd'hui/today, après-demain, and a
  lundi, monday              weekday: the next one after today
  4 Jun 2027 @ 1PM           the support team's sheet
  2027-06-12T14:00:00+02:00  RFC 3339, with its offset

A time without an offset is in your time zone (TZ, an IANA name such as
Europe/Paris, else the system's), also through a server in another zone,
and tables show times in it; JSON and CSV keep RFC 3339 in UTC. A day that
does not exist
(31/02/2027), a two-digit year, or an hour the clocks skip or repeat when
summer time starts or ends is exit 6, with these forms.

Text is data, never a command:
  - In CSV, a cell that begins with =, +, -, @, a tab or a carriage return gets
    a leading ' so that a spreadsheet shows it instead of running it as a
    formula (\"+33 6 12\" becomes \"'+33 6 12\"). `client import` and
    `event import` remove that ' again, so an export imports back unchanged.
  - In tables and tab-separated lines, control characters are shown as escapes
    (\\t, \\n, \\u{1b}); a tab-separated line never holds a tab or line
    break of its own. JSON and CSV carry the text exactly.

Reports (epic report …), for cron jobs:

";

/// After the reports' fields.
const FORMATTING_END: &str = "
(monthly's month: YYYY-MM, in UTC.)
";

/// The help topics in the user's language (French ones are in
/// `locales/fr/`; the English ones are the reference, with every field).
pub fn topics_in(lang: crate::i18n::Lang) -> [(&'static str, String); 3] {
    match lang {
        crate::i18n::Lang::En => topics(),
        crate::i18n::Lang::Fr => [
            (
                "environment",
                include_str!("../../locales/fr/environment.txt").to_owned(),
            ),
            (
                "formatting",
                include_str!("../../locales/fr/formatting.txt").to_owned(),
            ),
            (
                "exit-codes",
                include_str!("../../locales/fr/exit-codes.txt").to_owned(),
            ),
        ],
    }
}

/// The formatting topic, with each list's fields as they are declared.
fn formatting() -> String {
    let (records, reports): (Vec<_>, Vec<_>) = crate::records::LISTS
        .iter()
        .partition(|(noun, _, _)| *noun != "report");
    let lines = |lists: Vec<&(&str, &str, &[&str])>, by_verb: bool| {
        let mut out = String::new();
        for (noun, verb, fields) in lists {
            let name = if by_verb { verb } else { noun };
            out.push_str(&wrapped(&format!("  {name:<14}"), fields));
        }
        out
    };
    format!(
        "{FORMATTING}{}\n{FORMATTING_MIDDLE}{}{FORMATTING_END}",
        lines(records, false),
        lines(reports, true)
    )
}

/// `fields` after `lead`, comma-separated, wrapped before 80 columns under
/// the first.
fn wrapped(lead: &str, fields: &[&str]) -> String {
    let indent = " ".repeat(lead.chars().count());
    let mut out = String::new();
    let mut line = lead.to_owned();
    for (i, field) in fields.iter().enumerate() {
        let piece = if i + 1 < fields.len() {
            format!("{field},")
        } else {
            (*field).to_owned()
        };
        if line.len() > indent.len() && line.len() + 1 + piece.len() > 80 {
            out.push_str(line.trim_end());
            out.push('\n');
            line.clone_from(&indent);
        } else if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(&piece);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// The help topics, by name, in English.
pub fn topics() -> [(&'static str, String); 3] {
    [
        ("environment", ENVIRONMENT.to_owned()),
        ("formatting", formatting()),
        (
            "exit-codes",
            format!(
                "Exit codes\n\n{}",
                crate::command_error::ExitStatus::table()
            ),
        ),
    ]
}

#[derive(Debug, Args)]
#[command(
    after_help = "Topics:\n  environment  every EPIC_* variable, SENTRY_DSN and the config file\n  formatting   the output formats and their fields\n  exit-codes   what each exit code means\n\nExamples:\n  epic help formatting\n  epic help contract pay"
)]
pub struct HelpArgs {
    /// A topic, or a command such as `contract pay`
    pub topic: Vec<String>,
}

pub fn cmd_help(args: &HelpArgs) -> CommandResult {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let [one] = args.topic.as_slice()
        && let Some((_, text)) = topics_in(crate::i18n::lang())
            .into_iter()
            .find(|(name, _)| name == one)
    {
        out.write_all(text.as_bytes())?;
        return Ok(());
    }
    let mut command = crate::help_text::localised(crate::command());
    // Building sets each subcommand's full name for its usage line.
    command.build();
    for word in &args.topic {
        command = command.find_subcommand(word).cloned().ok_or_else(|| {
            let topic = [("topic", args.topic.join(" ").into())];
            CommandError::usage(crate::i18n::text("no-help-topic", &topic))
        })?;
    }
    write!(out, "{}", command.render_long_help())?;
    Ok(())
}
