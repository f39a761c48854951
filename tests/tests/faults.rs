//! Many writers at once: eight processes each paying 200 times on the same
//! contract. Every payment either lands or is refused as stale (exit 7);
//! none is lost, so the amount due drops by exactly the successes.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use epic_tests::{Company, Epic, TestDb};

#[test]
fn eight_writers_on_one_contract_lose_no_update() {
    let (template, c) = Company::build();
    let db = TestDb::copy_of(&template);
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    let contract = c.contract.to_string();
    ada.run(&["contract", "update", &contract, "--due", "5000"])
        .ok();
    let bill = Arc::new(Epic::logged_in(&db, &c.sales.email.to_string()));
    let writers: Vec<_> = (0..8)
        .map(|_| {
            let (bill, contract) = (Arc::clone(&bill), contract.clone());
            std::thread::spawn(move || {
                let (mut landed, mut stale) = (0u32, 0u32);
                for _ in 0..200 {
                    let run = bill.run(&["contract", "pay", &contract, "1"]);
                    match run.code {
                        0 => landed += 1,
                        7 => stale += 1,
                        other => panic!("a payment ended with exit {other}: {}", run.stderr),
                    }
                }
                (landed, stale)
            })
        })
        .collect();
    let (mut landed, mut stale) = (0, 0);
    for writer in writers {
        let (l, s) = writer.join().unwrap();
        landed += l;
        stale += s;
    }
    assert_eq!(landed + stale, 1600);
    assert!(landed > 0);
    let now = ada
        .run(&["contract", "show", &contract, "-o", "json"])
        .ok()
        .json();
    assert_eq!(now["amount_due"], format!("{}.00", 5000 - landed));
    let audit = ada
        .run(&[
            "audit", "list", "--entity", "contract", "--id", &contract, "-o", "json",
        ])
        .ok()
        .json();
    let pays = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "pay")
        .count();
    assert_eq!(
        pays, landed as usize,
        "one audit row per payment that landed"
    );
}
