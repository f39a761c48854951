//! Data that attacks whoever reads it: spreadsheet formulas in CSV exports,
//! terminal control sequences in text, and spreadsheets built to exhaust
//! memory on import.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::process::Stdio;

use epic_tests::{Company, Epic, TestDb, execute};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};

const FORMULAS: [&str; 4] = [
    "=HYPERLINK(\"http://evil.example\",\"Click\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3+cmd|' /C calc'!A0",
];

#[test]
fn csv_exports_neutralise_formulas_and_import_back_exactly() {
    let (template, company) = Company::build();
    let db = TestDb::copy_of(&template);
    let bill = Epic::logged_in(&db, &company.sales.email.to_string());
    for (i, name) in FORMULAS.iter().enumerate() {
        bill.run(&[
            "client",
            "create",
            &format!("--name={name}"),
            "--email",
            &format!("f{i}@evil.example"),
            "--phone",
            "+33 6 12 34 56 78",
            &format!("--company={name}"),
        ])
        .ok();
    }
    let csv = bill.run(&["client", "list", "-o", "csv"]).ok().stdout;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for record in reader.records() {
        for cell in &record.unwrap() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a live formula in the CSV: {cell:?}"
            );
        }
    }
    let json = bill.run(&["client", "list", "-o", "json"]).ok().json();
    let names: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["full_name"].as_str().unwrap())
        .collect();
    for name in FORMULAS {
        assert!(names.contains(&name), "JSON must stay verbatim: {names:?}");
    }
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|c| c["phone"] == "+33 6 12 34 56 78")
    );

    // The exported file imports into another company as the same clients.
    let file = bill.home.path().join("clients.csv");
    let ours: Vec<&str> = csv
        .lines()
        .enumerate()
        .filter(|(i, l)| *i == 0 || l.contains("@evil.example"))
        .map(|(_, l)| l)
        .collect();
    std::fs::write(&file, ours.join("\n")).unwrap();
    let other = TestDb::copy_of(&template);
    let sales = Epic::logged_in(&other, &company.other_sales.email.to_string());
    sales
        .run(&["client", "import", file.to_str().unwrap()])
        .ok();
    let imported = sales.run(&["client", "list", "-o", "json"]).ok().json();
    for (i, name) in FORMULAS.iter().enumerate() {
        let client = imported
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["email"] == format!("f{i}@evil.example").as_str())
            .unwrap();
        assert_eq!(client["full_name"], *name);
        assert_eq!(client["company_name"], *name);
        assert_eq!(client["phone"], "+33 6 12 34 56 78");
    }
}

#[test]
fn control_characters_are_refused_in_notes_and_escaped_in_output() {
    let (template, company) = Company::build();
    let db = TestDb::copy_of(&template);
    let kate = Epic::logged_in(&db, &company.support.email.to_string());
    let event = company.event.to_string();
    for notes in [
        "\u{1b}]0;pwned\u{7}",
        "\u{1b}[2J",
        "a\rb",
        "tab\there",
        "\u{202e}gnp.exe",
    ] {
        let run = kate
            .run(&["event", "update", &event, "--notes", notes])
            .code(6);
        assert!(run.stderr.contains("notes"), "{}", run.stderr);
        assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    }
    kate.run(&["event", "update", &event, "--notes", "line one\nline two"])
        .ok();
    let too_long = "n".repeat(5001);
    kate.run(&["event", "update", &event, "--notes", &too_long])
        .code(6);

    // Text stored before these rules, as it may be in an old database.
    let hostile = "evil\u{1b}[2J\tforged\tcolumns\nforged row\u{1b}]0;title\u{7}";
    epic_tests::block_on(execute(
        &db,
        &Query::update()
            .table(Alias::new("events"))
            .value(Alias::new("notes"), hostile)
            .and_where(Expr::col(Alias::new("id")).eq(company.event))
            .to_owned(),
    ));
    let piped = kate.run(&["event", "list"]).ok().stdout;
    assert!(
        !piped.contains('\u{1b}') && !piped.contains('\u{7}'),
        "{piped:?}"
    );
    let line = piped.lines().find(|l| l.contains("evil")).unwrap();
    assert!(
        line.contains("\\tforged\\tcolumns\\nforged row"),
        "{line:?}"
    );
    assert_eq!(piped.lines().filter(|l| l.contains("forged")).count(), 1);
    let table = kate
        .run(&["event", "show", &event, "-o", "table"])
        .ok()
        .stdout;
    assert!(!table.contains('\u{1b}'), "{table:?}");
    let json = kate
        .run(&["event", "show", &event, "-o", "json"])
        .ok()
        .json();
    assert_eq!(json["notes"], hostile, "JSON stays exact");
    let csv = kate
        .run(&["event", "show", &event, "-o", "csv"])
        .ok()
        .stdout;
    assert!(csv.contains('\u{1b}'), "CSV stays exact: {csv:?}");
}

