//! Every value a record's field can hold, valid by construction: once you
//! hold one, it passed the rules of the product specification. One file per
//! kind of value: ids, text, money, departments, notification settings; times are in `when`.

mod department;
mod ids;
mod money;
mod settings;
mod text;

pub use department::Department;
pub use ids::{ClientId, ContractId, EmployeeId, EventId, NotificationId, parse_id};
pub use money::Money;
#[cfg(feature = "openapi")]
pub use money::amount_schema;
pub use settings::{EmailMode, Language};
pub use text::{Email, EventText, FullName, MAX_NOTE_CHARS, Phone, is_bidi_control, parse_notes};

use crate::{Error, Message, Result, keys};

/// How many people are expected.
pub fn parse_attendees(input: &str) -> Result<u32> {
    let text = input.trim();
    if text.starts_with('-') {
        return Err(Error::invalid(
            "attendees",
            Message::new(keys::NOT_NEGATIVE),
        ));
    }
    text.parse::<u32>()
        .ok()
        .filter(|n| *n <= 1_000_000)
        .ok_or_else(|| {
            Error::invalid(
                "attendees",
                Message::new(keys::ATTENDEES_FORM).typed("got", text),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::when::{Here, Tz, parse_time};

    #[test]
    fn emails_from_the_brief_parse_and_are_lower_cased() {
        for e in [
            "john.ouick@gmail.com",
            "jacky@loubouzin.grd",
            "Kevin@Startup.io",
        ] {
            let parsed = Email::parse(e).unwrap();
            assert_eq!(parsed.as_str(), e.to_lowercase());
        }
    }

    #[test]
    fn bad_emails_are_refused_naming_the_field() {
        for e in [
            "",
            "no-at",
            "@x.io",
            "a@",
            "a@b",
            "a b@c.io",
            "a@@b.io",
            "a@-b.io",
            ".a@b.io",
            "a..b@c.io",
        ] {
            let err = Email::parse(e).unwrap_err();
            assert!(
                matches!(err, Error::Invalid { field: "email", .. }),
                "{e}: {err}"
            );
        }
    }

    #[test]
    fn names_are_trimmed_and_must_not_be_blank() {
        assert_eq!(
            FullName::parse("  Aliénor Vichum ").unwrap().as_str(),
            "Aliénor Vichum"
        );
        assert!(FullName::parse("   ").is_err());
        assert!(FullName::parse("a\u{7}b").is_err());
        assert!(FullName::parse(&"x".repeat(121)).is_err());
    }

    #[test]
    fn departments_parse_in_english_and_french() {
        assert_eq!(
            "Gestion".parse::<Department>().unwrap(),
            Department::Management
        );
        assert_eq!("sales".parse::<Department>().unwrap(), Department::Sales);
        assert!("hr".parse::<Department>().is_err());
    }

    #[test]
    fn phones_from_the_brief_pass() {
        for p in [
            "+1 234 567 8901",
            "+ 666 12345",
            "+678 123 456 78",
            "(01) 23.45-67-89",
        ] {
            assert_eq!(Phone::parse(p).unwrap().as_str(), p);
        }
        for p in [
            "12345",
            "call me",
            "+33 1 2 3 4 + 5",
            "1".repeat(21).as_str(),
        ] {
            assert!(Phone::parse(p).is_err(), "{p}");
        }
    }

    #[test]
    fn money_parses_and_displays_exactly() {
        assert_eq!(
            Money::parse("total", "5000").unwrap().to_string(),
            "5000.00"
        );
        assert_eq!(Money::parse("total", "5 000,5").unwrap().cents(), 500_050);
        assert_eq!(Money::parse("total", "0.07").unwrap().to_string(), "0.07");
        for bad in ["", "-1", "1.234", "abc", "1e3", "12345678901234"] {
            assert!(Money::parse("total", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn times_accept_rfc3339_and_local_minutes() {
        let here = Here::new(Tz::Europe__Paris, chrono::Utc::now());
        let parse_time = |field, text| parse_time(field, text, &here);
        let t = parse_time("start", "2023-06-04T13:00:00Z").unwrap();
        assert_eq!(t.to_rfc3339(), "2023-06-04T13:00:00+00:00");
        assert!(parse_time("start", "2023-06-04 13:00").is_ok());
        assert_eq!(
            parse_time("start", "4 Jun 2023").unwrap(),
            parse_time("start", "2023-06-04").unwrap()
        );
        let brief = parse_time("start", "4 Jun 2023 @ 1PM").unwrap();
        assert_eq!(brief, parse_time("start", "2023-06-04 13:00").unwrap());
        let with_minutes = parse_time("end", "5 June 2023 @ 2:30am").unwrap();
        assert_eq!(with_minutes, parse_time("end", "2023-06-05 02:30").unwrap());
    }

    #[test]
    fn attendees_are_whole_and_not_negative() {
        assert_eq!(parse_attendees("75").unwrap(), 75);
        assert!(parse_attendees("-1").is_err());
        assert!(parse_attendees("7.5").is_err());
    }
}
