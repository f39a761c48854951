//! What people read, in their language: French when `LC_ALL`,
//! `LC_MESSAGES` or `LANG` (the first one set) starts with `fr`, English
//! otherwise. One Fluent catalogue per language: the command line's own
//! (`locales/*.ftl`) with the domain's reasons for refusing a value
//! (`epic_domain::message`) and the store's about files and databases
//! (`epic_store::messages`); what scripts read (JSON, CSV, field names,
//! exit codes) never changes.

use std::sync::OnceLock;

use epic_domain::{Message, message};
use epic_store::messages::CATALOGUE as STORE;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

const EN: &str = include_str!("../locales/en.ftl");
const FR: &str = include_str!("../locales/fr.ftl");
const FR_HELP: &str = include_str!("../locales/fr/help.ftl");

/// The language of this process, from the POSIX locale variables.
pub fn lang() -> Lang {
    static LANG: OnceLock<Lang> = OnceLock::new();
    *LANG.get_or_init(|| {
        let chosen = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        if chosen.starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    })
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static FR_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, texts, id) = match lang {
        Lang::En => (&EN_BUNDLE, [EN, message::CATALOGUE.en, STORE.en], "en"),
        Lang::Fr => (&FR_BUNDLE, [FR, message::CATALOGUE.fr, STORE.fr], "fr"),
    };
    cell.get_or_init(|| {
        let locale = id.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // No invisible isolation marks around arguments: a terminal shows them.
        bundle.set_use_isolating(false);
        // The catalogues are part of the binary and checked by the tests
        // below, so a resource error cannot reach a user.
        for text in texts {
            if let Ok(resource) = FluentResource::try_new(text.to_owned()) {
                let _ = bundle.add_resource(resource);
            }
        }
        bundle
    })
}

/// The message `key` in `lang`, with its arguments; the key itself if the
/// catalogue lacks it (a test makes sure none does).
pub fn text_in(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// A `--help` text in French (English is the code's own), if the catalogue
/// has it.
pub fn help_text(key: &str) -> Option<String> {
    static HELP: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let bundle = HELP.get_or_init(|| {
        let french = "fr".parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![french]);
        bundle.set_use_isolating(false);
        if let Ok(resource) = FluentResource::try_new(FR_HELP.to_owned()) {
            let _ = bundle.add_resource(resource);
        }
        bundle
    });
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// Why the domain refused a value, in the user's language.
pub fn message(reason: &Message) -> String {
    reason.render(bundle(lang()))
}

/// `text_in` the user's language.
pub fn text(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    text_in(lang(), key, args)
}

/// A table's header for a field: its catalogue entry, or in English the
/// field's own words in capitals (`locked_until` is `LOCKED UNTIL`), so
/// that only a header that reads otherwise needs an English entry.
pub fn column(field: &str) -> String {
    let key = format!("column-{field}");
    match bundle(lang()).get_message(&key) {
        Some(_) => text(&key, &[]),
        None => default_column(field),
    }
}

fn default_column(field: &str) -> String {
    field.replace('_', " ").to_uppercase()
}

/// An amount (`"4500.50"`) as people read it: `4,500.50` in English,
/// `4 500,50 €` in French (narrow no-break spaces between thousands, as
/// French typography has it).
pub fn amount(decimal: &str) -> String {
    amount_in(lang(), decimal)
}

pub fn amount_in(lang: Lang, decimal: &str) -> String {
    let (sign, digits) = match decimal.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", decimal),
    };
    let (units, cents) = digits.split_once('.').unwrap_or((digits, "00"));
    if units.is_empty() || !units.bytes().all(|b| b.is_ascii_digit()) {
        return decimal.to_owned();
    }
    let (group, point, suffix) = match lang {
        Lang::En => (",", ".", ""),
        Lang::Fr => ("\u{202f}", ",", "\u{a0}€"),
    };
    let mut grouped = String::new();
    for (i, digit) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push_str(group);
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}{point}{cents}{suffix}")
}

