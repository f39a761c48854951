//! The demo's data, written through the same use cases as everything else.

use chrono::{Duration, TimeZone, Utc};
use epic_domain::auth::LockoutPolicy;
use epic_domain::crm::{
    self, ClientFields, CreateClient, CreateContract, CreateEmployee, CreateEvent, EventDetails,
    PersonFields, SignContract, SupportChange, UpdateEvent,
};
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_domain::types::{ContractId, Email, EmployeeId, EventId, EventText, FullName, Money};
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
        let request = CreateEmployee {
            full_name: FullName::parse(person.name)?,
            email: Email::parse(person.email)?,
            department: person.department.parse()?,
        };
        let initial = NewPassword::parse("password", first_day.clone())?;
        let initial = || Ok::<_, epic_domain::Error>(initial);
        crm::create_employee(store, &BlockingHasher, &ada, request, initial, now).await?;
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
    let kevin = client(
        "Kevin Casey",
        "kevin@startup.io",
        "+678 123 456 78",
        "Cool Startup LLC",
    )?;
    crm::create_client(store, bill, kevin, now).await?;
    let lou = client(
        "Jacky Blangier",
        "jacky@loubouzin.grd",
        "+ 666 12345",
        "Lou Bouzin",
    )?;
    let lou = crm::create_client(store, sam, lou, now).await?;
    let contract = CreateContract {
        client: lou.id,
        total: Money::parse("total", "12000")?,
        due: Money::ZERO,
    };
    let contract = crm::create_contract(store, &ada, contract, now).await?;
    sign(store, &ada, contract.id).await?;
    let assembly = CreateEvent {
        contract: contract.id,
        name: EventText::parse("Lou Bouzin General Assembly")?,
        start: "2023-05-05T13:00:00Z".parse().unwrap_or(now),
        end: "2023-05-05T15:00:00Z".parse().unwrap_or(now),
        location: EventText::parse("Salle des fêtes de Mufflins")?,
        attendees: 200,
        notes: "Assemblée générale des actionnaires (~200 personnes).".into(),
    };
    let event = crm::create_event(store, sam, assembly, now).await?;
    assign(store, &ada, event.id, alienor.id).await?;

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
        let phone = format!(
            "+33 6 {:02} {:02} {:02} {:02}",
            dice.next(100),
            dice.next(100),
            dice.next(100),
            dice.next(100)
        );
        let company = format!("{} {last}", dice.pick(COMPANY));
        let email = format!("client{n}@example.com");
        let input = client(&format!("{first} {last}"), &email, &phone, &company)?;
        let client = crm::create_client(store, seller, input, now).await?;
        let total = 1000 + dice.next(40) * 500;
        let due = total - dice.next(3) * total / 2;
        let cents =
            |units: u64| Money::from_cents("total", i64::try_from(units * 100).unwrap_or(0));
        let contract = CreateContract {
            client: client.id,
            total: cents(total)?,
            due: cents(due)?,
        };
        let contract = crm::create_contract(store, &ada, contract, now).await?;
        if dice.next(4) == 0 {
            continue; // still being negotiated
        }
        sign(store, seller, contract.id).await?;
        let start = first_day
            + Duration::days(i64::try_from(dice.next(500)).unwrap_or(0))
            + Duration::hours(i64::try_from(dice.next(10)).unwrap_or(0));
        let input = CreateEvent {
            contract: contract.id,
            name: EventText::parse(&format!("{} {last}", dice.pick(KIND)))?,
            start,
            end: start + Duration::hours(2 + i64::try_from(dice.next(10)).unwrap_or(0)),
            location: EventText::parse(dice.pick(PLACE))?,
            attendees: u32::try_from(10 + dice.next(300)).unwrap_or(10),
            notes: String::new(),
        };
        let event = crm::create_event(store, seller, input, now).await?;
        if dice.next(3) > 0 {
            let support = supports[usize::from(dice.next(2) == 1)];
            assign(store, &ada, event.id, support.id).await?;
        }
    }
    Ok(Cast {
        kate: staff[3].id.0,
        people,
    })
}

/// A client as a person would type it: the same parsing, and a field the
/// demo does not fill is left out.
// Every field is given today; the update keeps a new optional one out.
#[allow(clippy::needless_update)]
fn client(
    name: &str,
    email: &str,
    phone: &str,
    company: &str,
) -> epic_domain::Result<CreateClient> {
    CreateClient::parse(&ClientFields {
        person: PersonFields {
            full_name: Some(name.to_owned()),
            email: Some(email.to_owned()),
        },
        phone: Some(phone.to_owned()),
        company_name: Some(company.to_owned()),
        ..ClientFields::default()
    })
}

async fn sign(store: &Store, actor: &Employee, id: ContractId) -> epic_domain::Result<()> {
    let request = SignContract { id, signed: true };
    crm::set_signed(store, actor, request, crate::context::now()).await?;
    Ok(())
}

async fn assign(
    store: &Store,
    actor: &Employee,
    id: EventId,
    support: EmployeeId,
) -> epic_domain::Result<()> {
    let request = UpdateEvent {
        id,
        details: EventDetails::default(),
        support: Some(SupportChange::Assign(support)),
        append_notes: None,
        if_free: false,
        if_version: None,
    };
    crm::update_event(store, actor, request, crate::context::now()).await?;
    Ok(())
}
