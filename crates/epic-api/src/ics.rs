//! iCalendar (RFC 5545), for `event list -o ics` and the server's calendar
//! feed: a file that calendar applications import or subscribe to, written
//! as the events arrive.
//! Every line ends in CRLF and is folded at 75 octets; text is escaped;
//! times are UTC. The same data gives the same bytes (no export time is
//! written), so a calendar kept current by cron changes only when an
//! event does.

use std::io::Write;

use chrono::{DateTime, Utc};
use epic_domain::crm::records::Event;

/// The longest line, in octets, before a fold (RFC 5545, 3.1).
const FOLD_AT: usize = 75;

pub fn begin(out: &mut impl Write) -> std::io::Result<()> {
    line(out, "BEGIN", "VCALENDAR")?;
    line(out, "VERSION", "2.0")?;
    line(
        out,
        "PRODID",
        concat!("-//Epic Events//epic ", env!("CARGO_PKG_VERSION"), "//EN"),
    )?;
    line(out, "CALSCALE", "GREGORIAN")?;
    line(out, "X-WR-CALNAME", "Epic Events")
}

pub fn end(out: &mut impl Write) -> std::io::Result<()> {
    line(out, "END", "VCALENDAR")
}

/// One VEVENT. Its UID is the event's id, so a calendar that imports the
/// file again updates the entry rather than adding a second one; SEQUENCE
/// and LAST-MODIFIED (and DTSTAMP, which RFC 5545 makes the same without a
/// METHOD) tell it which copy is newer. With `alarm`, a reminder with that
/// text a day before the start.
pub fn event(out: &mut impl Write, entry: &Event, alarm: Option<&str>) -> std::io::Result<()> {
    let stamp = utc(entry.updated_at);
    line(out, "BEGIN", "VEVENT")?;
    line(out, "UID", &format!("epic-event-{}", entry.id))?;
    line(out, "DTSTAMP", &stamp)?;
    line(out, "LAST-MODIFIED", &stamp)?;
    line(out, "SEQUENCE", &entry.version.to_string())?;
    line(out, "DTSTART", &utc(entry.start))?;
    line(out, "DTEND", &utc(entry.end))?;
    line(
        out,
        "SUMMARY",
        &text(&format!("{} ({})", entry.name, entry.client_name)),
    )?;
    line(out, "LOCATION", &text(entry.location.as_str()))?;
    if !entry.notes.is_empty() {
        line(out, "DESCRIPTION", &text(&entry.notes))?;
    }
    if let Some(alarm) = alarm {
        line(out, "BEGIN", "VALARM")?;
        line(out, "ACTION", "DISPLAY")?;
        line(out, "TRIGGER", "-P1D")?;
        line(out, "DESCRIPTION", &text(alarm))?;
        line(out, "END", "VALARM")?;
    }
    line(out, "END", "VEVENT")
}

fn utc(time: DateTime<Utc>) -> String {
    time.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped;
/// other control characters, which TEXT may not hold, become spaces.
fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => escaped.push_str("\\n"),
            '\t' => escaped.push('\t'),
            c if c.is_control() => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

/// `NAME:VALUE` and CRLF, folded so that no line passes 75 octets, no
/// character is split, and no line ends in a space (some readers trim it,
/// which would join two words): a space that would end a line starts the
/// next one instead.
fn line(out: &mut impl Write, name: &str, value: &str) -> std::io::Result<()> {
    let mut used = name.len() + 1;
    out.write_all(name.as_bytes())?;
    out.write_all(b":")?;
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        let after = chars.peek().map_or(0, |n| n.len_utf8());
        let ends_line = c.is_whitespace() && used + c.len_utf8() + after > FOLD_AT;
        if used + c.len_utf8() > FOLD_AT || (ends_line && used > 1) {
            out.write_all(b"\r\n ")?;
            used = 1;
        }
        let mut buffer = [0_u8; 4];
        out.write_all(c.encode_utf8(&mut buffer).as_bytes())?;
        used += c.len_utf8();
    }
    out.write_all(b"\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(value: &str) -> String {
        let mut out = Vec::new();
        line(&mut out, "DESCRIPTION", value).unwrap_or_else(|e| panic!("{e}"));
        String::from_utf8(out).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let out = folded(&"é".repeat(100));
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= FOLD_AT, "{} octets", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}\r\n", "é".repeat(100)));
    }

    #[test]
    fn no_line_ends_in_a_space() {
        for shift in 0..8 {
            let value = format!("{}{}fin", "x".repeat(shift), "mot ".repeat(60));
            let out = folded(&value);
            for physical in out.split("\r\n") {
                assert!(!physical.ends_with(' '), "{physical:?}");
                assert!(physical.len() <= FOLD_AT);
            }
            assert_eq!(out.replace("\r\n ", ""), format!("DESCRIPTION:{value}\r\n"));
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(text("bell\u{7}"), "bell ");
    }
}
