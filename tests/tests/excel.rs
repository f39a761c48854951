//! Round trips with Excel as a French office uses it: CSV saved with
//! semicolons in Windows-1252, `-o csv --delimiter ';'`, and `-o xlsx`
//! workbooks that reopen in the importer with the same records.

#![allow(clippy::unwrap_used)]

use calamine::{Data, Reader, Xlsx};
use epic_tests::{Company, Epic, TestDb};
use serde_json::Value;

const PARIS: &str = "Europe/Paris";

/// What a command writes to stdout, byte for byte.
fn bytes(epic: &Epic, args: &[&str]) -> Vec<u8> {
    let output = epic.command(args).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

fn clients_matching(epic: &Epic, text: &str) -> Vec<Value> {
    let found = epic
        .run(&["client", "list", "--search", text, "-o", "json"])
        .ok()
        .json();
    found.as_array().unwrap().clone()
}

#[test]
fn a_csv_saved_by_french_excel_is_read_as_it_was_saved() {
    let (db, c) = Company::build();
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    // "Nom;Courriel;Téléphone;Société" and "Élodie Lefèvre;…;Château & Fils"
    // in Windows-1252, as Excel writes them on a French Windows.
    let sheet: &[u8] = b"Nom;Courriel;T\xE9l\xE9phone;Soci\xE9t\xE9\r\n\
\xC9lodie Lef\xE8vre;elodie@exemple.fr;01 23 45 67 89;Ch\xE2teau & Fils\r\n";
    let file = bill.home.path().join("clients.csv");
    std::fs::write(&file, sheet).unwrap();
    let file = file.to_str().unwrap();
    let before = db.count_rows("clients");

    let refused = bill
        .run(&["client", "import", file, "--encoding", "utf-8"])
        .code(6);
    assert!(
        refused.stderr.contains("not UTF-8") && refused.stderr.contains("windows-1252"),
        "{}",
        refused.stderr
    );
    assert_eq!(db.count_rows("clients"), before);

    let imported = bill.run(&["client", "import", file]).ok();
    assert!(
        imported.stderr.contains("Windows-1252") && imported.stderr.contains("';'"),
        "{}",
        imported.stderr
    );
    let found = clients_matching(&bill, "elodie");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["full_name"], "Élodie Lefèvre");
    assert_eq!(found[0]["company_name"], "Château & Fils");
    assert_eq!(found[0]["phone"], "01 23 45 67 89");

    // Tab-separated UTF-8, and a delimiter given instead of detected.
    let tabbed = bill.home.path().join("tabbed.txt");
    std::fs::write(&tabbed, "name\temail\nZoë Tab\tzoe@exemple.fr\n").unwrap();
    let imported = bill
        .run(&["client", "import", tabbed.to_str().unwrap()])
        .ok();
    assert!(
        imported.stderr.contains("UTF-8") && imported.stderr.contains("tab"),
        "{}",
        imported.stderr
    );
    let given = bill.home.path().join("given.csv");
    std::fs::write(&given, "name;email\nAnn Given;ann@exemple.fr\n").unwrap();
    bill.run(&[
        "client",
        "import",
        given.to_str().unwrap(),
        "--delimiter",
        ",",
    ])
    .code(6);
    bill.run(&[
        "client",
        "import",
        given.to_str().unwrap(),
        "--delimiter",
        ";",
    ])
    .ok();
    assert_eq!(clients_matching(&bill, "ann given").len(), 1);
}

#[test]
fn csv_exports_take_the_delimiter_from_the_flag_or_the_config() {
    let (db, c) = Company::build();
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    let header = |args: &[&str]| {
        let mut all = vec!["client", "list", "-o", "csv"];
        all.extend_from_slice(args);
        bill.run(&all)
            .ok()
            .stdout
            .lines()
            .next()
            .unwrap()
            .to_owned()
    };
    assert!(header(&[]).starts_with("id,full_name,email"));
    assert!(header(&["--delimiter", ";"]).starts_with("id;full_name;email"));
    assert!(header(&["--delimiter", "tab"]).starts_with("id\tfull_name\temail"));
    bill.run(&["config", "set", "csv_delimiter", ";"]).ok();
    assert!(header(&[]).starts_with("id;full_name;email"));
    assert!(header(&["--delimiter", ","]).starts_with("id,full_name,email"));
    bill.run(&["client", "list", "-o", "csv", "--delimiter", "x"])
        .code(2);
    bill.run(&["config", "set", "csv_delimiter", "|"]).code(6);
}

