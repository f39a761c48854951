//! Lists, records, reports and questions: the same in both modes.

use epic_api::bodies::{Allowed, CanI, Days, Resolved};
use epic_api::paths::{self, with_id};
use epic_domain::crm::names::{self, Name, Named};
use epic_domain::crm::reports::{self, Period};
use epic_domain::crm::{
    self, InboxRepository, ListAudit, ListClients, ListContracts, ListEvents, ListNotifications,
};
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use serde::Serialize;

use super::{Crm, record};
use crate::command_error::CommandResult;
use crate::context::now;
use crate::output::{Record, Rows};

/// No filter: for lists that take none.
#[derive(Serialize)]
struct Everything {}

impl Crm<'_> {
    pub async fn list_employees(&self, rows: &mut Rows<'_>) -> CommandResult {
        match self {
            Self::Local { store, actor } => {
                crm::list_employees(*store, actor, now(), &mut |r| rows.push(&r)).await?;
            }
            Self::Remote(remote) => {
                remote
                    .list(paths::EMPLOYEES, &Everything {}, &mut |r| rows.push(&r))
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn list_clients(&self, request: &ListClients, rows: &mut Rows<'_>) -> CommandResult {
        match self {
            Self::Local { store, actor } => {
                crm::list_clients(*store, actor, request, &mut |r| rows.push(&r)).await?;
            }
            Self::Remote(remote) => {
                remote
                    .list(paths::CLIENTS, request, &mut |r| rows.push(&r))
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn list_contracts(
        &self,
        request: &ListContracts,
        rows: &mut Rows<'_>,
    ) -> CommandResult {
        match self {
            Self::Local { store, actor } => {
                crm::list_contracts(*store, actor, request, &mut |r| rows.push(&r)).await?;
            }
            Self::Remote(remote) => {
                remote
                    .list(paths::CONTRACTS, request, &mut |r| rows.push(&r))
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn list_events(&self, request: &ListEvents, rows: &mut Rows<'_>) -> CommandResult {
        match self {
            Self::Local { store, actor } => {
                crm::list_events(*store, actor, request, now(), &mut |r| rows.push(&r)).await?;
            }
            Self::Remote(remote) => {
                remote
                    .list(paths::EVENTS, request, &mut |r| rows.push(&r))
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn notifications(
        &self,
        request: ListNotifications,
        rows: &mut Rows<'_>,
    ) -> CommandResult {
        match self {
            Self::Local { store, actor } => {
                crm::notifications(*store, actor, request, &mut |r| rows.push(&r)).await?;
            }
            Self::Remote(remote) => {
                remote
                    .list(paths::NOTIFICATIONS, &request, &mut |r| rows.push(&r))
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn audit(&self, request: &ListAudit, rows: &mut Rows<'_>) -> CommandResult {
        match self {
            Self::Local { store, actor } => {
                crm::audit(*store, actor, request, &mut |r| rows.push(&r)).await?;
            }
            Self::Remote(remote) => {
                remote
                    .list(paths::AUDIT, request, &mut |r| rows.push(&r))
                    .await?;
            }
        }
        Ok(())
    }

    /// For the hint on a terminal.
    pub async fn unread_notifications(&self) -> CommandResult<u64> {
        match self {
            Self::Local { store, actor } => Ok(store.unread_notifications(actor.id).await?),
            Self::Remote(remote) => {
                let mut unread = 0;
                let request = ListNotifications { unread: true };
                remote
                    .list(paths::NOTIFICATIONS, &request, &mut |_| {
                        unread += 1;
                        std::ops::ControlFlow::Continue(())
                    })
                    .await?;
                Ok(unread)
            }
        }
    }

    pub async fn show_employee(&self, id: EmployeeId) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => {
                record(&crm::show_employee(*store, actor, id, now()).await?)
            }
            Self::Remote(remote) => remote.get(&with_id(paths::EMPLOYEE, id.0)).await,
        }
    }

    pub async fn show_client(&self, id: ClientId) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => record(&crm::show_client(*store, actor, id).await?),
            Self::Remote(remote) => remote.get(&with_id(paths::CLIENT, id.0)).await,
        }
    }

    pub async fn show_contract(&self, id: ContractId) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => record(&crm::show_contract(*store, actor, id).await?),
            Self::Remote(remote) => remote.get(&with_id(paths::CONTRACT, id.0)).await,
        }
    }

    pub async fn show_event(&self, id: EventId) -> CommandResult<Record> {
        match self {
            Self::Local { store, actor } => record(&crm::show_event(*store, actor, id).await?),
            Self::Remote(remote) => remote.get(&with_id(paths::EVENT, id.0)).await,
        }
    }

    pub async fn revenue(&self, period: Period) -> CommandResult<Vec<Record>> {
        match self {
            Self::Local { store, actor } => {
                records(&reports::revenue(*store, actor, period, now()).await?)
            }
            Self::Remote(remote) => remote.get_with(paths::REPORT_REVENUE, &period).await,
        }
    }

    pub async fn unpaid(&self) -> CommandResult<Vec<Record>> {
        match self {
            Self::Local { store, actor } => records(&reports::unpaid(*store, actor, now()).await?),
            Self::Remote(remote) => remote.get(paths::REPORT_UNPAID).await,
        }
    }

    pub async fn upcoming(&self, days: u32) -> CommandResult<Vec<Record>> {
        match self {
            Self::Local { store, actor } => {
                records(&reports::upcoming(*store, actor, now(), days).await?)
            }
            Self::Remote(remote) => {
                remote
                    .get_with(paths::REPORT_UPCOMING, &Days { days })
                    .await
            }
        }
    }

    pub async fn monthly(&self, period: Period) -> CommandResult<Vec<Record>> {
        match self {
            Self::Local { store, actor } => {
                records(&reports::monthly(*store, actor, period, now()).await?)
            }
            Self::Remote(remote) => remote.get_with(paths::REPORT_MONTHLY, &period).await,
        }
    }

    /// The id a flag's text names (`--support kate@epicevents.fr`).
    pub async fn resolve(&self, kind: Named, text: &str) -> CommandResult<i64> {
        if let Some(id) = names::id_in(text) {
            return Ok(id);
        }
        let name = Name {
            kind,
            text: text.to_owned(),
        };
        match self {
            Self::Local { store, actor } => Ok(names::resolve(*store, actor, &name).await?),
            Self::Remote(remote) => {
                let Resolved { id } = remote.get_with(paths::NAMES, &name).await?;
                Ok(id)
            }
        }
    }

    /// `resolve` for a flag that may not be given.
    pub async fn resolve_given(
        &self,
        kind: Named,
        text: Option<&str>,
    ) -> CommandResult<Option<i64>> {
        match text {
            Some(text) => self.resolve(kind, text).await.map(Some),
            None => Ok(None),
        }
    }

    /// `auth can-i`: the policy the use cases apply.
    pub async fn can_i(&self, request: CanI) -> CommandResult<bool> {
        match self {
            Self::Local { store, actor } => {
                let CanI { verb, noun, id } = request;
                Ok(crm::can_i(*store, actor, &verb, &noun, id).await?)
            }
            Self::Remote(remote) => {
                let Allowed { allowed } = remote.get_with(paths::CAN_I, &request).await?;
                Ok(allowed)
            }
        }
    }
}

fn records<T: Serialize>(rows: &[T]) -> CommandResult<Vec<Record>> {
    rows.iter().map(record).collect()
}
