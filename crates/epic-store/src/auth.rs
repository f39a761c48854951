use chrono::{DateTime, Utc};
use epic_domain::auth::{AuthRepository, Installation, LockoutPolicy, NewSession, Session};
use epic_domain::employee::{Credentials, Employee, NewEmployee};
use epic_domain::types::{Email, EmployeeId, FullName};
use epic_domain::{Error, Message, Result, keys, secret};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::Store;
use crate::entity::{employee, session, setting};
use crate::errors::{IntoDomain, map};

fn corrupt(what: &str) -> Error {
    Error::Internal(format!("the database holds an invalid {what}"))
}

/// Inserts a new employee: active, no failed logins, version 0. A taken
/// email is a conflict that names it.
pub(crate) async fn insert_employee(
    txn: &sea_orm::DatabaseTransaction,
    new: NewEmployee,
    now: DateTime<Utc>,
) -> Result<employee::Model> {
    let email = new.email.clone();
    employee::Entity::insert(employee::ActiveModel {
        full_name: Set(new.full_name.as_str().to_owned()),
        email: Set(new.email.as_str().to_owned()),
        department: Set(new.department.as_str().to_owned()),
        active: Set(true),
        password_hash: Set(new.password_hash),
        token_version: Set(0),
        must_change_password: Set(new.must_change_password),
        failed_logins: Set(0),
        locked_until: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    })
    .exec_with_returning(txn)
    .await
    .map_err(|e| match map(e) {
        Error::Conflict(_) => {
            Error::Conflict(Message::new(keys::EMPLOYEE_EMAIL_TAKEN).arg("email", email))
        }
        other => other,
    })
}

pub(crate) fn to_employee(m: &employee::Model) -> Result<Employee> {
    Ok(Employee {
        id: EmployeeId(m.id),
        full_name: FullName::parse(&m.full_name).map_err(|_| corrupt("employee name"))?,
        email: Email::parse(&m.email).map_err(|_| corrupt("employee email"))?,
        department: m.department.parse().map_err(|_| corrupt("department"))?,
        active: m.active,
        must_change_password: m.must_change_password,
        locked_until: m.locked_until,
        created_at: m.created_at,
        version: m.version,
    })
}

fn to_credentials(m: employee::Model) -> Result<Credentials> {
    Ok(Credentials {
        employee: to_employee(&m)?,
        token_version: m.token_version,
        failed_logins: u32::try_from(m.failed_logins).unwrap_or(0),
        locked_until: m.locked_until,
        password_hash: m.password_hash,
    })
}

fn to_session(m: session::Model) -> Session {
    Session {
        jti: m.jti,
        employee_id: EmployeeId(m.employee_id),
        issued_at: m.issued_at,
        expires_at: m.expires_at,
        last_seen_at: m.last_seen_at,
        revoked_at: m.revoked_at,
    }
}

impl AuthRepository for Store {
    async fn installation(&self) -> Result<Option<Installation>> {
        if let Some(known) = self.installation.get() {
            return Ok(Some(known.clone()));
        }
        let rows = setting::Entity::find()
            .filter(setting::Column::Key.is_in([setting::INSTALLATION_ID, setting::JWT_SECRET]))
            .all(&self.db)
            .await
            .into_domain()?;
        let value = |key: &str| rows.iter().find(|r| r.key == key).map(|r| r.value.clone());
        match (value(setting::INSTALLATION_ID), value(setting::JWT_SECRET)) {
            (Some(id), Some(secret_hex)) => {
                let jwt_secret =
                    secret::from_hex(&secret_hex).ok_or_else(|| corrupt("signing secret"))?;
                let installation = Installation { id, jwt_secret };
                // Once made, an installation never changes for the life of
                // a store: every request after the first skips this read.
                let _ = self.installation.set(installation.clone());
                Ok(Some(installation))
            }
            (None, None) => Ok(None),
            _ => Err(corrupt("installation (half of its settings are missing)")),
        }
    }

    async fn initialize(
        &self,
        installation: &Installation,
        first: NewEmployee,
        now: DateTime<Utc>,
    ) -> Result<Employee> {
        let (txn, _turn) = self.write().await?;
        let existing = setting::Entity::find_by_id(setting::INSTALLATION_ID.to_owned())
            .one(&txn)
            .await
            .into_domain()?;
        if existing.is_some() {
            return Err(Error::Conflict(Message::new(keys::ALREADY_INITIALISED)));
        }
        setting::Entity::insert_many([
            setting::ActiveModel {
                key: Set(setting::INSTALLATION_ID.to_owned()),
                value: Set(installation.id.clone()),
            },
            setting::ActiveModel {
                key: Set(setting::JWT_SECRET.to_owned()),
                value: Set(secret::to_hex(&installation.jwt_secret)),
            },
        ])
        .exec(&txn)
        .await
        .into_domain()?;
        let model = insert_employee(&txn, first, now).await?;
        txn.commit().await.into_domain()?;
        to_employee(&model)
    }

