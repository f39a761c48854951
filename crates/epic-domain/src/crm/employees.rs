use chrono::{DateTime, Utc};

use super::records::{FieldChange, Trail, changed_fields};
use super::repository::{EmployeeRepository, EmployeeValues, Guard};
use super::requests::{CreateEmployee, UpdateEmployee};
use super::{check_version, ensure, found};
use crate::employee::{Employee, NewEmployee};
use crate::password::{NewPassword, PasswordHasher};
use crate::policy::{Action, Ownership};
use crate::types::EmployeeId;
use crate::{Error, Message, Result, keys};

async fn load<R: EmployeeRepository>(repo: &R, id: EmployeeId) -> Result<Employee> {
    found(id, repo.employee(id).await?)
}

/// The new employee must change the password management chose at first
/// login. `password` is asked for only once the actor may create
/// employees, so nobody types a secret for a refused command.
pub async fn create_employee<E: From<Error>>(
    repo: &impl EmployeeRepository,
    hasher: &impl PasswordHasher,
    actor: &Employee,
    request: CreateEmployee,
    password: impl FnOnce() -> std::result::Result<NewPassword, E>,
    now: DateTime<Utc>,
) -> std::result::Result<Employee, E> {
    ensure(actor, Action::CreateEmployee, Ownership::None)?;
    let password = password()?;
    let department = FieldChange::set("department", request.department);
    let changes = FieldChange::person(&request.full_name, &request.email, department);
    let trail = Trail::new(actor.id, "create", changes);
    let new = NewEmployee {
        full_name: request.full_name,
        email: request.email,
        department: request.department,
        password_hash: hasher.hash(password.expose()).await?,
        must_change_password: true,
    };
    Ok(repo.create_employee(new, trail, now).await?)
}

pub async fn update_employee<R: EmployeeRepository>(
    repo: &R,
    actor: &Employee,
    request: UpdateEmployee,
    now: DateTime<Utc>,
) -> Result<Employee> {
    let UpdateEmployee {
        id,
        details,
        if_version,
    } = request;
    ensure(actor, Action::UpdateEmployee, Ownership::None)?;
    let current = load(repo, id).await?;
    if details.is_empty() {
        return Err(Error::invalid(
            "employee",
            Message::new(keys::NOTHING_TO_CHANGE),
        ));
    }
    let version = check_version(&current, if_version)?;
    let values = EmployeeValues {
        full_name: details
            .full_name
            .unwrap_or_else(|| current.full_name.clone()),
        email: details.email.unwrap_or_else(|| current.email.clone()),
        department: details.department.unwrap_or(current.department),
    };
    let text = |v: &dyn ToString| Some(v.to_string());
    let changes = changed_fields([
        (
            "full_name",
            text(&current.full_name),
            text(&values.full_name),
        ),
        ("email", text(&current.email), text(&values.email)),
        (
            "department",
            text(&current.department),
            text(&values.department),
        ),
    ]);
    let trail = Trail::new(actor.id, "update", changes);
    let guard = Guard {
        version,
        owner: None,
    };
    repo.update_employee(id, guard, values, trail, now)
        .await?
        .ok_or_else(|| Error::Stale(Message::new(keys::EMPLOYEE_CHANGED).arg("id", id)))
}

/// Deactivation ends the employee's sessions at once.
pub async fn set_active<R: EmployeeRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
    active: bool,
    now: DateTime<Utc>,
) -> Result<Employee> {
    ensure(actor, Action::DeactivateEmployee, Ownership::None)?;
    let current = load(repo, id).await?;
    if current.active == active {
        let already = if active {
            keys::ALREADY_ACTIVE
        } else {
            keys::ALREADY_INACTIVE
        };
        return Err(Error::Conflict(Message::new(already).arg("id", id)));
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
pub async fn employee_to_delete<R: EmployeeRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
) -> Result<Employee> {
    ensure(actor, Action::DeleteEmployee, Ownership::None)?;
    load(repo, id).await
}

pub async fn delete_employee<R: EmployeeRepository>(
    repo: &R,
    actor: &Employee,
    id: EmployeeId,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = employee_to_delete(repo, actor, id).await?;
    let trail = Trail::deleted(actor.id, "email", &current.email);
    if repo.delete_employee(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::not_found("employee", id))
    }
}

/// A new password chosen by management; the employee must replace it.
/// `password` is asked for only once the actor may reset it.
pub async fn reset_password<E: From<Error>>(
    repo: &impl EmployeeRepository,
    hasher: &impl PasswordHasher,
    actor: &Employee,
    id: EmployeeId,
    password: impl FnOnce() -> std::result::Result<NewPassword, E>,
    now: DateTime<Utc>,
) -> std::result::Result<Employee, E> {
    ensure(actor, Action::ResetPassword, Ownership::None)?;
    load(repo, id).await?;
    let hash = hasher.hash(password()?.expose()).await?;
    let trail = Trail::new(
        actor.id,
        "reset-password",
        vec![FieldChange::new("password", None, Some("[reset]".into()))],
    );
    repo.reset_password(id, hash, trail, now)
        .await?
        .ok_or_else(|| Error::not_found("employee", id).into())
}
