use chrono::{DateTime, Utc};
use epic_domain::crm::records::Trail;
use epic_domain::crm::{EmployeeValues, Guard};
use epic_domain::employee::{Employee, NewEmployee};
use epic_domain::types::{Department, EmployeeId};
use epic_domain::{Error, Result};
use sea_orm::sea_query::{Expr, ExprTrait, LockType};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::trail;
use crate::Store;
use crate::auth::{insert_employee, to_employee};
use crate::entity::{client, contract, employee, event, session};
use crate::errors::{IntoDomain, map};

const ENTITY: &str = "employee";

pub(super) async fn list(store: &Store) -> Result<Vec<Employee>> {
    employee::Entity::find()
        .order_by_asc(employee::Column::Id)
        .all(&store.db)
        .await
        .into_domain()?
        .iter()
        .map(to_employee)
        .collect()
}

pub(super) async fn get<C: ConnectionTrait>(db: &C, id: EmployeeId) -> Result<Option<Employee>> {
    employee::Entity::find_by_id(id.0)
        .one(db)
        .await
        .into_domain()?
        .as_ref()
        .map(to_employee)
        .transpose()
}

pub(super) async fn create(
    store: &Store,
    new: NewEmployee,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Employee> {
    let txn = store.write().await?;
    let model = insert_employee(&txn, new, now).await?;
    trail::record(&txn, ENTITY, model.id, None, trail, now).await?;
    txn.commit().await.into_domain()?;
    to_employee(&model)
}

/// Refuses a change that would leave the company without an active
/// management employee. The other managers' rows are locked (PostgreSQL) or
/// the whole database is (SQLite's IMMEDIATE), so two managers cannot
/// demote each other at once.
async fn keep_a_manager(txn: &DatabaseTransaction, id: EmployeeId) -> Result<()> {
    let others = employee::Entity::find()
        .filter(employee::Column::Department.eq(Department::Management.as_str()))
        .filter(employee::Column::Active.eq(true))
        .filter(employee::Column::Id.ne(id.0))
        .lock(LockType::Update)
        .all(txn)
        .await
        .into_domain()?;
    if others.is_empty() {
        return Err(Error::Conflict(
            "this is the last active management employee: appoint or reactivate another manager first".into(),
        ));
    }
    Ok(())
}

fn is_active_manager(e: &Employee) -> bool {
    e.active && e.department == Department::Management
}

pub(super) async fn update(
    store: &Store,
    id: EmployeeId,
    guard: Guard,
    values: EmployeeValues,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<Employee>> {
    let txn = store.write().await?;
    let Some(current) = get(&txn, id).await? else {
        return Ok(None);
    };
    if is_active_manager(&current) && values.department != Department::Management {
        keep_a_manager(&txn, id).await?;
    }
    let mut update = employee::Entity::update_many()
        .col_expr(
            employee::Column::FullName,
            Expr::value(values.full_name.as_str()),
        )
        .col_expr(employee::Column::Email, Expr::value(values.email.as_str()))
        .col_expr(
            employee::Column::Department,
            Expr::value(values.department.as_str()),
        )
        .col_expr(employee::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            employee::Column::Version,
            Expr::col(employee::Column::Version).add(1),
        );
    if values.department != current.department {
        // A new role takes effect at once: old tokens stop working.
        update = update.col_expr(
            employee::Column::TokenVersion,
            Expr::col(employee::Column::TokenVersion).add(1),
        );
    }
    let changed = update
        .filter(employee::Column::Id.eq(id.0))
        .filter(employee::Column::Version.eq(guard.version))
        .exec(&txn)
        .await
        .map_err(|e| match map(e) {
            Error::Conflict(_) => Error::Conflict(format!(
                "an employee with the email {} already exists",
                values.email
            )),
            other => other,
        })?;
    if changed.rows_affected == 0 {
        return Ok(None);
    }
    trail::record(&txn, ENTITY, id.0, None, trail, now).await?;
    let updated = get(&txn, id).await?;
    txn.commit().await.into_domain()?;
    Ok(updated)
}

async fn end_sessions(txn: &DatabaseTransaction, id: EmployeeId, now: DateTime<Utc>) -> Result<()> {
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .filter(session::Column::EmployeeId.eq(id.0))
        .filter(session::Column::RevokedAt.is_null())
        .exec(txn)
        .await
        .into_domain()?;
    Ok(())
}

pub(super) async fn set_active(
    store: &Store,
    id: EmployeeId,
    active: bool,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<Employee>> {
    let txn = store.write().await?;
    let Some(current) = get(&txn, id).await? else {
        return Ok(None);
    };
    if !active && is_active_manager(&current) {
        keep_a_manager(&txn, id).await?;
    }
    employee::Entity::update_many()
        .col_expr(employee::Column::Active, Expr::value(active))
        .col_expr(
            employee::Column::TokenVersion,
            Expr::col(employee::Column::TokenVersion).add(1),
        )
        .col_expr(employee::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            employee::Column::Version,
            Expr::col(employee::Column::Version).add(1),
        )
        .filter(employee::Column::Id.eq(id.0))
        .exec(&txn)
        .await
        .into_domain()?;
    if !active {
        end_sessions(&txn, id, now).await?;
    }
    trail::record(&txn, ENTITY, id.0, None, trail, now).await?;
    let updated = get(&txn, id).await?;
    txn.commit().await.into_domain()?;
    Ok(updated)
}

pub(super) async fn delete(
    store: &Store,
    id: EmployeeId,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<bool> {
    let txn = store.write().await?;
    let Some(current) = get(&txn, id).await? else {
        return Ok(false);
    };
    if is_active_manager(&current) {
        keep_a_manager(&txn, id).await?;
    }
    let clients = client::Entity::find()
        .filter(client::Column::SalesContactId.eq(id.0))
        .count(&txn)
        .await
        .into_domain()?;
    let contracts = contract::Entity::find()
        .filter(contract::Column::SalesContactId.eq(id.0))
        .count(&txn)
        .await
        .into_domain()?;
    let events = event::Entity::find()
        .filter(event::Column::SupportContactId.eq(id.0))
        .count(&txn)
        .await
        .into_domain()?;
    if clients + contracts + events > 0 {
        return Err(Error::Conflict(format!(
            "employee {id} is still the contact of {clients} client(s), {contracts} contract(s) and {events} event(s): reassign them or deactivate the employee instead"
        )));
    }
    trail::record(&txn, ENTITY, id.0, None, trail, now).await?;
    employee::Entity::delete_by_id(id.0)
        .exec(&txn)
        .await
        .into_domain()?;
    txn.commit().await.into_domain()?;
    Ok(true)
}

pub(super) async fn reset_password(
    store: &Store,
    id: EmployeeId,
    hash: String,
    trail: Trail,
    now: DateTime<Utc>,
) -> Result<Option<Employee>> {
    let txn = store.write().await?;
    let changed = employee::Entity::update_many()
        .col_expr(employee::Column::PasswordHash, Expr::value(hash))
        .col_expr(employee::Column::MustChangePassword, Expr::value(true))
        .col_expr(employee::Column::FailedLogins, Expr::value(0))
        .col_expr(
            employee::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            employee::Column::TokenVersion,
            Expr::col(employee::Column::TokenVersion).add(1),
        )
        .col_expr(employee::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            employee::Column::Version,
            Expr::col(employee::Column::Version).add(1),
        )
        .filter(employee::Column::Id.eq(id.0))
        .exec(&txn)
        .await
        .into_domain()?;
    if changed.rows_affected == 0 {
        return Ok(None);
    }
    end_sessions(&txn, id, now).await?;
    trail::record(&txn, ENTITY, id.0, None, trail, now).await?;
    let updated = get(&txn, id).await?;
    txn.commit().await.into_domain()?;
    Ok(updated)
}
