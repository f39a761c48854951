use crate::{Error, Result};

/// Bytes from the operating system's CSPRNG.
pub fn random_bytes(count: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; count];
    getrandom::fill(&mut buf)
        .map_err(|e| Error::Internal(format!("the system random generator failed: {e}")))?;
    Ok(buf)
}

/// Bytes from the operating system's CSPRNG, hex-encoded.
pub fn random_hex(count: usize) -> Result<String> {
    random_bytes(count).map(|b| to_hex(&b))
}

pub fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        let bytes = [0u8, 1, 127, 128, 255];
        assert_eq!(from_hex(&to_hex(&bytes)).unwrap(), bytes);
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
    }

    #[test]
    fn random_hex_has_the_requested_entropy() {
        let a = random_hex(32).unwrap();
        assert_eq!(a.len(), 64);
        assert_ne!(a, random_hex(32).unwrap());
    }
}
