use chrono::{DateTime, Utc};

use super::records::{Client, FieldChange, Trail, changed_fields};
use super::repository::{ClientRepository, EmployeeRepository};
use super::requests::{ClientDetails, CreateClient, UpdateClient};
use super::{check_version, ensure, found, guard, sales_ownership, written};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{ClientId, Department, Email, EmployeeId, FullName, Phone};
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
    (ClientValues::new(request, actor.id), trail)
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
    let before = ClientValues::of(&current);
    let values = before.clone().changed(details, sales_contact);
    if values.sales_contact != before.sales_contact {
        require_active(
            repo,
            values.sales_contact,
            Department::Sales,
            "sales_contact",
        )
        .await?;
    }
    let changes = values.changes_from(&before);
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

/// Every value of a client, as created or after an update (not a diff).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientValues {
    pub full_name: FullName,
    pub email: Email,
    pub phone: Option<Phone>,
    pub company_name: Option<FullName>,
    pub sales_contact: EmployeeId,
}

/// A client's values are written here once: from a new client's request,
/// from the stored record, with a change applied, and compared for the
/// audit log. Each takes every field by name, so a new field is a compile
/// error in this block until all four know it.
impl ClientValues {
    /// A new client of `owner`.
    pub fn new(request: CreateClient, owner: EmployeeId) -> Self {
        let CreateClient {
            full_name,
            email,
            phone,
            company_name,
        } = request;
        Self {
            full_name,
            email,
            phone,
            company_name,
            sales_contact: owner,
        }
    }

    /// The values a client has now.
    pub fn of(client: &Client) -> Self {
        let Client {
            id: _,
            full_name,
            email,
            phone,
            company_name,
            sales_contact_id,
            sales_contact_name: _,
            created_at: _,
            updated_at: _,
            version: _,
        } = client;
        Self {
            full_name: full_name.clone(),
            email: email.clone(),
            phone: phone.clone(),
            company_name: company_name.clone(),
            sales_contact: *sales_contact_id,
        }
    }

    /// These values with `details` (and a new sales contact) applied.
    #[must_use]
    pub fn changed(self, details: ClientDetails, sales_contact: Option<EmployeeId>) -> Self {
        let ClientDetails {
            full_name,
            email,
            phone,
            company_name,
        } = details;
        Self {
            full_name: full_name.unwrap_or(self.full_name),
            email: email.unwrap_or(self.email),
            phone: phone.unwrap_or(self.phone),
            company_name: company_name.unwrap_or(self.company_name),
            sales_contact: sales_contact.unwrap_or(self.sales_contact),
        }
    }

    /// What differs from `before`, for the audit log.
    pub fn changes_from(&self, before: &Self) -> Vec<FieldChange> {
        let Self {
            full_name,
            email,
            phone,
            company_name,
            sales_contact,
        } = self;
        let text = |v: &dyn ToString| Some(v.to_string());
        let optional = |v: Option<&dyn ToString>| v.map(ToString::to_string);
        changed_fields([
            ("full_name", text(&before.full_name), text(full_name)),
            ("email", text(&before.email), text(email)),
            (
                "phone",
                optional(before.phone.as_ref().map(|p| p as _)),
                optional(phone.as_ref().map(|p| p as _)),
            ),
            (
                "company_name",
                optional(before.company_name.as_ref().map(|c| c as _)),
                optional(company_name.as_ref().map(|c| c as _)),
            ),
            (
                "sales_contact_id",
                text(&before.sales_contact),
                text(sales_contact),
            ),
        ])
    }

    /// What a search of clients compares with.
    pub fn search_key(&self) -> String {
        crate::search::client_key(
            self.full_name.as_str(),
            self.email.as_str(),
            self.company_name.as_ref().map(FullName::as_str),
            self.phone.as_ref().map(Phone::as_str),
        )
    }
}
