//! Records named the way people name them: an id (`12`, `#12`), an e-mail,
//! or a name, ignoring case and accents (`--support "kate hubbard"`). A name
//! that fits several records is refused with them listed, never guessed.

use std::ops::ControlFlow;

use serde::{Deserialize, Serialize};

use super::repository::CrmRepository;
use super::requests::{ListClients, ListContracts};
use super::{Action, Ownership, ensure};
use crate::employee::Employee;
use crate::search::{SearchText, fold};
use crate::types::{ClientId, Department, parse_id};
use crate::{Error, Message, Result, keys};

/// What a flag names, by the flag's own name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Named {
    /// A support employee (`--support`).
    Support,
    /// A sales employee (`--sales`).
    Sales,
    /// Any employee (`--actor`).
    Actor,
    Client,
    /// A contract, by its id or by its client's e-mail or name.
    Contract,
}

impl Named {
    pub fn field(self) -> &'static str {
        match self {
            Self::Support => "support",
            Self::Sales => "sales",
            Self::Actor => "actor",
            Self::Client => "client",
            Self::Contract => "contract",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Self::Support => "support",
            Self::Sales => "sales",
            Self::Actor => "employee",
            Self::Client => "client",
            Self::Contract => "contract",
        }
    }

    fn department(self) -> Option<Department> {
        match self {
            Self::Support => Some(Department::Support),
            Self::Sales => Some(Department::Sales),
            _ => None,
        }
    }
}

/// `GET /names`: what `text` names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct Name {
    // Inline: a query parameter's schema is self-contained in the document.
    #[cfg_attr(feature = "openapi", param(inline))]
    pub kind: Named,
    /// An id, an e-mail, or a name (case and accents ignored)
    pub text: String,
}

/// The record's id, when `text` is an id or names exactly one record.
pub async fn resolve<R: CrmRepository>(repo: &R, actor: &Employee, name: &Name) -> Result<i64> {
    let Name { kind, text } = name;
    if let Some(id) = id_in(text) {
        return Ok(id);
    }
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    let wanted = Wanted::new(text);
    let candidates = match kind {
        // Who any employee is, by e-mail or name, is management's to ask
        // (SPEC §3: employees are theirs to list).
        Named::Actor => {
            ensure(actor, Action::ReadAudit, Ownership::None)?;
            employees(repo, &wanted, None).await?
        }
        // A contact to set or filter by: an active employee of that
        // department, and nobody else is named.
        Named::Support | Named::Sales => employees(repo, &wanted, kind.department()).await?,
        Named::Client => clients(repo, &wanted).await?,
        Named::Contract => contracts(repo, &wanted).await?,
    };
    match &candidates[..] {
        [(id, _)] => Ok(*id),
        [] => Err(Error::invalid(
            kind.field(),
            Message::new(keys::NAME_FITS_NONE)
                .arg("what", kind.what())
                .typed("text", text.trim()),
        )),
        many => {
            let listed: Vec<String> = many
                .iter()
                .map(|(id, label)| format!("{id} {label}"))
                .collect();
            Err(Error::invalid(
                kind.field(),
                Message::new(keys::NAME_FITS_MANY)
                    .typed("text", text.trim())
                    .arg("count", many.len())
                    .arg("what", kind.what())
                    .arg("candidates", listed.join("; ")),
            ))
        }
    }
}

/// `12` or `#12`: an id, whatever record it names.
pub fn id_in(text: &str) -> Option<i64> {
    parse_id("id", text).ok()
}

/// The text as compared: an e-mail exactly (any case), a name folded.
struct Wanted {
    email: String,
    name: String,
}

impl Wanted {
    fn new(text: &str) -> Self {
        Self {
            email: text.trim().to_lowercase(),
            name: name_key(text),
        }
    }

    fn fits(&self, name: &str, email: &str) -> bool {
        email.to_lowercase() == self.email || name_key(name) == self.name
    }
}

/// A name as compared: folded, with runs of spaces as one.
fn name_key(name: &str) -> String {
    fold(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

type Candidates = Vec<(i64, String)>;

async fn employees<R: CrmRepository>(
    repo: &R,
    wanted: &Wanted,
    department: Option<Department>,
) -> Result<Candidates> {
    let mut found = Vec::new();
    repo.employees(&mut |e: Employee| {
        let may_be_named = match department {
            Some(d) => d == e.department && e.active,
            None => true,
        };
        if may_be_named && wanted.fits(e.full_name.as_str(), e.email.as_str()) {
            found.push((e.id.0, format!("{} ({})", e.full_name, e.department)));
        }
        ControlFlow::Continue(())
    })
    .await?;
    Ok(found)
}

/// The index of `client list --search` narrows the clients to those whose
/// fields hold the text; only exact fits are kept.
async fn matching_clients<R: CrmRepository>(
    repo: &R,
    wanted: &Wanted,
) -> Result<Vec<(ClientId, String)>> {
    let Some(search) = SearchText::parse(&wanted.name) else {
        return Ok(Vec::new());
    };
    let filter = ListClients {
        search: Some(search),
        ..ListClients::default()
    };
    let mut found = Vec::new();
    repo.clients(&filter, &mut |c| {
        if wanted.fits(c.full_name.as_str(), c.email.as_str()) {
            found.push((c.id, format!("{} <{}>", c.full_name, c.email)));
        }
        ControlFlow::Continue(())
    })
    .await?;
    Ok(found)
}

async fn clients<R: CrmRepository>(repo: &R, wanted: &Wanted) -> Result<Candidates> {
    Ok(matching_clients(repo, wanted)
        .await?
        .into_iter()
        .map(|(id, label)| (id.0, label))
        .collect())
}

async fn contracts<R: CrmRepository>(repo: &R, wanted: &Wanted) -> Result<Candidates> {
    let mut found = Vec::new();
    for (client, _) in matching_clients(repo, wanted).await? {
        let filter = ListContracts {
            client: Some(client),
            ..ListContracts::default()
        };
        repo.contracts(&filter, &mut |c| {
            found.push((
                c.id.0,
                format!(
                    "({}, {}, {})",
                    c.client_name,
                    c.total_amount,
                    if c.signed { "signed" } else { "not signed" }
                ),
            ));
            ControlFlow::Continue(())
        })
        .await?;
    }
    Ok(found)
}
