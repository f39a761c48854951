//! One terminal per person of the test company, sharing one database.

use std::path::PathBuf;

use crate::{Company, Epic, Run, TestDb};

#[derive(Debug)]
pub struct Office {
    _db: TestDb,
    pub c: Company,
    /// Management.
    pub ada: Epic,
    /// Sales, the contact of the company's client.
    pub bill: Epic,
    /// Sales, owning nothing of the company's.
    pub sam: Epic,
    /// Support, on the company's event.
    pub kate: Epic,
}

impl Office {
    pub fn open() -> Self {
        let (template, c) = Company::build();
        let db = TestDb::copy_of(&template);
        let person = |email: &str| Epic::logged_in(&db, email);
        Self {
            ada: person(&c.manager.email.to_string()),
            bill: person(&c.sales.email.to_string()),
            sam: person(&c.other_sales.email.to_string()),
            kate: person(&c.support.email.to_string()),
            c,
            _db: db,
        }
    }

    /// How many entries the audit log holds: unchanged means nothing written.
    pub fn audit_len(&self) -> usize {
        self.ada
            .run(&["audit", "list", "-o", "json"])
            .ok()
            .json()
            .as_array()
            .expect("the audit log is a JSON array")
            .len()
    }

    pub fn events(&self) -> serde_json::Value {
        self.ada.run(&["event", "list", "-o", "json"]).ok().json()
    }

    /// A file of management's, in their home.
    pub fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.ada.home.path().join(name);
        std::fs::write(&path, text).expect("a file in a test home");
        path
    }

    /// A refused command: its exit code, the field in its message, and no write.
    #[track_caller]
    pub fn refused(&self, who: &Epic, args: &[&str], code: i32, field: &str) -> Run {
        let before = self.audit_len();
        let run = who.run(args).code(code);
        assert!(
            run.stderr.contains(field),
            "`{}` should name {field}: {}",
            args.join(" "),
            run.stderr
        );
        assert!(
            run.stdout.is_empty(),
            "nothing on stdout when refused: {}",
            run.stdout
        );
        assert_eq!(
            self.audit_len(),
            before,
            "`{}` wrote something",
            args.join(" ")
        );
        run
    }
}