    async fn credentials_by_email(&self, email: &Email) -> Result<Option<Credentials>> {
        employee::Entity::find()
            .filter(employee::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await
            .into_domain()?
            .map(to_credentials)
            .transpose()
    }

    async fn credentials_by_id(&self, id: EmployeeId) -> Result<Option<Credentials>> {
        employee::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .into_domain()?
            .map(to_credentials)
            .transpose()
    }

    async fn record_failed_login(
        &self,
        id: EmployeeId,
        now: DateTime<Utc>,
        policy: LockoutPolicy,
    ) -> Result<()> {
        let (txn, _turn) = self.write().await?;
        employee::Entity::update_many()
            .col_expr(
                employee::Column::FailedLogins,
                Expr::col(employee::Column::FailedLogins).add(1),
            )
            .filter(employee::Column::Id.eq(id.0))
            .exec(&txn)
            .await
            .into_domain()?;
        let failures = employee::Entity::find_by_id(id.0)
            .one(&txn)
            .await
            .into_domain()?
            .map_or(0, |m| u32::try_from(m.failed_logins).unwrap_or(0));
        if let Some(until) = policy.locked_until(failures, now) {
            employee::Entity::update_many()
                .col_expr(employee::Column::LockedUntil, Expr::value(until))
                .filter(employee::Column::Id.eq(id.0))
                .exec(&txn)
                .await
                .into_domain()?;
        }
        txn.commit().await.into_domain()
    }

    async fn open_session(&self, new: &NewSession) -> Result<()> {
        let (txn, _turn) = self.write().await?;
        employee::Entity::update_many()
            .col_expr(employee::Column::FailedLogins, Expr::value(0))
            .col_expr(
                employee::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(employee::Column::Id.eq(new.employee_id.0))
            .exec(&txn)
            .await
            .into_domain()?;
        session::Entity::insert(session::ActiveModel {
            jti: Set(new.jti.clone()),
            employee_id: Set(new.employee_id.0),
            issued_at: Set(new.issued_at),
            expires_at: Set(new.expires_at),
            last_seen_at: Set(new.issued_at),
            revoked_at: Set(None),
        })
        .exec_without_returning(&txn)
        .await
        .into_domain()?;
        txn.commit().await.into_domain()
    }

    async fn session(&self, jti: &str) -> Result<Option<Session>> {
        Ok(session::Entity::find_by_id(jti.to_owned())
            .one(&self.db)
            .await
            .into_domain()?
            .map(to_session))
    }

    async fn session_with_credentials(&self, jti: &str) -> Result<Option<(Session, Credentials)>> {
        let found = session::Entity::find_by_id(jti.to_owned())
            .find_also_related(employee::Entity)
            .one(&self.db)
            .await
            .into_domain()?;
        match found {
            Some((session, Some(employee))) => {
                Ok(Some((to_session(session), to_credentials(employee)?)))
            }
            _ => Ok(None),
        }
    }

    async fn touch_session(&self, jti: &str, now: DateTime<Utc>) -> Result<()> {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::Jti.eq(jti))
            .exec(&self.db)
            .await
            .into_domain()?;
        Ok(())
    }

    async fn revoke_session(&self, jti: &str, now: DateTime<Utc>) -> Result<()> {
        session::Entity::update_many()
            .col_expr(session::Column::RevokedAt, Expr::value(now))
            .filter(session::Column::Jti.eq(jti))
            .filter(session::Column::RevokedAt.is_null())
            .exec(&self.db)
            .await
            .into_domain()?;
        Ok(())
    }

    async fn revoke_sessions(
        &self,
        id: EmployeeId,
        keep: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let mut update = session::Entity::update_many()
            .col_expr(session::Column::RevokedAt, Expr::value(now))
            .filter(session::Column::EmployeeId.eq(id.0))
            .filter(session::Column::RevokedAt.is_null());
        if let Some(keep) = keep {
            update = update.filter(session::Column::Jti.ne(keep));
        }
        Ok(update.exec(&self.db).await.into_domain()?.rows_affected)
    }

    async fn change_password(
        &self,
        id: EmployeeId,
        expected_hash: &str,
        new_hash: &str,
        keep_session: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (txn, _turn) = self.write().await?;
        let changed = employee::Entity::update_many()
            .col_expr(employee::Column::PasswordHash, Expr::value(new_hash))
            .col_expr(employee::Column::MustChangePassword, Expr::value(false))
            .col_expr(employee::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                employee::Column::Version,
                Expr::col(employee::Column::Version).add(1),
            )
            .filter(employee::Column::Id.eq(id.0))
            .filter(employee::Column::PasswordHash.eq(expected_hash))
            .exec(&txn)
            .await
            .into_domain()?;
        if changed.rows_affected != 1 {
            return Err(Error::Conflict(Message::new(
                keys::PASSWORD_CHANGED_MEANWHILE,
            )));
        }
        session::Entity::update_many()
            .col_expr(session::Column::RevokedAt, Expr::value(now))
            .filter(session::Column::EmployeeId.eq(id.0))
            .filter(session::Column::RevokedAt.is_null())
            .filter(session::Column::Jti.ne(keep_session))
            .exec(&txn)
            .await
            .into_domain()?;
        txn.commit().await.into_domain()
    }
}

/// A new signing secret and no sessions, in one transaction: for a
/// database restored from a file, whose secret and sessions anyone who had
/// the file may know (or have planted).
pub(crate) async fn renew_installation_secret(store: &Store) -> Result<()> {
    let fresh = secret::to_hex(&secret::random_bytes(epic_domain::token::SECRET_BYTES)?);
    let (txn, _turn) = store.write().await?;
    setting::Entity::update_many()
        .col_expr(setting::Column::Value, Expr::value(fresh))
        .filter(setting::Column::Key.eq(setting::JWT_SECRET))
        .exec(&txn)
        .await
        .into_domain()?;
    session::Entity::delete_many()
        .exec(&txn)
        .await
        .into_domain()?;
    txn.commit().await.into_domain()
}
