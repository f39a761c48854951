//! Importing the sheets people keep today: every row is checked with the
//! same rules and permissions as the one-by-one commands, every problem is
//! reported, and either all rows are written, in one transaction, or none.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::ControlFlow;

use chrono::{DateTime, Utc};

use super::clients::new_client;
use super::events::{new_event, require_signed};
use super::records::Contract;
use super::repository::{ClientRepository, ContractRepository, EventRepository, Progress};
use super::requests::{
    ClientFields, CreateClient, CreateEvent, EventFields, ListClients, ListContracts,
};
use super::{ensure, sales_ownership};
use crate::employee::Employee;
use crate::error::{ProblemKind, RowProblem};
use crate::policy::{self, Action, Ownership};
use crate::types::{ContractId, parse_id};
use crate::when::{Here, Tz};
use crate::{Error, Message, Result, keys};

/// One data row: its number in the file and its cells by column.
#[derive(Debug, Clone, Default)]
pub struct SheetRow {
    pub number: usize,
    pub cells: BTreeMap<&'static str, String>,
}

/// What a sheet of one kind of record holds: its fields, by our names,
/// and the fields a row cannot do without. How people title the columns
/// is the sheet reader's business.
#[derive(Debug, Clone, Copy)]
pub struct SheetLayout {
    pub fields: &'static [&'static str],
    pub required: &'static [&'static str],
}

impl SheetLayout {
    /// A row whose cells are named by our field names (as a sheet read
    /// elsewhere sends them); a name not of this sheet is refused.
    pub fn row(&self, number: usize, cells: BTreeMap<String, String>) -> Result<SheetRow> {
        let cells = cells
            .into_iter()
            .map(|(name, value)| {
                let field = self.field(&name).ok_or_else(|| {
                    let reason = Message::new(keys::HEADER_NO_COLUMN).arg("row", number);
                    Error::invalid("header", reason.typed("name", &name))
                })?;
                Ok((field, value))
            })
            .collect::<Result<_>>()?;
        Ok(SheetRow { number, cells })
    }

    /// The field of this sheet called `name`.
    pub fn field(&self, name: &str) -> Option<&'static str> {
        self.fields.iter().copied().find(|field| *field == name)
    }

    /// Refuses a sheet whose columns, mapped to our fields, miss a
    /// required one, naming every one missing.
    pub fn require(&self, mapped: &[Option<&'static str>]) -> Result<()> {
        let missing: Vec<&str> = self
            .required
            .iter()
            .filter(|r| !mapped.contains(&Some(**r)))
            .copied()
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        Err(Error::invalid(
            "header",
            Message::new(keys::HEADER_MISSING).arg("columns", missing.join(", ")),
        ))
    }
}

/// The support team's event sheet.
pub const EVENT_SHEET: SheetLayout = SheetLayout {
    fields: &[
        "name",
        "contract",
        "client",
        "start",
        "end",
        "support_contact",
        "location",
        "attendees",
        "notes",
    ],
    required: &["name", "contract", "start", "end", "location", "attendees"],
};

/// A list of clients.
pub const CLIENT_SHEET: SheetLayout = SheetLayout {
    fields: ClientFields::SHEET,
    required: &["full_name", "email"],
};

/// `client import` and `event import`: the sheet's rows, checked and then
/// written unless this is a dry run.
#[derive(Clone, Copy)]
pub struct Sheet<'a> {
    pub rows: &'a [SheetRow],
    pub dry_run: bool,
    /// The zone of the person whose sheet it is: its times are read there.
    pub zone: Tz,
    /// Told how many rows are written so far.
    pub progress: Progress<'a>,
}

impl Sheet<'_> {
    /// Writes the checked rows with `write`, unless this is a dry run.
    async fn write(&self, write: impl Future<Output = Result<Vec<i64>>>) -> Result<ImportSummary> {
        let created = if self.dry_run {
            Vec::new()
        } else {
            write.await?
        };
        Ok(ImportSummary {
            rows: self.rows.len(),
            created,
        })
    }
}

impl std::fmt::Debug for Sheet<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sheet")
            .field("rows", &self.rows.len())
            .field("dry_run", &self.dry_run)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub rows: usize,
    /// Ids of the created records; empty for a dry run.
    pub created: Vec<i64>,
}

struct Problems(Vec<RowProblem>);

impl Problems {
    fn add(&mut self, row: usize, err: Error) {
        let (field, kind) = match &err {
            Error::Invalid { field, .. } => ((*field).to_owned(), ProblemKind::Invalid),
            Error::PermissionDenied(_) => ("permission".to_owned(), ProblemKind::Denied),
            Error::NotFound { entity, .. } => ((*entity).to_owned(), ProblemKind::Invalid),
            _ => ("row".to_owned(), ProblemKind::Invalid),
        };
        let message = err.message();
        self.0.push(RowProblem {
            row,
            field,
            reason: message
                .as_ref()
                .map_or_else(|| err.to_string(), ToString::to_string),
            kind,
            message,
        });
    }

    /// A row that would duplicate a record: a conflict, as for `create`.
    fn duplicate(&mut self, row: usize, field: &str, reason: Message) {
        self.0.push(RowProblem {
            row,
            field: field.to_owned(),
            reason: reason.to_string(),
            kind: ProblemKind::Conflict,
            message: Some(reason),
        });
    }

