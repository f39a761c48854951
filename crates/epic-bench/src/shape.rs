//! What a company with N events looks like, deterministically: the same N
//! always gives the same rows, so runs compare.

use chrono::{DateTime, Duration, TimeZone, Utc};

/// Surnames repeat across clients, so `client list --search` finds about
/// one client in `LAST_NAMES.len()`.
pub const LAST_NAMES: &[&str] = &[
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
];
const FIRST_NAMES: &[&str] = &[
    "Kévin", "John", "Chloé", "Lou", "Amélie", "Ada", "Hugo", "Léa", "Noé", "Zoé", "Inès", "Jules",
    "Maëlle", "Anaïs", "Théo", "Sam",
];
const PLACES: &[&str] = &[
    "53 Rue du Château, 41120 Candé-sur-Beuvron",
    "12 Quai de la Loire, 37000 Tours",
    "8 Place Bellecour, 69002 Lyon",
    "2 Rue de Rivoli, 75004 Paris",
    "1 Promenade des Anglais, 06000 Nice",
];

/// Counts derived from the number of events: four events per client, one
/// unsigned contract (no event) per four signed ones, one support employee
/// per 2,000 events, and a small support employee with five events of her own
/// for the "a few rows" commands.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub events: u64,
    pub clients: u64,
    pub contracts: u64,
    pub sales: u64,
    pub support: u64,
    pub management: u64,
}

/// Events assigned to the first generated support employee.
pub const FEW: u64 = 5;

impl Shape {
    pub fn for_events(events: u64) -> Self {
        let events = events.max(FEW);
        Self {
            events,
            clients: events.div_ceil(4),
            contracts: events + events / 4,
            sales: 5 + events / 50_000,
            support: 5 + events / 2_000,
            management: 2,
        }
    }
}

pub fn name(i: u64) -> String {
    format!(
        "{} {}",
        FIRST_NAMES[(i % FIRST_NAMES.len() as u64) as usize],
        LAST_NAMES[(i / 7 % LAST_NAMES.len() as u64) as usize]
    )
}

pub fn place(i: u64) -> &'static str {
    PLACES[(i % PLACES.len() as u64) as usize]
}

pub fn phone(i: u64) -> String {
    format!(
        "+33 6 {:02} {:02} {:02} {:02}",
        i % 97,
        i % 89,
        i % 83,
        i % 79
    )
}

pub fn epoch() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 1, 1, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

/// Events spread over five years from 2024, at whole hours.
pub fn start(i: u64) -> DateTime<Utc> {
    let hours = (i.wrapping_mul(2_654_435_761) % (5 * 365 * 24)) as i64;
    epoch() + Duration::hours(hours)
}

/// Total in cents and how much is still due: one contract in three unpaid.
pub fn money(i: u64) -> (i64, i64) {
    let total = 100_000 + (i % 9_000) as i64 * 1_000;
    let due = if i.is_multiple_of(3) { total / 2 } else { 0 };
    (total, due)
}
