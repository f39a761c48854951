use chrono::Duration;

use super::{AuthRepository, Installation, LockoutPolicy, NewSession, Session};
use crate::employee::{Employee, NewEmployee};
use crate::error::AuthFailure;
use crate::password::{DUMMY_HASH, NewPassword, PasswordHasher};
use crate::token::{self, Claims, SigningKey};
use crate::types::{Department, Email, FullName};
use crate::{Clock, Error, Result, secret};

fn signing_key(installation: Installation) -> Result<SigningKey> {
    SigningKey::new(installation.jwt_secret, installation.id)
}

async fn require_installation<R: AuthRepository>(repo: &R) -> Result<Installation> {
    repo.installation().await?.ok_or_else(|| {
        Error::Unavailable("this database has not been initialised: run `epic init`".into())
    })
}

/// Creates the installation (id and a fresh 256-bit signing secret) and the
/// first management employee. Refuses a database that already has one.
pub async fn init<R: AuthRepository, H: PasswordHasher>(
    repo: &R,
    hasher: &H,
    clock: &dyn Clock,
    full_name: FullName,
    email: Email,
    password: NewPassword,
) -> Result<Employee> {
    if repo.installation().await?.is_some() {
        return Err(Error::Conflict(crate::Message::new(
            crate::keys::ALREADY_INITIALISED,
        )));
    }
    let installation = Installation {
        id: secret::random_hex(16)?,
        jwt_secret: secret::random_bytes(token::SECRET_BYTES)?,
    };
    let first = NewEmployee {
        full_name,
        email,
        department: Department::Management,
        password_hash: hasher.hash(password.expose()).await?,
        must_change_password: false,
    };
    repo.initialize(&installation, first, clock.now()).await
}

/// The new session's token and who it belongs to, as a front end keeps it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginResponse {
    pub token: String,
    pub employee: Employee,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// Who a token belongs to, until when.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    pub employee: Employee,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

impl From<LoggedIn> for LoginResponse {
    fn from(logged_in: LoggedIn) -> Self {
        Self {
            token: logged_in.token,
            employee: logged_in.employee,
            expires_at: logged_in.expires_at,
        }
    }
}

