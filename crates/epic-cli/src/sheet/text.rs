//! CSV as offices save it: UTF-8, or Windows-1252 from French Excel; a
//! comma, a semicolon (Excel where the decimal separator is a comma) or a
//! tab between cells. Either is detected, or given, and the import says
//! which it used.

use std::fmt;

use clap::ValueEnum;

/// How a CSV file's bytes are text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Encoding {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// What Excel saves as "CSV" on a French Windows (Latin-1 is a subset).
    #[value(name = "windows-1252", aliases = ["cp1252", "latin1", "latin-1", "iso-8859-1"])]
    Windows1252,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Utf8 => "UTF-8",
            Self::Windows1252 => "Windows-1252",
        })
    }
}

/// The character between cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiter(u8);

impl Delimiter {
    pub const COMMA: Self = Self(b',');
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];

    /// `,` `;` `tab` (or a tab character), as typed or in the config.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text {
            "," | "comma" => Ok(Self(b',')),
            ";" | "semicolon" => Ok(Self(b';')),
            "\t" | "tab" | "\\t" => Ok(Self(b'\t')),
            other => Err(crate::i18n::text(
                "delimiter-form",
                &[("got", format!("{other:?}").into())],
            )),
        }
    }

    pub fn byte(self) -> u8 {
        self.0
    }

    /// The one of `,` `;` tab that the header line holds most of, outside
    /// quotes; a comma when there is none.
    pub fn detect(text: &str) -> Self {
        let header = text.lines().next().unwrap_or_default();
        let mut counts = [0usize; 3];
        let mut quoted = false;
        for byte in header.bytes() {
            if byte == b'"' {
                quoted = !quoted;
            } else if !quoted && let Some(i) = Self::CANDIDATES.iter().position(|c| *c == byte) {
                counts[i] += 1;
            }
        }
        let best = (0..3)
            .max_by_key(|i| (counts[*i], usize::from(*i == 0)))
            .unwrap_or(0);
        Self(Self::CANDIDATES[best])
    }
}

impl fmt::Display for Delimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            b';' => "';'",
            b'\t' => "tab",
            _ => "','",
        })
    }
}

/// The bytes as text: UTF-8 (a byte-order mark dropped) when they are, or
/// as asked; Windows-1252 otherwise. `Err` names the first bad line when
/// UTF-8 was asked for and the bytes are not.
pub fn decode(bytes: &[u8], asked: Option<Encoding>) -> Result<(String, Encoding), String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match (asked, std::str::from_utf8(bytes)) {
        (None | Some(Encoding::Utf8), Ok(text)) => Ok((text.to_owned(), Encoding::Utf8)),
        (Some(Encoding::Utf8), Err(e)) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            Err(crate::i18n::text("not-utf8-line", &[("line", line.into())]))
        }
        (None | Some(Encoding::Windows1252), _) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((text.into_owned(), Encoding::Windows1252))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_tells_the_delimiter() {
        assert_eq!(Delimiter::detect("nom;email;tel\n1,5;a;b").byte(), b';');
        assert_eq!(Delimiter::detect("name,email\n").byte(), b',');
        assert_eq!(Delimiter::detect("name\temail\n").byte(), b'\t');
        assert_eq!(Delimiter::detect("\"a;b\",c\n").byte(), b',');
        assert_eq!(Delimiter::detect("name\n").byte(), b',');
    }

    #[test]
    fn excel_s_bytes_are_read_as_windows_1252() {
        let (text, used) = decode(b"\xC9lodie;\x80", None).unwrap();
        assert_eq!((text.as_str(), used), ("Élodie;€", Encoding::Windows1252));
        let (text, used) = decode("\u{feff}Élodie".as_bytes(), None).unwrap();
        assert_eq!((text.as_str(), used), ("Élodie", Encoding::Utf8));
        let refused = decode(b"ok\n\xC9", Some(Encoding::Utf8)).unwrap_err();
        assert!(refused.contains("line 2"), "{refused}");
    }
}
