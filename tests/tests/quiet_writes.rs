//! `-q` and `--print-id` on the commands that write a record: nothing on
//! success, or the id alone, for scripts; errors still said.

#![allow(clippy::unwrap_used)]

use epic_tests::{Company, Epic};

#[test]
fn quiet_writes_print_nothing_and_print_id_prints_the_id() {
    let (db, c) = Company::build();
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());

    let quiet_create = [
        "client",
        "create",
        "--name",
        "Quiet One",
        "--email",
        "quiet@one.test",
        "-q",
    ];
    let run = bill.run(&quiet_create).ok();
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");

    let run = bill
        .run(&[
            "client",
            "create",
            "--name",
            "Scripted",
            "--email",
            "scripted@one.test",
            "--print-id",
            "-o",
            "json",
        ])
        .ok();
    let id: i64 = run.stdout.trim().parse().unwrap();
    assert_eq!(run.stdout, format!("{id}\n"));
    let shown = bill
        .run(&["client", "show", &id.to_string(), "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["email"], "scripted@one.test");

    let contract = c.contract.to_string();
    let event = c.event.to_string();
    for (who, args) in [
        (
            &bill,
            vec![
                "client",
                "update",
                &*id.to_string(),
                "--phone",
                "+33 1 23 45 67 89",
            ],
        ),
        (&ada, vec!["contract", "pay", &contract, "1"]),
        (&ada, vec!["event", "update", &event, "--attendees", "12"]),
        (
            &ada,
            vec![
                "employee",
                "update",
                &*c.spare.id.0.to_string(),
                "--name",
                "Spare Renamed",
            ],
        ),
    ] {
        let mut quiet = args.clone();
        quiet.push("-q");
        let run = who.run(&quiet).ok();
        assert_eq!(run.stdout, "", "{args:?}");
        let mut with_id = args.clone();
        with_id.push("--print-id");
        let run = who.run(&with_id).ok();
        assert_eq!(run.stdout, format!("{}\n", args[2]), "{args:?}");
    }
    // The same create again is refused: still an error, on stderr, with its
    // exit code.
    let run = bill.run(&quiet_create).code(7);
    assert_eq!(run.stdout, "");
    assert!(!run.stderr.is_empty());
}
