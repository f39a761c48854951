use chrono::{DateTime, Utc};
use epic_domain::crm::records::Trail;
use epic_domain::crm::{EmployeeRepository, EmployeeValues, Guard, Sink};
use epic_domain::employee::{Employee, NewEmployee};
use epic_domain::types::{Department, EmployeeId};
use epic_domain::{Error, Message, Result, keys};
use sea_orm::sea_query::{Expr, ExprTrait, LockType};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, UpdateMany,
};

use super::read::each;
use super::trail;
use super::write::{GuardColumns, Stored, finish, guarded, touched};
use crate::Store;
use crate::auth::{insert_employee, to_employee};
use crate::entity::{client, contract, employee, event, session};
use crate::errors::{IntoDomain, map};

const COLUMNS: GuardColumns<employee::Column> = GuardColumns {
    id: employee::Column::Id,
    version: employee::Column::Version,
    updated_at: employee::Column::UpdatedAt,
    owner: None,
};

/// Every token the employee holds stops working at once.
fn logs_out(update: UpdateMany<employee::Entity>) -> UpdateMany<employee::Entity> {
    update.col_expr(
        employee::Column::TokenVersion,
        Expr::col(employee::Column::TokenVersion).add(1),
    )
}

impl TryFrom<employee::Model> for Employee {
    type Error = Error;

    fn try_from(model: employee::Model) -> Result<Self> {
        to_employee(&model)
    }
}

impl Stored for Employee {
    const ENTITY: &'static str = "employee";

    async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Option<Employee>> {
        employee::Entity::find_by_id(id)
            .one(db)
            .await
            .into_domain()?
            .map(Employee::try_from)
            .transpose()
    }
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
        return Err(Error::Conflict(Message::new(keys::LAST_MANAGER)));
    }
    Ok(())
}

fn is_active_manager(e: &Employee) -> bool {
    e.active && e.department == Department::Management
}

/// Starts a write on employee `id` (`None` if there is none), refusing it
/// when `demotes` says the change takes away an active manager and no other
/// would be left.
async fn begin(
    store: &Store,
    id: EmployeeId,
    demotes: impl Fn(&Employee) -> bool,
) -> Result<Option<(DatabaseTransaction, Employee)>> {
    let (txn, _turn) = store.write().await?;
    let Some(current) = Employee::get(&txn, id.0).await? else {
        return Ok(None);
    };
    if is_active_manager(&current) && demotes(&current) {
        keep_a_manager(&txn, id).await?;
    }
    Ok(Some((txn, current)))
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

impl EmployeeRepository for Store {
    async fn employees(&self, sink: Sink<'_, Employee>) -> Result<()> {
        let select = employee::Entity::find()
            .order_by_asc(employee::Column::Id)
            .into_query();
        each::<_, employee::Model, Employee>(&self.db, &select, sink).await
    }

    async fn employee(&self, id: EmployeeId) -> Result<Option<Employee>> {
        Employee::get(&self.db, id.0).await
    }

    async fn create_employee(
        &self,
        new: NewEmployee,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Employee> {
        let (txn, _turn) = self.write().await?;
        let model = insert_employee(&txn, new, now).await?;
        trail::record(&txn, Employee::ENTITY, model.id, None, trail, now).await?;
        txn.commit().await.into_domain()?;
        to_employee(&model)
    }

    async fn update_employee(
        &self,
        id: EmployeeId,
        guard: Guard,
        values: EmployeeValues,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Employee>> {
        let demotes = |_: &Employee| values.department != Department::Management;
        let Some((txn, current)) = begin(self, id, demotes).await? else {
            return Ok(None);
        };
        let mut update = employee::Entity::update_many()
            .col_expr(
                employee::Column::FullName,
                Expr::value(values.full_name.as_str()),
            )
            .col_expr(employee::Column::Email, Expr::value(values.email.as_str()))
            .col_expr(
                employee::Column::Department,
                Expr::value(values.department.as_str()),
            );
        if values.department != current.department {
            // A new role takes effect at once.
            update = logs_out(update);
        }
        let changed = guarded(&txn, update, COLUMNS, id.0, guard, now)
            .await
            .map_err(|e| match map(e) {
                Error::Conflict(_) => Error::Conflict(
                    Message::new(keys::EMPLOYEE_EMAIL_TAKEN).arg("email", &values.email),
                ),
                other => other,
            })?;
        if !changed {
            return Ok(None);
        }
        finish(txn, id.0, trail, now).await
    }

    async fn set_employee_active(
        &self,
        id: EmployeeId,
        active: bool,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Employee>> {
        let Some((txn, _)) = begin(self, id, |_| !active).await? else {
            return Ok(None);
        };
        let update =
            employee::Entity::update_many().col_expr(employee::Column::Active, Expr::value(active));
        touched(logs_out(update), &COLUMNS, id.0, now)
            .exec(&txn)
            .await
            .into_domain()?;
        if !active {
            end_sessions(&txn, id, now).await?;
        }
        finish(txn, id.0, trail, now).await
    }

    async fn delete_employee(
        &self,
        id: EmployeeId,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let Some((txn, _)) = begin(self, id, |_| true).await? else {
            return Ok(false);
        };
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
            return Err(Error::Conflict(
                Message::new(keys::EMPLOYEE_STILL_CONTACT)
                    .arg("id", id)
                    .arg("clients", clients)
                    .arg("contracts", contracts)
                    .arg("events", events),
            ));
        }
        trail::record(&txn, Employee::ENTITY, id.0, None, trail, now).await?;
        employee::Entity::delete_by_id(id.0)
            .exec(&txn)
            .await
            .into_domain()?;
        txn.commit().await.into_domain()?;
        Ok(true)
    }

    async fn reset_password(
        &self,
        id: EmployeeId,
        hash: String,
        trail: Trail,
        now: DateTime<Utc>,
    ) -> Result<Option<Employee>> {
        let (txn, _turn) = self.write().await?;
        let update = employee::Entity::update_many()
            .col_expr(employee::Column::PasswordHash, Expr::value(hash))
            .col_expr(employee::Column::MustChangePassword, Expr::value(true))
            .col_expr(employee::Column::FailedLogins, Expr::value(0))
            .col_expr(
                employee::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            );
        let changed = touched(logs_out(update), &COLUMNS, id.0, now)
            .exec(&txn)
            .await
            .into_domain()?;
        if changed.rows_affected == 0 {
            return Ok(None);
        }
        end_sessions(&txn, id, now).await?;
        finish(txn, id.0, trail, now).await
    }
}
