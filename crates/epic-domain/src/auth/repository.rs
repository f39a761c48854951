use std::future::Future;

use chrono::{DateTime, Utc};

use crate::Result;
use crate::employee::{Credentials, Employee, NewEmployee};
use crate::types::{Email, EmployeeId};

/// The installation's identity and signing secret, created once by `init`.
#[derive(Clone)]
pub struct Installation {
    pub id: String,
    pub jwt_secret: Vec<u8>,
}

impl std::fmt::Debug for Installation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Installation")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone)]
pub struct NewSession {
    /// `token::session_key` of the token id, never the id itself.
    pub jti: String,
    pub employee_id: EmployeeId,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// `token::session_key` of the token id, never the id itself.
    pub jti: String,
    pub employee_id: EmployeeId,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// What the authentication use cases need from storage. Each method is one
/// atomic step; the store decides how (a transaction, a single statement).
pub trait AuthRepository: Send + Sync {
    /// `None` when the database has not been initialised.
    fn installation(&self) -> impl Future<Output = Result<Option<Installation>>> + Send;

    /// Creates the installation and its first employee in one transaction.
    /// Fails with a conflict if the database already has an installation.
    fn initialize(
        &self,
        installation: &Installation,
        first: NewEmployee,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Employee>> + Send;

    fn credentials_by_email(
        &self,
        email: &Email,
    ) -> impl Future<Output = Result<Option<Credentials>>> + Send;

    fn credentials_by_id(
        &self,
        id: EmployeeId,
    ) -> impl Future<Output = Result<Option<Credentials>>> + Send;

    /// Counts one more failure and sets the lock the new count calls for,
    /// atomically, so parallel guesses cannot undercount.
    fn record_failed_login(
        &self,
        id: EmployeeId,
        now: DateTime<Utc>,
        policy: super::LockoutPolicy,
    ) -> impl Future<Output = Result<()>> + Send;

    /// Clears the failure count and stores the new session, atomically.
    fn open_session(&self, session: &NewSession) -> impl Future<Output = Result<()>> + Send;

    fn session(&self, jti: &str) -> impl Future<Output = Result<Option<Session>>> + Send;

    /// The session and its employee's credentials, read together: every
    /// request checks both.
    fn session_with_credentials(
        &self,
        jti: &str,
    ) -> impl Future<Output = Result<Option<(Session, Credentials)>>> + Send;

    fn touch_session(
        &self,
        jti: &str,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<()>> + Send;

    fn revoke_session(
        &self,
        jti: &str,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<()>> + Send;

    /// Revokes every live session of the employee except `keep`.
    fn revoke_sessions(
        &self,
        id: EmployeeId,
        keep: Option<&str>,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<u64>> + Send;

    /// Stores the new hash, clears `must_change_password` and revokes every
    /// other session, atomically. Fails with a conflict if the stored hash is
    /// no longer `expected_hash` (a concurrent change won).
    fn change_password(
        &self,
        id: EmployeeId,
        expected_hash: &str,
        new_hash: &str,
        keep_session: &str,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<()>> + Send;
}
