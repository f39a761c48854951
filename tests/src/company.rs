//! A small company with records in every ownership situation, built once
//! through the use cases and copied for each test that changes it.

use chrono::Utc;
use epic_domain::crm::{
    self, ClientFields, CreateClient, CreateContract, CreateEmployee, CreateEvent, EmployeeFields,
    EventDetails, EventFields, PersonFields, SignContract, SupportChange, UpdateEvent,
};
use epic_domain::employee::Employee;
use epic_domain::password::NewPassword;
use epic_domain::types::{ClientId, ContractId, EmployeeId};
use epic_store::{BlockingHasher, Store, schema};

use crate::{PASSWORD, TestDb};

/// Ids of everything in the company. "Own" records belong to `sales` (Bill)
/// or are assigned to `support` (Kate); "other" ones to Sam and Paul.
#[derive(Debug, Clone)]
pub struct Company {
    pub manager: Employee,
    pub sales: Employee,
    pub other_sales: Employee,
    pub support: Employee,
    pub other_support: Employee,
    /// A sales employee who owns nothing: free to update, deactivate, delete.
    pub spare: Employee,
    /// Deactivated: someone management may forget.
    pub former: Employee,
    /// Bill's client with contracts; Sam's client with contracts.
    pub client: i64,
    pub other_client: i64,
    /// Clients without contracts.
    pub empty_client: i64,
    pub other_empty_client: i64,
    /// Signed, with events.
    pub contract: i64,
    pub other_contract: i64,
    /// Unsigned, no events.
    pub unsigned_contract: i64,
    pub other_unsigned_contract: i64,
    /// Signed, no events.
    pub free_contract: i64,
    pub other_free_contract: i64,
    /// Kate's event, Paul's event, and one without support.
    pub event: i64,
    pub other_event: i64,
    pub unassigned_event: i64,
}

fn person(name: &str, email: &str) -> PersonFields {
    PersonFields {
        full_name: Some(name.into()),
        email: Some(email.into()),
    }
}

async fn hire(
    store: &Store,
    manager: &Employee,
    name: &str,
    email: &str,
    department: &str,
) -> Employee {
    let request = CreateEmployee::parse(&EmployeeFields {
        person: person(name, email),
        department: Some(department.into()),
    })
    .expect("employee");
    let password = || NewPassword::parse("password", PASSWORD.into());
    let mut e = crm::create_employee(
        store,
        &BlockingHasher,
        manager,
        request,
        password,
        Utc::now(),
    )
    .await
    .expect("hire");
    // Acting through the use cases directly: no first-login step here.
    e.must_change_password = false;
    e
}

async fn client(store: &Store, owner: &Employee, name: &str, email: &str) -> i64 {
    let request = CreateClient::parse(&ClientFields {
        person: person(name, email),
        phone: Some("+33 6 12 34 56 78".into()),
        ..ClientFields::default()
    })
    .expect("client fields");
    crm::create_client(store, owner, request, Utc::now())
        .await
        .expect("client")
        .id
        .0
}

async fn contract(store: &Store, manager: &Employee, client: i64, signed: bool) -> i64 {
    let request = CreateContract::parse(ClientId(client), "5000", Some("1000")).expect("amounts");
    let c = crm::create_contract(store, manager, request, Utc::now())
        .await
        .expect("contract");
    if signed {
        let request = SignContract {
            id: c.id,
            signed: true,
        };
        crm::set_signed(store, manager, request, Utc::now())
            .await
            .expect("sign");
    }
    c.id.0
}

async fn event(
    store: &Store,
    owner: &Employee,
    contract: i64,
    support: Option<&Employee>,
    manager: &Employee,
) -> i64 {
    let fields = EventFields {
        name: Some("Assemblée générale".into()),
        start: Some("2026-05-05T15:00:00Z".into()),
        end: Some("2026-05-05T17:00:00Z".into()),
        location: Some("Salle des fêtes de Mufflins".into()),
        attendees: Some("200".into()),
        notes: None,
    };
    let request = CreateEvent::parse(ContractId(contract), &fields, &crate::utc_here())
        .expect("event fields");
    let e = crm::create_event(store, owner, request, Utc::now())
        .await
        .expect("event");
    if let Some(support) = support {
        let request = UpdateEvent {
            id: e.id,
            details: EventDetails::default(),
            support: Some(SupportChange::Assign(support.id)),
            append_notes: None,
            if_free: false,
            if_version: None,
        };
        crm::update_event(store, manager, request, Utc::now())
            .await
            .expect("assign");
    }
    e.id.0
}

impl Company {
    /// Builds the company in a new database, closed afterwards so it can be
    /// used as a template.
    pub fn build() -> (TestDb, Self) {
        Self::build_in(TestDb::new())
    }

