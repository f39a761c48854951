//! Password rules and argon2id hashing. Hashing is CPU-bound on purpose, so the
//! use cases reach it through [`PasswordHasher`] and the runtime decides where
//! it runs (off the async executor).

use std::fmt;
use std::future::Future;

use argon2::password_hash::{PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::{Error, Message, Result, keys};

/// OWASP's minimum for argon2id: 19 MiB, two passes, one lane.
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;
const LANES: u32 = 1;

pub const MIN_CHARS: usize = 8;
pub const MAX_CHARS: usize = 1024;

/// The hash of a random password nobody knows, with the same parameters as
/// real hashes: verifying against it costs what a real verification costs, so
/// an unknown email answers in the same time as a wrong password.
pub const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXJhbmRvbXNhbHQxMjM$ao1Q3a4CyEmHtQ16DHyNMwJvl8tuGmu/bHjHqd4Me6k";

/// Common passwords refused whatever their case.
const COMMON: &[&str] = &[
    "password",
    "password1",
    "password123",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "12345678",
    "123456789",
    "1234567890",
    "12345678910",
    "87654321",
    "11111111",
    "00000000",
    "88888888",
    "qwertyui",
    "qwertyuiop",
    "qwerty123",
    "qwerty12",
    "1q2w3e4r",
    "1q2w3e4r5t",
    "1qaz2wsx",
    "zaq12wsx",
    "azertyui",
    "azertyuiop",
    "azerty123",
    "iloveyou",
    "iloveyou1",
    "sunshine",
    "sunshine1",
    "princess",
    "football",
    "baseball",
    "welcome1",
    "welcome123",
    "letmein1",
    "letmein123",
    "trustno1",
    "superman",
    "starwars",
    "whatever",
    "dragon12",
    "monkey12",
    "abc12345",
    "abcd1234",
    "abcdefgh",
    "aaaaaaaa",
    "changeme",
    "changeme1",
    "computer",
    "internet",
    "michelle",
    "jennifer",
    "jordan23",
    "liverpool",
    "chocolate",
    "password!",
    "admin123",
    "administrator",
    "motdepasse",
    "soleil123",
    "bonjour1",
    "epicevents",
    "epicevents1",
    "epic1234",
    "secret12",
    "qazwsxedc",
    "asdfghjk",
    "asdfasdf",
    "zxcvbnm1",
    "zxcvbnm123",
    "11223344",
    "12341234",
    "123123123",
    "147258369",
    "987654321",
    "696969",
    "mustang1",
    "shadow12",
    "master12",
    "michael1",
    "charlie1",
    "hello123",
    "freedom1",
    "whatever1",
    "nicole12",
    "ashley12",
    "bailey12",
    "passpass",
    "test1234",
    "testtest",
    "default1",
    "letmeinnow",
];

/// A password someone chose: long enough, not absurdly long, not common.
/// It is never truncated and its `Debug` output hides it.
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(field: &'static str, input: String) -> Result<Self> {
        let chars = input.chars().count();
        if chars < MIN_CHARS {
            return Err(Error::invalid(
                field,
                Message::new(keys::AT_LEAST_CHARS).arg("min", MIN_CHARS),
            ));
        }
        if chars > MAX_CHARS {
            return Err(Error::invalid(
                field,
                Message::new(keys::AT_MOST_CHARS).arg("max", MAX_CHARS),
            ));
        }
        let lowered = input.to_lowercase();
        if COMMON.contains(&lowered.as_str()) || lowered.chars().all(|c| lowered.starts_with(c)) {
            return Err(Error::invalid(field, Message::new(keys::PASSWORD_COMMON)));
        }
        Ok(Self(input))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

fn argon2() -> Argon2<'static> {
    let params =
        Params::new(MEMORY_KIB, PASSES, LANES, None).expect("static argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes with a fresh random salt into a PHC string. Blocking: tens of ms.
pub fn hash_blocking(password: &str) -> Result<String> {
    use argon2::PasswordHasher as _;
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)
        .map_err(|e| Error::Internal(format!("the system random generator failed: {e}")))?;
    let salt = SaltString::encode_b64(&salt)
        .map_err(|e| Error::Internal(format!("cannot encode a password salt: {e}")))?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Internal(format!("password hashing failed: {e}")))
}

std::thread_local! {
    /// Argon2's working memory (19 MiB), kept by each thread that checks
    /// passwords: allocated afresh for every login, the allocator kept
    /// nearly all of it, and a server grew by 19 MiB a login.
    static WORKING_MEMORY: std::cell::RefCell<Vec<argon2::Block>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Checks a password against a PHC string, with the parameters stored in it.
/// A malformed stored hash is an internal error, never a successful login.
pub fn verify_blocking(phc: &str, password: &str) -> Result<bool> {
    let malformed =
        |e: &dyn fmt::Display| Error::Internal(format!("a stored password hash is malformed: {e}"));
    let parsed = PasswordHash::new(phc).map_err(|e| malformed(&e))?;
    let expected = parsed.hash.ok_or_else(|| malformed(&"it holds no hash"))?;
    let mut salt = [0_u8; 64];
    let salt = parsed
        .salt
        .ok_or_else(|| malformed(&"it holds no salt"))?
        .decode_b64(&mut salt)
        .map_err(|e| malformed(&e))?;
    let params = Params::try_from(&parsed).map_err(|e| malformed(&e))?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| malformed(&e))?;
    let version = match parsed.version {
        Some(v) => Version::try_from(v).map_err(|e| malformed(&e))?,
        None => Version::default(),
    };
    let blocks = params.block_count();
    let mut out = vec![0_u8; expected.len()];
    let hasher = Argon2::new(algorithm, version, params);
    WORKING_MEMORY
        .with_borrow_mut(|memory| {
            if memory.len() < blocks {
                memory.resize(blocks, argon2::Block::default());
            }
            hasher.hash_password_into_with_memory(
                password.as_bytes(),
                salt,
                &mut out,
                &mut memory[..blocks],
            )
        })
        .map_err(|e| Error::Internal(format!("password hashing failed: {e}")))?;
    // `Output`'s comparison takes the same time wherever the bytes differ.
    let computed = argon2::password_hash::Output::new(&out).map_err(|e| malformed(&e))?;
    Ok(computed == expected)
}

/// Where hashing runs is the caller's business (a thread pool, usually).
pub trait PasswordHasher: Send + Sync {
    fn hash(&self, password: &str) -> impl Future<Output = Result<String>> + Send;
    fn verify(&self, phc: &str, password: &str) -> impl Future<Output = Result<bool>> + Send;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<NewPassword> {
        NewPassword::parse("password", s.to_owned())
    }

    #[test]
    fn length_and_commonness_rules() {
        assert!(parse("short").is_err());
        assert!(parse("Password123").is_err());
        assert!(parse("zzzzzzzzzz").is_err());
        assert!(parse(&"x".repeat(1025)).is_err());
        assert!(parse("correct horse battery").is_ok());
        let long = "é1".repeat(512);
        assert_eq!(parse(&long).unwrap().expose(), long, "never truncated");
    }

    #[test]
    fn debug_hides_the_password() {
        let p = parse("correct horse battery").unwrap();
        assert!(!format!("{p:?}").contains("horse"));
    }

    #[test]
    fn hash_then_verify() {
        let phc = hash_blocking("correct horse battery").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_blocking(&phc, "correct horse battery").unwrap());
        assert!(!verify_blocking(&phc, "correct horse batterY").unwrap());
    }

    #[test]
    fn the_dummy_hash_is_well_formed_with_real_parameters() {
        assert!(!verify_blocking(DUMMY_HASH, "anything at all").unwrap());
        assert!(DUMMY_HASH.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    }
}
