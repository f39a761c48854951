//! The brief's story, told by running the real `epic` as each person.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::command_error::{CommandError, CommandResult};

/// (who, narration, arguments). `None` as arguments: narration only.
/// Bill is refused what Ada then does: the same command.
const CREATE_CONTRACT: &[&str] = &[
    "contract",
    "create",
    "--client",
    "LAST_CLIENT",
    "--total",
    "5000",
];

const STORY: &[(&str, &str, &[&str])] = &[
    (
        "bill",
        "Bill, from sales, meets a new client and records him.",
        &[
            "client",
            "create",
            "--name",
            "John Ouick",
            "--email",
            "john.ouick@gmail.com",
            "--phone",
            "+1 234 567 8901",
        ],
    ),
    (
        "bill",
        "Anyone can find him now:",
        &["client", "list", "--search", "ouick"],
    ),
    (
        "bill",
        "Only management writes contracts, so Bill cannot:",
        CREATE_CONTRACT,
    ),
    (
        "ada",
        "Ada, from management, writes the contract.",
        CREATE_CONTRACT,
    ),
    (
        "bill",
        "John signs; Bill records it.",
        &["contract", "sign", "LAST_CONTRACT"],
    ),
    (
        "bill",
        "A first payment comes in.",
        &["contract", "pay", "LAST_CONTRACT", "1500"],
    ),
    (
        "bill",
        "Bill creates the event of the signed contract.",
        &[
            "event",
            "create",
            "--contract",
            "LAST_CONTRACT",
            "--name",
            "John Ouick Wedding",
            "--start",
            "2027-06-04T13:00:00+02:00",
            "--end",
            "2027-06-05T02:00:00+02:00",
            "--location",
            "53 Rue du Château, 41120 Candé-sur-Beuvron, France",
            "--attendees",
            "75",
            "--notes",
            "Wedding starts at 3PM, by the river.",
        ],
    ),
    (
        "ada",
        "Ada looks for upcoming events that nobody supports yet.",
        &["event", "list", "--no-support", "--upcoming"],
    ),
    (
        "ada",
        "She assigns Kate, from support.",
        &["event", "update", "LAST_EVENT", "--support", "KATE"],
    ),
    (
        "kate",
        "Kate sees the notification and her events.",
        &["notification", "list", "--unread"],
    ),
    ("kate", "", &["event", "list", "--mine", "--upcoming"]),
    (
        "kate",
        "She updates the notes after calling the caterer.",
        &[
            "event",
            "update",
            "LAST_EVENT",
            "--notes",
            "Wedding starts at 3PM, by the river. Catering is organized, reception starts at 5PM.",
        ],
    ),
    (
        "kate",
        "Kate cannot touch contracts:",
        &["contract", "sign", "LAST_CONTRACT"],
    ),
    (
        "bill",
        "Bill, as the client's sales contact, was told of Kate's change.",
        &["notification", "list"],
    ),
    (
        "ada",
        "Everything left a trace.",
        &["audit", "list", "--entity", "event", "--id", "LAST_EVENT"],
    ),
];

struct Tour<'a> {
    url: &'a str,
    tokens: &'a [(&'static str, String)],
    exe: std::path::PathBuf,
    client: String,
    contract: String,
    event: String,
    kate: String,
}

impl Tour<'_> {
    fn token(&self, who: &str) -> &str {
        self.tokens
            .iter()
            .find(|(k, _)| *k == who)
            .map_or("", |(_, t)| t.as_str())
    }

    fn fill(&self, arg: &str) -> String {
        match arg {
            "LAST_CLIENT" => self.client.clone(),
            "LAST_CONTRACT" => self.contract.clone(),
            "LAST_EVENT" => self.event.clone(),
            "KATE" => self.kate.clone(),
            other => other.to_owned(),
        }
    }

    /// Runs one step, showing the command as the person would type it.
    fn step(&mut self, who: &str, args: &[String]) -> CommandResult<(i32, String)> {
        let shown: Vec<String> = args
            .iter()
            .map(|a| {
                if a.contains(' ') {
                    format!("'{a}'")
                } else {
                    a.clone()
                }
            })
            .collect();
        say!("\n{who}$ epic {}", shown.join(" "))?;
        std::io::stdout().flush()?;
        // Creations are captured as JSON to learn their ids; the rest is shown as is.
        let creating = args.get(1).is_some_and(|v| v == "create");
        let mut command = Command::new(&self.exe);
        command
            .args(args)
            .env("EPIC_DATABASE_URL", self.url)
            .env("EPIC_TOKEN", self.token(who))
            .env_remove("SENTRY_DSN")
            // The story runs on without waiting in a pager.
            .env("PAGER", "")
            .stdin(Stdio::null());
        let fail = |e: std::io::Error| {
            CommandError::internal(format!("cannot run {}: {e}", self.exe.display()))
        };
        if !creating {
            // Lists and refusals show exactly what the person would see.
            let status = command.status().map_err(fail)?;
            return Ok((status.code().unwrap_or(1), String::new()));
        }
        let output = command
            .arg("-o")
            .arg("json")
            .stderr(Stdio::inherit())
            .output()
            .map_err(fail)?;
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        if output.status.success() {
            let value = serde_json::from_str::<serde_json::Value>(&text).unwrap_or_default();
            let name = value["full_name"]
                .as_str()
                .or(value["name"].as_str())
                .map(|n| format!(": {n}"))
                .unwrap_or_default();
            say!("created {} {}{name}", args[0], value["id"])?;
        }
        Ok((output.status.code().unwrap_or(1), text))
    }
}

pub fn play(url: &str, tokens: &[(&'static str, String)], kate: i64) -> CommandResult {
    let exe = std::env::current_exe()
        .map_err(|e| CommandError::internal(format!("cannot find the epic binary: {e}")))?;
    let mut tour = Tour {
        url,
        tokens,
        exe,
        client: String::new(),
        contract: String::new(),
        event: String::new(),
        kate: kate.to_string(),
    };
    say!("The story of the John Ouick wedding, as Epic Events lives it with epic.")?;
    for (who, narration, args) in STORY {
        if !narration.is_empty() {
            say!("\n# {narration}")?;
        }
        let args: Vec<String> = args.iter().map(|a| tour.fill(a)).collect();
        let (code, json) = tour.step(who, &args)?;
        if code == 0 && args.get(1).is_some_and(|v| v == "create") {
            let id = serde_json::from_str::<serde_json::Value>(&json)
                .ok()
                .and_then(|v| v["id"].as_i64())
                .unwrap_or(0)
                .to_string();
            match args[0].as_str() {
                "client" => tour.client = id,
                "contract" => tour.contract = id,
                "event" => tour.event = id,
                _ => {}
            }
        }
        if code != 0 {
            say!("(refused with exit code {code}, as it should be)")?;
        }
    }
    Ok(())
}
