//! Times as people type them: ISO (`2027-06-12 14:00`), day first with
//! slashes as in France (`12/06/2027 14h30`), the support team's sheet
//! (`4 Jun 2023 @ 1PM`), a few words (`demain 14h`, `monday`), or RFC 3339
//! with its offset. A time without an offset is in the zone of the person
//! who typed it (`Here`), whichever machine reads it; one that zone skips
//! or repeats is refused, never guessed. Nothing here reads the ambient
//! zone or clock: the caller says where and when.

use chrono::offset::LocalResult;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
pub use chrono_tz::Tz;

use crate::{Error, Message, Result, keys};

/// Which end of a period a time bounds. A day alone means the start of that
/// day; as the end of a period it includes the whole day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Start,
    End,
}

/// Years outside these are typing mistakes, and far enough from chrono's
/// limits that adding a period to them cannot overflow.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// Where and when a person types a time: the zone they live in and the
/// present, which together say what `demain` or `14h30` mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Here {
    zone: Tz,
    now: DateTime<Utc>,
}

impl Here {
    pub fn new(zone: Tz, now: DateTime<Utc>) -> Self {
        Self { zone, now }
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Today's date where the person is.
    pub fn today(&self) -> NaiveDate {
        self.now.with_timezone(&self.zone).date_naive()
    }
}

/// A time as typed `here`; a day alone is the start of that day.
pub fn parse_time(field: &'static str, input: &str, here: &Here) -> Result<DateTime<Utc>> {
    parse_bound(field, input, Bound::Start, here)
}

/// `parse_time` for the bounds of a period: a day alone as its `End` is
/// the start of the next day, so that the day is included.
pub fn parse_bound(
    field: &'static str,
    input: &str,
    bound: Bound,
    here: &Here,
) -> Result<DateTime<Utc>> {
    parse_in(field, input, bound, &here.zone, here.today())
}

/// `parse_bound` for a bound that may not be given.
pub fn parse_optional_bound(
    field: &'static str,
    input: Option<&str>,
    bound: Bound,
    here: &Here,
) -> Result<Option<DateTime<Utc>>> {
    input
        .map(|t| parse_bound(field, t, bound, here))
        .transpose()
}

/// Refuses a time already typed (a request's field, not text) whose year is
/// one nobody means: the rule every time typed as text follows.
pub fn check_year(field: &'static str, time: DateTime<Utc>) -> Result<DateTime<Utc>> {
    within_years(field, time, &time.to_rfc3339())
}

fn within_years(field: &'static str, time: DateTime<Utc>, got: &str) -> Result<DateTime<Utc>> {
    if YEARS.contains(&time.year()) {
        return Ok(time);
    }
    Err(Error::invalid(
        field,
        Message::new(keys::TIME_YEARS)
            .arg("min", YEARS.start())
            .arg("max", YEARS.end())
            .typed("got", got),
    ))
}

/// The reading itself, with the zone and today's date given, so that it
/// can be tested anywhere and any day.
pub fn parse_in<Z: TimeZone>(
    field: &'static str,
    input: &str,
    bound: Bound,
    zone: &Z,
    today: NaiveDate,
) -> Result<DateTime<Utc>> {
    let text = input.trim();
    let time = match DateTime::parse_from_rfc3339(text) {
        Ok(t) => t.with_timezone(&Utc),
        Err(_) => {
            let naive = match typed(field, text, today)? {
                (day, Some(clock)) => day.and_time(clock),
                (day, None) => {
                    let day = match bound {
                        Bound::Start => Some(day),
                        Bound::End => day.succ_opt(),
                    };
                    day.ok_or_else(|| unknown(field, text))?
                        .and_time(NaiveTime::MIN)
                }
            };
            in_zone(field, text, zone, &naive)?
        }
    };
    within_years(field, time, text)
}

fn unknown(field: &'static str, text: &str) -> Error {
    Error::invalid(field, Message::new(keys::TIME_FORM).typed("got", text))
}

fn in_zone<Z: TimeZone>(
    field: &'static str,
    text: &str,
    zone: &Z,
    naive: &NaiveDateTime,
) -> Result<DateTime<Utc>> {
    match zone.from_local_datetime(naive) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Err(Error::invalid(
            field,
            Message::new(keys::TIME_TWICE).typed("got", text).arg(
                "example",
                first.fixed_offset().format("%Y-%m-%dT%H:%M:%S%:z"),
            ),
        )),
        LocalResult::None => Err(Error::invalid(
            field,
            Message::new(keys::TIME_SKIPPED).typed("got", text),
        )),
    }
}

