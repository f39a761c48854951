//! E-mail: every notification is also mailed to its employee through a
//! real SMTP server (aiosmtpd), in their language, with times in the
//! company's zone; from the outbox, written with the change, so that a
//! refused change sends nothing and a mail server that was down gets the
//! message later, once. The tests that need the SMTP server are ignored
//! by default: `scripts/setup-test-env` installs it, `.ci/run` runs them
//! on both backends.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use epic_tests::{Company, Epic, Mail, MailServer, Server, TestDb};

const START: &str = "2027-06-12T12:00:00Z";
const END: &str = "2027-06-12T20:00:00Z";

fn to(mail: &Mail) -> &str {
    mail["rcpt_tos"][0].as_str().unwrap()
}

fn addressed_to<'a>(mails: &'a [Mail], address: &str) -> Vec<&'a Mail> {
    mails.iter().filter(|m| to(m) == address).collect()
}

/// A minute from now: past the first retry's wait, not past a day.
fn soon() -> String {
    (chrono::Utc::now() + chrono::TimeDelta::minutes(1)).to_rfc3339()
}

/// Management moves the unassigned event to a June evening and gives it
/// to Kate.
fn june_for_kate(manager: &Epic, c: &Company) {
    let event = c.unassigned_event.to_string();
    let kate = c.support.email.to_string();
    manager
        .run(&[
            "event",
            "update",
            &event,
            "--start",
            START,
            "--end",
            END,
            "--support",
            &kate,
        ])
        .ok();
}

/// What Kate (support, French) and Bill (sales, English) receive when
/// management moves the unassigned event to a June evening and gives it
/// to Kate; `send` delivers whatever is due.
fn assignment_is_mailed(
    c: &Company,
    manager: &Epic,
    bill: &Epic,
    mail: &MailServer,
    send: &dyn Fn(),
) {
    bill.run(&["notification", "settings", "--language", "en"])
        .ok();
    let kate = c.support.email.to_string();
    let event = c.unassigned_event.to_string();
    june_for_kate(manager, c);
    // A change refused in its transaction (Kate is booked then) and a
    // change refused by the policy leave nothing to send.
    let busy = c.event.to_string();
    manager
        .run(&[
            "event",
            "update",
            &busy,
            "--start",
            START,
            "--end",
            END,
            "--if-free",
        ])
        .code(7);
    bill.run(&["event", "update", &event, "--location", "Ailleurs"])
        .code(5);
    send();
    let mails = mail.wait_for(2, Duration::from_secs(30));
    assert_eq!(mails.len(), 2, "{mails:#?}");

    let to_kate = addressed_to(&mails, &kate);
    assert_eq!(to_kate.len(), 1, "{mails:#?}");
    let k = to_kate[0];
    assert_eq!(k["subject"], "Vous êtes sur « Assemblée générale »");
    assert_eq!(k["from"], "Epic Events <crm@epicevents.fr>");
    assert_eq!(k["content_type"], "text/plain");
    let body = k["body"].as_str().unwrap();
    for line in [
        "Ada Manager vous a affecté·e à cet événement.",
        "Client : John Ouick",
        "Début : 12/06/2027 14:00 CEST",
        "Fin : 12/06/2027 22:00 CEST",
        "Lieu : Salle des fêtes de Mufflins",
        "- début : 05/05/2026 17:00 CEST → 12/06/2027 14:00 CEST",
    ] {
        assert!(body.contains(line), "{line:?} not in {body}");
    }
    let id = k["message_id"].as_str().unwrap();
    assert!(
        id.starts_with("<epic.") && id.ends_with("@epicevents.fr>"),
        "{id}"
    );

    let to_bill = addressed_to(&mails, &c.sales.email.to_string());
    assert_eq!(to_bill.len(), 1, "{mails:#?}");
    assert_eq!(to_bill[0]["subject"], "“Assemblée générale” changed");
    let body = to_bill[0]["body"].as_str().unwrap();
    assert!(body.contains("Ada Manager changed this event."), "{body}");
    assert!(body.contains("Start: 2027-06-12 14:00 CEST"), "{body}");

    // Nothing is sent twice.
    send();
    assert_eq!(mail.wait_for(3, Duration::from_secs(1)).len(), 2);
}

