use chrono::{DateTime, Utc};

use super::records::{Client, FieldChange, Trail, changed_fields};
use super::repository::{ClientRepository, ClientValues, EmployeeRepository};
use super::requests::{CreateClient, UpdateClient};
use super::{check_version, ensure, found, guard, sales_ownership, written};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{ClientId, Department, EmployeeId};
use crate::{Error, Message, Result, keys};

/// The creator (sales) becomes the client's sales contact.
pub async fn create_client<R: ClientRepository>(
    repo: &R,
    actor: &Employee,
    request: CreateClient,
    now: DateTime<Utc>,
) -> Result<Client> {
    ensure(actor, Action::CreateClient, Ownership::None)?;
    let (new, trail) = new_client(actor, request, "create");
    repo.create_client(new, trail, now).await
}

/// A new client of `actor`, with its audit trail.
pub(super) fn new_client(
    actor: &Employee,
    request: CreateClient,
    action: &'static str,
) -> (ClientValues, Trail) {
    let owner = FieldChange::set("sales_contact_id", actor.id);
    let changes = FieldChange::person(&request.full_name, &request.email, owner);
    let trail = Trail::new(actor.id, action, changes);
    let new = ClientValues {
        full_name: request.full_name,
        email: request.email,
        phone: request.phone,
        company_name: request.company_name,
        sales_contact: actor.id,
    };
    (new, trail)
}

/// A contact must be an active employee of the right department.
pub(super) async fn require_active<R: EmployeeRepository>(
    repo: &R,
    id: EmployeeId,
    department: Department,
    field: &'static str,
) -> Result<Employee> {
    match repo.employee(id).await? {
        Some(e) if e.active && e.department == department => Ok(e),
        _ => Err(Error::invalid(
            field,
            Message::new(keys::NOT_ACTIVE_IN_DEPARTMENT)
                .arg("id", id)
                .arg("department", department),
        )),
    }
}

async fn load<R: ClientRepository>(repo: &R, id: ClientId) -> Result<Client> {
    found(id, repo.client(id).await?)
}

/// New details (sales of the client) and/or a new sales contact (management).
pub async fn update_client<R: ClientRepository + EmployeeRepository>(
    repo: &R,
    actor: &Employee,
    request: UpdateClient,
    now: DateTime<Utc>,
) -> Result<Client> {
    let UpdateClient {
        id,
        details,
        sales_contact,
        if_version,
    } = request;
    let current = load(repo, id).await?;
    let ownership = sales_ownership(actor, current.sales_contact_id);
    if !details.is_empty() {
        ensure(actor, Action::UpdateClient, ownership)?;
    }
    if sales_contact.is_some() {
        ensure(actor, Action::ReassignClient, ownership)?;
    }
    if details.is_empty() && sales_contact.is_none() {
        return Err(Error::invalid(
            "client",
            Message::new(keys::NOTHING_TO_CHANGE),
        ));
    }
    let version = check_version(&current, if_version)?;
    let values = ClientValues {
        full_name: details
            .full_name
            .unwrap_or_else(|| current.full_name.clone()),
        email: details.email.unwrap_or_else(|| current.email.clone()),
        phone: details.phone.unwrap_or_else(|| current.phone.clone()),
        company_name: details
            .company_name
            .unwrap_or_else(|| current.company_name.clone()),
        sales_contact: sales_contact.unwrap_or(current.sales_contact_id),
    };
    if values.sales_contact != current.sales_contact_id {
        require_active(
            repo,
            values.sales_contact,
            Department::Sales,
            "sales_contact",
        )
        .await?;
    }
    let text = |v: &dyn ToString| Some(v.to_string());
    let optional = |v: Option<&dyn ToString>| v.map(ToString::to_string);
    let changes = changed_fields([
        (
            "full_name",
            text(&current.full_name),
            text(&values.full_name),
        ),
        ("email", text(&current.email), text(&values.email)),
        (
            "phone",
            optional(current.phone.as_ref().map(|p| p as _)),
            optional(values.phone.as_ref().map(|p| p as _)),
        ),
        (
            "company_name",
            optional(current.company_name.as_ref().map(|c| c as _)),
            optional(values.company_name.as_ref().map(|c| c as _)),
        ),
        (
            "sales_contact_id",
            text(&current.sales_contact_id),
            text(&values.sales_contact),
        ),
    ]);
    let trail = Trail::new(actor.id, "update", changes);
    let outcome = repo
        .update_client(id, guard(actor, version), values, trail, now)
        .await?;
    written(id, outcome, repo.client(id), actor).await
}

/// The client `actor` may delete, so that a refusal comes before any
/// confirmation is asked.
pub async fn client_to_delete<R: ClientRepository>(
    repo: &R,
    actor: &Employee,
    id: ClientId,
) -> Result<Client> {
    let current = load(repo, id).await?;
    ensure(
        actor,
        Action::DeleteClient,
        sales_ownership(actor, current.sales_contact_id),
    )?;
    Ok(current)
}

pub async fn delete_client<R: ClientRepository>(
    repo: &R,
    actor: &Employee,
    id: ClientId,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = client_to_delete(repo, actor, id).await?;
    let trail = Trail::deleted(actor.id, "full_name", &current.full_name);
    if repo.delete_client(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::not_found("client", id))
    }
}