impl Authenticated {
    pub fn info(&self) -> SessionInfo {
        SessionInfo {
            employee: self.employee.clone(),
            expires_at: self.session.expires_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct LoggedIn {
    pub token: String,
    pub session_id: String,
    pub employee: Employee,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// Checks the credentials and opens a session. Every failure is the same
/// error after the same amount of hashing work, whether the email exists,
/// the password is wrong, or the account is locked or inactive.
pub async fn login<R: AuthRepository, H: PasswordHasher>(
    repo: &R,
    hasher: &H,
    clock: &dyn Clock,
    policy: LockoutPolicy,
    email: &str,
    password: &str,
) -> Result<LoggedIn> {
    let key = signing_key(require_installation(repo).await?)?;
    let failed = || Error::Unauthenticated(AuthFailure::BadCredentials);
    let credentials = match Email::parse(email) {
        Ok(email) => repo.credentials_by_email(&email).await?,
        Err(_) => None,
    };
    let Some(credentials) = credentials else {
        hasher.verify(DUMMY_HASH, password).await?;
        return Err(failed());
    };
    let now = clock.now();
    let matches = hasher.verify(&credentials.password_hash, password).await?;
    let locked = credentials.locked_until.is_some_and(|until| until > now);
    if locked || !credentials.employee.active {
        return Err(failed());
    }
    if !matches {
        repo.record_failed_login(credentials.employee.id, now, policy)
            .await?;
        return Err(failed());
    }
    let claims = Claims::new(
        &key,
        credentials.employee.id,
        credentials.token_version,
        secret::random_hex(16)?,
        now,
    );
    let token = token::sign(&key, &claims)?;
    let session_key = token::session_key(&claims.jti);
    repo.open_session(&NewSession {
        jti: session_key.clone(),
        employee_id: credentials.employee.id,
        issued_at: now,
        expires_at: claims.expires_at(),
    })
    .await?;
    Ok(LoggedIn {
        token,
        expires_at: claims.expires_at(),
        session_id: session_key,
        employee: credentials.employee,
    })
}

/// The employee behind a token, read from the database now.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub employee: Employee,
    pub session: Session,
}

impl Authenticated {
    /// For every command except `password change`, `whoami` and `logout`.
    pub fn require_ready(&self) -> Result<&Employee> {
        if self.employee.must_change_password {
            return Err(Error::Unauthenticated(AuthFailure::PasswordChangeRequired));
        }
        Ok(&self.employee)
    }
}

/// Only refresh `last_seen_at` this often, so read-only commands stay reads.
const TOUCH_EVERY: Duration = Duration::minutes(1);

/// Verifies the token, then the session row and the employee: a revoked
/// session, an inactive employee or a bumped `token_version` fail at once.
pub async fn authenticate<R: AuthRepository>(
    repo: &R,
    clock: &dyn Clock,
    token: &str,
) -> Result<Authenticated> {
    let invalid = || Error::Unauthenticated(AuthFailure::InvalidToken);
    let key = signing_key(require_installation(repo).await?)?;
    let now = clock.now();
    let claims = token::verify(&key, token.trim(), now)?;
    let employee_id = claims.employee_id()?;
    let (session, credentials) = repo
        .session_with_credentials(&token::session_key(&claims.jti))
        .await?
        .ok_or_else(invalid)?;
    if session.employee_id != employee_id
        || session.revoked_at.is_some()
        || session.expires_at <= now
    {
        return Err(invalid());
    }
    if !credentials.employee.active || credentials.token_version != claims.ver {
        return Err(invalid());
    }
    if now - session.last_seen_at >= TOUCH_EVERY {
        repo.touch_session(&session.jti, now).await?;
    }
    Ok(Authenticated {
        employee: credentials.employee,
        session,
    })
}

/// Ends a session whose token could not be kept anywhere: nobody holds it
/// any more, so it must not stay valid.
pub async fn abandon<R: AuthRepository>(
    repo: &R,
    clock: &dyn Clock,
    logged_in: &LoggedIn,
) -> Result<()> {
    repo.revoke_session(&logged_in.session_id, clock.now())
        .await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoutScope {
    ThisSession,
    AllSessions,
}

pub async fn logout<R: AuthRepository>(
    repo: &R,
    clock: &dyn Clock,
    who: &Authenticated,
    scope: LogoutScope,
) -> Result<u64> {
    let now = clock.now();
    match scope {
        LogoutScope::ThisSession => {
            repo.revoke_session(&who.session.jti, now).await?;
            Ok(1)
        }
        LogoutScope::AllSessions => repo.revoke_sessions(who.employee.id, None, now).await,
    }
}

/// Changes the employee's own password. The current session stays valid and
/// every other session ends.
pub async fn change_password<R: AuthRepository, H: PasswordHasher>(
    repo: &R,
    hasher: &H,
    clock: &dyn Clock,
    who: &Authenticated,
    current: &str,
    new: NewPassword,
) -> Result<()> {
    let credentials = repo
        .credentials_by_id(who.employee.id)
        .await?
        .ok_or(Error::Unauthenticated(AuthFailure::InvalidToken))?;
    if !hasher.verify(&credentials.password_hash, current).await? {
        // A stolen session must not become a free password oracle.
        repo.record_failed_login(who.employee.id, clock.now(), LockoutPolicy::default())
            .await?;
        return Err(Error::Unauthenticated(AuthFailure::WrongCurrentPassword));
    }
    if new.expose() == current {
        return Err(Error::invalid(
            "new password",
            crate::Message::new(crate::keys::PASSWORD_SAME),
        ));
    }
    let new_hash = hasher.hash(new.expose()).await?;
    repo.change_password(
        who.employee.id,
        &credentials.password_hash,
        &new_hash,
        &who.session.jti,
        clock.now(),
    )
    .await
}