/// The test company, a mail server, and a config file that sends through
/// it (in a folder that lives as long as the test holds it).
struct Mailroom {
    db: TestDb,
    c: Company,
    config: String,
    _dir: tempfile::TempDir,
}

impl Mailroom {
    fn open() -> (Self, MailServer) {
        let (db, c) = Company::build();
        let dir = tempfile::tempdir().unwrap();
        let mail = MailServer::start();
        let config = mail.config(dir.path(), None).display().to_string();
        let room = Self {
            db,
            c,
            config,
            _dir: dir,
        };
        (room, mail)
    }

    /// Someone logged in, with the mail settings.
    fn as_(&self, email: &impl ToString) -> Epic {
        Epic::logged_in(&self.db, &email.to_string()).env("EPIC_CONFIG", &self.config)
    }

    /// Cron on the database's host: no session, the mail settings.
    fn cron(&self) -> Epic {
        Epic::new(&self.db).env("EPIC_CONFIG", &self.config)
    }
}

#[test]
#[ignore = "needs aiosmtpd: scripts/setup-test-env installs it"]
fn notifications_are_mailed_by_notification_send() {
    let (room, mail) = Mailroom::open();
    let c = &room.c;
    let as_ = |email: &str| room.as_(&email);
    let manager = as_(&c.manager.email.to_string());
    let bill = as_(&c.sales.email.to_string());
    let cron = room.cron();
    let send = || {
        cron.run(&["notification", "send"]).ok();
    };
    assignment_is_mailed(c, &manager, &bill, &mail, &send);

    // Opting out is for oneself: Kate hears nothing more, Bill does.
    let kate = as_(&c.support.email.to_string());
    kate.run(&["notification", "settings", "--email", "off"])
        .ok();
    let event = c.unassigned_event.to_string();
    manager
        .run(&["event", "update", &event, "--attendees", "250"])
        .ok();
    send();
    let mails = mail.wait_for(3, Duration::from_secs(10));
    assert_eq!(mails.len(), 3, "{mails:#?}");
    assert_eq!(to(&mails[2]), c.sales.email.to_string());
    assert!(
        mails[2]["body"]
            .as_str()
            .unwrap()
            .contains("- attendees: 200 → 250")
    );
}

#[test]
#[ignore = "needs aiosmtpd: scripts/setup-test-env installs it"]
fn a_mail_server_down_gets_the_message_once_it_is_back() {
    let (room, mut mail) = Mailroom::open();
    let (db, c) = (&room.db, &room.c);
    let manager = room.as_(&c.manager.email);
    let cron = room.cron();
    let kate = c.support.email.to_string();
    mail.stop();
    june_for_kate(&manager, c);
    let failed = cron.run(&["notification", "send"]).code(8);
    assert!(
        failed.stderr.contains("mail server failed 2 message"),
        "{}",
        failed.stderr
    );
    // Not due again yet: nothing is tried before its time.
    cron.run(&["notification", "send"]).ok();
    // Management sees them wait, with why; nobody else sees the outbox.
    let waiting = outbox(&manager, false);
    assert_eq!(waiting.len(), 2, "{waiting:#?}");
    for entry in &waiting {
        assert_eq!(entry["state"], "pending");
        assert_eq!(entry["attempts"], 1);
        assert!(
            entry["last_error"].as_str().is_some_and(|e| !e.is_empty()),
            "{entry}"
        );
        assert!(entry["next_attempt_at"].is_string(), "{entry}");
    }
    let bill = Epic::logged_in(db, &c.sales.email.to_string());
    bill.run(&["notification", "outbox"]).code(5);

    let mail = mail.restart();
    cron.run(&["notification", "send", "--at", &soon()]).ok();
    let mails = mail.wait_for(2, Duration::from_secs(10));
    assert_eq!(mails.len(), 2, "{mails:#?}");
    assert_eq!(addressed_to(&mails, &kate).len(), 1, "{mails:#?}");
    cron.run(&["notification", "send", "--at", &soon()]).ok();
    assert_eq!(mail.wait_for(3, Duration::from_secs(1)).len(), 2);
    assert_eq!(outbox(&manager, false), Vec::<serde_json::Value>::new());
    let all = outbox(&manager, true);
    assert_eq!(
        all.iter().filter(|e| e["state"] == "sent").count(),
        2,
        "{all:#?}"
    );
}

