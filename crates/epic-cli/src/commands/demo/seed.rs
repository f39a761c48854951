//! The demo's data, written through the same use cases as everything else.

use chrono::{Duration, TimeZone, Utc};
use epic_domain::auth::LockoutPolicy;
use epic_domain::crm::{self, ClientInput, EmployeeInput, EventInput, EventPatch, SupportChange};
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_domain::types::{Email, FullName};
use epic_domain::{SystemClock, auth, secret};
use epic_store::{BlockingHasher, Store};

use crate::command_error::CommandResult;

#[derive(Debug)]
pub struct Person {
    pub key: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub department: &'static str,
    pub password: String,
}

#[derive(Debug)]
pub struct Cast {
    pub people: Vec<Person>,
    /// Kate's employee id, for the tour's assignment.
    pub kate: i64,
}

const PEOPLE: [(&str, &str, &str, &str); 5] = [
    ("ada", "Ada Lovelace", "ada@epicevents.fr", "management"),
    ("bill", "Bill Boquet", "bill@epicevents.fr", "sales"),
    ("sam", "Sam Seller", "sam@epicevents.fr", "sales"),
    ("kate", "Kate Hastroff", "kate@epicevents.fr", "support"),
    (
        "alienor",
        "Aliénor Vichum",
        "alienor@epicevents.fr",
        "support",
    ),
];

/// A small deterministic generator: the same demo every time.
struct Dice(u64);

impl Dice {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[usize::try_from(self.next(items.len() as u64)).unwrap_or(0)]
    }
}

const FIRST: &[&str] = &[
    "Camille", "Hugo", "Léa", "Louis", "Chloé", "Jules", "Inès", "Noah", "Zoé", "Élodie", "Mathis",
    "Anaïs",
];
const LAST: &[&str] = &[
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Lefèvre", "Girard",
];
const COMPANY: &[&str] = &["SARL", "Studio", "Maison", "Atelier", "Groupe", "Cabinet"];
const KIND: &[&str] = &[
    "Wedding",
    "Seminar",
    "Gala",
    "Product launch",
    "Birthday party",
    "General assembly",
];
const PLACE: &[&str] = &[
    "Château de Chambord",
    "Salle Pleyel, Paris",
    "Palais des Papes, Avignon",
    "Domaine de Candé",
    "Halle de Lyon",
];

