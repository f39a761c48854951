//! Importing the support team's sheet and a client list, CSV and .xlsx,
//! all or nothing, with the permissions of the one-by-one commands.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use epic_tests::Office;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const HEADER: &str = "name,contract,client,start,end,support contact,location,attendees,notes\n";

fn brief_rows(contract: i64) -> String {
    format!(
        "John Ouick Wedding,{contract},John Ouick,4 Jun 2023 @ 1PM,5 Jun 2023 @ 2AM,,\"53 Rue du Château, 41120 Candé-sur-Beuvron, France\",75,\"Wedding starts at 3PM, by the river.\"\n\
         Aliénor's Party,{contract},,2023-05-05 15:00,2023-05-05 17:00,,Salle des fêtes de Mufflins,200,Assemblée générale (~200 personnes).\n"
    )
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_valid_csv_is_imported_and_reads_back_field_by_field() {
    let o = Office::open();
    let before = o.events().as_array().unwrap().len();
    let file = o.file(
        "events.csv",
        &format!("{HEADER}{}", brief_rows(o.c.free_contract)),
    );
    let run = o
        .bill
        .run(&["event", "import", path(&file), "-o", "json"])
        .ok()
        .json();
    assert_eq!(run["created"], 2);
    let events = o.events();
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), before + 2);
    let wedding = events
        .iter()
        .find(|e| e["name"] == "John Ouick Wedding")
        .unwrap();
    assert_eq!(
        wedding["location"],
        "53 Rue du Château, 41120 Candé-sur-Beuvron, France"
    );
    assert_eq!(wedding["attendees"], 75);
    assert_eq!(wedding["contract_id"], o.c.free_contract);
    assert_eq!(wedding["support_contact_id"], serde_json::Value::Null);
    assert_eq!(wedding["notes"], "Wedding starts at 3PM, by the river.");
    let party = events
        .iter()
        .find(|e| e["name"] == "Aliénor's Party")
        .unwrap();
    assert_eq!(party["location"], "Salle des fêtes de Mufflins");
    assert_eq!(party["notes"], "Assemblée générale (~200 personnes).");
    // Times in the sheet are local; both forms land on the same instants.
    let start = o
        .bill
        .run(&["event", "show", &wedding["id"].to_string(), "-o", "json"])
        .ok()
        .json()["start"]
        .clone();
    let expected =
        epic_domain::when::parse_time("start", "2023-06-04 13:00", &epic_tests::utc_here())
            .unwrap();
    assert_eq!(
        start,
        serde_json::Value::String(expected.format("%Y-%m-%dT%H:%M:%SZ").to_string())
    );
    let audit = o
        .ada
        .run(&["audit", "list", "--entity", "event", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["action"] == "import")
            .count(),
        2
    );
}

