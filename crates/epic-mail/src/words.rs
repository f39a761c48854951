//! An e-mail's subject and plain-text body, in its reader's language, with
//! times in the company's zone.

use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use epic_domain::crm::notice::Notice;
use epic_domain::types::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: &str, text: &'static str) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    // Both catalogues are part of the binary and parsed by this crate's tests.
    if let Ok(resource) = FluentResource::try_new(text.to_owned()) {
        let _ = bundle.add_resource(resource);
    }
    bundle
}

static ENGLISH: LazyLock<Bundle> =
    LazyLock::new(|| bundle("en", include_str!("../locales/en.ftl")));
static FRENCH: LazyLock<Bundle> = LazyLock::new(|| bundle("fr", include_str!("../locales/fr.ftl")));

struct Words {
    bundle: &'static Bundle,
}

impl Words {
    fn of(language: Language) -> Self {
        let bundle = match language {
            Language::Fr => &*FRENCH,
            Language::En => &*ENGLISH,
        };
        Self { bundle }
    }

    fn say(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent), &mut errors)
            .into_owned()
    }
}

/// `12/06/2027 14:00 CEST` in French, `2027-06-12 14:00 CEST` in English.
fn time(at: DateTime<Utc>, zone: Tz, language: Language) -> String {
    let local = at.with_timezone(&zone);
    match language {
        Language::Fr => local.format("%d/%m/%Y %H:%M %Z").to_string(),
        Language::En => local.format("%Y-%m-%d %H:%M %Z").to_string(),
    }
}

/// A changed value as the reader reads it: times in the zone.
fn value(field: &str, raw: Option<&str>, zone: Tz, words: &Words, language: Language) -> String {
    match raw {
        None => words.say("nothing", &[]),
        Some(text) if field == "start" || field == "end" => DateTime::parse_from_rfc3339(text)
            .map_or_else(|_| text.to_owned(), |t| time(t.to_utc(), zone, language)),
        Some(text) => text.to_owned(),
    }
}

/// The subject and the body of `notice` for a reader of `language`.
pub fn render(notice: &Notice, language: Language, zone: Tz) -> (String, String) {
    let words = Words::of(language);
    let (subject, mut body) = told(notice, &words, language, zone);
    sign(&mut body, &words);
    (subject, body)
}

/// A daily digest: every notice under its own subject line, oldest first.
pub fn digest(notices: &[Notice], language: Language, zone: Tz) -> (String, String) {
    let words = Words::of(language);
    let count = i64::try_from(notices.len()).unwrap_or(i64::MAX);
    let subject = words.say("digest-subject", &[("count", count.into())]);
    let mut body = String::new();
    for notice in notices {
        let (title, text) = told(notice, &words, language, zone);
        body.push_str(&format!("== {title} ==\n\n{text}\n"));
    }
    sign(&mut body, &words);
    (subject, body)
}

fn sign(body: &mut String, words: &Words) {
    body.push_str("\n-- \n");
    body.push_str(&words.say("footer", &[]));
    body.push('\n');
}

/// One notice's subject and text, unsigned.
fn told(notice: &Notice, words: &Words, language: Language, zone: Tz) -> (String, String) {
    let event = &notice.event;
    let by = notice.by.clone().unwrap_or_default();
    let days = i64::from(notice.days.unwrap_or_default());
    let args = [
        ("event", FluentValue::from(event.name.as_str())),
        ("by", FluentValue::from(by)),
        ("days", FluentValue::from(days)),
    ];
    let kind = notice.kind.as_str();
    let subject = words.say(&format!("subject-{kind}"), &args);
    let mut body = words.say(&format!("intro-{kind}"), &args);
    body.push_str("\n\n");
    let lines = [
        ("label-event", format!("{} (#{})", event.name, event.id)),
        ("label-client", event.client.clone()),
        ("label-start", time(event.start, zone, language)),
        ("label-end", time(event.end, zone, language)),
        ("label-location", event.location.clone()),
    ];
    for (label, text) in lines {
        body.push_str(&format!("{} {text}\n", words.say(label, &[])));
    }
    if !notice.changes.is_empty() {
        body.push('\n');
        body.push_str(&words.say("what-changed", &[]));
        body.push('\n');
        for change in &notice.changes {
            let field = words.say(&format!("field-{}", change.field), &[]);
            let old = value(&change.field, change.old.as_deref(), zone, words, language);
            let new = value(&change.field, change.new.as_deref(), zone, words, language);
            let line = words.say(
                "change-line",
                &[
                    ("field", field.into()),
                    ("old", old.into()),
                    ("new", new.into()),
                ],
            );
            body.push_str(&format!("- {line}\n"));
        }
    }
    (subject, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use epic_domain::crm::notice::{Change, EventBrief, NoticeKind};
    use epic_domain::types::EventId;

    fn catalogue_keys(text: &str) -> Vec<&str> {
        text.lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| !k.starts_with(' '))
            .collect()
    }

    #[test]
    fn both_catalogues_parse_and_hold_the_same_keys() {
        for text in [
            include_str!("../locales/en.ftl"),
            include_str!("../locales/fr.ftl"),
        ] {
            assert!(FluentResource::try_new(text.to_owned()).is_ok());
        }
        assert_eq!(
            catalogue_keys(include_str!("../locales/en.ftl")),
            catalogue_keys(include_str!("../locales/fr.ftl"))
        );
    }

    #[test]
    fn times_are_the_company_s_and_words_the_reader_s() {
        let at = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.to_utc())
                .unwrap_or_default()
        };
        let notice = Notice {
            kind: NoticeKind::Changed,
            by: Some("Marie Curie".into()),
            event: EventBrief {
                id: EventId(7),
                name: "Gala".into(),
                client: "Kevin Casey".into(),
                start: at("2027-06-12T12:00:00Z"),
                end: at("2027-06-12T20:00:00Z"),
                location: "Lyon".into(),
            },
            changes: vec![Change {
                field: "start".into(),
                old: Some("2027-06-11T12:00:00+00:00".into()),
                new: Some("2027-06-12T12:00:00+00:00".into()),
            }],
            days: None,
        };
        let (subject, body) = render(&notice, Language::Fr, chrono_tz::Europe::Paris);
        assert_eq!(subject, "« Gala » a changé");
        assert!(
            body.contains("Marie Curie a modifié cet événement."),
            "{body}"
        );
        assert!(body.contains("Début : 12/06/2027 14:00 CEST"), "{body}");
        assert!(
            body.contains("- début : 11/06/2027 14:00 CEST → 12/06/2027 14:00 CEST"),
            "{body}"
        );
        let (subject, body) = render(&notice, Language::En, chrono_tz::Europe::Paris);
        assert_eq!(subject, "“Gala” changed");
        assert!(body.contains("Start: 2027-06-12 14:00 CEST"), "{body}");
    }
}
