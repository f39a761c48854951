//! What the domain tells people (why it refused a value, an action, a
//! conflict), as a catalogue key and its arguments rather than finished
//! English, so that each front end can say it in its user's language. The
//! catalogues (`locales/*.ftl`) hold one text per key and language; English
//! is what the server, logs and `Display` use. A layer with messages of its
//! own (the store's, about files and databases) declares its own catalogue
//! and keys with [`catalogue!`](crate::catalogue) and [`keys!`](crate::keys).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

type Bundle = FluentBundle<FluentResource>;

/// One layer's messages in English and in French, in Fluent syntax; the
/// command line adds every catalogue to its own.
pub struct Catalogue {
    pub en: &'static str,
    pub fr: &'static str,
    english: LazyLock<Bundle, fn() -> Bundle>,
}

impl Catalogue {
    /// `english` parses `en`: see [`catalogue!`](crate::catalogue).
    #[doc(hidden)]
    pub const fn new(en: &'static str, fr: &'static str, english: fn() -> Bundle) -> Self {
        Self {
            en,
            fr,
            english: LazyLock::new(english),
        }
    }

    /// The English texts, for `Display`.
    pub fn english(&self) -> &Bundle {
        &self.english
    }
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogue").finish_non_exhaustive()
    }
}

/// A bundle of `text` in English, for a catalogue's `Display`.
#[doc(hidden)]
pub fn english_bundle(text: &str) -> Bundle {
    let english: unic_langid::LanguageIdentifier = "en".parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![english]);
    bundle.set_use_isolating(false);
    // Catalogues are part of the binary, and each layer's tests parse its
    // own.
    if let Ok(resource) = FluentResource::try_new(text.to_owned()) {
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Declares a static catalogue from two Fluent files.
#[macro_export]
macro_rules! catalogue {
    ($(#[$doc:meta])* $name:ident, $en:literal, $fr:literal) => {
        $(#[$doc])*
        pub static $name: $crate::message::Catalogue = $crate::message::Catalogue::new(
            include_str!($en),
            include_str!($fr),
            || $crate::message::english_bundle(include_str!($en)),
        );
    };
}

catalogue!(
    /// The domain's messages.
    CATALOGUE,
    "../locales/en.ftl",
    "../locales/fr.ftl"
);

/// A key of a catalogue. Only the constants of a `keys` module exist, so a
/// message can't name a text no catalogue holds.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    name: &'static str,
    catalogue: &'static Catalogue,
}

impl Key {
    #[doc(hidden)]
    pub const fn new(name: &'static str, catalogue: &'static Catalogue) -> Self {
        Self { name, catalogue }
    }

    pub fn as_str(self) -> &'static str {
        self.name
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && std::ptr::eq(self.catalogue, other.catalogue)
    }
}

impl Eq for Key {}

/// Declares a `keys` module of message keys of `catalogue`, and `ALL`.
#[macro_export]
macro_rules! keys {
    ($catalogue:path; $($name:ident = $key:literal,)*) => {
        /// Every message of this catalogue; each one is in both of its
        /// languages (tested beside it).
        pub mod keys {
            use $crate::message::Key;
            $(pub const $name: Key = Key::new($key, &$catalogue);)*
            pub const ALL: &[Key] = &[$($name),*];
        }
    };
}

keys! {
    super::CATALOGUE;
    NOT_EMPTY = "not-empty",
    AT_MOST_CHARS = "at-most-chars",
    AT_LEAST_CHARS = "at-least-chars",
    NO_CONTROL_CHARS = "no-control-chars",
    NO_CONTROL_CHARS_BUT_LINES = "no-control-chars-but-lines",
    NO_BIDI_CONTROLS = "no-bidi-controls",
    NOT_NEGATIVE = "not-negative",
    EMAIL_EMPTY = "email-empty",
    EMAIL_LONG = "email-long",
    EMAIL_ASCII = "email-ascii",
    EMAIL_SHAPE = "email-shape",
    EMAIL_LOCAL = "email-local",
    EMAIL_DOTS = "email-dots",
    EMAIL_LOCAL_CHARS = "email-local-chars",
    EMAIL_DOMAIN = "email-domain",
    PHONE_CHARS = "phone-chars",
    PHONE_PLUS = "phone-plus",
    PHONE_DIGITS = "phone-digits",
    AMOUNT_RANGE = "amount-range",
    AMOUNT_FORM = "amount-form",
    AMOUNT_DECIMALS = "amount-decimals",
    AMOUNT_POSITIVE = "amount-positive",
    AMOUNT_OVER_DUE = "amount-over-due",
    DUE_OVER_TOTAL = "due-over-total",
    ID_FORM = "id-form",
    ATTENDEES_FORM = "attendees-form",
    ATTENDEES_TOO_LARGE = "attendees-too-large",
    DEPARTMENT_FORM = "department-form",
    NOT_ACTIVE_IN_DEPARTMENT = "not-active-in-department",
    NOTHING_TO_CHANGE = "nothing-to-change",
    NOTHING_TO_CHANGE_CONTRACT = "nothing-to-change-contract",
    NOTES_OR_APPEND = "notes-or-append",
    END_BEFORE_START = "end-before-start",
    TO_BEFORE_FROM = "to-before-from",
    DAYS_RANGE = "days-range",
    CONTRACT_UNSIGNED = "contract-unsigned",
    CONTRACT_OF_OTHER_CLIENT = "contract-of-other-client",
    NOT_A_COMMAND = "not-a-command",
    NAME_FITS_NONE = "name-fits-none",
    NAME_FITS_MANY = "name-fits-many",
    HEADER_NO_COLUMN = "header-no-column",
    HEADER_MISSING = "header-missing",
    PASSWORD_SAME = "password-same",
    PASSWORD_COMMON = "password-common",
    PASSWORD_REQUIRED = "password-required",
    TIME_FORM = "time-form",
    TIME_YEARS = "time-years",
    TIME_TWICE = "time-twice",
    TIME_SKIPPED = "time-skipped",
    TIME_FOUR_DIGITS = "time-four-digits",
    TIME_NOT_A_DAY = "time-not-a-day",
    ENTITY = "entity",
    NOT_FOUND = "not-found",
    LOGIN_FAILED = "login-failed",
    NOT_LOGGED_IN = "not-logged-in",
    WRONG_CURRENT_PASSWORD = "wrong-current-password",
    SESSION_INVALID = "session-invalid",
    PASSWORD_CHANGE_REQUIRED = "password-change-required",
    ACTION = "action",
    MAY_NOT = "may-not",
    MAY_NOT_COPY = "may-not-copy",
    REASSIGNED_MEANWHILE = "reassigned-meanwhile",
    CHANGED_MEANWHILE = "changed-meanwhile",
    VERSION_MISMATCH = "version-mismatch",
    ALREADY_SIGNED = "already-signed",
    ALREADY_UNSIGNED = "already-unsigned",
    CONTRACT_CHANGED = "contract-changed",
    DOUBLE_BOOKED = "double-booked",
    CALENDAR_EXISTS = "calendar-exists",
    EMPLOYEE_CHANGED = "employee-changed",
    ALREADY_ACTIVE = "already-active",
    ALREADY_INACTIVE = "already-inactive",
    IMPORT_SUPPORT_COLUMN = "import-support-column",
    CONTRACT_CHANGED_IN_IMPORT = "contract-changed-in-import",
    ALREADY_INITIALISED = "already-initialised",
    EMPLOYEE_EMAIL_TAKEN = "employee-email-taken",
    CLIENT_EMAIL_TAKEN = "client-email-taken",
    PASSWORD_CHANGED_MEANWHILE = "password-changed-meanwhile",
    CONTRACT_HAS_EVENTS = "contract-has-events",
    CLIENT_HAS_CONTRACTS = "client-has-contracts",
    LAST_MANAGER = "last-manager",
    EMPLOYEE_STILL_CONTACT = "employee-still-contact",
    ALREADY_A_CLIENT = "already-a-client",
    ALREADY_FORGOTTEN = "already-forgotten",
    FORGET_ACTIVE_EMPLOYEE = "forget-active-employee",
    NO_LONGER_INACTIVE = "no-longer-inactive",
    AGE_INVALID = "age-invalid",
}

/// A catalogue key with its arguments; `Display` gives the English text.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Message {
    /// The catalogue key, e.g. `not-empty`.
    pub key: String,
    /// The values the text names, e.g. `{"got": "\"12/13/2027\""}`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
    /// Where its English text is, when made here; one that arrived over
    /// the wire is said by the receiver in its own words.
    #[serde(skip)]
    catalogue: Option<&'static Catalogue>,
}