fn outbox(epic: &Epic, all: bool) -> Vec<serde_json::Value> {
    let mut args = vec!["notification", "outbox", "-o", "json"];
    if all {
        args.push("--all");
    }
    epic.run(&args).ok().json().as_array().unwrap().clone()
}

#[test]
#[ignore = "needs aiosmtpd: scripts/setup-test-env installs it"]
fn a_message_failing_for_a_day_is_given_up_and_kept() {
    let (room, mut mail) = Mailroom::open();
    let (db, c, config) = (&room.db, &room.c, &room.config);
    let manager = room.as_(&c.manager.email);
    let cron = room.cron();
    mail.stop();
    let kate = c.support.email.to_string();
    june_for_kate(&manager, c);
    let tomorrow = (chrono::Utc::now() + chrono::TimeDelta::hours(25)).to_rfc3339();
    let (port, reports) = epic_tests::fake_sentry();
    let dsn = format!("http://publickey@127.0.0.1:{port}/1");
    let given_up = Epic::new(db)
        .env("EPIC_CONFIG", config)
        .env("SENTRY_DSN", &dsn)
        .run(&["notification", "send", "--at", &tomorrow])
        .code(8);
    assert!(
        given_up.stderr.contains("2 given up"),
        "{}",
        given_up.stderr
    );
    // Each is reported, by id, without the address it was for.
    for _ in 0..2 {
        let report = reports.recv_timeout(Duration::from_secs(10)).unwrap();
        assert!(report.contains("given up"), "{report}");
        assert!(!report.contains(&kate), "{report}");
    }
    let kept = outbox(&manager, false);
    assert_eq!(kept.len(), 2, "{kept:#?}");
    assert!(
        kept.iter()
            .all(|e| e["state"] == "failed" && e["next_attempt_at"].is_null()),
        "{kept:#?}"
    );
    // Given up is final: the server back changes nothing.
    let mail = mail.restart();
    cron.run(&["notification", "send", "--at", &tomorrow]).ok();
    assert_eq!(mail.wait_for(1, Duration::from_secs(1)).len(), 0);
}

#[test]
#[ignore = "needs aiosmtpd: scripts/setup-test-env installs it"]
fn the_server_mails_in_the_background() {
    let (room, mail) = Mailroom::open();
    let (db, c, config) = (&room.db, &room.c, &room.config);
    let server = Server::start_in(&db.url, &[], &[("EPIC_CONFIG", config.as_str())]);
    let as_ = |email: &str| {
        let token = Epic::through(&server.base).token(email);
        Epic::through(&server.base).env("EPIC_TOKEN", &token)
    };
    let manager = as_(&c.manager.email.to_string());
    let bill = as_(&c.sales.email.to_string());
    // The server sends by itself, every few seconds.
    assignment_is_mailed(c, &manager, &bill, &mail, &|| {});
    // The mail server down when the server tries: it tries again, and
    // the message arrives once the mail server is back.
    let mut mail = mail;
    mail.stop();
    let event = c.unassigned_event.to_string();
    manager
        .run(&["event", "update", &event, "--attendees", "250"])
        .ok();
    std::thread::sleep(epic_tests::MAIL_POLL + Duration::from_secs(2));
    let mail = mail.restart();
    let mails = mail.wait_for(4, Duration::from_secs(60));
    assert_eq!(mails.len(), 4, "{mails:#?}");
    let (_, log) = server.stop();
    assert!(log.contains("e-mail: sent"), "{log}");
}

