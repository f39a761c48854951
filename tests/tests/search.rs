//! `--search` through the binary, on the backend the run names: case and
//! accents ignored (SPEC §11), text taken literally, keys kept in step
//! with every write, and filled by the migration for rows written before it.

#![allow(clippy::unwrap_used)]

use chrono::Utc;
use epic_domain::crm::records::{Client, Event};
use epic_domain::crm::{ClientRepository, EventRepository, ListClients, ListEvents};
use epic_domain::search::SearchText;
use epic_store::{hooks, schema};
use epic_tests::{Company, Epic, TestDb, block_on};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Alias, Query};
use serde_json::Value;

fn names(list: &Value, field: &str) -> Vec<String> {
    let mut names: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r[field].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    names
}

fn clients(who: &Epic, text: &str) -> Vec<String> {
    let list = who
        .run(&["client", "list", &format!("--search={text}"), "-o", "json"])
        .ok()
        .json();
    names(&list, "full_name")
}

fn events(who: &Epic, text: &str) -> Vec<String> {
    let list = who
        .run(&["event", "list", &format!("--search={text}"), "-o", "json"])
        .ok()
        .json();
    names(&list, "name")
}

#[test]
fn case_and_accents_are_ignored_and_text_is_literal() {
    let (db, c) = Company::build();
    let bill = Epic::logged_in(&db, &c.sales.email.to_string());
    let ada = Epic::logged_in(&db, &c.manager.email.to_string());
    for (name, email, company, phone) in [
        (
            "Élodie Martin",
            "elodie@ex.fr",
            "Château Margaux",
            "+33 6 98 71 54 32",
        ),
        (
            "Œuvre Sociale",
            "contact@oeuvre.fr",
            "Fondation 100% [bio]",
            "+33 1 00 00 00 00",
        ),
        ("Jürgen Groß", "jg@ex.de", "Königs Straße*", "+49 30 1234"),
    ] {
        bill.run(&[
            "client",
            "create",
            &format!("--name={name}"),
            &format!("--email={email}"),
            &format!("--company={company}"),
            &format!("--phone={phone}"),
        ])
        .ok();
    }
    let one = |name: &str| vec![name.to_owned()];
    assert_eq!(clients(&bill, "elodie"), one("Élodie Martin"));
    assert_eq!(clients(&bill, "ÉLODIE"), one("Élodie Martin"));
    assert_eq!(clients(&bill, "chateau"), one("Élodie Martin"));
    assert_eq!(clients(&bill, "oeuvre"), one("Œuvre Sociale"));
    assert_eq!(clients(&bill, "strasse"), one("Jürgen Groß"));
    assert_eq!(clients(&bill, "jurgen gross"), one("Jürgen Groß"));
    assert_eq!(clients(&bill, "98 71 54"), one("Élodie Martin"), "phone");
    assert_eq!(clients(&bill, "@oeuvre.fr"), one("Œuvre Sociale"), "email");
    // Wildcards of every dialect are characters.
    assert_eq!(clients(&bill, "100%"), one("Œuvre Sociale"));
    assert_eq!(clients(&bill, "[bio]"), one("Œuvre Sociale"));
    assert_eq!(clients(&bill, "straße*"), one("Jürgen Groß"));
    assert_eq!(clients(&bill, "%"), one("Œuvre Sociale"));
    assert_eq!(clients(&bill, "*"), one("Jürgen Groß"));
    for nothing in [
        "_", "?", "[a-z]", "e%e", "'", "\"", "zzz", "el*die", "el_die",
    ] {
        assert_eq!(clients(&bill, nothing), Vec::<String>::new(), "{nothing:?}");
    }
    // Two letters are searched too, without the index.
    assert!(clients(&bill, "œu").contains(&"Œuvre Sociale".to_owned()));
    // Blank text is no filter.
    let all = bill.run(&["client", "list", "-o", "json"]).ok().json();
    let blank = bill
        .run(&["client", "list", "--search=  ", "-o", "json"])
        .ok()
        .json();
    assert_eq!(blank, all);

    // The key follows a rename; a deleted client is gone from the index.
    let elodie = bill
        .run(&["client", "list", "--search=elodie", "-o", "json"])
        .ok()
        .json()[0]["id"]
        .to_string();
    bill.run(&["client", "update", &elodie, "--name=Zoé Lefèvre"])
        .ok();
    assert_eq!(clients(&bill, "martin"), Vec::<String>::new());
    assert_eq!(clients(&bill, "zoe lefevre"), one("Zoé Lefèvre"));
    assert_eq!(clients(&bill, "chateau"), one("Zoé Lefèvre"));
    ada.run(&["client", "delete", &elodie, "--yes"]).ok();
    assert_eq!(clients(&bill, "lefevre"), Vec::<String>::new());

    // Events: name, location and notes.
    ada.run(&[
        "event",
        "update",
        &c.event.to_string(),
        "--name=Gala du Château",
        "--location=Cité des Sciences, Paris",
        "--notes=Œnologie au sous-sol.\nTraiteur confirmé.",
    ])
    .ok();
    let gala = one("Gala du Château");
    assert_eq!(events(&ada, "chateau"), gala);
    assert_eq!(events(&ada, "CITE DES"), gala);
    assert_eq!(events(&ada, "oenologie"), gala);
    assert_eq!(events(&ada, "traiteur confirme"), gala);
    assert_eq!(
        events(&ada, "sous-sol. traiteur"),
        gala,
        "a line break is a space"
    );
    assert_eq!(events(&ada, "zzz"), Vec::<String>::new());
    // The search combines with the other filters.
    let theirs = ada
        .run(&[
            "event",
            "list",
            "--search=chateau",
            "--no-support",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let unassigned = theirs
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["support_contact_id"].is_null());
    assert!(unassigned, "{theirs}");
    ada.run(&["event", "delete", &c.event.to_string(), "--yes"])
        .ok();
    assert_eq!(events(&ada, "chateau"), Vec::<String>::new());
}

/// Writes one row of `table` as a build older than the search keys did.
async fn insert(db: &sea_orm::DatabaseConnection, table: &str, columns: &[(&str, sea_orm::Value)]) {
    let mut insert = Query::insert();
    insert
        .into_table(Alias::new(table))
        .columns(columns.iter().map(|(c, _)| Alias::new(*c)))
        .values_panic(columns.iter().map(|(_, v)| v.clone().into()));
    db.execute(&insert).await.unwrap();
}

#[test]
fn the_migration_fills_the_keys_of_rows_written_before_it() {
    let db = TestDb::new();
    block_on(async {
        let store = db.store().await;
        hooks::migrate_before(&store, "m20261128_000005_search_keys")
            .await
            .unwrap();
        let conn = sea_orm::Database::connect(&db.url).await.unwrap();
        let now = Utc::now();
        insert(
            &conn,
            "employees",
            &[
                ("id", 1_i64.into()),
                ("full_name", "Bill Boquet".into()),
                ("email", "bill@epicevents.fr".into()),
                ("department", "sales".into()),
                ("password_hash", "x".into()),
                ("created_at", now.into()),
                ("updated_at", now.into()),
            ],
        )
        .await;
        for (id, name) in [(1_i64, "Élodie Martin"), (2, "Straße Events")] {
            insert(
                &conn,
                "clients",
                &[
                    ("id", id.into()),
                    ("full_name", name.into()),
                    ("email", format!("c{id}@ex.fr").into()),
                    ("sales_contact_id", 1_i64.into()),
                    ("created_at", now.into()),
                    ("updated_at", now.into()),
                ],
            )
            .await;
        }
        insert(
            &conn,
            "contracts",
            &[
                ("id", 1_i64.into()),
                ("client_id", 1_i64.into()),
                ("sales_contact_id", 1_i64.into()),
                ("total_cents", 100_i64.into()),
                ("due_cents", 0_i64.into()),
                ("signed", true.into()),
                ("signed_at", now.into()),
                ("created_at", now.into()),
                ("updated_at", now.into()),
            ],
        )
        .await;
        insert(
            &conn,
            "events",
            &[
                ("id", 1_i64.into()),
                ("name", "Mariage".into()),
                ("contract_id", 1_i64.into()),
                ("start_at", now.into()),
                ("end_at", now.into()),
                ("location", "Château de Candé".into()),
                ("attendees", 10_i32.into()),
                ("notes", "".into()),
                ("created_at", now.into()),
                ("updated_at", now.into()),
            ],
        )
        .await;
        conn.close().await.unwrap();
        schema::migrate(&store).await.unwrap();

        let mut found = Vec::new();
        let filter = ListClients {
            search: SearchText::parse("STRASSE"),
            ..ListClients::default()
        };
        store
            .clients(&filter, &mut |c: Client| {
                found.push(c.full_name.as_str().to_owned());
                std::ops::ControlFlow::Continue(())
            })
            .await
            .unwrap();
        assert_eq!(found, ["Straße Events"]);
        let mut found = Vec::new();
        let filter = ListEvents {
            search: SearchText::parse("chateau de cande"),
            ..ListEvents::default()
        };
        store
            .events(&filter, &mut |e: Event| {
                found.push(e.name.as_str().to_owned());
                std::ops::ControlFlow::Continue(())
            })
            .await
            .unwrap();
        assert_eq!(found, ["Mariage"]);
    });
}
