//! Documents that are also tests: `docs/walkthrough.md` and friends, run
//! line by line through the binary.

use std::collections::BTreeMap;

use crate::Epic;

struct Step {
    line: usize,
    user: String,
    args: Vec<String>,
    stdin: String,
    exit: i32,
}

/// Splits a shell line the way bash would for the quoting the document
/// uses: '…', "…", $'…' with \n, and a `<<<` here-string.
fn split(line: &str) -> (Vec<String>, Option<String>) {
    let mut words = Vec::new();
    let mut here = None;
    let mut chars = line.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match c {
            ' ' => {
                if let Some(w) = current.take() {
                    words.push(w);
                }
            }
            '\'' => {
                let w = current.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    w.push(c);
                }
            }
            '"' => {
                let w = current.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                    w.push(c);
                }
            }
            '$' if chars.peek() == Some(&'\'') => {
                chars.next();
                let w = current.get_or_insert_with(String::new);
                while let Some(c) = chars.next() {
                    match c {
                        '\'' => break,
                        '\\' if chars.peek() == Some(&'n') => {
                            chars.next();
                            w.push('\n');
                        }
                        other => w.push(other),
                    }
                }
            }
            other => current.get_or_insert_with(String::new).push(other),
        }
    }
    if let Some(w) = current {
        words.push(w);
    }
    if let Some(at) = words.iter().position(|w| w == "<<<") {
        here = words.get(at + 1).cloned();
        words.truncate(at);
    }
    (words, here)
}

fn steps(text: &str) -> Vec<Step> {
    // Example files are named from the repository's root.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../");
    let mut steps = Vec::new();
    let mut in_console = false;
    for (number, raw) in text.lines().enumerate() {
        if raw.starts_with("```") {
            in_console = raw == "```console";
            continue;
        }
        let Some((user, command)) = raw.split_once("$ epic ").filter(|_| in_console) else {
            continue;
        };
        let (command, exit) = match command.rsplit_once("# exit ") {
            Some((c, code)) => (c.trim_end(), code.trim().parse().expect("# exit N")),
            None => (command, 0),
        };
        let (mut args, here) = split(command);
        for arg in &mut args {
            if arg.starts_with("docs/") {
                *arg = format!("{root}{arg}");
            }
        }
        if args.first().map(String::as_str) == Some("login") {
            args.push("--insecure-storage".into());
        }
        steps.push(Step {
            line: number + 1,
            user: user.to_owned(),
            args,
            stdin: here.map(|h| h + "\n").unwrap_or_default(),
            exit,
        });
    }
    steps
}

fn state(ada: &Epic) -> String {
    ["client", "contract", "event", "audit"]
        .iter()
        .map(|noun| ada.run(&[noun, "list", "-o", "json"]).ok().stdout)
        .collect()
}

/// Runs every `user$ epic …` line of a document's console blocks, checking
/// each exit code (`# exit N`) and that refused steps change no data;
/// returns each person's terminal.
pub fn play(document: &str, text: &str, database_url: &str) -> BTreeMap<String, Epic> {
    play_with(document, text, database_url, &|| Epic::at(database_url))
}

/// Commands that work on the database itself, never through a server.
const LOCAL_ONLY: [&str; 3] = ["init", "db", "demo"];

/// `play`, with each person's terminal made by `person`; the steps that
/// only work on the database itself run on `database_url`.
pub fn play_with(
    document: &str,
    text: &str,
    database_url: &str,
    person: &dyn Fn() -> Epic,
) -> BTreeMap<String, Epic> {
    let mut people = BTreeMap::new();
    play_among(document, text, database_url, person, &mut people);
    people
}

/// `play` for a document's later part, by people who already have their
/// terminals (and sessions); anyone new gets one at `database_url`.
pub fn play_on(
    document: &str,
    text: &str,
    database_url: &str,
    mut people: BTreeMap<String, Epic>,
) -> BTreeMap<String, Epic> {
    play_among(
        document,
        text,
        database_url,
        &|| Epic::at(database_url),
        &mut people,
    );
    people
}

/// The document cut before the line `heading`: what comes before, and the
/// heading and what follows.
pub fn split_at<'a>(text: &'a str, heading: &str) -> (&'a str, &'a str) {
    let at = text
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no heading {heading:?}"));
    text.split_at(at + 1)
}

fn play_among(
    document: &str,
    text: &str,
    database_url: &str,
    person: &dyn Fn() -> Epic,
    people: &mut BTreeMap<String, Epic>,
) {
    let steps = steps(text);
    assert!(
        steps.len() > 10,
        "{document} lost its steps: {}",
        steps.len()
    );
    let on_database = Epic::at(database_url);
    for step in &steps {
        let args: Vec<&str> = step.args.iter().map(String::as_str).collect();
        let local = LOCAL_ONLY.contains(&args[0]);
        if !local {
            people.entry(step.user.clone()).or_insert_with(person);
        }
        let refused = step.exit != 0;
        let before = (refused && step.user != "ada").then(|| state(&people["ada"]));
        let epic = if local {
            &on_database
        } else {
            &people[&step.user]
        };
        let run = epic.run_with_stdin(&args, &step.stdin);
        assert_eq!(
            run.code,
            step.exit,
            "{document}:{} `{}$ epic {}`\nstdout: {}\nstderr: {}",
            step.line,
            step.user,
            step.args.join(" "),
            run.stdout,
            run.stderr
        );
        if let Some(before) = before {
            assert_eq!(
                state(&people["ada"]),
                before,
                "{document}:{} changed data",
                step.line
            );
        }
    }
}
