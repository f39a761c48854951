//! `--fields a,b,c`: which of a list's fields to show, in which order, in
//! every format. Chosen once per list, before the first record is read.

use super::Record;
use crate::command_error::{CommandError, CommandResult};

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

    /// The cells of the shown fields, from a record's cells in column order
    /// (without allocating: this runs once per exported row).
    pub fn cells<'a>(&'a self, all: &'a [String]) -> impl Iterator<Item = &'a String> + 'a {
        let (picks, whole): (&[usize], &[String]) = match &self.picks {
            Some(picks) => (picks, &[]),
            None => (&[], all),
        };
        picks.iter().filter_map(|&i| all.get(i)).chain(whole)
    }

    /// A record reduced to the shown fields, in their order.
    pub fn record(&self, mut record: Record) -> Record {
        if self.is_all() {
            return record;
        }
        self.names
            .iter()
            .map(|name| {
                let value = record.remove(*name).unwrap_or_default();
                ((*name).to_owned(), value)
            })
            .collect()
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
pub fn pick(record: &Record, wanted: &str) -> CommandResult<Record> {
    let mut picked = Record::new();
    for name in wanted.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let Some((key, value)) = record.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)) else {
            let valid: Vec<&str> = record.keys().map(String::as_str).collect();
            return Err(unknown(name, &valid));
        };
        picked.insert(key.clone(), value.clone());
    }
    if picked.is_empty() {
        let valid: Vec<&str> = record.keys().map(String::as_str).collect();
        let valid = [("valid", valid.join(", ").into())];
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
        let cells: Vec<String> = ["1", "Gala", "2027"].map(String::from).to_vec();
        let shown: Vec<&String> = chosen.cells(&cells).collect();
        assert_eq!(shown, ["2027", "1"]);
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
