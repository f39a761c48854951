//! The same company in French and in English: people read French messages,
//! headers, amounts (`4 500,50 €`) and day-first times when their locale is
//! French, and scripts get byte-identical JSON and CSV either way.

#![allow(clippy::unwrap_used)]

use epic_tests::story::play_with;
use epic_tests::{Company, Epic, Server, TestDb};

const FRENCH: (&str, &str) = ("LANG", "fr_FR.UTF-8");
const ENGLISH: (&str, &str) = ("LANG", "en_GB.UTF-8");

/// Every export a cron job might take, as each person who may take it.
const EXPORTS: &[(&str, &[&str])] = &[
    ("ada", &["employee", "list"]),
    ("bill", &["client", "list"]),
    ("bill", &["contract", "list"]),
    ("kate", &["event", "list"]),
    ("ada", &["audit", "list"]),
    ("kate", &["notification", "list"]),
    ("ada", &["report", "revenue"]),
    ("ada", &["report", "unpaid"]),
    ("ada", &["report", "monthly"]),
    ("bill", &["contract", "show", "1"]),
];

#[test]
fn the_walkthrough_in_french_gives_scripts_the_same_bytes() {
    let db = TestDb::new();
    let text = include_str!("../../docs/walkthrough.md");
    let people = play_with("docs/walkthrough.md (fr)", text, &db.url, &|| {
        Epic::at(&db.url).env(FRENCH.0, FRENCH.1)
    });
    for (who, command) in EXPORTS {
        let person = &people[*who];
        for format in ["json", "csv"] {
            let mut args = command.to_vec();
            args.extend(["-o", format]);
            let french = person.run(&args).ok();
            let english = person.run_full(&args, "", &[ENGLISH]).ok();
            let c = person
                .run_full(&args, "", &[("LANG", "C"), ("LC_ALL", "")])
                .ok();
            assert_eq!(french.stdout, english.stdout, "{who}: {args:?}");
            assert_eq!(french.stdout, c.stdout, "{who}: {args:?}");
            assert!(!french.stdout.is_empty(), "{who}: {args:?}");
        }
    }
}

#[test]
fn people_read_french_headers_amounts_times_and_messages() {
    let db = TestDb::new();
    let text = include_str!("../../docs/walkthrough.md");
    let people = play_with("docs/walkthrough.md", text, &db.url, &|| Epic::at(&db.url));
    let bill = &people["bill"];
    let table = ["contract", "list", "-o", "table", "--wide"];
    let french = bill.run_full(&table, "", &[FRENCH]).ok().stdout;
    assert!(
        french.contains("RESTE DÛ") && french.contains("COMMERCIAL"),
        "{french}"
    );
    assert!(french.contains("5\u{202f}000,00\u{a0}€"), "{french}");
    let english = bill.run_full(&table, "", &[ENGLISH]).ok().stdout;
    assert!(
        english.contains("DUE") && english.contains("5,000.00"),
        "{english}"
    );
    // LC_ALL wins over LANG, as POSIX has it.
    let forced = bill
        .run_full(&table, "", &[ENGLISH, ("LC_ALL", "fr_FR.UTF-8")])
        .ok()
        .stdout;
    assert!(forced.contains("RESTE DÛ"), "{forced}");

    let show = ["contract", "show", "1", "-o", "table"];
    let french = bill.run_full(&show, "", &[FRENCH]).ok().stdout;
    assert!(french.contains("Reste dû"), "{french}");
    let english = bill.run_full(&show, "", &[ENGLISH]).ok().stdout;
    assert!(english.contains("amount_due"), "{english}");

    let events = ["event", "list", "-o", "table", "--fields", "id,start"];
    let french = bill
        .run_full(&events, "", &[FRENCH, ("TZ", "UTC")])
        .ok()
        .stdout;
    assert!(
        french.contains("04/06/2023 13:00") && french.contains("DÉBUT"),
        "{french}"
    );

    let refused = bill.run_full(&["client", "update", "999", "--phone", "x"], "", &[FRENCH]);
    assert_ne!(refused.code, 0);
    assert!(
        refused.stderr.starts_with("erreur : "),
        "{}",
        refused.stderr
    );
    let topic = bill
        .run_full(&["help", "formatting"], "", &[FRENCH])
        .ok()
        .stdout;
    assert!(
        topic.starts_with("Formats de sortie") && topic.contains("le JOUR d'abord"),
        "{topic}"
    );
    let topic = bill
        .run_full(&["help", "exit-codes"], "", &[FRENCH])
        .ok()
        .stdout;
    assert!(topic.contains("permission refusée"), "{topic}");
    let topic = bill.run(&["help", "formatting"]).ok().stdout;
    assert!(topic.starts_with("Output formats"), "{topic}");
    let empty = bill
        .run_full(
            &["client", "list", "--search", "zzz", "-o", "table"],
            "",
            &[FRENCH],
        )
        .ok();
    assert!(empty.stderr.contains("Aucun résultat."), "{}", empty.stderr);
}

