//! Creating, changing and deleting records, and importing sheets: the same
//! in both modes.

use epic_api::bodies::{self, Import, ImportRow, Imported, Marked, NewEmployee};
use epic_api::paths::{self, with_id};
use epic_api::wire::OnRecord;
use epic_domain::crm::imports::{self, ImportSummary, Sheet};
use epic_domain::crm::{
    self, CreateClient, CreateContract, CreateEmployee, CreateEvent, MarkRead, PayContract,
    SignContract, UpdateClient, UpdateContract, UpdateEmployee, UpdateEvent,
};
use epic_domain::keys;
use epic_domain::password::NewPassword;
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use epic_store::BlockingHasher;

use super::{Crm, record};
use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::context::now;
use crate::output::Record;
use crate::remote::Remote;

/// Which sheet an import holds.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Clients,
    Events,
}

impl Crm<'_> {
    /// `password` is asked for only once the actor may create employees.
    pub async fn create_employee(
        &self,
        request: CreateEmployee,
        password: impl FnOnce() -> CommandResult<NewPassword>,
    ) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => record(
                &crm::create_employee(*store, &BlockingHasher, actor, request, password, now())
                    .await?,
            ),
            Self::Remote(remote) => {
                let body = |password| NewEmployee {
                    employee: request.clone(),
                    password,
                };
                with_password(remote, paths::EMPLOYEES, body, password).await
            }
        }
    }

    /// `password` is asked for only once the actor may reset it and the
    /// employee exists.
    pub async fn reset_password(
        &self,
        id: EmployeeId,
        password: impl FnOnce() -> CommandResult<NewPassword>,
    ) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => record(
                &crm::reset_password(*store, &BlockingHasher, actor, id, password, now()).await?,
            ),
            Self::Remote(remote) => {
                let path = with_id(paths::EMPLOYEE_PASSWORD, id.0);
                let body = |password| bodies::NewPassword { password };
                with_password(remote, &path, body, password).await
            }
        }
    }

    pub async fn update_employee(&self, request: UpdateEmployee) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::update_employee(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => {
                let (id, changes, if_version) = request.split();
                let path = with_id(paths::EMPLOYEE, id.0);
                remote.patch(&path, &changes, if_version).await
            }
        }
    }

    pub async fn set_active(&self, id: EmployeeId, active: bool) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::set_active(*store, actor, id, active, now()).await?)
            }
            Self::Remote(remote) => {
                let route = if active {
                    paths::EMPLOYEE_REACTIVATE
                } else {
                    paths::EMPLOYEE_DEACTIVATE
                };
                remote.post(&with_id(route, id.0), &()).await
            }
        }
    }

    pub async fn create_client(&self, request: CreateClient) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::create_client(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => remote.post(paths::CLIENTS, &request).await,
        }
    }

    pub async fn update_client(&self, request: UpdateClient) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::update_client(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => {
                let (id, changes, if_version) = request.split();
                let path = with_id(paths::CLIENT, id.0);
                remote.patch(&path, &changes, if_version).await
            }
        }
    }

    pub async fn create_contract(&self, request: CreateContract) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::create_contract(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => remote.post(paths::CONTRACTS, &request).await,
        }
    }

    pub async fn update_contract(&self, request: UpdateContract) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::update_contract(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => {
                let (id, changes, if_version) = request.split();
                let path = with_id(paths::CONTRACT, id.0);
                remote.patch(&path, &changes, if_version).await
            }
        }
    }

    pub async fn pay_contract(&self, request: PayContract) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::pay_contract(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => {
                let (id, payment, if_version) = request.split();
                let path = with_id(paths::CONTRACT_PAYMENTS, id.0);
                remote.post_if(&path, &payment, if_version).await
            }
        }
    }

    pub async fn set_signed(&self, request: SignContract) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::set_signed(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => {
                let route = if request.signed {
                    paths::CONTRACT_SIGN
                } else {
                    paths::CONTRACT_UNSIGN
                };
                remote.post(&with_id(route, request.id.0), &()).await
            }
        }
    }

    pub async fn create_event(&self, request: CreateEvent) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::create_event(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => remote.post(paths::EVENTS, &request).await,
        }
    }

    pub async fn update_event(&self, request: UpdateEvent) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::update_event(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => {
                let (id, changes, if_version) = request.split();
                let path = with_id(paths::EVENT, id.0);
                remote.patch(&path, &changes, if_version).await
            }
        }
    }

    pub async fn mark_read(&self, request: MarkRead) -> CommandResult<u64> {
        match self {
            Self::Local { store, actor } => {
                Ok(crm::mark_read(*store, actor, request, now()).await?)
            }
            Self::Remote(remote) => {
                let Marked { changed } = remote.post(paths::NOTIFICATIONS_READ, &request).await?;
                Ok(changed)
            }
        }
    }

    /// The sheet's rows, checked and (unless a dry run) written at once.
    pub async fn import(&self, kind: Kind, sheet: Sheet<'_>) -> CommandResult<ImportSummary> {
        match (self, kind) {
            (Self::Local { store, actor }, Kind::Clients) => {
                Ok(imports::import_clients(*store, actor, sheet, now()).await?)
            }
            (Self::Local { store, actor }, Kind::Events) => {
                Ok(imports::import_events(*store, actor, sheet, now()).await?)
            }
            (Self::Remote(remote), kind) => {
                let path = match kind {
                    Kind::Clients => paths::CLIENTS_IMPORT,
                    Kind::Events => paths::EVENTS_IMPORT,
                };
                let import = Import {
                    dry_run: sheet.dry_run,
                    rows: sheet
                        .rows
                        .iter()
                        .map(|row| ImportRow {
                            number: row.number,
                            cells: row
                                .cells
                                .iter()
                                .map(|(field, value)| ((*field).to_owned(), value.clone()))
                                .collect(),
                        })
                        .collect(),
                };
                let Imported { rows, created } = remote.upload(path, &import).await?;
                Ok(ImportSummary { rows, created })
            }
        }
    }
}