#[test]
fn a_valid_xlsx_is_imported_with_excel_dates_and_text_dates() {
    let o = Office::open();
    let file = o.ada.home.path().join("events.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let header = [
        "Event name",
        "Contract ID",
        "Client",
        "Start",
        "End",
        "Support contact",
        "Location",
        "Attendees",
        "Notes",
    ];
    for (col, title) in (0u16..).zip(header) {
        sheet.write_string(0, col, title).unwrap();
    }
    let date = Format::new().set_num_format("d mmm yyyy h:mm AM/PM");
    sheet.write_string(1, 0, "John Ouick Wedding").unwrap();
    sheet.write_number(1, 1, o.c.free_contract as f64).unwrap();
    sheet.write_string(1, 2, "John Ouick").unwrap();
    sheet
        .write_datetime_with_format(
            1,
            3,
            ExcelDateTime::parse_from_str("2023-06-04 13:00:00").unwrap(),
            &date,
        )
        .unwrap();
    sheet
        .write_datetime_with_format(
            1,
            4,
            ExcelDateTime::parse_from_str("2023-06-05 02:00:00").unwrap(),
            &date,
        )
        .unwrap();
    sheet
        .write_string(1, 6, "53 Rue du Château, 41120 Candé-sur-Beuvron, France")
        .unwrap();
    sheet.write_number(1, 7, 75).unwrap();
    sheet
        .write_string(1, 8, "Wedding starts at 3PM, by the river.")
        .unwrap();
    sheet
        .write_string(2, 0, "Lou Bouzin General Assembly")
        .unwrap();
    sheet
        .write_string(2, 1, o.c.free_contract.to_string())
        .unwrap();
    sheet.write_string(2, 3, "5 May 2023 @ 3PM").unwrap();
    sheet.write_string(2, 4, "5 May 2023 @ 5PM").unwrap();
    sheet
        .write_string(2, 6, "Salle des fêtes de Mufflins")
        .unwrap();
    sheet.write_number(2, 7, 200).unwrap();
    sheet
        .write_string(
            2,
            8,
            "Assemblée générale des actionnaires (~200 personnes).",
        )
        .unwrap();
    workbook.save(&file).unwrap();

    let dry = o
        .bill
        .run(&["event", "import", path(&file), "--dry-run", "-o", "json"])
        .ok()
        .json();
    assert_eq!(dry["rows"], 2);
    assert_eq!(dry["created"], 0);
    assert!(
        o.events()
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["name"] != "Lou Bouzin General Assembly"),
        "a dry run wrote"
    );
    o.bill.run(&["event", "import", path(&file)]).ok();
    let events = o.events();
    let assembly = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Lou Bouzin General Assembly")
        .unwrap()
        .clone();
    assert_eq!(assembly["attendees"], 200);
    assert_eq!(assembly["location"], "Salle des fêtes de Mufflins");
    assert_eq!(
        assembly["notes"],
        "Assemblée générale des actionnaires (~200 personnes)."
    );
    let wedding = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "John Ouick Wedding")
        .unwrap()
        .clone();
    let expected =
        epic_domain::when::parse_time("start", "2023-06-04 13:00", &epic_tests::utc_here())
            .unwrap();
    assert_eq!(
        wedding["start"],
        expected.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    );
}

#[test]
fn one_bad_row_among_many_writes_nothing_and_names_the_row() {
    let o = Office::open();
    let before = o.events();
    let mut text = HEADER.to_owned();
    for n in 0..40 {
        text.push_str(&format!(
            "Party {n},{},,2026-07-01 18:00,2026-07-01 23:00,,Paris,30,\n",
            o.c.free_contract
        ));
    }
    // Row 22 (header is row 1): ends before it starts. Row 35: unsigned contract.
    text = text.replacen("Party 20,", "Party 20 bad,", 1).replace(
        &format!(
            "Party 20 bad,{},,2026-07-01 18:00,2026-07-01 23:00",
            o.c.free_contract
        ),
        &format!(
            "Party 20 bad,{},,2026-07-01 18:00,2026-07-01 17:00",
            o.c.free_contract
        ),
    );
    text = text.replace(
        &format!("Party 33,{}", o.c.free_contract),
        &format!("Party 33,{}", o.c.unsigned_contract),
    );
    let file = o.file("many.csv", &text);
    let run = o.bill.run(&["event", "import", path(&file)]).code(6);
    assert!(run.stderr.contains("row 22: end"), "{}", run.stderr);
    assert!(run.stderr.contains("row 35: contract"), "{}", run.stderr);
    assert!(run.stderr.contains("2 row problem(s)"), "{}", run.stderr);
    assert_eq!(o.events(), before, "nothing may be written");
}

#[test]
fn sales_cannot_import_events_for_another_sellers_client() {
    let o = Office::open();
    let before = o.events();
    let file = o.file(
        "theirs.csv",
        &format!("{HEADER}{}", brief_rows(o.c.free_contract)),
    );
    let run = o.sam.run(&["event", "import", path(&file)]).code(5);
    assert!(run.stderr.contains("row 2: permission"), "{}", run.stderr);
    // Nor may anyone set support through an import: management assigns it.
    let with_support = format!(
        "{HEADER}Gala,{},,2026-07-01 18:00,2026-07-01 23:00,Kate Hastroff,Paris,30,\n",
        o.c.free_contract
    );
    let run = o
        .bill
        .run(&[
            "event",
            "import",
            path(&o.file("support.csv", &with_support)),
        ])
        .code(5);
    assert!(
        run.stderr.contains("only management assigns support"),
        "{}",
        run.stderr
    );
    // Management creates no events, imported or not.
    o.ada.run(&["event", "import", path(&file)]).code(5);
    assert_eq!(o.events(), before);
}

