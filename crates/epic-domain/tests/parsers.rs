//! Property tests for every parser of user input: whatever people type, no
//! panic; and what a parser accepts, it prints in a form it accepts again
//! as the same value.

use epic_domain::types::{Email, FullName, Money, Phone, parse_attendees};
use epic_domain::when::{Here, Tz, parse_time};
use proptest::prelude::*;

fn paris() -> Here {
    Here::new(Tz::Europe__Paris, chrono::Utc::now())
}

proptest! {
    #[test]
    fn no_parser_panics(input in "\\PC{0,80}") {
        let _ = Email::parse(&input);
        let _ = FullName::parse(&input);
        let _ = Phone::parse(&input);
        let _ = Money::parse("amount", &input);
        let _ = parse_time("start", &input, &paris());
        let _ = parse_attendees(&input);
    }

    #[test]
    fn emails_round_trip(local in "[a-zA-Z0-9._%+-]{1,20}", domain in "[a-zA-Z0-9-]{1,15}", tld in "[a-zA-Z]{2,6}") {
        if let Ok(email) = Email::parse(&format!("{local}@{domain}.{tld}")) {
            prop_assert_eq!(Email::parse(email.as_str()).unwrap(), email);
        }
    }

    #[test]
    fn names_round_trip(input in "\\PC{0,130}") {
        if let Ok(name) = FullName::parse(&input) {
            prop_assert_eq!(FullName::parse(name.as_str()).unwrap(), name);
        }
    }

    #[test]
    fn phones_round_trip(input in "[+]?[0-9 .()-]{0,30}") {
        if let Ok(phone) = Phone::parse(&input) {
            prop_assert_eq!(Phone::parse(phone.as_str()).unwrap(), phone);
        }
    }

    #[test]
    fn money_round_trips_exactly(cents in 0i64..100_000_000_000_000) {
        let money = Money::from_cents("amount", cents).unwrap();
        let again = Money::parse("amount", &money.to_string()).unwrap();
        prop_assert_eq!(again, money);
        prop_assert_eq!(again.cents(), cents);
    }

    #[test]
    fn times_round_trip_through_rfc3339(seconds in 0i64..4_102_444_800) {
        let t = chrono::DateTime::from_timestamp(seconds, 0).unwrap();
        prop_assert_eq!(parse_time("start", &t.to_rfc3339(), &paris()).unwrap(), t);
    }

    #[test]
    fn attendees_round_trip(n in 0u32..=1_000_000) {
        prop_assert_eq!(parse_attendees(&n.to_string()).unwrap(), n);
    }
}
