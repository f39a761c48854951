//! Writes the generated rows in one transaction, many rows per statement,
//! with bound values only.

use chrono::{DateTime, Duration, Utc};
use epic_domain::search;
use epic_store::{Backend, Store, schema};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Order, Query, SelectStatement};
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbErr, TransactionTrait, Value};

use crate::shape::{self, FEW, Shape};

/// Rows per INSERT: 13 values a row stays well under SQLite's 32,766 and
/// PostgreSQL's 65,535 bound parameters.
const BATCH: usize = 1_000;

#[derive(Debug, Default)]
pub struct Counts {
    pub employees: u64,
    pub clients: u64,
    pub contracts: u64,
    pub events: u64,
}

pub async fn seed(url: &str, shape: Shape) -> Result<Counts, String> {
    let store = Store::open(url).await.map_err(|e| e.to_string())?;
    schema::require_current(&store)
        .await
        .map_err(|e| format!("{e} (run `epic init` on this database first)"))?;
    let db = store.connection();
    let hash = first_manager_hash(db)
        .await?
        .ok_or("no management employee yet: run `epic init` on this database first")?;
    let txn = db.begin().await.map_err(text)?;
    let base = Base {
        employee: max_id(&txn, "employees").await?,
        client: max_id(&txn, "clients").await?,
        contract: max_id(&txn, "contracts").await?,
        event: max_id(&txn, "events").await?,
    };
    let now = shape::epoch() - Duration::days(30);
    let counts = Counts {
        employees: employees(&txn, &shape, &base, &hash, now).await?,
        clients: clients(&txn, &shape, &base, now).await?,
        contracts: contracts(&txn, &shape, &base, now).await?,
        events: events(&txn, &shape, &base, now).await?,
    };
    if store.backend() == Backend::Postgres {
        for table in ["employees", "clients", "contracts", "events"] {
            advance_sequence(&txn, table).await?;
        }
    }
    txn.commit().await.map_err(text)?;
    store.close().await;
    Ok(counts)
}

fn text(e: DbErr) -> String {
    e.to_string()
}

struct Base {
    employee: i64,
    client: i64,
    contract: i64,
    event: i64,
}

impl Base {
    fn sales(&self, shape: &Shape, k: u64) -> i64 {
        self.employee + 1 + (k % shape.sales) as i64
    }
    fn support(&self, shape: &Shape, k: u64) -> i64 {
        self.employee + 1 + shape.sales as i64 + k as i64
    }
}

async fn first_manager_hash<C: ConnectionTrait>(db: &C) -> Result<Option<String>, String> {
    let select = Query::select()
        .column(Alias::new("password_hash"))
        .from(Alias::new("employees"))
        .and_where(Expr::col(Alias::new("department")).eq("management"))
        .order_by(Alias::new("id"), Order::Asc)
        .limit(1)
        .to_owned();
    let row = db.query_one(&select).await.map_err(text)?;
    row.map(|r| r.try_get::<String>("", "password_hash"))
        .transpose()
        .map_err(text)
}

async fn max_id(txn: &DatabaseTransaction, table: &str) -> Result<i64, String> {
    let select: SelectStatement = Query::select()
        .expr_as(
            Func::coalesce([
                Func::max(Expr::col(Alias::new("id"))).into(),
                Expr::val(0i64),
            ]),
            Alias::new("top"),
        )
        .from(Alias::new(table))
        .to_owned();
    let row = txn.query_one(&select).await.map_err(text)?;
    row.map_or(Ok(0), |r| r.try_get::<i64>("", "top"))
        .map_err(text)
}

/// Explicit ids leave PostgreSQL's sequence behind; move it past them.
async fn advance_sequence(txn: &DatabaseTransaction, table: &str) -> Result<(), String> {
    let select = Query::select()
        .expr(
            Func::cust(Alias::new("setval"))
                .arg(
                    Func::cust(Alias::new("pg_get_serial_sequence"))
                        .args([Expr::val(table), Expr::val("id")]),
                )
                .arg(Expr::val(Ord::max(max_id(txn, table).await?, 1))),
        )
        .to_owned();
    txn.query_one(&select).await.map_err(text)?;
    Ok(())
}

async fn insert(
    txn: &DatabaseTransaction,
    table: &str,
    columns: &[&str],
    rows: impl Iterator<Item = Vec<Value>>,
) -> Result<u64, String> {
    let mut written = 0;
    let mut rows = rows.peekable();
    while rows.peek().is_some() {
        let mut statement = Query::insert();
        statement
            .into_table(Alias::new(table))
            .columns(columns.iter().map(|c| Alias::new(*c)));
        for row in rows.by_ref().take(BATCH) {
            statement
                .values(row.into_iter().map(Expr::val))
                .map_err(|e| e.to_string())?;
            written += 1;
        }
        txn.execute(&statement).await.map_err(text)?;
    }
    Ok(written)
}

