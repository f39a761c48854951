//! PostgreSQL least privilege: `scripts/postgres-roles` makes an owner role
//! for migrations and a runtime role for daily use. The whole walkthrough
//! runs as the runtime role, which is neither superuser nor BYPASSRLS and
//! cannot change the schema. Always on PostgreSQL, whatever the suite's
//! backend: this is about PostgreSQL's roles.

#![allow(clippy::unwrap_used)]

use std::process::Command;

use epic_tests::story::play;
use epic_tests::{Epic, block_on, postgres_admin, unique_suffix};
use sea_orm::sea_query::{Alias, ColumnDef, Expr, ExprTrait, Query, Table};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbErr};

/// A database and its two roles, dropped at the end of the test.
struct Deployment {
    database: String,
    owner: String,
    app: String,
}

impl Deployment {
    fn create() -> Self {
        let suffix = unique_suffix();
        let this = Self {
            database: format!("epic_lp_{suffix}"),
            owner: format!("epic_owner_{suffix}"),
            app: format!("epic_app_{suffix}"),
        };
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/postgres-roles");
        let out = Command::new("bash")
            .arg(script)
            .args([&this.database, &this.owner, &this.app])
            .env("PGHOST", "127.0.0.1")
            .env("PGPORT", "5432")
            .env("PGUSER", "postgres")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "scripts/postgres-roles failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        this
    }

    fn url(&self, role: &str) -> String {
        format!(
            "postgres://{role}@127.0.0.1:5432/{}?sslmode=disable",
            self.database
        )
    }
}

impl Drop for Deployment {
    fn drop(&mut self) {
        postgres_admin(&format!(
            "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
            self.database
        ));
        postgres_admin(&format!(
            "DROP ROLE IF EXISTS \"{}\", \"{}\"",
            self.app, self.owner
        ));
    }
}

/// Runs a schema change as `db`'s role and expects PostgreSQL to refuse it.
async fn refused<S: sea_orm::StatementBuilder>(db: &DatabaseConnection, what: &str, statement: &S) {
    let err: DbErr = db
        .execute(statement)
        .await
        .err()
        .unwrap_or_else(|| panic!("{what} succeeded"));
    let text = err.to_string();
    assert!(
        text.contains("permission denied") || text.contains("must be owner"),
        "{what}: {text}"
    );
}