#[test]
fn half_configured_mail_is_refused_before_anything_is_sent() {
    let (db, _c) = Company::build();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "smtp_url = \"smtp://127.0.0.1:1?tls=none\"\n").unwrap();
    let cron = Epic::new(&db).env("EPIC_CONFIG", &config.display().to_string());
    let refused = cron.run(&["notification", "send"]).code(2);
    assert!(refused.stderr.contains("mail_from"), "{}", refused.stderr);
    std::fs::write(
        &config,
        "smtp_url = \"smtps://bob:hunter2@127.0.0.1:1\"\nmail_from = \"nobody\"\n",
    )
    .unwrap();
    let refused = cron.run(&["notification", "send"]).code(2);
    assert!(refused.stderr.contains("mail_from"), "{}", refused.stderr);
    assert!(!refused.stderr.contains("hunter2"), "{}", refused.stderr);
    // With a server set, the server sends: this is for the database's host.
    let remote = Epic::through("http://127.0.0.1:9")
        .env("EPIC_CONFIG", &config.display().to_string())
        .run(&["notification", "send"])
        .code(2);
    assert!(
        remote.stderr.contains("database itself"),
        "{}",
        remote.stderr
    );
    // Typed as an argument, a password would be in every process list.
    let typed = cron
        .run(&[
            "config",
            "set",
            "smtp_url",
            "smtp://bob:hunter2@mail.example.com",
        ])
        .code(6);
    assert!(!typed.stderr.contains("hunter2"), "{}", typed.stderr);
}

fn subjects(mails: &[Mail]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = mails
        .iter()
        .map(|m| (to(m).to_owned(), m["subject"].as_str().unwrap().to_owned()))
        .collect();
    pairs.sort();
    pairs
}

/// Reminders fall due by a clock the test sets (`--at`): a week before and
/// the day before, to the support and sales contacts, once each; moving
/// the event arms them again.
#[test]
#[ignore = "needs aiosmtpd: scripts/setup-test-env installs it"]
fn reminders_come_a_week_and_a_day_before_once_and_again_after_a_move() {
    let (room, mail) = Mailroom::open();
    let c = &room.c;
    let manager = room.as_(&c.manager.email);
    let cron = room.cron();
    let send_at = |at: &str| {
        cron.run(&["notification", "send", "--at", at]).ok();
    };
    let event = c.unassigned_event.to_string();
    let kate = c.support.email.to_string();
    let bill = c.sales.email.to_string();
    june_for_kate(&manager, c);
    cron.run(&["notification", "send"]).ok();
    assert_eq!(mail.wait_for(2, Duration::from_secs(10)).len(), 2);

    // Eight days before: nothing yet.
    send_at("2027-06-04T11:00:00Z");
    assert_eq!(mail.wait_for(3, Duration::from_secs(1)).len(), 2);
    // A week before, then again a little later: once.
    send_at("2027-06-05T13:00:00Z");
    send_at("2027-06-05T14:00:00Z");
    let mails = mail.wait_for(4, Duration::from_secs(10));
    let week = "« Assemblée générale » commence dans 7 jours".to_owned();
    assert_eq!(
        subjects(&mails[2..]),
        vec![(bill.clone(), week.clone()), (kate.clone(), week)]
    );
    let body = mails[2]["body"].as_str().unwrap();
    assert!(body.contains("Début : 12/06/2027 14:00 CEST"), "{body}");
    // The day before.
    send_at("2027-06-11T13:00:00Z");
    send_at("2027-06-11T15:00:00Z");
    let mails = mail.wait_for(6, Duration::from_secs(10));
    let tomorrow = "« Assemblée générale » commence demain".to_owned();
    assert_eq!(
        subjects(&mails[4..]),
        vec![(bill.clone(), tomorrow.clone()), (kate.clone(), tomorrow)]
    );

    // Moved a week later: the change is told, and the week's reminder
    // comes again for the new date.
    manager
        .run(&[
            "event",
            "update",
            &event,
            "--start",
            "2027-06-19T12:00:00Z",
            "--end",
            "2027-06-19T20:00:00Z",
        ])
        .ok();
    send_at("2027-06-12T13:00:00Z");
    let mails = mail.wait_for(10, Duration::from_secs(10));
    let week = "« Assemblée générale » commence dans 7 jours".to_owned();
    let changed = "« Assemblée générale » a changé".to_owned();
    assert_eq!(
        subjects(&mails[6..]),
        vec![
            (bill.clone(), changed.clone()),
            (bill, week.clone()),
            (kate.clone(), changed),
            (kate, week),
        ]
    );
}

