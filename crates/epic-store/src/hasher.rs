use std::num::NonZero;
use std::sync::OnceLock;

use epic_domain::password::{self, PasswordHasher};
use epic_domain::{Error, Result};
use tokio::sync::Semaphore;

/// Runs argon2 on tokio's blocking pool so hashing never stalls the
/// executor, at most one hash per core at a time: a flood of logins to
/// `epic serve` waits its turn instead of filling the blocking pool that
/// streamed lists also use.
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockingHasher;

fn permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| {
        Semaphore::new(std::thread::available_parallelism().map_or(2, NonZero::get))
    })
}

async fn bounded<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    let _permit = permits()
        .acquire()
        .await
        .map_err(|e| Error::Internal(format!("password hashing is closed: {e}")))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| Error::Internal(format!("password hashing task failed: {e}")))?
}

impl PasswordHasher for BlockingHasher {
    async fn hash(&self, password: &str) -> Result<String> {
        let password = password.to_owned();
        bounded(move || password::hash_blocking(&password)).await
    }

    async fn verify(&self, phc: &str, password: &str) -> Result<bool> {
        let (phc, password) = (phc.to_owned(), password.to_owned());
        bounded(move || password::verify_blocking(&phc, &password)).await
    }
}