#[test]
fn a_nul_byte_is_refused_the_same_way_on_both_backends() {
    let (template, company) = Company::build();
    let db = TestDb::copy_of(&template);
    let bill = Epic::logged_in(&db, &company.sales.email.to_string());
    let file = bill.home.path().join("nul.csv");
    std::fs::write(
        &file,
        "full_name,email,company_name\nNul\u{0}Name,nul@example.com,Acme\nOk,ok@example.com,Ac\u{1b}[2Jme\n",
    )
    .unwrap();
    let run = bill
        .run(&["client", "import", file.to_str().unwrap()])
        .code(6);
    assert!(
        run.stderr.contains("row 2") || run.stderr.contains("2"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains('\u{0}') && !run.stderr.contains('\u{1b}'),
        "{:?}",
        run.stderr
    );
    let clients = bill.run(&["client", "list", "-o", "json"]).ok().json();
    assert!(
        clients
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["email"] != "ok@example.com")
    );
}

/// Runs an import of `file` and returns its exit code, stderr and peak RSS.
fn import(epic: &Epic, file: &std::path::Path) -> (i32, String, u64) {
    let (run, peak) = epic.run_measured(
        &["client", "import", file.to_str().unwrap(), "--dry-run"],
        Stdio::null(),
    );
    (run.code, run.stderr, peak)
}

#[test]
fn spreadsheet_bombs_are_refused_in_bounded_memory() {
    let (template, company) = Company::build();
    let db = TestDb::copy_of(&template);
    let bill = Epic::logged_in(&db, &company.sales.email.to_string());
    let limit_kib = 150 * 1024;

    for (row, column) in [(1_048_575, 16_383), (99_999, 499)] {
        let file = bill.home.path().join(format!("far-{row}.xlsx"));
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write(0, 0, "full_name").unwrap();
        sheet.write(0, 1, "email").unwrap();
        sheet.write(row, column, "x").unwrap();
        book.save(&file).unwrap();
        let (code, stderr, peak) = import(&bill, &file);
        assert_eq!(code, 6, "{stderr}");
        assert!(stderr.contains("256 columns"), "{stderr}");
        assert!(
            peak < limit_kib,
            "peak RSS {peak} KiB for a cell at {row},{column}"
        );
    }

    // About 1 MB of deflated whitespace that unpacks to 300 MB.
    let file = bill.home.path().join("whitespace.xlsx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&file).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..300 {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap();
    let (code, stderr, peak) = import(&bill, &file);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("MiB unpacked"), "{stderr}");
    assert!(peak < limit_kib, "peak RSS {peak} KiB");

    // OpenDocument repeats cells by count: one row of 16,384 cells repeated
    // 1,500 times, in a file of a few hundred bytes.
    let bomb = ods("<table:table-row table:number-rows-repeated=\"1500\">\
         <table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"string\">\
         <text:p>x</text:p></table:table-cell></table:table-row>");
    let file = bill.home.path().join("repeated.ods");
    std::fs::write(&file, bomb).unwrap();
    let (code, stderr, peak) = import(&bill, &file);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("256 columns"), "{stderr}");
    assert!(peak < limit_kib, "peak RSS {peak} KiB");
    // What LibreOffice writes after the last row: empty rows and cells
    // repeated to the sheet's edge. That is no reason to refuse a file.
    let fine = ods(
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Noémie Roux</text:p></table:table-cell>\
         <table:table-cell office:value-type=\"string\"><text:p>noemie@example.com</text:p></table:table-cell>\
         <table:table-cell table:number-columns-repeated=\"1022\"/></table:table-row>\
         <table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
    );
    let file = bill.home.path().join("libreoffice.ods");
    std::fs::write(&file, fine).unwrap();
    let (code, stderr, _) = import(&bill, &file);
    assert_eq!(code, 0, "{stderr}");

    // The old binary format expands every sheet before anything can be
    // checked: refused, with what to do instead.
    let file = bill.home.path().join("old.xls");
    std::fs::write(&file, b"\xd0\xcf\x11\xe0 not really").unwrap();
    let (code, stderr, _) = import(&bill, &file);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains(".xlsx"), "{stderr}");

    // A sheet within the limits still imports.
    let file = bill.home.path().join("fine.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (column, text) in ["full_name", "email", "company_name"].iter().enumerate() {
        sheet
            .write(0, u16::try_from(column).unwrap(), *text)
            .unwrap();
    }
    sheet.write(1, 0, "Élodie Durand").unwrap();
    sheet.write(1, 1, "elodie@example.com").unwrap();
    sheet.write(1, 2, "Durand SA").unwrap();
    book.save(&file).unwrap();
    let (code, stderr, _) = import(&bill, &file);
    assert_eq!(code, 0, "{stderr}");
}

/// An OpenDocument spreadsheet whose first sheet has a header row
/// (full_name, email) and then `rows`.
fn ods(rows: &str) -> Vec<u8> {
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"Sheet1\">\
         <table:table-row><table:table-cell office:value-type=\"string\"><text:p>full_name</text:p></table:table-cell>\
         <table:table-cell office:value-type=\"string\"><text:p>email</text:p></table:table-cell></table:table-row>\
         {rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
          <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
          <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
          <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
          </manifest:manifest>",
    )
    .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}
