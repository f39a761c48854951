use std::num::NonZero;
use std::sync::{Arc, Mutex, OnceLock, mpsc};

use epic_domain::password::{self, PasswordHasher};
use epic_domain::{Error, Result};
use tokio::sync::{Semaphore, oneshot};

/// Runs argon2 on a few threads of its own, one per core, so hashing never
/// stalls the executor and a flood of logins to `epic serve` waits its
/// turn. Always the same threads: each hash takes 19 MiB, which the
/// allocator keeps per thread once freed, so a hash on whichever thread
/// of a large pool was free made the server's memory grow by 19 MiB for
/// every thread that ever hashed.
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockingHasher;

type Job = Box<dyn FnOnce() + Send>;

struct Hashers {
    permits: Semaphore,
    jobs: Mutex<mpsc::Sender<Job>>,
}

fn hashers() -> &'static Hashers {
    static HASHERS: OnceLock<Hashers> = OnceLock::new();
    HASHERS.get_or_init(|| {
        let threads = std::thread::available_parallelism().map_or(2, NonZero::get);
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..threads {
            let queue = Arc::clone(&queue);
            let spawned = std::thread::Builder::new()
                .name(format!("epic-hash-{n}"))
                .spawn(move || {
                    loop {
                        let job = match queue.lock() {
                            Ok(queue) => queue.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            if spawned.is_err() && n == 0 {
                // Without a thread, every hash fails with the reason below.
                break;
            }
        }
        Hashers {
            permits: Semaphore::new(threads),
            jobs: Mutex::new(jobs),
        }
    })
}

async fn bounded<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    let hashers = hashers();
    let _permit = hashers
        .permits
        .acquire()
        .await
        .map_err(|e| Error::Internal(format!("password hashing is closed: {e}")))?;
    let (done, outcome) = oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = done.send(work());
    });
    hashers
        .jobs
        .lock()
        .map_err(|_| Error::Internal("password hashing is poisoned".into()))?
        .send(job)
        .map_err(|_| Error::Internal("no thread can hash passwords".into()))?;
    outcome
        .await
        .map_err(|_| Error::Internal("password hashing stopped half-way".into()))?
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
