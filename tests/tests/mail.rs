//! E-mail: every notification is also mailed to its employee through a
//! real SMTP server (aiosmtpd), in their language, with times in the
//! company's zone; from the outbox, written with the change, so that a
//! refused change sends nothing and a mail server that was down gets the
//! message later, once.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use epic_tests::{Company, Epic, Mail, MailServer, Server};

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

fn mailing() -> (tempfile::TempDir, MailServer, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mail = MailServer::start();
    let config = mail.config(dir.path(), None);
    (dir, mail, config)
}

#[test]
fn notifications_are_mailed_by_notification_send() {
    let (db, c) = Company::build();
    let (_dir, mail, config) = mailing();
    let config = config.display().to_string();
    let as_ = |email: &str| Epic::logged_in(&db, email).env("EPIC_CONFIG", &config);
    let manager = as_(&c.manager.email.to_string());
    let bill = as_(&c.sales.email.to_string());
    let cron = Epic::new(&db).env("EPIC_CONFIG", &config);
    let send = || {
        cron.run(&["notification", "send"]).ok();
    };
    assignment_is_mailed(&c, &manager, &bill, &mail, &send);

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
fn a_mail_server_down_gets_the_message_once_it_is_back() {
    let (db, c) = Company::build();
    let (dir, mut mail, config) = mailing();
    let config = config.display().to_string();
    let manager = Epic::logged_in(&db, &c.manager.email.to_string()).env("EPIC_CONFIG", &config);
    let cron = Epic::new(&db).env("EPIC_CONFIG", &config);
    let event = c.unassigned_event.to_string();
    let kate = c.support.email.to_string();
    mail.stop();
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
    let failed = cron.run(&["notification", "send"]).code(8);
    assert!(
        failed.stderr.contains("mail server failed 2 message"),
        "{}",
        failed.stderr
    );
    // Not due again yet: nothing is tried before its time.
    cron.run(&["notification", "send"]).ok();

    let mail = mail.restart();
    cron.run(&["notification", "send", "--at", &soon()]).ok();
    let mails = mail.wait_for(2, Duration::from_secs(10));
    assert_eq!(mails.len(), 2, "{mails:#?}");
    assert_eq!(addressed_to(&mails, &kate).len(), 1, "{mails:#?}");
    cron.run(&["notification", "send", "--at", &soon()]).ok();
    assert_eq!(mail.wait_for(3, Duration::from_secs(1)).len(), 2);
    drop(dir);
}

#[test]
fn the_server_mails_in_the_background() {
    let (db, c) = Company::build();
    let (_dir, mail, config) = mailing();
    let config = config.display().to_string();
    let server = Server::start_in(&db.url, &[], &[("EPIC_CONFIG", config.as_str())]);
    let as_ = |email: &str| {
        let token = Epic::through(&server.base).token(email);
        Epic::through(&server.base).env("EPIC_TOKEN", &token)
    };
    let manager = as_(&c.manager.email.to_string());
    let bill = as_(&c.sales.email.to_string());
    // The server sends by itself, every few seconds.
    assignment_is_mailed(&c, &manager, &bill, &mail, &|| {});
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
