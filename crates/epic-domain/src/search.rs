//! Search that ignores case and accents, the same on every backend: the
//! stored text and the text searched for are folded by the one function
//! here, and the database only compares folded text (`elodie` finds
//! `Élodie`, `oeuvre` finds `Œuvre`, `strasse` finds `Straße`).
//!
//! The keys are stored beside the records. If `fold` ever changes (or the
//! transliteration table it reads), a migration must recompute them.

/// Between the fields of one key: `fold` never yields it, so a search
/// cannot match across two fields.
const SEPARATOR: char = '\u{1f}';

/// Lower case, accents and ligatures spelled out in ASCII where a
/// transliteration exists (`É` → `e`, `Œ` → `oe`, `ß` → `ss`), other letters
/// kept in lower case, and control characters turned into spaces.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            folded.push(' ');
        } else if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else {
            match deunicode::deunicode_char(c) {
                Some(ascii) if !ascii.is_empty() => {
                    folded.extend(ascii.chars().map(|a| a.to_ascii_lowercase()));
                }
                _ => folded.extend(c.to_lowercase()),
            }
        }
    }
    folded
}

/// The key stored for a record's searchable fields, in a fixed order.
pub fn key<'a>(fields: impl IntoIterator<Item = Option<&'a str>>) -> String {
    let mut key = String::new();
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            key.push(SEPARATOR);
        }
        key.push_str(&fold(field.unwrap_or_default()));
    }
    key
}

/// A client's key: what `client list --search` looks in.
pub fn client_key(
    full_name: &str,
    email: &str,
    company: Option<&str>,
    phone: Option<&str>,
) -> String {
    key([Some(full_name), Some(email), company, phone])
}

/// An event's key: what `event list --search` looks in.
pub fn event_key(name: &str, location: &str, notes: &str) -> String {
    key([Some(name), Some(location), Some(notes)])
}

/// What someone searches for, folded: matched literally (`%`, `_`, `*` and
/// quotes are characters like any other) anywhere in a record's key. It
/// travels as the text typed, so the server folds it exactly as the CLI did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchText {
    typed: String,
    folded: String,
}

impl SearchText {
    /// `None` for blank text, which matches everything.
    pub fn parse(raw: &str) -> Option<Self> {
        let typed = raw.trim();
        let folded = fold(typed);
        (!folded.trim().is_empty()).then(|| Self {
            typed: typed.to_owned(),
            folded,
        })
    }

    pub fn folded(&self) -> &str {
        &self.folded
    }

    pub fn typed(&self) -> &str {
        &self.typed
    }
}

/// `Option<SearchText>` as an optional text field: blank text is no search,
/// as on the command line.
pub mod optional {
    use serde::{Deserialize, Deserializer, Serializer};

    use super::SearchText;

    pub fn serialize<S: Serializer>(
        text: &Option<SearchText>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match text {
            Some(text) => serializer.serialize_some(text.typed()),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<SearchText>, D::Error> {
        Ok(Option::<String>::deserialize(deserializer)?
            .as_deref()
            .and_then(SearchText::parse))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(stored: &str, typed: &str) -> bool {
        let text = SearchText::parse(typed).expect("not blank");
        key([Some(stored)]).contains(text.folded())
    }

    #[test]
    fn case_accents_and_ligatures_are_ignored() {
        assert!(finds("Élodie Martin", "elodie"));
        assert!(finds("Château de Candé", "chateau"));
        assert!(finds("Château de Candé", "CHÂTEAU DE CANDE"));
        assert!(finds("Œuvre sociale", "oeuvre"));
        assert!(finds("Königsallee Straße 5", "strasse"));
        assert!(finds("Straße", "STRASSE"));
        assert!(finds("Ægir", "aegir"));
        assert!(finds("Ørsted", "orsted"));
        assert!(finds("Zoë", "zoë"));
    }

    #[test]
    fn text_is_literal() {
        assert!(finds("100% bio", "100%"));
        assert!(!finds("100 bio", "100%"));
        assert!(finds("a_b", "a_b"));
        assert!(!finds("axb", "a_b"));
        assert!(finds("O'Brien", "o'brien"));
        assert!(!finds("abc", "a*c"));
    }

    #[test]
    fn a_search_never_spans_two_fields() {
        let stored = key([Some("Anne"), Some("anne@example.com")]);
        let text = SearchText::parse("anne\u{1f}anne").expect("not blank");
        assert!(!stored.contains(text.folded()));
        assert!(!stored.contains("anneanne"));
    }

    #[test]
    fn blank_text_is_no_search() {
        assert_eq!(SearchText::parse("   "), None);
        assert_eq!(SearchText::parse("\n\t"), None);
        assert_eq!(
            SearchText::parse("  Dupont ").map(|t| t.folded().to_owned()),
            Some("dupont".to_owned())
        );
    }

    #[test]
    fn letters_without_transliteration_keep_their_lower_case() {
        assert_eq!(fold("ÅB"), "ab");
        assert_eq!(fold("\u{1f600}"), fold("\u{1f600}"));
    }
}