#[test]
fn the_story_runs_as_a_runtime_role_that_cannot_change_the_schema() {
    let deployment = Deployment::create();
    let app_url = deployment.url(&deployment.app);

    // Only the owner may create the schema.
    let denied = Epic::at(&app_url).run(&["db", "migrate"]).code(5);
    assert!(denied.stderr.contains("database role"), "{}", denied.stderr);
    Epic::at(&deployment.url(&deployment.owner))
        .run(&["db", "migrate"])
        .ok();

    // Everything a company does, as the runtime role.
    let people = play(
        "docs/walkthrough.md",
        include_str!("../../docs/walkthrough.md"),
        &app_url,
    );
    let event = people["ada"]
        .run(&["event", "show", "1", "-o", "json"])
        .ok()
        .json();
    assert_eq!(event["support_contact_name"], "Kate Hastroff");

    // Forgetting a client blanks its audit values through the owner's
    // narrow function, and only that.
    people["ada"].run(&["client", "forget", "1", "--yes"]).ok();
    let audit = people["ada"]
        .run(&[
            "audit", "list", "--entity", "client", "--id", "1", "-o", "json",
        ])
        .ok()
        .json();
    let created = audit.as_array().unwrap().last().unwrap();
    assert_eq!(created["action"], "create");
    assert!(
        created["changes"]
            .as_str()
            .unwrap()
            .contains(r#""forgotten":true"#),
        "{created}"
    );
    assert!(!created["changes"].as_str().unwrap().contains("Ouick"));

    block_on(async {
        let db = Database::connect(&app_url).await.unwrap();
        let select = Query::select()
            .columns([Alias::new("rolsuper"), Alias::new("rolbypassrls")])
            .from(Alias::new("pg_roles"))
            .and_where(Expr::col(Alias::new("rolname")).eq(Expr::cust("current_user")))
            .to_owned();
        let role = db.query_one(&select).await.unwrap().unwrap();
        assert!(!role.try_get::<bool>("", "rolsuper").unwrap(), "superuser");
        assert!(
            !role.try_get::<bool>("", "rolbypassrls").unwrap(),
            "BYPASSRLS"
        );

        let create = Table::create()
            .table(Alias::new("intruder"))
            .col(ColumnDef::new(Alias::new("x")).integer())
            .to_owned();
        refused(&db, "CREATE TABLE", &create).await;
        let drop = Table::drop().table(Alias::new("clients")).to_owned();
        refused(&db, "DROP TABLE", &drop).await;
        let alter = Table::alter()
            .table(Alias::new("clients"))
            .add_column(ColumnDef::new(Alias::new("x")).integer())
            .to_owned();
        refused(&db, "ALTER TABLE", &alter).await;
        let truncate = Table::truncate().table(Alias::new("audit_log")).to_owned();
        refused(&db, "TRUNCATE", &truncate).await;
        // The audit log is append-only for the runtime role.
        let rewrite = Query::update()
            .table(Alias::new("audit_log"))
            .value(Alias::new("action"), "nothing happened")
            .to_owned();
        refused(&db, "UPDATE audit_log", &rewrite).await;
        let erase = Query::delete()
            .from_table(Alias::new("audit_log"))
            .to_owned();
        refused(&db, "DELETE FROM audit_log", &erase).await;
        // The function blanks personal fields of one record, nothing else:
        // a kind of record without any is refused.
        let misuse = Query::select()
            .expr(
                sea_orm::sea_query::Func::cust(Alias::new("epic_forget_audit"))
                    .args([Expr::val("contract"), Expr::val(1)]),
            )
            .to_owned();
        let err = db.query_one(&misuse).await.err().unwrap().to_string();
        assert!(err.contains("no personal fields"), "{err}");
        // What a holder of its password can still do: change rows directly,
        // bypassing epic's permission checks (hence `epic serve` for teams).
        let direct = Query::update()
            .table(Alias::new("clients"))
            .value(Alias::new("phone"), "+33 1 00 00 00 00")
            .to_owned();
        db.execute(&direct).await.unwrap();
        let _ = db.close().await;
    });

    // The data is all still there.
    let clients = people["ada"]
        .run(&["client", "list", "-o", "json"])
        .ok()
        .json();
    assert!(!clients.as_array().unwrap().is_empty());
}

/// What the database refuses reaches a server's client as a refusal, never
/// with the database's own words (a table, a role): those go to the log.
#[test]
fn a_database_refusal_reaches_the_client_without_its_text() {
    let deployment = Deployment::create();
    let app_url = deployment.url(&deployment.app);
    Epic::at(&deployment.url(&deployment.owner))
        .run(&["db", "migrate"])
        .ok();
    let people = play(
        "docs/walkthrough.md",
        include_str!("../../docs/walkthrough.md"),
        &app_url,
    );
    let token = people["ada"].run(&["auth", "token"]).ok().stdout;
    block_on(async {
        let admin = Database::connect(deployment.url("postgres")).await.unwrap();
        admin
            .execute_unprepared(&format!(
                "REVOKE INSERT ON employees FROM \"{}\"",
                deployment.app
            ))
            .await
            .unwrap();
        let _ = admin.close().await;
    });
    let server = epic_tests::Server::start_at(&app_url);
    let answer = server.send(
        "POST",
        "/api/v1/employees",
        token.trim(),
        None,
        &serde_json::json!({
            "full_name": "Nina Casey",
            "email": "nina@epicevents.fr",
            "department": "sales",
            "password": "a long enough passphrase"
        }),
    );
    assert_eq!(answer.status, 403, "{}", answer.body);
    for internal in ["employees", "permission denied for", &deployment.app] {
        assert!(
            !answer.body.contains(internal),
            "{internal:?} in {}",
            answer.body
        );
    }
    let (_, log) = server.stop();
    assert!(log.contains("permission denied"), "{log}");
}
