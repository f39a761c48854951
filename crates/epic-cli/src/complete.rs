//! Completion of record ids with their names (`12  John Ouick Wedding`),
//! read from the database with the user's own session. Completion runs on
//! every TAB: any failure means no candidates, never a message or a prompt.

use std::ffi::OsStr;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use epic_domain::SystemClock;
use epic_domain::auth;
use epic_domain::crm::{self, LabelKind};
use epic_domain::types::Department;
use epic_store::{Store, schema};

use crate::config;
use crate::token_store::TokenStore;

async fn candidates(kind: LabelKind) -> Option<Vec<(i64, String)>> {
    let url = config::local_only(config::place_from(None, None, None).ok()?).ok()?;
    let store = Store::open_within(&url, std::time::Duration::from_millis(500))
        .await
        .ok()?;
    schema::require_current(&store).await.ok()?;
    let (token, _) = TokenStore::new(&config::redacted(&url), &config::data_dir().ok()?)
        .load()
        .ok()??;
    let who = auth::authenticate(&store, &SystemClock, &token)
        .await
        .ok()?;
    let found = crm::labels(&store, who.require_ready().ok()?, kind)
        .await
        .ok()?;
    store.close().await;
    Some(found)
}

fn complete(kind: LabelKind, current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_str().unwrap_or_default();
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    runtime
        .block_on(candidates(kind))
        .unwrap_or_default()
        .into_iter()
        .filter(|(id, _)| id.to_string().starts_with(prefix))
        .map(|(id, name)| CompletionCandidate::new(id.to_string()).help(Some(name.into())))
        .collect()
}

pub fn employees() -> ArgValueCompleter {
    employees_in(None)
}

/// Employees, or only those of the department the flag takes.
pub fn employees_in(department: Option<Department>) -> ArgValueCompleter {
    ArgValueCompleter::new(move |current: &OsStr| {
        complete(LabelKind::Employee(department), current)
    })
}

pub fn clients() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| complete(LabelKind::Client, current))
}

pub fn contracts() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| complete(LabelKind::Contract, current))
}

pub fn events() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| complete(LabelKind::Event, current))
}

/// `--fields`: the names of the list on the command line being completed,
/// after the names already typed (`id,na<TAB>` → `id,name`).
pub fn fields() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let words: Vec<String> = std::env::args().collect();
        let Some(columns) = crate::records::fields_of(&words) else {
            return Vec::new();
        };
        let current = current.to_str().unwrap_or_default();
        let (typed, last) = current.rsplit_once(',').unwrap_or(("", current));
        let already: Vec<&str> = typed.split(',').collect();
        columns
            .iter()
            .filter(|c| c.starts_with(last) && !already.contains(c))
            .map(|c| {
                let value = if typed.is_empty() {
                    (*c).to_owned()
                } else {
                    format!("{typed},{c}")
                };
                CompletionCandidate::new(value)
            })
            .collect()
    })
}
