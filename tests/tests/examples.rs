//! Every example the documentation shows (README, `--help` and the man pages
//! generated from it, `docs/*.md`) runs against a small company, and none
//! is refused as a usage error (2) or as invalid input (6). Other outcomes
//! are fine: an example may name a record this company does not have (3),
//! or be meant for another department (5). The story lines of
//! `docs/walkthrough.md` and `docs/import.md` (`name$ epic …`) are played,
//! with the outcome each expects, by their own tests.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use epic_tests::{ADA, Company, Epic, PASSWORD, TestDb};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[derive(Debug, PartialEq)]
enum Token {
    Word { text: String, runnable: bool },
    Operator(&'static str),
}

/// Splits a shell line into words and operators, as far as the examples
/// need: quotes, `$(…)`, pipes, lists, redirections and comments. A word
/// that needs the shell to expand a variable cannot be run as written.
fn tokens(line: &str) -> Vec<Token> {
    const OPERATORS: [&str; 12] = [
        "$(", "<(", "&&", "||", "<<<", ">>", "2>", "|", ";", ")", "<", ">",
    ];
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..].iter().collect();
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        if chars[i] == '#' {
            break;
        }
        if let Some(op) = OPERATORS.iter().find(|op| rest.starts_with(**op)) {
            out.push(Token::Operator(op));
            i += op.chars().count();
            continue;
        }
        let (mut text, mut runnable) = (String::new(), true);
        while i < chars.len() && !chars[i].is_whitespace() {
            let rest: String = chars[i..].iter().collect();
            if OPERATORS.iter().any(|op| rest.starts_with(*op)) {
                break;
            }
            match chars[i] {
                '\'' => {
                    i += 1;
                    while i < chars.len() && chars[i] != '\'' {
                        text.push(chars[i]);
                        i += 1;
                    }
                }
                '"' => {
                    i += 1;
                    while i < chars.len() && chars[i] != '"' {
                        let inner: String = chars[i..].iter().collect();
                        if inner.starts_with("$(date") {
                            // A date the shell would compute: any date will do.
                            text.push_str("2026-01-01");
                            while i < chars.len() && chars[i] != ')' {
                                i += 1;
                            }
                        } else if chars[i] == '$' {
                            runnable = false;
                            text.push('$');
                        } else if chars[i] == '\\' && i + 1 < chars.len() {
                            i += 1;
                            text.push(chars[i]);
                        } else {
                            text.push(chars[i]);
                        }
                        i += 1;
                    }
                }
                '$' | '~' => {
                    runnable = false;
                    text.push(chars[i]);
                }
                '\\' if i + 1 < chars.len() => {
                    i += 1;
                    text.push(chars[i]);
                }
                c => text.push(c),
            }
            i += 1;
        }
        out.push(Token::Word { text, runnable });
    }
    out
}

/// One `epic` invocation: the variables assigned before it, and its
/// arguments.
type Invocation = (Vec<(String, String)>, Vec<String>);

/// The `epic` invocations on a line that can be run as written.
fn invocations(line: &str) -> Vec<Invocation> {
    let mut found = Vec::new();
    let mut command: Vec<&Token> = Vec::new();
    let mut flush = |command: &mut Vec<&Token>| {
        let assignment = |t: &&&Token| matches!(t, Token::Word { text, .. } if text.contains('=') && !text.starts_with('-'));
        let env: Vec<(String, String)> = command
            .iter()
            .take_while(assignment)
            .filter_map(|t| match *t {
                Token::Word { text, .. } => text
                    .split_once('=')
                    .map(|(k, v)| (k.to_owned(), v.to_owned())),
                Token::Operator(_) => None,
            })
            .collect();
        let words: Vec<&Token> = command.iter().skip_while(assignment).copied().collect();
        if let Some(Token::Word { text, .. }) = words.first()
            && text == "epic"
        {
            let mut args = Vec::new();
            let mut runnable = true;
            for token in &words[1..] {
                match token {
                    Token::Word { text, runnable: ok } => {
                        runnable &= ok;
                        args.push(text.clone());
                    }
                    // A redirection: the rest is the shell's.
                    Token::Operator(_) => break,
                }
            }
            if runnable {
                found.push((env, args));
            }
        }
        command.clear();
    };
    let tokens = tokens(line);
    for token in &tokens {
        match token {
            Token::Operator("$(" | "<(" | "&&" | "||" | "|" | ";" | ")") => flush(&mut command),
            other => command.push(other),
        }
    }
    flush(&mut command);
    found
}

