//! Every list filter of SPEC section 5 is served by an index, on both
//! backends: the query the store really builds is EXPLAINed, and the
//! filtered table must not be scanned. `--search` is served by a trigram
//! index: `pg_trgm` on PostgreSQL, an FTS5 table on SQLite, whose plan must
//! show the text handed to the index.

#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use epic_domain::crm::{AuditFilter, ListClients, ListContracts, ListEvents, ListOutbox};
use epic_domain::search::SearchText;
use epic_domain::types::{ClientId, ContractId, EmployeeId};
use epic_store::crm::{audit_query, clients, contracts, events, inactive_query, outbox_query};
use epic_store::outbox::due_query;
use epic_store::schema;
use epic_tests::{Backend, TestDb, block_on};
use sea_orm::sea_query::SelectStatement;
use sea_orm::{ConnectionTrait, Database, DbBackend, Statement, TransactionTrait};

fn cases(backend: DbBackend) -> Vec<(&'static str, &'static [&'static str], SelectStatement)> {
    let one = Some(EmployeeId(1));
    let when = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let text = |t: &str| SearchText::parse(t);
    vec![
        (
            "client list --search",
            &["clients"],
            clients::query(
                &ListClients {
                    search: text("élodie"),
                    ..ListClients::default()
                },
                backend,
            ),
        ),
        (
            "event list --search",
            &["events"],
            events::query(
                &ListEvents {
                    search: text("château"),
                    ..ListEvents::default()
                },
                backend,
            ),
        ),
        (
            "client list --sales",
            &["clients"],
            clients::query(
                &ListClients {
                    sales: one,
                    ..ListClients::default()
                },
                backend,
            ),
        ),
        (
            "contract list --unsigned",
            &["contracts"],
            contracts::query(&ListContracts {
                signed: Some(false),
                ..ListContracts::default()
            }),
        ),
        (
            "contract list --unpaid",
            &["contracts"],
            contracts::query(&ListContracts {
                unpaid: true,
                ..ListContracts::default()
            }),
        ),
        (
            "contract list --client",
            &["contracts"],
            contracts::query(&ListContracts {
                client: Some(ClientId(1)),
                ..ListContracts::default()
            }),
        ),
        (
            "contract list --sales/--mine",
            &["contracts"],
            contracts::query(&ListContracts {
                sales: one,
                ..ListContracts::default()
            }),
        ),
        (
            "the contracts of an event import",
            &["contracts"],
            contracts::query(&ListContracts {
                ids: Some(vec![ContractId(1), ContractId(2), ContractId(3)]),
                ..ListContracts::default()
            }),
        ),
        (
            "event list --no-support",
            &["events"],
            events::query(
                &ListEvents {
                    no_support: true,
                    ..ListEvents::default()
                },
                backend,
            ),
        ),
        (
            "event list --support/--mine",
            &["events"],
            events::query(
                &ListEvents {
                    support: one,
                    ..ListEvents::default()
                },
                backend,
            ),
        ),
        (
            "event list --overlapping",
            &["events"],
            events::query(
                &ListEvents {
                    overlapping: true,
                    ..ListEvents::default()
                },
                backend,
            ),
        ),
        (
            "event list --mine (sales)",
            &["events", "contracts"],
            events::query(
                &ListEvents {
                    sales: one,
                    ..ListEvents::default()
                },
                backend,
            ),
        ),
        (
            "event list --contract",
            &["events"],
            events::query(
                &ListEvents {
                    contract: Some(ContractId(1)),
                    ..ListEvents::default()
                },
                backend,
            ),
        ),
        (
            "event list --from/--to",
            &["events"],
            events::query(
                &ListEvents {
                    from: Some(when),
                    to: Some(when),
                    ..ListEvents::default()
                },
                backend,
            ),
        ),
        (
            "audit list --entity --id",
            &["audit_log"],
            audit_query(&AuditFilter {
                entity: Some("event".into()),
                entity_id: Some(1),
                ..AuditFilter::default()
            }),
        ),
        (
            "audit list --actor",
            &["audit_log"],
            audit_query(&AuditFilter {
                actor: one,
                ..AuditFilter::default()
            }),
        ),
        (
            "audit list --since",
            &["audit_log"],
            audit_query(&AuditFilter {
                since: Some(when),
                ..AuditFilter::default()
            }),
        ),
        (
            "notification outbox",
            &["outbox"],
            outbox_query(ListOutbox::default()),
        ),
        ("e-mail: the next message due", &["outbox"], due_query(when)),
        (
            "client forget --inactive-since",
            &["clients", "contracts"],
            inactive_query(when),
        ),
    ]
}

/// The plan as text, one line per step.
// EXPLAIN takes the statement the store builds, with its bound values: no
// user data is spliced into SQL here.
#[allow(clippy::disallowed_methods)]
async fn plan(db: &TestDb, query: &SelectStatement) -> String {
    let conn = Database::connect(&db.url).await.unwrap();
    let backend = conn.get_database_backend();
    let built = backend.build(query);
    let txn = conn.begin().await.unwrap();
    let prefix = match backend {
        DbBackend::Postgres => {
            // Tiny test tables make a sequential scan cheapest; forbid it so
            // the plan shows whether an index could serve the filter at all.
            txn.execute_raw(Statement::from_string(
                backend,
                "SET LOCAL enable_seqscan = off",
            ))
            .await
            .unwrap();
            "EXPLAIN"
        }
        _ => "EXPLAIN QUERY PLAN",
    };
    let explain = Statement::from_sql_and_values(
        backend,
        format!("{prefix} {}", built.sql),
        built.values.unwrap_or(sea_orm::Values(Vec::new())),
    );
    let rows = txn.query_all_raw(explain).await.unwrap();
    let column = if backend == DbBackend::Postgres {
        "QUERY PLAN"
    } else {
        "detail"
    };
    let text = rows
        .iter()
        .map(|r| r.try_get::<String>("", column).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    txn.rollback().await.unwrap();
    text
}

fn scans(backend: Backend, plan: &str, table: &str) -> bool {
    match backend {
        Backend::Sqlite => plan.lines().any(|l| {
            // A scan of a partial index visits only the matching rows.
            let l = l.trim();
            (l == format!("SCAN {table}") || l.starts_with(&format!("SCAN {table} ")))
                && !l.contains("USING")
        }),
        // With sequential scans disabled, an unusable filter shows as a Seq
        // Scan, or as an index walked whole: a node with no Index Cond (a
        // partial index built for the filter needs none).
        Backend::Postgres => {
            let lines: Vec<&str> = plan.lines().collect();
            lines.iter().enumerate().any(|(i, line)| {
                let node = line.contains(&format!(" on {table} "))
                    || line.ends_with(&format!(" on {table}"));
                if !node {
                    return false;
                }
                let block: Vec<&str> = lines[i + 1..]
                    .iter()
                    .take_while(|l| !l.contains("->"))
                    .copied()
                    .collect();
                let conditioned = block
                    .iter()
                    .any(|l| l.contains("Index Cond") || l.contains("Recheck Cond"));
                // A bitmap heap scan is fed by an index condition below it.
                let bitmap = line.contains("Bitmap Heap Scan");
                line.contains("Seq Scan") || !(conditioned || bitmap || line.contains("_unpaid"))
            })
        }
    }
}

#[test]
fn every_filter_uses_an_index() {
    let db = TestDb::new();
    block_on(async { schema::migrate(&db.store().await).await.unwrap() });
    // The check is not vacuous: a list without a filter reads the whole table.
    let backend = match db.backend {
        Backend::Sqlite => DbBackend::Sqlite,
        Backend::Postgres => DbBackend::Postgres,
    };
    let everything = block_on(plan(&db, &clients::query(&ListClients::default(), backend)));
    assert!(
        scans(db.backend, &everything, "clients"),
        "a full list should scan:\n{everything}"
    );
    for (name, tables, query) in cases(backend) {
        let plan = block_on(plan(&db, &query));
        if name.ends_with("--search") && db.backend == Backend::Sqlite {
            // `INDEX 0:G0`: FTS5 got the GLOB text, rather than handing
            // every row back for SQLite to filter.
            assert!(
                plan.lines()
                    .any(|l| l.contains("_search VIRTUAL TABLE INDEX") && l.contains(":G")),
                "`{name}` does not use the trigram index:\n{plan}"
            );
        }
        for table in tables {
            assert!(
                !scans(db.backend, &plan, table),
                "`{name}` scans {table}:\n{plan}"
            );
        }
    }
}