fn workbook(bytes: Vec<u8>) -> Vec<Vec<Data>> {
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

#[test]
fn an_xlsx_export_reopens_in_the_importer_with_the_same_records() {
    let (db, c) = Company::build();
    let bill = Epic::logged_in(&db, &c.sales.email.to_string()).env("TZ", PARIS);
    for (name, email, phone, company) in [
        (
            "Élodie Lefèvre",
            "elodie@export.test",
            "+33 6 12 34 56 78",
            "Château & Fils",
        ),
        ("Jürgen Groß", "jurgen@export.test", "", ""),
    ] {
        let mut args = vec!["client", "create", "--name", name, "--email", email];
        if !phone.is_empty() {
            args.extend(["--phone", phone, "--company", company]);
        }
        bill.run(&args).ok();
    }

    // Clients: exported from this database, imported into another one.
    let exported = bytes(
        &bill,
        &["client", "list", "--search", "export.test", "-o", "xlsx"],
    );
    let rows = workbook(exported.clone());
    assert_eq!(rows[0][1], Data::String("full_name".into()));
    assert_eq!(rows.len(), 3, "{rows:?}");
    let file = bill.home.path().join("clients.xlsx");
    std::fs::write(&file, &exported).unwrap();
    let (other_db, other) = Company::build_in(TestDb::new());
    let other_bill = Epic::logged_in(&other_db, &other.sales.email.to_string()).env("TZ", PARIS);
    for created in ["elodie@export.test", "jurgen@export.test"] {
        assert!(clients_matching(&other_bill, created).is_empty());
    }
    let imported = other_bill
        .run(&["client", "import", file.to_str().unwrap(), "-o", "json"])
        .ok();
    assert_eq!(imported.json()["created"], 2, "{}", imported.stdout);
    for email in ["elodie@export.test", "jurgen@export.test"] {
        let there = clients_matching(&bill, email);
        let here = clients_matching(&other_bill, email);
        assert_eq!(here.len(), 1, "{email}");
        for field in ["full_name", "email", "phone", "company_name"] {
            assert_eq!(here[0][field], there[0][field], "{email} {field}");
        }
    }

    // Events: typed dates and numbers, read back into the same records.
    let contract = c.contract.to_string();
    let list = ["event", "list", "--contract", contract.as_str()];
    let exported = bytes(&bill, &[&list[..], &["-o", "xlsx"]].concat());
    let rows = workbook(exported.clone());
    let start = rows[0]
        .iter()
        .position(|h| *h == Data::String("start".into()))
        .unwrap();
    assert!(matches!(rows[1][start], Data::DateTime(_)), "{:?}", rows[1]);
    let attendees = rows[0]
        .iter()
        .position(|h| *h == Data::String("attendees".into()))
        .unwrap();
    assert!(
        matches!(rows[1][attendees], Data::Float(_)),
        "{:?}",
        rows[1]
    );
    let file = bill.home.path().join("events.xlsx");
    std::fs::write(&file, &exported).unwrap();
    let before = bill.run(&[&list[..], &["-o", "json"]].concat()).ok().json();
    let imported = bill
        .run(&["event", "import", file.to_str().unwrap(), "-o", "json"])
        .ok()
        .json();
    let new_ids = imported["ids"].as_array().unwrap();
    assert_eq!(new_ids.len(), before.as_array().unwrap().len());
    for (old, id) in before.as_array().unwrap().iter().zip(new_ids) {
        let new = bill
            .run(&["event", "show", &id.to_string(), "-o", "json"])
            .ok()
            .json();
        for field in [
            "name",
            "contract_id",
            "start",
            "end",
            "location",
            "attendees",
            "notes",
        ] {
            assert_eq!(new[field], old[field], "{field}");
        }
    }

    // Amounts are numbers with two decimals; a terminal gets no bytes.
    let contracts = workbook(bytes(&bill, &["contract", "list", "-o", "xlsx"]));
    let total = contracts[0]
        .iter()
        .position(|h| *h == Data::String("total_amount".into()))
        .unwrap();
    assert!(
        matches!(contracts[1][total], Data::Float(_)),
        "{:?}",
        contracts[1]
    );
}