/// Why a value is refused, said in French whether the rule ran in this
/// process or in `epic serve`, for one value and for the rows of a sheet.
#[test]
fn refusals_are_explained_in_french_locally_and_through_the_server() {
    let (db, c) = Company::build();
    let server = Server::start(&db);
    let clients = db.count_rows("clients");
    let sales = c.sales.email.to_string();
    let local = Epic::logged_in(&db, &sales);
    let remote = Epic::through(&server.base).env("EPIC_TOKEN", &Epic::new(&db).token(&sales));
    let sheet = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        sheet.path(),
        "full_name,email,phone,company_name\nAnne Air,anne.air,0102030405,Air\n",
    )
    .unwrap();
    let sheet = sheet.path().to_str().unwrap();
    for epic in [&local, &remote] {
        let says = |args: &[&str], env, code, text: &str| {
            let run = epic.run_full(args, "", &[env]);
            assert_eq!(run.code, code, "{args:?}: {}", run.stderr);
            assert!(run.stderr.contains(text), "{args:?}: {}", run.stderr);
        };
        let day = ["event", "list", "--from", "31/02/2027"];
        says(
            &day,
            FRENCH,
            6,
            "erreur : --from invalide : \"31/02/2027\" n’est pas un jour du calendrier",
        );
        says(
            &day,
            ENGLISH,
            6,
            "error: invalid --from: \"31/02/2027\" is not a day of the calendar",
        );
        says(
            &["employee", "deactivate", "1"],
            FRENCH,
            5,
            "erreur : permission refusée : Bill Boquet (sales) ne peut pas désactiver ou réactiver des employés",
        );
        says(
            &["client", "show", "999"],
            FRENCH,
            3,
            "erreur : client 999 introuvable",
        );
        says(
            &["client", "list", "--fields", "id,nom"],
            FRENCH,
            2,
            "erreur : champ inconnu \"nom\" dans --fields",
        );
        let import = ["client", "import", sheet];
        says(
            &import,
            FRENCH,
            6,
            "erreur : 1 ligne(s) en erreur, rien n’a été importé",
        );
        says(
            &import,
            FRENCH,
            6,
            "ligne 2 : email : doit ressembler à nom@example.com (reçu \"anne.air\")",
        );
    }
    assert_eq!(db.count_rows("clients"), clients);

    // The server asks for a new employee's password by a reason the client
    // recognises in any language.
    let manager = c.manager.email.to_string();
    let remote = Epic::through(&server.base).env("EPIC_TOKEN", &Epic::new(&db).token(&manager));
    let hire = [
        "employee",
        "create",
        "--name",
        "Hélène Embauche",
        "--email",
        "helene@epicevents.fr",
        "--department",
        "support",
        "--password-stdin",
    ];
    let hired = remote.run_full(&hire, "a long enough passphrase 42\n", &[FRENCH]);
    assert_eq!(hired.code, 0, "{}", hired.stderr);
}

/// `--help` and `epic help COMMAND` describe commands and flags in French,
/// from the same command tree: what parses in English parses in French.
#[test]
fn help_describes_commands_and_flags_in_french() {
    let epic = Epic::at("sqlite::memory:");
    for args in [
        &["event", "create", "--help"][..],
        &["help", "event", "create"][..],
    ] {
        let french = epic.run_full(args, "", &[FRENCH]).ok().stdout;
        assert!(
            french.contains("Créer l'événement du contrat signé de votre client")
                && french.contains("Utilisation : epic event create")
                && french.contains("Heure locale : 2027-06-12 14:00")
                && french.contains("Exemples :"),
            "{args:?}: {french}"
        );
        let english = epic.run_full(args, "", &[ENGLISH]).ok().stdout;
        assert!(
            english.contains("Usage: epic event create") && english.contains("Local time:"),
            "{args:?}: {english}"
        );
    }
    let root = epic.run_full(&["--help"], "", &[FRENCH]).ok().stdout;
    assert!(
        root.contains("Commandes:") && root.contains("Codes de sortie"),
        "{root}"
    );
    let typo = epic.run_full(&["client", "show", "abc"], "", &[FRENCH]);
    assert_eq!(typo.code, 2, "{}", typo.stderr);
    assert!(
        typo.stderr
            .starts_with("erreur : <ID> attend un nombre entier comme 12, pas \"abc\""),
        "{}",
        typo.stderr
    );
}
