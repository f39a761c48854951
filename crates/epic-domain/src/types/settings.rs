//! How each employee wants to hear about their events.

use serde::{Deserialize, Serialize};

/// Whether notifications are also e-mailed: each one, or one message a day
/// with everything since the last.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EmailMode {
    #[default]
    On,
    Off,
    Digest,
}

/// The language an employee's e-mail is written in. The company is
/// French: French unless they say otherwise.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Language {
    #[default]
    Fr,
    En,
}

/// Each mode's word, as the API, the command line and the database write it.
macro_rules! worded {
    ($name:ident { $($variant:ident => $word:literal),+ $(,)? }) => {
        impl $name {
            pub const ALL: &[Self] = &[$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $word),+
                }
            }

            /// The value a word names, or `None`.
            pub fn from_word(word: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == word)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

worded!(EmailMode { On => "on", Off => "off", Digest => "digest" });
worded!(Language { Fr => "fr", En => "en" });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_the_serde_names() {
        for mode in EmailMode::ALL {
            let json = serde_json::to_string(mode).unwrap_or_default();
            assert_eq!(json, format!("\"{mode}\""));
            assert_eq!(EmailMode::from_word(mode.as_str()), Some(*mode));
        }
        for language in Language::ALL {
            let json = serde_json::to_string(language).unwrap_or_default();
            assert_eq!(json, format!("\"{language}\""));
            assert_eq!(Language::from_word(language.as_str()), Some(*language));
        }
        assert_eq!(EmailMode::from_word("sometimes"), None);
    }
}