#[test]
fn clients_import_from_csv_with_duplicates_refused() {
    let o = Office::open();
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/examples/clients.csv");
    // The company already has John Ouick and Jacky Blangier: two duplicates,
    // a conflict as for `client create`.
    let run = o.bill.run(&["client", "import", path(&file)]).code(7);
    assert!(
        run.stderr.contains("row 3: email") && run.stderr.contains("row 4: email"),
        "{}",
        run.stderr
    );
    let fresh = o.file(
        "new.csv",
        "Full name,E-mail,Phone,Company\nÉlodie Durand,elodie@example.com,+33 6 11 22 33 44,Studio Durand\nNoah Petit,noah@example.com,,\n",
    );
    let summary = o
        .bill
        .run(&["client", "import", path(&fresh), "-o", "json"])
        .ok()
        .json();
    let clients = o
        .bill
        .run(&["client", "list", "--search", "example.com", "-o", "json"])
        .ok()
        .json();
    let elodie = clients
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["email"] == "elodie@example.com")
        .unwrap()
        .clone();
    assert_eq!(elodie["full_name"], "Élodie Durand");
    assert_eq!(elodie["company_name"], "Studio Durand");
    assert_eq!(elodie["sales_contact_id"], o.c.sales.id.0);
    // The ids written, as a JSON array of numbers in the sheet's order; a
    // CSV cell holds them separated by spaces.
    let noah = clients
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["email"] == "noah@example.com")
        .unwrap();
    assert_eq!(
        summary["ids"],
        serde_json::json!([elodie["id"], noah["id"]])
    );
    assert_eq!(summary["created"], 2);
    let more = o.file(
        "more.csv",
        "Full name,E-mail\nAda Petit,ada.petit@example.com\nLéa Roux,lea@example.com\n",
    );
    let csv = o
        .bill
        .run(&["client", "import", path(&more), "-o", "csv"])
        .ok()
        .stdout;
    let ids = csv
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .nth(3)
        .unwrap()
        .to_owned();
    assert_eq!(ids.split(' ').count(), 2, "{csv}");
    o.ada.run(&["client", "import", path(&fresh)]).code(5);
    o.bill
        .run(&["client", "import", "/nonexistent/file.csv"])
        .code(3);
    let headerless = o.file("bad.csv", "who,what\nx,y\n");
    let run = o.bill.run(&["client", "import", path(&headerless)]).code(6);
    assert!(
        run.stderr.contains("full_name") && run.stderr.contains("email"),
        "{}",
        run.stderr
    );
}

/// `docs/examples/events.xlsx` holds the rows of `events.csv`, with the
/// times as real date cells, as Excel saves them. EPIC_BLESS=1 rewrites it;
/// `docs/import.md` (run by the walk-through test) imports it.
#[test]
fn the_example_workbook_exists() {
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/examples");
    let workbook_path = examples.join("events.xlsx");
    if std::env::var_os("EPIC_BLESS").is_some() {
        let csv = std::fs::read_to_string(examples.join("events.csv")).unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet().set_name("Events").unwrap();
        let headers: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        for (col, title) in (0u16..).zip(&headers) {
            sheet.write_string(0, col, title.as_str()).unwrap();
        }
        let date = Format::new().set_num_format("d mmm yyyy h:mm AM/PM");
        for (row, record) in (1u32..).zip(reader.records()) {
            let record = record.unwrap();
            for (col, value) in (0u16..).zip(record.iter()) {
                match headers[usize::from(col)].as_str() {
                    "start" | "end" => {
                        let t =
                            epic_domain::when::parse_time("time", value, &epic_tests::utc_here())
                                .unwrap()
                                .with_timezone(&chrono::Local);
                        let cell = ExcelDateTime::parse_from_str(
                            &t.format("%Y-%m-%d %H:%M:%S").to_string(),
                        )
                        .unwrap();
                        sheet
                            .write_datetime_with_format(row, col, cell, &date)
                            .unwrap();
                    }
                    "contract" | "attendees" => {
                        sheet
                            .write_number(row, col, value.parse::<f64>().unwrap())
                            .unwrap();
                    }
                    _ => {
                        sheet.write_string(row, col, value).unwrap();
                    }
                }
            }
        }
        workbook.save(&workbook_path).unwrap();
    }
    assert!(
        workbook_path.exists(),
        "run the tests with EPIC_BLESS=1 to create {}",
        workbook_path.display()
    );
}
