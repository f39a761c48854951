use chrono::{DateTime, Utc};

use super::records::{FieldChange, Trail, changed_fields};
use super::repository::{CrmRepository, EmployeeValues, Guard};
use super::{check_version, ensure};
use crate::employee::{Employee, NewEmployee};
use crate::password::{NewPassword, PasswordHasher};
use crate::policy::{Action, Ownership};
use crate::types::{Department, Email, EmployeeId, FullName};
use crate::{Error, Result};

#[derive(Debug, Clone)]
pub struct EmployeeInput {
    pub full_name: String,
    pub email: String,
    pub department: String,
    pub password: NewPassword,
}

#[derive(Debug, Clone, Default)]
pub struct EmployeePatch {
    pub full_name: Option<String>,
    pub email: Option<String>,
    pub department: Option<String>,
    pub if_version: Option<i64>,
}

async fn load<R: CrmRepository>(repo: &R, id: EmployeeId) -> Result<Employee> {
    repo.employee(id)
        .await?
        .ok_or_else(|| Error::not_found("employee", id))
}

/// The new employee must change the password management chose at first login.
pub async fn create_employee<R: CrmRepository, H: PasswordHasher>(
    repo: &R,
    hasher: &H,
    actor: &Employee,
    input: EmployeeInput,
    now: DateTime<Utc>,
) -> Result<Employee> {
    ensure(actor, Action::CreateEmployee, Ownership::None)?;
    let new = NewEmployee {
        full_name: FullName::parse(&input.full_name)?,
        email: Email::parse(&input.email)?,
        department: input.department.parse()?,
        password_hash: hasher.hash(input.password.expose()).await?,
        must_change_password: true,
    };
    let trail = Trail::new(
        actor.id,
        "create",
        vec![
            FieldChange::set("full_name", &new.full_name),
            FieldChange::set("email", &new.email),
            FieldChange::set("department", new.department),
        ],
    );
    repo.create_employee(new, trail, now).await
}

pub async fn update_employee<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
    patch: EmployeePatch,
    now: DateTime<Utc>,
) -> Result<Employee> {
    ensure(actor, Action::UpdateEmployee, Ownership::None)?;
    let current = load(repo, id).await?;
    if patch.full_name.is_none() && patch.email.is_none() && patch.department.is_none() {
        return Err(Error::invalid(
            "employee",
            "nothing to change: pass at least one field",
        ));
    }
    let version = check_version("employee", id.0, current.version, patch.if_version)?;
    let values = EmployeeValues {
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
        department: patch
            .department
            .as_deref()
            .map(str::parse::<Department>)
            .transpose()?
            .unwrap_or(current.department),
    };
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
        (
            "department",
            Some(current.department.to_string()),
            Some(values.department.to_string()),
        ),
    ]);
    let trail = Trail::new(actor.id, "update", changes);
    repo.update_employee(
        id,
        Guard {
            version,
            owner: None,
        },
        values,
        trail,
        now,
    )
    .await?
    .ok_or_else(|| {
        Error::Conflict(format!(
            "employee {id} was changed by someone else since you read it; nothing was changed"
        ))
    })
}

/// Deactivation ends the employee's sessions at once.
pub async fn set_active<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
    active: bool,
    now: DateTime<Utc>,
) -> Result<Employee> {
    ensure(actor, Action::DeactivateEmployee, Ownership::None)?;
    let current = load(repo, id).await?;
    if current.active == active {
        return Err(Error::Conflict(format!(
            "employee {id} is already {}",
            if active { "active" } else { "inactive" }
        )));
    }
    let trail = Trail::new(
        actor.id,
        if active { "reactivate" } else { "deactivate" },
        vec![FieldChange::new(
            "active",
            Some(current.active.to_string()),
            Some(active.to_string()),
        )],
    );
    repo.set_employee_active(id, active, trail, now)
        .await?
        .ok_or_else(|| Error::not_found("employee", id))
}

/// The employee `actor` may delete, so that a refusal comes before any
/// confirmation is asked.
pub async fn employee_to_delete<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
) -> Result<Employee> {
    ensure(actor, Action::DeleteEmployee, Ownership::None)?;
    load(repo, id).await
}

pub async fn delete_employee<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = employee_to_delete(repo, actor, id).await?;
    let trail = Trail::new(
        actor.id,
        "delete",
        vec![FieldChange::new(
            "email",
            Some(current.email.to_string()),
            None,
        )],
    );
    if repo.delete_employee(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::not_found("employee", id))
    }
}

/// A new password chosen by management; the employee must replace it.
pub async fn reset_password<R: CrmRepository, H: PasswordHasher>(
    repo: &R,
    hasher: &H,
    actor: &Employee,
    id: EmployeeId,
    password: NewPassword,
    now: DateTime<Utc>,
) -> Result<Employee> {
    ensure(actor, Action::ResetPassword, Ownership::None)?;
    load(repo, id).await?;
    let hash = hasher.hash(password.expose()).await?;
    let trail = Trail::new(
        actor.id,
        "reset-password",
        vec![FieldChange::new("password", None, Some("[reset]".into()))],
    );
    repo.reset_password(id, hash, trail, now)
        .await?
        .ok_or_else(|| Error::not_found("employee", id))
}