async fn employees(
    txn: &DatabaseTransaction,
    shape: &Shape,
    base: &Base,
    hash: &str,
    now: DateTime<Utc>,
) -> Result<u64, String> {
    let departments = (0..shape.sales)
        .map(|k| ("sales", k))
        .chain((0..shape.support).map(|k| ("support", k)))
        .chain((0..shape.management).map(|k| ("management", k)));
    let rows = departments.enumerate().map(|(n, (department, k))| {
        vec![
            (base.employee + 1 + n as i64).into(),
            shape::name(n as u64 * 3 + 1).into(),
            format!("bench.{department}.{k}@epicevents.test").into(),
            department.into(),
            hash.into(),
            now.into(),
            now.into(),
        ]
    });
    insert(
        txn,
        "employees",
        &[
            "id",
            "full_name",
            "email",
            "department",
            "password_hash",
            "created_at",
            "updated_at",
        ],
        rows,
    )
    .await
}

async fn clients(
    txn: &DatabaseTransaction,
    shape: &Shape,
    base: &Base,
    now: DateTime<Utc>,
) -> Result<u64, String> {
    let rows = (0..shape.clients).map(|c| {
        let name = shape::name(c);
        let email = format!("client.{c}@client.example");
        let company = (c % 3 != 0).then(|| format!("{} Événements", shape::name(c + 11)));
        let phone = (c % 5 != 0).then(|| shape::phone(c));
        let key = search::client_key(&name, &email, company.as_deref(), phone.as_deref());
        vec![
            (base.client + 1 + c as i64).into(),
            name.into(),
            email.into(),
            phone.into(),
            company.into(),
            base.sales(shape, c).into(),
            key.into(),
            now.into(),
            now.into(),
        ]
    });
    insert(
        txn,
        "clients",
        &[
            "id",
            "full_name",
            "email",
            "phone",
            "company_name",
            "sales_contact_id",
            "search_key",
            "created_at",
            "updated_at",
        ],
        rows,
    )
    .await
}

/// Contracts `0..events` are signed and carry event `i`; the rest are not.
async fn contracts(
    txn: &DatabaseTransaction,
    shape: &Shape,
    base: &Base,
    now: DateTime<Utc>,
) -> Result<u64, String> {
    let rows = (0..shape.contracts).map(|j| {
        let client = if j < shape.events {
            j / 4
        } else {
            (j - shape.events) % shape.clients
        };
        let signed = j < shape.events;
        let (total, due) = shape::money(j);
        vec![
            (base.contract + 1 + j as i64).into(),
            (base.client + 1 + client as i64).into(),
            base.sales(shape, client).into(),
            total.into(),
            due.into(),
            signed.into(),
            signed.then_some(now).into(),
            now.into(),
            now.into(),
        ]
    });
    insert(
        txn,
        "contracts",
        &[
            "id",
            "client_id",
            "sales_contact_id",
            "total_cents",
            "due_cents",
            "signed",
            "signed_at",
            "created_at",
            "updated_at",
        ],
        rows,
    )
    .await
}

/// One event in ten has no support yet; the first support employee has
/// exactly `FEW` events; the others share the rest.
async fn events(
    txn: &DatabaseTransaction,
    shape: &Shape,
    base: &Base,
    now: DateTime<Utc>,
) -> Result<u64, String> {
    let others = shape.support - 1;
    let rows = (0..shape.events).map(|i| {
        let support = match i {
            i if i.is_multiple_of(10) => None,
            i if i <= FEW + FEW / 9 => Some(base.support(shape, 0)),
            i => Some(base.support(shape, 1 + i % others)),
        };
        let start = shape::start(i);
        let name = format!(
            "{} {}",
            shape::name(i / 4),
            ["Wedding", "Gala", "Seminar", "Launch"][(i % 4) as usize]
        );
        let place = shape::place(i);
        let notes = if i.is_multiple_of(2) {
            "Catering confirmed."
        } else {
            ""
        };
        let key = search::event_key(&name, place, notes);
        vec![
            (base.event + 1 + i as i64).into(),
            name.into(),
            (base.contract + 1 + i as i64).into(),
            support.into(),
            start.into(),
            (start + Duration::hours(6)).into(),
            place.into(),
            (20 + (i % 480) as i32).into(),
            notes.into(),
            key.into(),
            now.into(),
            now.into(),
        ]
    });
    insert(
        txn,
        "events",
        &[
            "id",
            "name",
            "contract_id",
            "support_contact_id",
            "start_at",
            "end_at",
            "location",
            "attendees",
            "notes",
            "search_key",
            "created_at",
            "updated_at",
        ],
        rows,
    )
    .await
}