/// The day and, if given, the time of day.
fn typed(
    field: &'static str,
    text: &str,
    today: NaiveDate,
) -> Result<(NaiveDate, Option<NaiveTime>)> {
    let lower = text.to_lowercase().replace('@', " ");
    let mut words = lower
        .split_whitespace()
        .filter(|w| !matches!(*w, "à" | "a" | "at"));
    let first = words.next().ok_or_else(|| unknown(field, text))?;
    // `2027-06-12T14:00`: the ISO separator between day and time.
    let (first, glued) = match first.split_once('t') {
        Some((day, clock)) if day.contains('-') => (day, Some(clock)),
        _ => (first, None),
    };
    let rest: String = glued.into_iter().chain(words).collect();
    let Some(day) = day_of(field, text, first, today)? else {
        return sheet_time(text).ok_or_else(|| unknown(field, text));
    };
    let clock = match rest.as_str() {
        "" => None,
        clock => Some(time_of_day(clock).ok_or_else(|| unknown(field, text))?),
    };
    Ok((day, clock))
}

/// `None` when the word is not a day in one of our forms, so that the
/// sheet's form gets its turn.
fn day_of(
    field: &'static str,
    text: &str,
    word: &str,
    today: NaiveDate,
) -> Result<Option<NaiveDate>> {
    let relative = |days: u64| today.checked_add_days(chrono::Days::new(days));
    let day = match word {
        "today" | "aujourd'hui" | "aujourd’hui" => relative(0),
        "tomorrow" | "demain" => relative(1),
        "après-demain" | "apres-demain" => relative(2),
        _ => match weekday(word) {
            Some(wanted) => {
                let ahead = (7 + wanted.num_days_from_monday()
                    - today.weekday().num_days_from_monday())
                    % 7;
                relative(u64::from(if ahead == 0 { 7 } else { ahead }))
            }
            None => return calendar_day(field, text, word),
        },
    };
    day.map(Some).ok_or_else(|| unknown(field, text))
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "lundi" => Weekday::Mon,
        "tuesday" | "mardi" => Weekday::Tue,
        "wednesday" | "mercredi" => Weekday::Wed,
        "thursday" | "jeudi" => Weekday::Thu,
        "friday" | "vendredi" => Weekday::Fri,
        "saturday" | "samedi" => Weekday::Sat,
        "sunday" | "dimanche" => Weekday::Sun,
        _ => return None,
    })
}

/// `2027-06-12`, `2027/06/12` or, day first, `12/06/2027`.
fn calendar_day(field: &'static str, text: &str, word: &str) -> Result<Option<NaiveDate>> {
    let parts: Vec<&str> = word.split(['-', '/']).collect();
    let [a, b, c] = parts[..] else {
        return Ok(None);
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Ok(None);
    }
    let (year, month, day) = if a.len() == 4 {
        (a, b, c)
    } else if word.contains('/') {
        (c, b, a)
    } else {
        return Ok(None);
    };
    if year.len() != 4 {
        return Err(Error::invalid(
            field,
            Message::new(keys::TIME_FOUR_DIGITS).typed("got", text),
        ));
    }
    let number = |p: &str| p.parse::<u32>().ok();
    let date = match (year.parse::<i32>().ok(), number(month), number(day)) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d),
        _ => None,
    };
    date.map(Some)
        .ok_or_else(|| Error::invalid(field, Message::new(keys::TIME_NOT_A_DAY).typed("got", text)))
}

/// `14:30`, `14:30:05`, `14h30`, `14h`, `2pm`, `2:30pm`.
fn time_of_day(clock: &str) -> Option<NaiveTime> {
    let (clock, afternoon) = if let Some(c) = clock.strip_suffix("pm") {
        (c, Some(true))
    } else if let Some(c) = clock.strip_suffix("am") {
        (c, Some(false))
    } else {
        (clock, None)
    };
    let mut parts = clock.split([':', 'h']);
    let mut number = |optional: bool| -> Option<u32> {
        match parts.next() {
            None | Some("") if optional => Some(0),
            Some(p) if !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse().ok()
            }
            _ => None,
        }
    };
    let hour = number(false)?;
    let minute = number(true)?;
    let second = number(true)?;
    if parts.next().is_some() {
        return None;
    }
    let hour = match afternoon {
        None => hour,
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(pm) => hour % 12 + if pm { 12 } else { 0 },
    };
    NaiveTime::from_hms_opt(hour, minute, second)
}

