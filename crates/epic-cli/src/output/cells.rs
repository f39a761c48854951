//! Text from the database is data, never instructions: not for the
//! spreadsheet that opens a CSV export, nor for the terminal that shows a
//! table, nor for the `awk` script that splits tab-separated lines.

use std::borrow::Cow;
use std::fmt::Write as _;

/// CSV cells a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab or
/// carriage return first) get a leading `'`, which spreadsheets show as
/// text (OWASP's rule). The importer removes it again.
pub fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// What `spreadsheet_safe` added, taken off an imported cell.
pub fn from_spreadsheet(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// Control and bidirectional characters written as visible escapes (`\t`,
/// `\n`, `\u{1b}`), so that no cell can move the cursor, retitle the
/// window, forge a row or reorder the text. A table cell may keep its line
/// breaks; a tab-separated line may not.
pub fn terminal_safe(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && !(keep_newlines && c == '\n')) || epic_domain::types::is_bidi_control(c)
    };
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' if !keep_newlines => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if unsafe_char(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_come_back() {
        for cell in [
            "=HYPERLINK(\"x\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "-2+3",
            "\t=1",
        ] {
            let safe = spreadsheet_safe(cell);
            assert!(safe.starts_with('\''), "{safe}");
            assert_eq!(from_spreadsheet(&safe), cell);
        }
        assert_eq!(spreadsheet_safe("Kevin"), "Kevin");
        assert_eq!(from_spreadsheet("'Connor"), "'Connor");
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(terminal_safe("a\tb\nc", false), "a\\tb\\nc");
        assert_eq!(terminal_safe("a\nb", true), "a\nb");
        assert_eq!(terminal_safe("\u{1b}]0;x\u{7}", true), "\\u{1b}]0;x\\u{7}");
        assert_eq!(terminal_safe("abc\u{202e}", true), "abc\\u{202e}");
        assert_eq!(terminal_safe("Élodie", false), "Élodie");
    }
}
