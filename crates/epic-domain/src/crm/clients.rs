use chrono::{DateTime, Utc};

use super::records::{Client, FieldChange, Trail, changed_fields};
use super::repository::{ClientValues, CrmRepository, NewClient};
use super::{check_version, ensure, guard, refused_write, sales_ownership};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{Department, Email, EmployeeId, FullName};
use crate::values::Phone;
use crate::{Error, Result};

#[derive(Debug, Clone, Default)]
pub struct ClientInput {
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub company_name: Option<String>,
}

/// Only the fields given change; an empty phone or company clears it.
#[derive(Debug, Clone, Default)]
pub struct ClientPatch {
    pub full_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub company_name: Option<String>,
    pub sales_contact: Option<EmployeeId>,
    pub if_version: Option<i64>,
}

impl ClientPatch {
    fn changes_details(&self) -> bool {
        self.full_name.is_some()
            || self.email.is_some()
            || self.phone.is_some()
            || self.company_name.is_some()
    }
}

impl ClientInput {
    /// Every field parsed and checked: the one reading of a new client,
    /// whether typed or imported. Empty phone and company mean none.
    pub(super) fn new_client(&self, sales_contact: EmployeeId) -> Result<NewClient> {
        Ok(NewClient {
            full_name: FullName::parse(&self.full_name)?,
            email: Email::parse(&self.email)?,
            phone: optional(self.phone.as_deref(), Phone::parse)?,
            company_name: optional(self.company_name.as_deref(), company)?,
            sales_contact,
        })
    }
}

fn optional<T>(input: Option<&str>, parse: impl Fn(&str) -> Result<T>) -> Result<Option<T>> {
    input
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(parse)
        .transpose()
}

fn company(input: &str) -> Result<FullName> {
    FullName::parse_field("company_name", input)
}

pub async fn create_client<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    input: ClientInput,
    now: DateTime<Utc>,
) -> Result<Client> {
    ensure(actor, Action::CreateClient, Ownership::None)?;
    let new = input.new_client(actor.id)?;
    let trail = Trail::new(
        actor.id,
        "create",
        vec![
            FieldChange::set("full_name", &new.full_name),
            FieldChange::set("email", &new.email),
            FieldChange::set("sales_contact_id", new.sales_contact),
        ],
    );
    repo.create_client(new, trail, now).await
}

/// A sales contact must be an active sales employee.
pub(super) async fn require_active<R: CrmRepository>(
    repo: &R,
    id: EmployeeId,
    department: Department,
    field: &'static str,
) -> Result<Employee> {
    match repo.employee(id).await? {
        Some(e) if e.active && e.department == department => Ok(e),
        _ => Err(Error::invalid(
            field,
            format!("employee {id} is not an active {department} employee"),
        )),
    }
}

pub async fn update_client<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
    patch: ClientPatch,
    now: DateTime<Utc>,
) -> Result<Client> {
    let current = repo
        .client(id)
        .await?
        .ok_or_else(|| Error::not_found("client", id))?;
    let ownership = sales_ownership(actor, current.sales_contact_id);
    if patch.changes_details() {
        ensure(actor, Action::UpdateClient, ownership)?;
    }
    if patch.sales_contact.is_some() {
        ensure(actor, Action::ReassignClient, ownership)?;
    }
    if !patch.changes_details() && patch.sales_contact.is_none() {
        return Err(Error::invalid(
            "client",
            "nothing to change: pass at least one field",
        ));
    }
    let version = check_version("client", id, current.version, patch.if_version)?;
    let values = ClientValues {
        full_name: patch
            .full_name
            .as_deref()
            .map(FullName::parse)
            .transpose()?
            .unwrap_or_else(|| current.full_name.clone()),
        email: patch
            .email
            .as_deref()
            .map(Email::parse)
            .transpose()?
            .unwrap_or_else(|| current.email.clone()),
        phone: match &patch.phone {
            Some(p) => optional(Some(p), Phone::parse)?,
            None => current.phone.clone(),
        },
        company_name: match &patch.company_name {
            Some(c) => optional(Some(c), company)?,
            None => current.company_name.clone(),
        },
        sales_contact: patch.sales_contact.unwrap_or(current.sales_contact_id),
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
    let str_opt = |v: &Option<Phone>| v.as_ref().map(ToString::to_string);
    let changes = changed_fields([
        (
            "full_name",
            Some(current.full_name.to_string()),
            Some(values.full_name.to_string()),
        ),
        (
            "email",
            Some(current.email.to_string()),
            Some(values.email.to_string()),
        ),
        ("phone", str_opt(&current.phone), str_opt(&values.phone)),
        (
            "company_name",
            current.company_name.as_ref().map(ToString::to_string),
            values.company_name.as_ref().map(ToString::to_string),
        ),
        (
            "sales_contact_id",
            Some(current.sales_contact_id.to_string()),
            Some(values.sales_contact.to_string()),
        ),
    ]);
    let trail = Trail::new(actor.id, "update", changes);
    let updated = repo
        .update_client(id, guard(actor, version), values, trail, now)
        .await?;
    match updated {
        Some(client) => Ok(client),
        None => {
            let now = repo.client(id).await?;
            Err(refused_write("client", id, now, |c: &Client| {
                actor.department == Department::Management || c.sales_contact_id == actor.id
            }))
        }
    }
}

/// The client `actor` may delete, so that a refusal comes before any
/// confirmation is asked.
pub async fn client_to_delete<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
) -> Result<Client> {
    let current = repo
        .client(id)
        .await?
        .ok_or_else(|| Error::not_found("client", id))?;
    ensure(
        actor,
        Action::DeleteClient,
        sales_ownership(actor, current.sales_contact_id),
    )?;
    Ok(current)
}

pub async fn delete_client<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = client_to_delete(repo, actor, id).await?;
    let trail = Trail::new(
        actor.id,
        "delete",
        vec![FieldChange::new(
            "full_name",
            Some(current.full_name.to_string()),
            None,
        )],
    );
    if repo.delete_client(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::not_found("client", id))
    }
}