/// The support team's sheet writes `4 Jun 2023 @ 1PM`.
fn sheet_time(text: &str) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let words: Vec<String> = text
        .replace('@', " ")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let [day, month, year, clock @ ..] = &words[..] else {
        return None;
    };
    let date = NaiveDate::parse_from_str(&format!("{day} {month} {year}"), "%d %b %Y")
        .or_else(|_| NaiveDate::parse_from_str(&format!("{day} {month} {year}"), "%d %B %Y"))
        .ok()?;
    let clock = clock.concat();
    if clock.is_empty() {
        return Some((date, None));
    }
    Some((date, Some(time_of_day(&clock)?)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    fn at(text: &str) -> Result<String> {
        let paris = FixedOffset::east_opt(7200).unwrap();
        let today = NaiveDate::from_ymd_opt(2027, 6, 9).unwrap(); // a Wednesday
        parse_in("start", text, Bound::Start, &paris, today)
            .map(|t| t.with_timezone(&paris).format("%Y-%m-%d %H:%M").to_string())
    }

    #[test]
    fn the_forms_people_type() {
        for (typed, meant) in [
            ("2027-06-12", "2027-06-12 00:00"),
            ("2027-06-12 14:00", "2027-06-12 14:00"),
            ("2027-06-12T14:00", "2027-06-12 14:00"),
            ("2027-06-12 14:00:30", "2027-06-12 14:00"),
            ("12/06/2027", "2027-06-12 00:00"),
            ("12/06/2027 14:00", "2027-06-12 14:00"),
            ("12/06/2027 14h", "2027-06-12 14:00"),
            ("12/06/2027 14h30", "2027-06-12 14:30"),
            ("12/06/2027 à 14H30", "2027-06-12 14:30"),
            ("1/6/2027 9h05", "2027-06-01 09:05"),
            ("2027/06/12 14:00", "2027-06-12 14:00"),
            ("4 Jun 2027 @ 1PM", "2027-06-04 13:00"),
            ("4 June 2027 @ 1:30 PM", "2027-06-04 13:30"),
            ("4 Jun 2027 @ 12AM", "2027-06-04 00:00"),
            ("demain 14h", "2027-06-10 14:00"),
            ("tomorrow 2PM", "2027-06-10 14:00"),
            ("aujourd'hui", "2027-06-09 00:00"),
            ("lundi", "2027-06-14 00:00"),
            ("Wednesday 9:00", "2027-06-16 09:00"),
            ("2027-06-12T14:00:00+02:00", "2027-06-12 14:00"),
            ("2027-06-12T12:00:00Z", "2027-06-12 14:00"),
        ] {
            assert_eq!(at(typed).unwrap(), meant, "{typed}");
        }
    }

    #[test]
    fn impossible_and_ambiguous_days_are_refused_with_the_forms() {
        for typed in [
            "31/02/2027",
            "12/06/27",
            "12/13/2027",
            "12/06/2027 25h",
            "12/06/2027 14h61",
            "13PM",
            "12/06/2027 13pm",
            "06-12-2027",
            "soon",
            "",
        ] {
            let error = at(typed).unwrap_err().to_string();
            assert!(error.contains("start"), "{typed}: {error}");
            assert!(error.contains("12/06/2027"), "{typed}: {error}");
        }
    }

    #[test]
    fn a_time_is_read_where_its_writer_is_whatever_the_machine() {
        let now = Utc.with_ymd_and_hms(2027, 6, 9, 22, 30, 0).unwrap();
        let paris = Here::new(chrono_tz::Europe::Paris, now);
        let utc = Here::new(Tz::UTC, now);
        let typed = parse_time("start", "12/06/2027 14h30", &paris).unwrap();
        assert_eq!(typed.to_rfc3339(), "2027-06-12T12:30:00+00:00");
        assert_eq!(
            parse_time("start", "12/06/2027 14h30", &utc)
                .unwrap()
                .to_rfc3339(),
            "2027-06-12T14:30:00+00:00"
        );
        // 22:30 UTC is already Thursday in Paris: tomorrow is Friday there.
        assert_eq!(
            parse_time("start", "demain", &paris).unwrap().to_rfc3339(),
            "2027-06-10T22:00:00+00:00"
        );
        assert_eq!(
            parse_time("start", "demain", &utc).unwrap().to_rfc3339(),
            "2027-06-10T00:00:00+00:00"
        );
    }

    #[test]
    fn a_typed_time_keeps_to_the_years_of_text() {
        let zero = DateTime::parse_from_rfc3339("0000-06-12T14:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert!(
            check_year("start", zero)
                .unwrap_err()
                .to_string()
                .contains("start")
        );
        let fine = Utc.with_ymd_and_hms(2027, 6, 12, 14, 0, 0).unwrap();
        assert_eq!(check_year("start", fine).unwrap(), fine);
    }

    #[test]
    fn a_day_as_the_end_of_a_period_includes_it() {
        let utc = Utc;
        let today = NaiveDate::from_ymd_opt(2027, 6, 9).unwrap();
        let end = parse_in("to", "12/06/2027", Bound::End, &utc, today).unwrap();
        assert_eq!(end.to_rfc3339(), "2027-06-13T00:00:00+00:00");
    }
}