/// The same key and arguments: the same message, wherever it was made.
impl PartialEq for Message {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key && self.args == other.args
    }
}

impl Eq for Message {}

impl Message {
    pub fn new(key: Key) -> Self {
        Self {
            key: key.as_str().to_owned(),
            args: BTreeMap::new(),
            catalogue: Some(key.catalogue),
        }
    }

    /// Adds an argument shown as it is.
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    /// Adds what someone typed, quoted and with control characters escaped,
    /// so that a message can't carry terminal escapes.
    #[must_use]
    pub fn typed(self, name: &str, value: &str) -> Self {
        self.arg(name, format!("{value:?}"))
    }

    /// The text in a bundle holding the key; the key itself if none does.
    pub fn render<R, M>(&self, bundle: &fluent_bundle::bundle::FluentBundle<R, M>) -> String
    where
        R: std::borrow::Borrow<FluentResource>,
        M: fluent_bundle::memoizer::MemoizerKind,
    {
        let Some(pattern) = bundle.get_message(&self.key).and_then(|m| m.value()) else {
            return self.key.clone();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(name.as_str(), value.as_str());
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let catalogue = self.catalogue.unwrap_or(&CATALOGUE);
        f.write_str(&self.render(catalogue.english()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue_keys(text: &str) -> Vec<String> {
        assert!(FluentResource::try_new(text.to_owned()).is_ok());
        text.lines()
            .filter(|l| !l.starts_with(['#', ' ', '-']))
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.to_owned()))
            .collect()
    }

    #[test]
    fn every_key_is_in_both_catalogues_and_nothing_else_is() {
        let mut declared: Vec<String> = keys::ALL.iter().map(|k| k.as_str().to_owned()).collect();
        declared.sort();
        for catalogue in [CATALOGUE.en, CATALOGUE.fr] {
            let mut found = catalogue_keys(catalogue);
            found.sort();
            assert_eq!(found, declared);
        }
    }

    #[test]
    fn english_fills_in_the_arguments_and_quotes_typed_text() {
        let message = Message::new(keys::PHONE_DIGITS).arg("digits", 3);
        assert_eq!(message.to_string(), "must have 6 to 20 digits (has 3)");
        let message = Message::new(keys::EMAIL_SHAPE).typed("got", "a\u{1b}[31m");
        assert!(message.to_string().ends_with(r#"(got "a\u{1b}[31m")"#));
    }

    #[test]
    fn a_message_shares_its_arguments_with_the_messages_it_names() {
        let error = crate::Error::not_found("contract", 3);
        assert_eq!(error.to_string(), "contract 3 not found");
        assert_eq!(
            error.message().map(|m| m.to_string()).as_deref(),
            Some("contract 3 not found")
        );
        let refused = Message::new(keys::MAY_NOT)
            .arg("name", "Kate")
            .arg("department", "support")
            .arg("action", "delete-client");
        assert_eq!(
            refused.to_string(),
            "permission denied: Kate (support) may not delete clients"
        );
    }
}