    fn check(self) -> Result<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Error::Rows(self.0))
        }
    }
}

fn cell<'a>(row: &'a SheetRow, field: &str) -> &'a str {
    row.cells.get(field).map_or("", |v| v.trim())
}

/// A cell as a field of a request: an empty cell is given, as empty text,
/// so that it is checked like a typed empty value.
fn field(row: &SheetRow, name: &str) -> Option<String> {
    Some(cell(row, name).to_owned())
}

/// Clients: the importer (sales) becomes their sales contact.
pub async fn import_clients<R: ClientRepository>(
    repo: &R,
    actor: &Employee,
    sheet: Sheet<'_>,
    now: DateTime<Utc>,
) -> Result<ImportSummary> {
    ensure(actor, Action::CreateClient, Ownership::None)?;
    let mut known: HashSet<String> = HashSet::new();
    repo.clients(&ListClients::default(), &mut |c| {
        known.insert(c.email.to_string());
        ControlFlow::Continue(())
    })
    .await?;
    let mut problems = Problems(Vec::new());
    let mut ready = Vec::new();
    for row in sheet.rows {
        let parsed = CreateClient::parse(&ClientFields::from_cells(|name| field(row, name)));
        match parsed {
            Ok(new) if !known.insert(new.email.to_string()) => {
                problems.duplicate(
                    row.number,
                    "email",
                    Message::new(keys::ALREADY_A_CLIENT).arg("email", &new.email),
                );
            }
            Ok(new) => ready.push(new_client(actor, new, "import")),
            Err(err) => problems.add(row.number, err),
        }
    }
    problems.check()?;
    sheet
        .write(async {
            let ids = repo.import_clients(ready, now, sheet.progress).await?;
            Ok(ids.into_iter().map(|id| id.0).collect())
        })
        .await
}

/// Events of signed contracts of the importer's clients (sales). Support can
/// only be assigned by management, so the support column must stay empty.
pub async fn import_events<R: ContractRepository + EventRepository>(
    repo: &R,
    actor: &Employee,
    sheet: Sheet<'_>,
    now: DateTime<Utc>,
) -> Result<ImportSummary> {
    let rows = sheet.rows;
    let contract_id = |row: &SheetRow| parse_id("contract", cell(row, "contract")).map(ContractId);
    // Every contract the sheet names, a thousand per query.
    let mut wanted: Vec<ContractId> = rows.iter().filter_map(|r| contract_id(r).ok()).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut contracts: HashMap<ContractId, Contract> = HashMap::with_capacity(wanted.len());
    for ids in wanted.chunks(1_000) {
        let filter = ListContracts {
            ids: Some(ids.to_vec()),
            ..ListContracts::default()
        };
        repo.contracts(&filter, &mut |c| {
            contracts.insert(c.id, c);
            ControlFlow::Continue(())
        })
        .await?;
    }
    let mut problems = Problems(Vec::new());
    let mut ready = Vec::new();
    for row in rows {
        let before = problems.0.len();
        let id = match contract_id(row) {
            Ok(id) => id,
            Err(err) => {
                problems.add(row.number, err);
                continue;
            }
        };
        let Some(contract) = contracts.get(&id) else {
            problems.add(row.number, Error::not_found("contract", id));
            continue;
        };
        if let Err(err) = ensure(
            actor,
            Action::CreateEvent,
            sales_ownership(actor, contract.sales_contact_id),
        ) {
            problems.add(row.number, err);
            continue;
        }
        if let Err(err) = require_signed(contract) {
            problems.add(row.number, err);
        }
        let client = cell(row, "client");
        if !client.is_empty()
            && !contract
                .client_name
                .to_lowercase()
                .contains(&client.to_lowercase())
            && !client
                .to_lowercase()
                .contains(&contract.client_name.to_lowercase())
        {
            problems.add(
                row.number,
                Error::invalid(
                    "client",
                    Message::new(keys::CONTRACT_OF_OTHER_CLIENT)
                        .arg("id", id)
                        .arg("owner", &contract.client_name)
                        .arg("client", client),
                ),
            );
        }
        if !cell(row, "support_contact").is_empty()
            && !policy::allows(actor.department, Action::AssignSupport, Ownership::None)
        {
            problems.add(
                row.number,
                Error::PermissionDenied(Message::new(keys::IMPORT_SUPPORT_COLUMN)),
            );
        }
        let fields = EventFields {
            name: field(row, "name"),
            start: field(row, "start"),
            end: field(row, "end"),
            location: field(row, "location"),
            attendees: field(row, "attendees"),
            notes: field(row, "notes"),
        };
        let here = Here::new(sheet.zone, now);
        match CreateEvent::parse(id, &fields, &here).and_then(|e| new_event(actor, e, "import")) {
            Ok(new) if problems.0.len() == before => ready.push(new),
            Ok(_) => {}
            Err(err) => problems.add(row.number, err),
        }
    }
    problems.check()?;
    sheet
        .write(async {
            let ids = repo.import_events(ready, now, sheet.progress).await?;
            let ids =
                ids.ok_or_else(|| Error::Conflict(Message::new(keys::CONTRACT_CHANGED_IN_IMPORT)))?;
            Ok(ids.into_iter().map(|id| id.0).collect())
        })
        .await
}
