//! Session tokens: HS256 JWTs signed with the installation's own secret.
//! The token only names a session; what it may do is always read again
//! from the database.

use chrono::{DateTime, Duration, TimeZone, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::error::AuthFailure;
use crate::types::EmployeeId;
use crate::{Error, Result};

pub const ISSUER: &str = "epic";
/// A working day, with room for a long one.
pub const LIFETIME: Duration = Duration::hours(10);
/// Clock skew tolerated between the machines that issue and check tokens.
pub const LEEWAY_SECONDS: i64 = 30;
const ALGORITHM: Algorithm = Algorithm::HS256;

/// The installation's signing material. Never printed, never logged.
#[derive(Clone)]
pub struct SigningKey {
    secret: Vec<u8>,
    /// The installation id, used as the audience so a token from another
    /// `epic` database is refused even if secrets were ever shared.
    audience: String,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("audience", &self.audience)
            .finish_non_exhaustive()
    }
}

/// At least 256 bits, as the specification asks.
pub const SECRET_BYTES: usize = 32;

impl SigningKey {
    pub fn new(secret: Vec<u8>, audience: String) -> Result<Self> {
        if secret.len() < SECRET_BYTES {
            return Err(Error::Internal(
                "the installation's signing secret is shorter than 256 bits".into(),
            ));
        }
        Ok(Self { secret, audience })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    pub sub: String,
    pub jti: String,
    pub iat: i64,
    pub exp: i64,
    /// The employee's `token_version` when the token was issued.
    pub ver: i64,
}

impl Claims {
    pub fn new(
        key: &SigningKey,
        employee: EmployeeId,
        token_version: i64,
        jti: String,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            iss: ISSUER.to_owned(),
            aud: key.audience.clone(),
            sub: employee.to_string(),
            jti,
            iat: now.timestamp(),
            exp: (now + LIFETIME).timestamp(),
            ver: token_version,
        }
    }

    pub fn employee_id(&self) -> Result<EmployeeId> {
        self.sub
            .parse()
            .map(EmployeeId)
            .map_err(|_| Error::Unauthenticated(AuthFailure::InvalidToken))
    }

    pub fn expires_at(&self) -> DateTime<Utc> {
        Utc.timestamp_opt(self.exp, 0)
            .single()
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }

    pub fn issued_at(&self) -> DateTime<Utc> {
        Utc.timestamp_opt(self.iat, 0)
            .single()
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }
}

pub fn sign(key: &SigningKey, claims: &Claims) -> Result<String> {
    jsonwebtoken::encode(
        &Header::new(ALGORITHM),
        claims,
        &EncodingKey::from_secret(&key.secret),
    )
    .map_err(|e| Error::Internal(format!("cannot sign a session token: {e}")))
}

/// Checks signature, algorithm, issuer, audience and time claims. Time is
/// checked here against `now` rather than by the library's own clock, so the
/// same rules are testable.
pub fn verify(key: &SigningKey, token: &str, now: DateTime<Utc>) -> Result<Claims> {
    let invalid = || Error::Unauthenticated(AuthFailure::InvalidToken);
    let mut validation = Validation::new(ALGORITHM);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    validation.set_issuer(&[ISSUER]);
    validation.set_audience(&[&key.audience]);
    validation.validate_exp = false;
    let data =
        jsonwebtoken::decode::<Claims>(token, &DecodingKey::from_secret(&key.secret), &validation)
            .map_err(|_| invalid())?;
    let claims = data.claims;
    let now = now.timestamp();
    // A token lives as long as a session does, whatever its signature: one
    // signed with a stolen secret for a year is still refused.
    if claims.exp + LEEWAY_SECONDS <= now
        || claims.iat - LEEWAY_SECONDS > now
        || claims.iat >= claims.exp
        || claims.exp - claims.iat > LIFETIME.num_seconds()
    {
        return Err(invalid());
    }
    if claims.jti.is_empty() {
        return Err(invalid());
    }
    Ok(claims)
}

/// What the sessions table keeps of a token id: its SHA-256, in hex. A
/// read-only copy of the database (a backup, a replica) then holds no id
/// that a token could be signed for, even with the signing secret.
pub fn session_key(jti: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(jti.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> SigningKey {
        SigningKey::new(vec![byte; 32], "install-1".into()).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
    }

    fn token(k: &SigningKey) -> (Claims, String) {
        let claims = Claims::new(k, EmployeeId(7), 0, "abc".into(), now());
        let t = sign(k, &claims).unwrap();
        (claims, t)
    }

    #[test]
    fn round_trip() {
        let k = key(1);
        let (claims, t) = token(&k);
        assert_eq!(verify(&k, &t, now()).unwrap(), claims);
    }

    #[test]
    fn another_key_or_audience_is_refused() {
        let (_, t) = token(&key(1));
        assert!(verify(&key(2), &t, now()).is_err());
        let other = SigningKey::new(vec![1; 32], "install-2".into()).unwrap();
        assert!(verify(&other, &t, now()).is_err());
    }

    #[test]
    fn expiry_and_future_issue_are_refused() {
        let k = key(1);
        let (_, t) = token(&k);
        assert!(verify(&k, &t, now() + LIFETIME + Duration::seconds(LEEWAY_SECONDS)).is_err());
        assert!(verify(&k, &t, now() + LIFETIME - Duration::seconds(1)).is_ok());
        assert!(verify(&k, &t, now() - Duration::minutes(5)).is_err());
    }

    #[test]
    fn a_token_longer_than_a_session_is_refused() {
        let k = key(1);
        let (mut claims, _) = token(&k);
        claims.exp += 1;
        let t = sign(&k, &claims).unwrap();
        assert!(verify(&k, &t, now()).is_err());
        claims.exp -= 1;
        let t = sign(&k, &claims).unwrap();
        assert!(verify(&k, &t, now()).is_ok());
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(SigningKey::new(vec![0; 31], "x".into()).is_err());
    }
}
