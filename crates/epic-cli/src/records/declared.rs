//! The records of the CRM and of its reports, as every format shows them.

use epic_domain::crm::records::{
    AuditRow, Client, Contract, Event, Notification, NotificationSettings, OutboxEntry,
};
use epic_domain::crm::reports::{MonthRow, RevenueRow, UnpaidRow, UpcomingRow};
use epic_domain::employee::Employee;

use super::{Cell, Shown, shown};

shown!(Employee {
    id => Cell::count(id.0),
    full_name => Cell::Name(full_name.as_str()),
    email => Cell::Text(email.as_str()),
    department => Cell::Text(department.as_str()),
    active => Cell::Flag(*active),
    must_change_password => Cell::Flag(*must_change_password),
    locked_until => Cell::time_or_empty(*locked_until),
    created_at => Cell::Time(*created_at),
    version => Cell::count(*version),
} brief [id, full_name, email, department, active]);

shown!(Client {
    id => Cell::count(id.0),
    full_name => Cell::Name(full_name.as_str()),
    email => Cell::Text(email.as_str()),
    phone => Cell::text_or_empty(phone.as_ref().map(|p| p.as_str())),
    company_name => Cell::text_or_empty(company_name.as_ref().map(|c| c.as_str())),
    sales_contact_id => Cell::count(sales_contact_id.0),
    sales_contact_name => Cell::Name(sales_contact_name),
    created_at => Cell::Time(*created_at),
    updated_at => Cell::Time(*updated_at),
    version => Cell::count(*version),
} brief [id, full_name, email, phone, company_name, sales_contact_name]);

shown!(Contract {
    id => Cell::count(id.0),
    client_id => Cell::count(client_id.0),
    client_name => Cell::Name(client_name),
    sales_contact_id => Cell::count(sales_contact_id.0),
    sales_contact_name => Cell::Name(sales_contact_name),
    total_amount => Cell::money(total_amount.cents()),
    amount_due => Cell::money(amount_due.cents()),
    signed => Cell::Flag(*signed),
    signed_at => Cell::time_or_empty(*signed_at),
    created_at => Cell::Time(*created_at),
    updated_at => Cell::Time(*updated_at),
    version => Cell::count(*version),
} brief [id, client_name, sales_contact_name, total_amount, amount_due, signed]);

shown!(calendar Event {
    id => Cell::count(id.0),
    name => Cell::Name(name.as_str()),
    contract_id => Cell::count(contract_id.0),
    client_id => Cell::count(client_id.0),
    client_name => Cell::Name(client_name),
    client_email => Cell::Text(client_email),
    client_phone => Cell::text_or_empty(client_phone.as_deref()),
    sales_contact_id => Cell::count(sales_contact_id.0),
    support_contact_id => Cell::count_or_empty(support_contact_id.map(|id| id.0)),
    support_contact_name => Cell::name_or_empty(support_contact_name.as_deref()),
    start => Cell::Time(*start),
    end => Cell::Time(*end),
    location => Cell::Name(location.as_str()),
    attendees => Cell::count(*attendees),
    notes => Cell::Text(notes),
    created_at => Cell::Time(*created_at),
    updated_at => Cell::Time(*updated_at),
    version => Cell::count(*version),
} brief [id, name, client_name, start, support_contact_name]);

shown!(Notification {
    id => Cell::count(id.0),
    event_id => Cell::count_or_empty(event_id.map(|id| id.0)),
    kind => Cell::Text(kind),
    message => Cell::Text(message),
    created_at => Cell::Time(*created_at),
    read_at => Cell::time_or_empty(*read_at),
} brief [id, event_id, message, created_at, read_at]);

shown!(NotificationSettings {
    email => Cell::Text(email.as_str()),
    language => Cell::Text(language.as_str()),
});

shown!(OutboxEntry {
    id => Cell::count(*id),
    employee_id => Cell::count(employee_id.0),
    employee_name => Cell::Name(employee_name),
    kind => Cell::Text(kind),
    event_id => Cell::count_or_empty(event_id.map(|id| id.0)),
    state => Cell::Text(state),
    attempts => Cell::count(*attempts),
    created_at => Cell::Time(*created_at),
    next_attempt_at => Cell::time_or_empty(*next_attempt_at),
    sent_at => Cell::time_or_empty(*sent_at),
    last_error => Cell::text_or_empty(last_error.as_deref()),
} brief [id, employee_name, kind, event_id, state, attempts, next_attempt_at, last_error]);

shown!(AuditRow {
    id => Cell::count(*id),
    at => Cell::Time(*at),
    actor_id => Cell::count_or_empty(actor_id.map(|id| id.0)),
    actor_name => Cell::name_or_empty(actor_name.as_deref()),
    action => Cell::Text(action),
    entity => Cell::Text(entity),
    entity_id => Cell::count(*entity_id),
    changes => Cell::Text(changes),
} brief [id, at, actor_name, action, entity, entity_id]);

shown!(RevenueRow {
    sales_contact_id => Cell::count(sales_contact_id.0),
    sales_contact_name => Cell::Name(sales_contact_name),
    contracts_signed => Cell::count(*contracts_signed),
    revenue_signed => Cell::money(revenue_signed.cents()),
    amount_outstanding => Cell::money(amount_outstanding.cents()),
});

shown!(UnpaidRow {
    contract_id => Cell::count(contract_id.0),
    client_id => Cell::count(client_id.0),
    client_name => Cell::Name(client_name),
    sales_contact_name => Cell::Name(sales_contact_name),
    signed => Cell::Flag(*signed),
    total_amount => Cell::money(total_amount.cents()),
    amount_due => Cell::money(amount_due.cents()),
    created_at => Cell::Time(*created_at),
    age_days => Cell::count(*age_days),
});