/// Deletes: the record when the actor may delete it now, asked before the
/// question; then the delete itself, which checks again.
impl Crm<'_> {
    pub async fn employee_to_delete(&self, id: EmployeeId) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::employee_to_delete(*store, actor, id).await?)
            }
            Self::Remote(remote) => remote.get(&with_id(paths::EMPLOYEE_DELETABLE, id.0)).await,
        }
    }

    pub async fn delete_employee(&self, id: EmployeeId) -> CommandResult {
        match self {
            Self::Local { store, actor } => {
                Ok(crm::delete_employee(*store, actor, id, now()).await?)
            }
            Self::Remote(remote) => remote.delete(&with_id(paths::EMPLOYEE, id.0)).await,
        }
    }

    pub async fn client_to_delete(&self, id: ClientId) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::client_to_delete(*store, actor, id).await?)
            }
            Self::Remote(remote) => remote.get(&with_id(paths::CLIENT_DELETABLE, id.0)).await,
        }
    }

    pub async fn delete_client(&self, id: ClientId) -> CommandResult {
        match self {
            Self::Local { store, actor } => Ok(crm::delete_client(*store, actor, id, now()).await?),
            Self::Remote(remote) => remote.delete(&with_id(paths::CLIENT, id.0)).await,
        }
    }

    pub async fn contract_to_delete(&self, id: ContractId) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::contract_to_delete(*store, actor, id).await?)
            }
            Self::Remote(remote) => remote.get(&with_id(paths::CONTRACT_DELETABLE, id.0)).await,
        }
    }

    pub async fn delete_contract(&self, id: ContractId) -> CommandResult {
        match self {
            Self::Local { store, actor } => {
                Ok(crm::delete_contract(*store, actor, id, now()).await?)
            }
            Self::Remote(remote) => remote.delete(&with_id(paths::CONTRACT, id.0)).await,
        }
    }

    pub async fn event_to_delete(&self, id: EventId) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => record(&crm::event_to_delete(*store, actor, id).await?),
            Self::Remote(remote) => remote.get(&with_id(paths::EVENT_DELETABLE, id.0)).await,
        }
    }

    pub async fn delete_event(&self, id: EventId) -> CommandResult {
        match self {
            Self::Local { store, actor } => Ok(crm::delete_event(*store, actor, id, now()).await?),
            Self::Remote(remote) => remote.delete(&with_id(paths::EVENT, id.0)).await,
        }
    }
}

/// A write that carries a new password, which is asked for only after the
/// server has accepted everything else: the request goes once without it,
/// and the server's policy and look-ups answer before it asks for the
/// password.
async fn with_password<B: serde::Serialize>(
    remote: &Remote,
    path: &str,
    body: impl Fn(Option<String>) -> B,
    password: impl FnOnce() -> CommandResult<NewPassword>,
) -> CommandResult<Record> {
    match remote.post::<B, Record>(path, &body(None)).await {
        Err(err)
            if err.status == ExitStatus::Invalid
                && err.reason.as_deref() == Some(keys::PASSWORD_REQUIRED.as_str()) =>
        {
            let password = password()?.expose().to_owned();
            remote.post(path, &body(Some(password))).await
        }
        Err(err) => Err(err),
        Ok(_) => Err(CommandError::internal(
            "the server accepted a new password without one",
        )),
    }
}