/// With `--email digest`, what comes within a day of the last message
/// waits, then goes as one message; others still get each one.
#[test]
#[ignore = "needs aiosmtpd: scripts/setup-test-env installs it"]
fn a_digest_gathers_a_day_into_one_message() {
    let (room, mail) = Mailroom::open();
    let c = &room.c;
    let as_ = |email: &str| room.as_(&email);
    let manager = as_(&c.manager.email.to_string());
    let kate = c.support.email.to_string();
    let bill = c.sales.email.to_string();
    as_(&kate)
        .run(&["notification", "settings", "--email", "digest"])
        .ok();
    let cron = room.cron();
    let event = c.unassigned_event.to_string();
    june_for_kate(&manager, c);
    cron.run(&["notification", "send"]).ok();
    // The first goes at once: nothing was sent to Kate for a day.
    assert_eq!(mail.wait_for(2, Duration::from_secs(10)).len(), 2);

    for attendees in ["210", "220"] {
        manager
            .run(&["event", "update", &event, "--attendees", attendees])
            .ok();
    }
    let held = cron.run(&["notification", "send"]).ok();
    assert!(
        held.stderr.contains("held for a digest 2"),
        "{}",
        held.stderr
    );
    let mails = mail.wait_for(4, Duration::from_secs(10));
    assert_eq!(subjects(&mails[2..]).len(), 2, "{mails:#?}");
    assert!(mails[2..].iter().all(|m| to(m) == bill), "{mails:#?}");

    let tomorrow = (chrono::Utc::now() + chrono::TimeDelta::hours(25)).to_rfc3339();
    cron.run(&["notification", "send", "--at", &tomorrow]).ok();
    cron.run(&["notification", "send", "--at", &tomorrow]).ok();
    let mails = mail.wait_for(5, Duration::from_secs(10));
    assert_eq!(mails.len(), 5, "{mails:#?}");
    let digest = &mails[4];
    assert_eq!(to(digest), kate);
    assert_eq!(
        digest["subject"],
        "2 notifications depuis votre dernier e-mail"
    );
    let body = digest["body"].as_str().unwrap();
    assert!(body.contains("- participants : 200 → 210"), "{body}");
    assert!(body.contains("- participants : 210 → 220"), "{body}");
}