/// How a time is written in a table: day first in French.
pub fn time_format() -> &'static str {
    match lang() {
        Lang::En => "%Y-%m-%d %H:%M",
        Lang::Fr => "%d/%m/%Y %H:%M",
    }
}

/// A forgotten person's or event's neutral name, in the reader's language.
pub fn forgotten(record: epic_domain::crm::privacy::Forgotten) -> String {
    use epic_domain::crm::privacy::Forgotten;
    let (kind, id) = match record {
        Forgotten::Client(id) => ("client", id),
        Forgotten::Event(id) => ("event", id),
        Forgotten::Employee(id) => ("employee", id),
    };
    text(
        "forgotten-name",
        &[("kind", kind.into()), ("id", id.into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<&str> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .collect()
    }

    #[test]
    fn both_catalogues_parse_and_hold_the_same_keys() {
        for text in [EN, FR, FR_HELP] {
            assert!(FluentResource::try_new(text.to_owned()).is_ok());
        }
        // English leaves a column header that reads as the field's own
        // words to the default; French names every one.
        let not_column = |k: &&str| !k.starts_with("column-");
        let en: Vec<&str> = keys(EN).into_iter().filter(not_column).collect();
        let fr: Vec<&str> = keys(FR).into_iter().filter(not_column).collect();
        assert_eq!(en, fr);
        assert!(en.len() > 50);
        let french = keys(FR);
        for key in keys(EN).iter().filter(|k| !not_column(k)) {
            assert!(french.contains(key), "{key}");
        }
    }

    #[test]
    fn the_domain_reasons_are_in_both_bundles_and_none_is_shadowed() {
        for domain_key in epic_domain::keys::ALL {
            assert!(!keys(EN).contains(&domain_key.as_str()), "{domain_key:?}");
            for lang in [Lang::En, Lang::Fr] {
                assert!(bundle(lang).get_message(domain_key.as_str()).is_some());
            }
        }
        let reason = Message::new(epic_domain::keys::NOT_EMPTY);
        assert_eq!(reason.render(bundle(Lang::En)), reason.to_string());
        assert_ne!(reason.render(bundle(Lang::Fr)), reason.to_string());
    }

    #[test]
    fn amounts_as_each_language_writes_them() {
        assert_eq!(amount_in(Lang::En, "4500.50"), "4,500.50");
        assert_eq!(amount_in(Lang::Fr, "4500.50"), "4\u{202f}500,50\u{a0}€");
        assert_eq!(amount_in(Lang::En, "1234567.00"), "1,234,567.00");
        assert_eq!(amount_in(Lang::En, "-12.30"), "-12.30");
        assert_eq!(amount_in(Lang::Fr, "999.99"), "999,99\u{a0}€");
        assert_eq!(amount_in(Lang::En, "n/a"), "n/a");
    }

    #[test]
    fn messages_take_their_arguments() {
        let args = [("count", FluentValue::from(3))];
        assert_eq!(
            text_in(Lang::Fr, "unread-hint", &args),
            "Vous avez 3 notification(s) non lue(s) : epic notification list --unread"
        );
        assert!(text_in(Lang::En, "unread-hint", &args).starts_with("You have 3 unread"));
    }

    #[test]
    fn every_listed_field_has_a_french_header_and_english_only_where_needed() {
        for (_, _, columns) in crate::records::LISTS {
            for field in *columns {
                let key = format!("column-{field}");
                let fix = "add it to crates/epic-cli/locales/fr.ftl";
                assert!(bundle(Lang::Fr).get_message(&key).is_some(), "{key}: {fix}");
            }
        }
        for line in EN.lines().filter(|l| l.starts_with("column-")) {
            let (key, header) = line.split_once(" = ").unwrap_or_default();
            let field = key.trim_start_matches("column-");
            assert_ne!(header, default_column(field), "{key} reads as the default");
        }
    }
}
