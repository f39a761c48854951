use epic_domain::password::{self, PasswordHasher};
use epic_domain::{Error, Result};

/// Runs argon2 on tokio's blocking pool so hashing never stalls the executor.
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockingHasher;

impl PasswordHasher for BlockingHasher {
    async fn hash(&self, password: &str) -> Result<String> {
        let password = password.to_owned();
        tokio::task::spawn_blocking(move || password::hash_blocking(&password))
            .await
            .map_err(|e| Error::Internal(format!("password hashing task failed: {e}")))?
    }

    async fn verify(&self, phc: &str, password: &str) -> Result<bool> {
        let (phc, password) = (phc.to_owned(), password.to_owned());
        tokio::task::spawn_blocking(move || password::verify_blocking(&phc, &password))
            .await
            .map_err(|e| Error::Internal(format!("password check task failed: {e}")))?
    }
}