/// Lines as the shell reads them: a line ending in `\\` goes on.
fn join_continuations<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut joined = Vec::new();
    let mut pending = String::new();
    for line in lines {
        if let Some(head) = line.strip_suffix('\\') {
            pending.push_str(head);
            continue;
        }
        pending.push_str(line);
        joined.push(std::mem::take(&mut pending));
    }
    joined
}

/// Lines of the fenced code blocks of a Markdown file, with story lines
/// (`name$ …`) left to their own tests.
fn markdown_lines(text: &str) -> Vec<String> {
    let mut inside = false;
    let code = text.lines().filter(|line| {
        if line.trim_start().starts_with("```") {
            inside = !inside;
            return false;
        }
        inside
    });
    join_continuations(code)
        .into_iter()
        .filter(|line| {
            !line
                .split_once("$ ")
                .is_some_and(|(who, _)| !who.is_empty() && who.chars().all(char::is_alphanumeric))
        })
        .collect()
}

/// The `Examples:` lines of every command's help.
fn help_lines() -> Vec<String> {
    fn walk(command: &clap::Command, out: &mut Vec<String>) {
        if let Some(after) = command.get_after_help() {
            let text = after.to_string();
            if let Some((_, examples)) = text.split_once("Examples:") {
                let lines = join_continuations(examples.lines().map(str::trim));
                out.extend(lines.into_iter().filter(|l| l.starts_with("epic ")));
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    walk(&epic_cli::command(), &mut out);
    out
}

fn all_examples() -> Vec<(String, Invocation)> {
    let mut sources: Vec<(String, String)> = vec![(
        "README.md".into(),
        std::fs::read_to_string(repository().join("README.md")).unwrap(),
    )];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(repository().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    for doc in docs {
        let name = format!("docs/{}", doc.file_name().unwrap().to_string_lossy());
        sources.push((name, std::fs::read_to_string(doc).unwrap()));
    }
    let mut examples = Vec::new();
    for (name, text) in sources {
        for line in markdown_lines(&text) {
            for invocation in invocations(&line) {
                examples.push((format!("{name}: {line}"), invocation));
            }
        }
    }
    for line in help_lines() {
        for invocation in invocations(&line) {
            examples.push((format!("--help: {line}"), invocation));
        }
    }
    // The demo builds a database of its own (tested by tests/demo.rs), and
    // its examples name files outside this test's folders; a server runs
    // until it is stopped (tested by tests/server.rs and tests/remote*.rs);
    // backups write files outside them, and a restore needs a backup of
    // its own (both tested by tests/backup.rs, on each backend); a copy
    // names a database server of the company's (tested by tests/copy.rs);
    // a calendar feed is the team server's (tested by
    // tests/calendar_feed.rs).
    examples.retain(|(_, (_, args))| {
        args.first()
            .is_none_or(|a| a != "demo" && a != "serve" && a != "calendar")
            && !args.starts_with(&["db".to_owned(), "restore".to_owned()])
            && !args.starts_with(&["db".to_owned(), "backup".to_owned()])
            && !args.starts_with(&["db".to_owned(), "copy".to_owned()])
    });
    examples
}

#[test]
fn the_tokenizer_reads_the_shapes_the_examples_use() {
    let args = |line: &str| -> Vec<Vec<String>> {
        invocations(line).into_iter().map(|(_, a)| a).collect()
    };
    assert_eq!(
        args(r#"epic client list --search startup -o json | jq '.[] | select(.x)'"#),
        vec![vec!["client", "list", "--search", "startup", "-o", "json"]]
    );
    assert_eq!(
        args(
            r#"export EPIC_TOKEN=$(epic login --email a@b.fr --password-stdin --print-token < ~/.pw)"#
        ),
        vec![vec![
            "login",
            "--email",
            "a@b.fr",
            "--password-stdin",
            "--print-token"
        ]]
    );
    assert_eq!(
        args(
            r#"epic report revenue --from "$(date -d '7 days ago' +%F) 00:00" -o csv > "$out/r.csv""#
        ),
        vec![vec![
            "report",
            "revenue",
            "--from",
            "2026-01-01 00:00",
            "-o",
            "csv"
        ]]
    );
    assert_eq!(
        invocations("EPIC_DATABASE_URL=postgres://x@db/epic epic db migrate   # comment"),
        vec![(
            vec![(
                "EPIC_DATABASE_URL".to_owned(),
                "postgres://x@db/epic".to_owned()
            )],
            vec!["db".to_owned(), "migrate".to_owned()]
        )]
    );
    assert!(invocations(r#"epic client show "$ID""#).is_empty());
    assert!(invocations("cargo run --release -- demo").is_empty());
}

#[test]
fn every_documented_example_is_accepted() {
    let examples = all_examples();
    assert!(
        examples.len() > 60,
        "only {} examples found",
        examples.len()
    );
    let (template, company) = Company::build();
    // Tokens made before the copies are valid in every copy.
    let people: Vec<(String, String)> = [
        ADA.to_owned(),
        company.sales.email.to_string(),
        company.support.email.to_string(),
    ]
    .into_iter()
    .map(|email| {
        let token = Epic::new(&template).token(&email);
        (email, token)
    })
    .collect();
    let mut refused = Vec::new();
    // Most examples succeed for someone: proof that the sessions work and
    // the check above is not passing on a wall of exit 4.
    let mut succeeded = 0;
    // A config with a mail server (that nothing answers on), for the
    // examples that send mail; each example has its own, so that one
    // that changes the config changes no other.
    let configs = tempfile::tempdir().unwrap();
    for (n, (source, (env, args))) in examples.iter().enumerate() {
        let db = TestDb::copy_of(&template);
        let config = configs.path().join(format!("config-{n}.toml"));
        std::fs::write(
            &config,
            "smtp_url = \"smtp://127.0.0.1:9?tls=none\"\nmail_from = \"crm@epicevents.fr\"\n",
        )
        .unwrap();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut outcomes = Vec::new();
        for (email, token) in &people {
            let epic = Epic::new(&db).env("EPIC_TOKEN", token);
            let mut command = epic.command(&args);
            command.env("EPIC_CONFIG", &config);
            command.envs(env.iter().map(|(k, v)| (k, v)));
            let mut child = command
                .current_dir(repository())
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            // Whatever reads standard input gets passwords, one per line.
            let stdin = format!("{PASSWORD}\nanother long passphrase\n");
            let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
            let output = child.wait_with_output().unwrap();
            let code = output.status.code().unwrap_or(-1);
            let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
            // Examples that ask a person at a terminal cannot be answered here.
            let needs_a_person = code == 2 && stderr.contains("no terminal");
            if (code != 2 && code != 6) || needs_a_person {
                succeeded += usize::from(code == 0);
                outcomes.clear();
                break;
            }
            outcomes.push(format!("{email}: exit {code}: {}", stderr.trim()));
        }
        if !outcomes.is_empty() {
            refused.push(format!("{source}\n    {}", outcomes.join("\n    ")));
        }
    }
    eprintln!("{succeeded} of {} examples succeeded", examples.len());
    assert!(
        succeeded * 2 > examples.len(),
        "only {succeeded} of {} examples succeeded for anyone",
        examples.len()
    );
    assert!(
        refused.is_empty(),
        "{} of {} examples refused:\n{}",
        refused.len(),
        examples.len(),
        refused.join("\n")
    );
}
