//! `--fields a,b,c`: which of a list's fields to show, in which order, in
//! every format. Chosen once per list, before the first record is read.

use crate::command_error::{CommandError, CommandResult};
use crate::records::Cell;

/// The fields a list shows: all of its columns, or the ones asked for.
#[derive(Debug, Clone)]
pub struct Selection {
    names: Vec<&'static str>,
    /// Where each shown field is among the list's columns; `None`: all, in
    /// their own order.
    picks: Option<Vec<usize>>,
}

impl Selection {
    /// `wanted` as typed (`name,start, id`); an unknown or repeated name is
    /// a usage error naming the valid ones.
    pub fn new(columns: &'static [&'static str], wanted: Option<&str>) -> CommandResult<Self> {
        let Some(wanted) = wanted else {
            return Ok(Self {
                names: columns.to_vec(),
                picks: None,
            });
        };
        let mut names = Vec::new();
        let mut picks = Vec::new();
        for name in wanted.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let Some(at) = columns.iter().position(|c| c.eq_ignore_ascii_case(name)) else {
                return Err(unknown(name, columns));
            };
            if picks.contains(&at) {
                let name = [("name", name.into())];
                return Err(CommandError::usage(crate::i18n::text(
                    "fields-twice",
                    &name,
                )));
            }
            names.push(columns[at]);
            picks.push(at);
        }
        if names.is_empty() {
            let valid = [("valid", columns.join(", ").into())];
            return Err(CommandError::usage(crate::i18n::text(
                "fields-none",
                &valid,
            )));
        }
        Ok(Self {
            names,
            picks: Some(picks),
        })
    }

    /// The shown fields, in order: the header of every format.
    pub fn names(&self) -> &[&'static str] {
        &self.names
    }

    pub fn is_all(&self) -> bool {
        self.picks.is_none()
    }

    /// The shown fields with their cells, from a record's cells in the
    /// order of its fields.
    pub fn named<'s, 'c>(
        &'s self,
        all: &'s [Cell<'c>],
    ) -> impl Iterator<Item = (&'static str, Cell<'c>)> + 's {
        let (picks, whole): (&[usize], &[Cell<'c>]) = match &self.picks {
            Some(picks) => (picks, &[]),
            None => (&[], all),
        };
        let picked = picks.iter().filter_map(|&i| all.get(i).copied());
        self.names
            .iter()
            .copied()
            .zip(picked.chain(whole.iter().copied()))
    }
}

fn unknown(name: &str, columns: &[&str]) -> CommandError {
    let args = [
        ("name", format!("{name:?}").into()),
        ("valid", columns.join(", ").into()),
    ];
    CommandError::usage(crate::i18n::text("fields-unknown", &args))
}

/// `--fields` for one record (`show`, and what create and update print):
/// the valid names are the record's own.
pub fn pick<'c>(
    record: &[(&'static str, Cell<'c>)],
    wanted: &str,
) -> CommandResult<Vec<(&'static str, Cell<'c>)>> {
    let names: Vec<&str> = record.iter().map(|(name, _)| *name).collect();
    let mut picked = Vec::new();
    for name in wanted.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let Some(field) = record.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)) else {
            return Err(unknown(name, &names));
        };
        picked.push(*field);
    }
    if picked.is_empty() {
        let valid = [("valid", names.join(", ").into())];
        return Err(CommandError::usage(crate::i18n::text(
            "fields-none",
            &valid,
        )));
    }
    Ok(picked)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[&str] = &["id", "name", "start"];

    #[test]
    fn picks_and_orders() {
        let chosen = Selection::new(COLUMNS, Some("start, ID")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(chosen.names(), ["start", "id"]);
        let cells = [Cell::Count(1), Cell::Text("Gala"), Cell::Text("2027")];
        let shown: Vec<_> = chosen.named(&cells).collect();
        assert_eq!(
            shown,
            [("start", Cell::Text("2027")), ("id", Cell::Count(1))]
        );
    }

    #[test]
    fn unknown_and_repeated_names_are_usage_errors() {
        let error = Selection::new(COLUMNS, Some("id,nope"))
            .err()
            .map(|e| e.to_string());
        let error = error.unwrap_or_default();
        assert!(error.contains("\"nope\""), "{error}");
        assert!(error.contains("id, name, start"), "{error}");
        assert!(Selection::new(COLUMNS, Some("id,id")).is_err());
        assert!(Selection::new(COLUMNS, Some(" , ")).is_err());
    }
}