pub async fn seed(store: &Store, generated: u32) -> CommandResult<Cast> {
    let now = crate::context::now();
    let people: Vec<Person> = PEOPLE
        .iter()
        .map(|&(key, name, email, department)| {
            Ok(Person {
                key,
                name,
                email,
                department,
                password: format!("demo-{}", secret::random_hex(6)?),
            })
        })
        .collect::<epic_domain::Result<_>>()?;
    let password = |p: &Person| NewPassword::parse("password", p.password.clone());
    let ada = auth::init(
        store,
        &BlockingHasher,
        &SystemClock,
        FullName::parse(people[0].name)?,
        Email::parse(people[0].email)?,
        password(&people[0])?,
    )
    .await?;
    let mut staff: Vec<Employee> = vec![ada.clone()];
    for person in &people[1..] {
        let first_day = format!("{}-first-day", person.password);
        let input = EmployeeInput {
            full_name: person.name.into(),
            email: person.email.into(),
            department: person.department.into(),
            password: NewPassword::parse("password", first_day.clone())?,
        };
        crm::create_employee(store, &BlockingHasher, &ada, input, now).await?;
        // Each of them has already replaced management's password by their own.
        let session = auth::login(
            store,
            &BlockingHasher,
            &SystemClock,
            LockoutPolicy::default(),
            person.email,
            &first_day,
        )
        .await?;
        let who = auth::authenticate(store, &SystemClock, &session.token).await?;
        auth::change_password(
            store,
            &BlockingHasher,
            &SystemClock,
            &who,
            &first_day,
            password(person)?,
        )
        .await?;
        auth::logout(store, &SystemClock, &who, auth::LogoutScope::ThisSession).await?;
        let mut ready = who.employee;
        ready.must_change_password = false;
        staff.push(ready);
    }
    let (bill, sam, alienor) = (&staff[1], &staff[2], &staff[4]);

    // The brief's client and its assembly, already organised by Aliénor.
    let kevin = ClientInput {
        full_name: "Kevin Casey".into(),
        email: "kevin@startup.io".into(),
        phone: Some("+678 123 456 78".into()),
        company_name: Some("Cool Startup LLC".into()),
    };
    crm::create_client(store, bill, kevin, now).await?;
    let lou = ClientInput {
        full_name: "Jacky Blangier".into(),
        email: "jacky@loubouzin.grd".into(),
        phone: Some("+ 666 12345".into()),
        company_name: Some("Lou Bouzin".into()),
    };
    let lou = crm::create_client(store, sam, lou, now).await?;
    let contract = crm::create_contract(store, &ada, lou.id, "12000", Some("0"), now).await?;
    crm::set_signed(store, &ada, contract.id, true, now).await?;
    let assembly = EventInput {
        name: "Lou Bouzin General Assembly".into(),
        start: "2023-05-05T15:00:00+02:00".into(),
        end: "2023-05-05T17:00:00+02:00".into(),
        location: "Salle des fêtes de Mufflins".into(),
        attendees: "200".into(),
        notes: Some("Assemblée générale des actionnaires (~200 personnes).".into()),
    };
    let event = crm::create_event(store, sam, contract.id, assembly, now).await?;
    let assign = EventPatch {
        support: Some(SupportChange::Assign(alienor.id)),
        ..EventPatch::default()
    };
    crm::update_event(store, &ada, event.id, assign, now).await?;

    let mut dice = Dice(0x00e9_1c00_e7e5);
    let sellers = [&staff[1], &staff[2]];
    let supports = [&staff[3], &staff[4]];
    let first_day = Utc
        .with_ymd_and_hms(2026, 1, 5, 9, 0, 0)
        .single()
        .unwrap_or(now);
    for n in 0..generated {
        let seller = sellers[usize::from(dice.next(2) == 1)];
        let (first, last) = (dice.pick(FIRST), dice.pick(LAST));
        let input = ClientInput {
            full_name: format!("{first} {last}"),
            email: format!("client{n}@example.com"),
            phone: Some(format!(
                "+33 6 {:02} {:02} {:02} {:02}",
                dice.next(100),
                dice.next(100),
                dice.next(100),
                dice.next(100)
            )),
            company_name: Some(format!("{} {last}", dice.pick(COMPANY))),
        };
        let client = crm::create_client(store, seller, input, now).await?;
        let total = 1000 + dice.next(40) * 500;
        let due = total - dice.next(3) * total / 2;
        let contract = crm::create_contract(
            store,
            &ada,
            client.id,
            &total.to_string(),
            Some(&due.to_string()),
            now,
        )
        .await?;
        if dice.next(4) == 0 {
            continue; // still being negotiated
        }
        crm::set_signed(store, seller, contract.id, true, now).await?;
        let start = first_day
            + Duration::days(i64::try_from(dice.next(500)).unwrap_or(0))
            + Duration::hours(i64::try_from(dice.next(10)).unwrap_or(0));
        let input = EventInput {
            name: format!("{} {last}", dice.pick(KIND)),
            start: start.to_rfc3339(),
            end: (start + Duration::hours(2 + i64::try_from(dice.next(10)).unwrap_or(0)))
                .to_rfc3339(),
            location: dice.pick(PLACE).into(),
            attendees: (10 + dice.next(300)).to_string(),
            notes: None,
        };
        let event = crm::create_event(store, seller, contract.id, input, now).await?;
        if dice.next(3) > 0 {
            let support = supports[usize::from(dice.next(2) == 1)];
            let patch = EventPatch {
                support: Some(SupportChange::Assign(support.id)),
                ..EventPatch::default()
            };
            crm::update_event(store, &ada, event.id, patch, now).await?;
        }
    }
    Ok(Cast {
        kate: staff[3].id.0,
        people,
    })
}
