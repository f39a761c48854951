//! How people title a sheet's columns, in English or French, and the
//! header row read into the domain's fields. Only the sheet reader needs
//! these names; the server takes rows already named by our fields.

use epic_domain::crm::imports::{CLIENT_SHEET, EVENT_SHEET, SheetLayout};

/// A kind of sheet: its fields, and the names people give their columns.
#[derive(Debug, Clone, Copy)]
pub struct Headers {
    pub layout: SheetLayout,
    aliases: &'static [(&'static str, &'static [&'static str])],
}

pub const CLIENTS: Headers = Headers {
    layout: CLIENT_SHEET,
    aliases: CLIENT_ALIASES,
};

pub const EVENTS: Headers = Headers {
    layout: EVENT_SHEET,
    aliases: EVENT_ALIASES,
};

impl Headers {
    /// Maps a header row to our fields; unknown columns are ignored, and
    /// missing required ones are an error naming them.
    pub fn map(&self, header: &[String]) -> epic_domain::Result<Vec<Option<&'static str>>> {
        let mapped: Vec<Option<&'static str>> = header
            .iter()
            .map(|h| {
                let h = epic_domain::search::fold(h.trim());
                self.aliases
                    .iter()
                    .find(|(_, names)| names.contains(&h.as_str()))
                    .map(|(field, _)| *field)
            })
            .collect();
        self.layout.require(&mapped)?;
        Ok(mapped)
    }
}

/// Header names as people write them, in English or French, compared
/// without case or accents (`Téléphone` is `telephone`).
const EVENT_ALIASES: &[(&str, &[&str])] = &[
    (
        "name",
        &[
            "name",
            "event",
            "event name",
            "nom",
            "evenement",
            "nom de l'evenement",
        ],
    ),
    (
        "contract",
        &["contract", "contract id", "contract_id", "contrat"],
    ),
    (
        "client",
        &["client", "client name", "client_name", "nom du client"],
    ),
    (
        "start",
        &[
            "start",
            "event start",
            "start date",
            "date start",
            "debut",
            "date de debut",
        ],
    ),
    (
        "end",
        &[
            "end",
            "event end",
            "end date",
            "date end",
            "fin",
            "date de fin",
        ],
    ),
    (
        "support_contact",
        &[
            "support",
            "support contact",
            "support_contact",
            "contact support",
        ],
    ),
    ("location", &["location", "place", "lieu", "adresse"]),
    (
        "attendees",
        &["attendees", "guests", "participants", "invites"],
    ),
    ("notes", &["notes", "note", "remarques"]),
];

const CLIENT_ALIASES: &[(&str, &[&str])] = &[
    (
        "full_name",
        &[
            "full_name",
            "full name",
            "name",
            "client",
            "nom",
            "nom complet",
        ],
    ),
    ("email", &["email", "e-mail", "courriel", "mail"]),
    ("phone", &["phone", "telephone", "phone number", "tel"]),
    (
        "company_name",
        &[
            "company_name",
            "company",
            "company name",
            "societe",
            "entreprise",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_titled_by_its_own_name_among_others() {
        for headers in [CLIENTS, EVENTS] {
            let titled: Vec<&str> = headers.aliases.iter().map(|(f, _)| *f).collect();
            assert_eq!(
                titled, headers.layout.fields,
                "title each field of the sheet in crates/epic-cli/src/sheet/headers.rs"
            );
            for (field, names) in headers.aliases {
                let folded = epic_domain::search::fold(field);
                assert!(names.contains(&folded.as_str()), "{field}");
            }
        }
    }

    #[test]
    fn french_headers_with_accents_map_to_fields() {
        let header = [
            "Nom".to_owned(),
            "Courriel".into(),
            "Téléphone".into(),
            "x".into(),
        ];
        let mapped = CLIENTS.map(&header).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            mapped,
            [Some("full_name"), Some("email"), Some("phone"), None]
        );
        assert!(CLIENTS.map(&["Téléphone".to_owned()]).is_err());
    }
}
