//! Report figures against values worked out here from the rows inserted,
//! not from the queries under test.

#![allow(clippy::unwrap_used)]

use chrono::{Duration, Utc};
use epic_tests::{Company, Epic, TestDb};
use serde_json::{Value, json};

#[test]
fn reports_match_the_inserted_rows() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    // The company: six contracts of 5000.00 with 1000.00 due, four of them
    // signed (two Bill's, two Sam's). One more, with odd amounts, for Bill.
    let extra = ada
        .run(&[
            "contract",
            "create",
            "--client",
            &c.empty_client.to_string(),
            "--total",
            "1234.56",
            "--due",
            "234.56",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let extra_id = extra["id"].as_i64().unwrap().to_string();
    bill.run(&["contract", "sign", &extra_id]).ok();

    let from = (Utc::now() - Duration::days(1)).to_rfc3339();
    let to = (Utc::now() + Duration::days(1)).to_rfc3339();
    let revenue = bill
        .run(&[
            "report", "revenue", "--from", &from, "--to", &to, "-o", "json",
        ])
        .ok()
        .json();
    assert_eq!(
        revenue,
        json!([
            {"sales_contact_id": c.sales.id.0, "sales_contact_name": "Bill Boquet", "contracts_signed": 3,
             "revenue_signed": "11234.56", "amount_outstanding": "2234.56"},
            {"sales_contact_id": c.other_sales.id.0, "sales_contact_name": "Sam Seller", "contracts_signed": 2,
             "revenue_signed": "10000.00", "amount_outstanding": "2000.00"},
        ])
    );
    let long_ago = bill
        .run(&[
            "report",
            "revenue",
            "--from",
            "2020-01-01T00:00:00Z",
            "--to",
            "2020-02-01T00:00:00Z",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(long_ago, json!([]));

    let unpaid = bill.run(&["report", "unpaid", "-o", "json"]).ok().json();
    let rows = unpaid.as_array().unwrap();
    assert_eq!(rows.len(), 7);
    let ids: Vec<i64> = rows
        .iter()
        .map(|r| r["contract_id"].as_i64().unwrap())
        .collect();
    let mut oldest_first = ids.clone();
    oldest_first.sort_unstable();
    assert_eq!(
        ids, oldest_first,
        "contracts are created in id order, so oldest first is id order"
    );
    assert_eq!(rows.last().unwrap()["amount_due"], "234.56");

    // Upcoming: one event in 3 days without support, one in 40 days.
    for days in [3, 40] {
        let start = (Utc::now() + Duration::days(days)).to_rfc3339();
        let end = (Utc::now() + Duration::days(days) + Duration::hours(4)).to_rfc3339();
        bill.run(&[
            "event",
            "create",
            "--contract",
            &c.free_contract.to_string(),
            "--name",
            &format!("Party in {days} days"),
            "--start",
            &start,
            "--end",
            &end,
            "--location",
            "Lyon",
            "--attendees",
            "50",
        ])
        .ok();
    }
    let upcoming = bill
        .run(&["report", "upcoming", "--days", "30", "-o", "json"])
        .ok()
        .json();
    let rows = upcoming.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{upcoming}");
    assert_eq!(rows[0]["name"], "Party in 3 days");
    assert_eq!(rows[0]["needs_support"], true);
    assert_eq!(rows[0]["support_contact_name"], Value::Null);

    // Per month: the company's three events of 200 people on 2026-05-05, one
    // of them unassigned, plus the two parties.
    let monthly = bill
        .run(&[
            "report",
            "monthly",
            "--from",
            "2026-01-01T00:00:00Z",
            "--to",
            "2030-01-01T00:00:00Z",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let rows = monthly.as_array().unwrap();
    assert_eq!(
        rows[0],
        json!({"month": "2026-05", "events": 3, "attendees": 600, "without_support": 1})
    );
    assert_eq!(
        rows.iter()
            .map(|r| r["events"].as_u64().unwrap())
            .sum::<u64>(),
        5
    );
    let csv = bill
        .run(&[
            "report",
            "monthly",
            "--from",
            "2026-01-01T00:00:00Z",
            "--to",
            "2030-01-01T00:00:00Z",
            "-o",
            "csv",
        ])
        .ok()
        .stdout;
    assert!(
        csv.starts_with("month,events,attendees,without_support\n2026-05,3,600,1\n"),
        "{csv}"
    );
    bill.run(&[
        "report",
        "revenue",
        "--from",
        "2026-02-01",
        "--to",
        "2026-01-01",
    ])
    .code(6);
}