/// `smtp://` means STARTTLS: to a server that offers it, with a
/// certificate from the company CA (`smtp_ca`), the message goes
/// encrypted; a certificate nobody vouches for, or a server that offers
/// no STARTTLS, gets nothing, and the message waits.
#[test]
#[ignore = "needs aiosmtpd: scripts/setup-test-env installs it"]
fn starttls_is_required_and_the_certificate_checked() {
    let (db, c) = Company::build();
    let dir = tempfile::tempdir().unwrap();
    let pki = epic_tests::pki(dir.path(), "mail");
    let tls = MailServer::start_tls(&pki.cert, &pki.key);
    let plain = MailServer::start();
    let manager = Epic::logged_in(&db, &c.manager.email.to_string());
    june_for_kate(&manager, &c);
    let cron =
        |config: &std::path::Path| Epic::new(&db).env("EPIC_CONFIG", &config.display().to_string());
    let at = |dir: &std::path::Path, url: String, ca: Option<&std::path::Path>| {
        std::fs::create_dir_all(dir).unwrap();
        let path = dir.join("config.toml");
        let mut text = format!("smtp_url = \"{url}\"\nmail_from = \"crm@epicevents.fr\"\n");
        if let Some(ca) = ca {
            text.push_str(&format!("smtp_ca = \"{}\"\n", ca.display()));
        }
        std::fs::write(&path, text).unwrap();
        path
    };
    // No STARTTLS offered: nothing goes in clear.
    let no_tls = at(
        &dir.path().join("a"),
        format!("smtp://127.0.0.1:{}", plain.port),
        None,
    );
    cron(&no_tls).run(&["notification", "send"]).code(8);
    // A certificate of a CA we were not told of.
    let unknown = at(
        &dir.path().join("b"),
        format!("smtp://localhost:{}", tls.port),
        None,
    );
    cron(&unknown)
        .run(&["notification", "send", "--at", &soon()])
        .code(8);
    assert!(plain.received().is_empty() && tls.received().is_empty());
    // With the CA: delivered, over TLS.
    let trusted = at(
        &dir.path().join("c"),
        format!("smtp://localhost:{}", tls.port),
        Some(&pki.ca),
    );
    let later = (chrono::Utc::now() + chrono::TimeDelta::minutes(5)).to_rfc3339();
    cron(&trusted)
        .run(&["notification", "send", "--at", &later])
        .ok();
    let mails = tls.wait_for(2, Duration::from_secs(10));
    assert_eq!(mails.len(), 2, "{mails:#?}");
    assert!(mails.iter().all(|m| m["tls"] == true), "{mails:#?}");
    assert!(plain.received().is_empty());
}

/// Two servers on one database, started together on a full outbox: every
/// message goes once, whichever sends it.
#[test]
#[ignore = "needs aiosmtpd: scripts/setup-test-env installs it"]
fn two_servers_on_one_database_send_each_message_once() {
    let (room, mail) = Mailroom::open();
    let (db, c, config) = (&room.db, &room.c, &room.config);
    let manager = Epic::logged_in(db, &c.manager.email.to_string());
    let event = c.unassigned_event.to_string();
    june_for_kate(&manager, c);
    // Each change: one message to Kate, one to Bill.
    for attendees in 201..=230 {
        manager
            .run(&[
                "event",
                "update",
                &event,
                "--attendees",
                &attendees.to_string(),
            ])
            .ok();
    }
    let expected = 2 + 2 * 30;
    let env = [("EPIC_CONFIG", config.as_str())];
    let first = Server::start_in(&db.url, &[], &env);
    let second = Server::start_in(&db.url, &[], &env);
    let mails = mail.wait_for(expected, Duration::from_secs(60));
    // Both keep looking for a while longer: nothing more may come.
    std::thread::sleep(epic_tests::MAIL_POLL + Duration::from_secs(1));
    let mails_after = mail.received();
    assert_eq!(mails.len(), expected, "{} messages", mails.len());
    assert_eq!(mails_after.len(), expected);
    let mut ids: Vec<&str> = mails_after
        .iter()
        .map(|m| m["message_id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), expected, "a Message-ID came twice");
    let (_, one) = first.stop();
    let (_, two) = second.stop();
    assert!(
        one.contains("e-mail: sent") || two.contains("e-mail: sent"),
        "{one}\n{two}"
    );
}