    /// The same company in a database the test chose.
    pub fn build_in(db: TestDb) -> (TestDb, Self) {
        let company = crate::block_on(async {
            let store = db.store().await;
            schema::migrate(&store).await.expect("migrate");
            let manager = epic_domain::auth::init(
                &store,
                &BlockingHasher,
                &epic_domain::SystemClock,
                epic_domain::types::FullName::parse("Ada Manager").expect("name"),
                epic_domain::types::Email::parse(crate::ADA).expect("email"),
                NewPassword::parse("password", PASSWORD.into()).expect("password"),
            )
            .await
            .expect("init");
            let sales = hire(
                &store,
                &manager,
                "Bill Boquet",
                "bill@epicevents.fr",
                "sales",
            )
            .await;
            let other_sales =
                hire(&store, &manager, "Sam Seller", "sam@epicevents.fr", "sales").await;
            let support = hire(
                &store,
                &manager,
                "Kate Hastroff",
                "kate@epicevents.fr",
                "support",
            )
            .await;
            let other_support = hire(
                &store,
                &manager,
                "Paul Porter",
                "paul@epicevents.fr",
                "support",
            )
            .await;
            let spare = hire(
                &store,
                &manager,
                "Spare Seller",
                "spare@epicevents.fr",
                "sales",
            )
            .await;
            let former = hire(
                &store,
                &manager,
                "Fran Former",
                "fran@epicevents.fr",
                "sales",
            )
            .await;
            let former = crm::set_active(&store, &manager, former.id, false, Utc::now())
                .await
                .expect("deactivate");
            let client_id = client(&store, &sales, "John Ouick", "john.ouick@gmail.com").await;
            let other_client =
                client(&store, &other_sales, "Lou Bouzin", "jacky@loubouzin.grd").await;
            let empty_client = client(&store, &sales, "Kevin Casey", "kevin@startup.io").await;
            let other_empty_client =
                client(&store, &other_sales, "Nina Nobody", "nina@example.com").await;
            let contract_id = contract(&store, &manager, client_id, true).await;
            let other_contract = contract(&store, &manager, other_client, true).await;
            let unsigned_contract = contract(&store, &manager, client_id, false).await;
            let other_unsigned_contract = contract(&store, &manager, other_client, false).await;
            let free_contract = contract(&store, &manager, client_id, true).await;
            let other_free_contract = contract(&store, &manager, other_client, true).await;
            let event_id = event(&store, &sales, contract_id, Some(&support), &manager).await;
            let other_event = event(
                &store,
                &other_sales,
                other_contract,
                Some(&other_support),
                &manager,
            )
            .await;
            let unassigned_event = event(&store, &sales, contract_id, None, &manager).await;
            store.close().await;
            // They log in through the binary too: skip the first-login change.
            crate::execute(
                &db,
                &sea_orm::sea_query::Query::update()
                    .table(sea_orm::sea_query::Alias::new("employees"))
                    .value(
                        sea_orm::sea_query::Alias::new("must_change_password"),
                        false,
                    )
                    .to_owned(),
            )
            .await;
            Company {
                manager,
                sales,
                other_sales,
                support,
                other_support,
                spare,
                former,
                client: client_id,
                other_client,
                empty_client,
                other_empty_client,
                contract: contract_id,
                other_contract,
                unsigned_contract,
                other_unsigned_contract,
                free_contract,
                other_free_contract,
                event: event_id,
                other_event,
                unassigned_event,
            }
        });
        (db, company)
    }

    pub fn employee_ids(&self) -> [EmployeeId; 7] {
        [
            self.manager.id,
            self.sales.id,
            self.other_sales.id,
            self.support.id,
            self.other_support.id,
            self.spare.id,
            self.former.id,
        ]
    }
}

/// Everything in the database as text, to prove a refused action changed nothing.
pub async fn snapshot(store: &Store, company: &Company) -> String {
    use epic_domain::crm::InboxRepository;
    let m = &company.manager;
    let mut employees = Vec::new();
    crm::list_employees(store, m, Utc::now(), &mut crm::push_into(&mut employees))
        .await
        .expect("employees");
    let mut text = format!("{employees:?}");
    let mut clients = Vec::new();
    crm::list_clients(
        store,
        m,
        &Default::default(),
        &mut crm::push_into(&mut clients),
    )
    .await
    .expect("clients");
    text += &format!("{clients:?}");
    let mut contracts = Vec::new();
    crm::list_contracts(
        store,
        m,
        &Default::default(),
        &mut crm::push_into(&mut contracts),
    )
    .await
    .expect("contracts");
    text += &format!("{contracts:?}");
    let mut events = Vec::new();
    crm::list_events(
        store,
        m,
        &Default::default(),
        Utc::now(),
        &mut crm::push_into(&mut events),
    )
    .await
    .expect("events");
    text += &format!("{events:?}");
    let mut audit = Vec::new();
    crm::audit(
        store,
        m,
        &Default::default(),
        &mut crm::push_into(&mut audit),
    )
    .await
    .expect("audit");
    text += &format!("{audit:?}");
    for id in company.employee_ids() {
        let mut notifications = Vec::new();
        store
            .notifications(id, false, &mut crm::push_into(&mut notifications))
            .await
            .expect("notifications");
        text += &format!("{notifications:?}");
    }
    text
}