shown!(UpcomingRow {
    event_id => Cell::count(event_id.0),
    name => Cell::Name(name),
    start => Cell::Time(*start),
    client_name => Cell::Name(client_name),
    location => Cell::Name(location),
    attendees => Cell::count(*attendees),
    support_contact_name => Cell::name_or_empty(support_contact_name.as_deref()),
    needs_support => Cell::Flag(*needs_support),
});

shown!(MonthRow {
    month => Cell::Text(month),
    events => Cell::count(*events),
    attendees => Cell::count(*attendees),
    without_support => Cell::count(*without_support),
});

/// Every list a command prints, by the words that name it, with its
/// fields: for completing `--fields` and for the help topics.
pub const LISTS: &[(&str, &str, &[&str])] = &[
    ("employee", "", Employee::FIELDS),
    ("client", "", Client::FIELDS),
    ("contract", "", Contract::FIELDS),
    ("event", "", Event::FIELDS),
    ("notification", "", Notification::FIELDS),
    ("notification", "outbox", OutboxEntry::FIELDS),
    ("audit", "", AuditRow::FIELDS),
    ("report", "revenue", RevenueRow::FIELDS),
    ("report", "unpaid", UnpaidRow::FIELDS),
    ("report", "upcoming", UpcomingRow::FIELDS),
    ("report", "monthly", MonthRow::FIELDS),
];

/// The fields of what the command on a command line prints, found from
/// its words (`epic event list --fields …`), for completing `--fields`.
pub fn fields_of<S: AsRef<str>>(words: &[S]) -> Option<&'static [&'static str]> {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let noun = words
        .iter()
        .position(|w| LISTS.iter().any(|(noun, _, _)| noun == w))?;
    let verb = words.get(noun + 1).copied().unwrap_or_default();
    LISTS
        .iter()
        .find(|(n, v, _)| *n == words[noun] && (v.is_empty() || *v == verb))
        .map(|(_, _, fields)| *fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn briefs_are_fields_of_their_record() {
        let briefs = [
            (Employee::FIELDS, Employee::BRIEF),
            (Client::FIELDS, Client::BRIEF),
            (Contract::FIELDS, Contract::BRIEF),
            (Event::FIELDS, Event::BRIEF),
            (Notification::FIELDS, Notification::BRIEF),
            (AuditRow::FIELDS, AuditRow::BRIEF),
            (OutboxEntry::FIELDS, OutboxEntry::BRIEF),
        ];
        for (fields, brief) in briefs {
            assert!(brief.iter().all(|b| fields.contains(b)), "{brief:?}");
        }
    }

    /// The JSON a front end prints is the JSON the server sends.
    fn same_json<T: Shown + serde::Serialize + serde::de::DeserializeOwned>(json: &str) {
        let record: T = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
        let served = serde_json::to_string_pretty(&record).ok();
        let shown =
            serde_json::to_string_pretty(&super::super::Object(&super::super::named(&record)));
        assert_eq!(shown.ok(), served);
    }

    #[test]
    fn every_record_shows_as_the_server_serves_it() {
        same_json::<Employee>(
            r#"{"id": 2, "full_name": "Kate Support", "email": "kate@epicevents.fr",
            "department": "support", "active": true, "must_change_password": false,
            "locked_until": null, "created_at": "2026-01-02T03:04:05.678901Z", "version": 3}"#,
        );
        same_json::<Client>(
            r#"{"id": 7, "full_name": "Kevin Casey", "email": "kevin@startup.io",
            "phone": "+678 123 456 78", "company_name": null, "sales_contact_id": 4,
            "sales_contact_name": "Bill", "created_at": "2026-01-02T03:04:05Z",
            "updated_at": "2026-01-02T03:04:05.100Z", "version": 1}"#,
        );
        same_json::<Contract>(
            r#"{"id": 9, "client_id": 7, "client_name": "Kevin Casey", "sales_contact_id": 4,
            "sales_contact_name": "Bill", "total_amount": "4500.50", "amount_due": "0.05",
            "signed": true, "signed_at": "2026-02-01T00:00:00Z",
            "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-01-02T03:04:05Z",
            "version": 2}"#,
        );
        same_json::<Event>(
            r#"{"id": 5, "name": "Gala", "contract_id": 9, "client_id": 7,
            "client_name": "Kevin Casey", "client_email": "kevin@startup.io",
            "client_phone": null, "sales_contact_id": 4, "support_contact_id": null,
            "support_contact_name": null, "start": "2027-06-12T12:00:00Z",
            "end": "2027-06-12T23:00:00Z", "location": "Paris", "attendees": 75,
            "notes": "line\none", "created_at": "2026-01-02T03:04:05Z",
            "updated_at": "2026-01-02T03:04:05Z", "version": 1}"#,
        );
        same_json::<RevenueRow>(
            r#"{"sales_contact_id": 4, "sales_contact_name": "Bill", "contracts_signed": 3,
            "revenue_signed": "12000.00", "amount_outstanding": "10.01"}"#,
        );
    }

    #[test]
    fn completion_finds_the_list_of_a_command_line() {
        assert_eq!(fields_of(&["epic", "client", "list"]), Some(Client::FIELDS));
        let upcoming = fields_of(&["epic", "report", "upcoming", "--fields"]);
        assert_eq!(upcoming, Some(UpcomingRow::FIELDS));
        assert_eq!(fields_of(&["epic", "report"]), None);
        assert_eq!(fields_of(&["epic", "login"]), None);
    }
}
