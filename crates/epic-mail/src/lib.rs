//! E-mail for notifications: each message of the outbox worded in its
//! reader's language and sent over SMTP (rustls), by `epic serve` in the
//! background or by `epic notification send` from cron.

mod smtp;
mod words;

use std::time::Duration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use epic_store::Store;
use epic_store::outbox::{Attempt, Delivery, Letter, Outcome};
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

pub use smtp::{Encryption, SmtpUrl};
pub use words::render;

/// Everything sending needs, checked before anything is sent.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub smtp: SmtpUrl,
    pub from: Mailbox,
    /// The company's zone, in which every time is written.
    pub zone: Tz,
    /// A PEM file's CA to trust for the mail server besides the system's.
    pub ca: Option<Vec<u8>>,
    /// Days before an event's start that its people are reminded.
    pub reminder_days: Vec<u32>,
}

/// The reminders when `reminder_days` is not set: a week, and the day before.
pub const DEFAULT_REMINDER_DAYS: [u32; 2] = [7, 1];

/// `7, 1`: days from 1 to 365, or nothing for no reminders.
pub fn parse_reminder_days(text: &str) -> Result<Vec<u32>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| match d.parse::<u32>() {
            Ok(n @ 1..=365) => Ok(n),
            _ => Err(format!(
                "reminder_days: {d:?} is not a number of days from 1 to 365 (write them like 7, 1)"
            )),
        })
        .collect()
}

/// `mail_from`: an address, with a name or without.
pub fn parse_mail_from(text: &str) -> Result<Mailbox, String> {
    text.parse::<Mailbox>()
        .map_err(|e| format!("mail_from: {text:?} is not an address ({e})"))
}

/// `time_zone`: an IANA name.
pub fn parse_time_zone(name: &str) -> Result<Tz, String> {
    name.parse::<Tz>()
        .map_err(|_| format!("time_zone: {name:?} is not an IANA zone such as Europe/Paris"))
}

impl MailSettings {
    /// From the config's text: `smtp_url`, the password read from
    /// `smtp_password_file` if the URL holds none, `mail_from`,
    /// `time_zone` (Europe/Paris when unset). Errors name the key.
    pub fn parse(
        smtp_url: &str,
        password: Option<String>,
        mail_from: &str,
        time_zone: Option<&str>,
        ca: Option<Vec<u8>>,
        reminder_days: Option<&str>,
    ) -> Result<Self, String> {
        let reminder_days = match reminder_days {
            Some(text) => parse_reminder_days(text)?,
            None => DEFAULT_REMINDER_DAYS.to_vec(),
        };
        let mut smtp = SmtpUrl::parse(smtp_url).map_err(|e| format!("smtp_url: {e}"))?;
        if smtp.password.is_none() {
            smtp.password = password;
        }
        let from = parse_mail_from(mail_from)?;
        let zone = match time_zone {
            Some(name) => parse_time_zone(name)?,
            None => chrono_tz::Europe::Paris,
        };
        Ok(Self {
            smtp,
            from,
            zone,
            ca,
            reminder_days,
        })
    }
}

/// Connected and sending within these, or the attempt fails and is retried.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// An SMTP client for the settings.
#[derive(Debug, Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    reminder_days: Vec<u32>,
    /// The server, as logs may show it (no password).
    server: String,
    from: Mailbox,
    zone: Tz,
}

impl Mailer {
    pub fn new(settings: &MailSettings) -> Result<Self, String> {
        let url = &settings.smtp;
        let tls = || -> Result<TlsParameters, String> {
            let mut params = TlsParameters::builder(url.host.clone());
            if let Some(pem) = &settings.ca {
                let ca = Certificate::from_pem(pem).map_err(|e| format!("smtp_ca: {e}"))?;
                params = params.add_root_certificate(ca);
            }
            params
                .build_rustls()
                .map_err(|e| format!("smtp_url: cannot set up TLS: {e}"))
        };
        let tls = match url.encryption {
            Encryption::Implicit => Tls::Wrapper(tls()?),
            Encryption::StartTls => Tls::Required(tls()?),
            Encryption::Opportunistic => Tls::Opportunistic(tls()?),
            Encryption::None => Tls::None,
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(url.host.clone())
            .port(url.port)
            .timeout(Some(SMTP_TIMEOUT))
            .tls(tls);
        if let Some(user) = &url.user {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                url.password.clone().unwrap_or_default(),
            ));
        }
        Ok(Self {
            transport: builder.build(),
            reminder_days: settings.reminder_days.clone(),
            server: url.to_string(),
            from: settings.from.clone(),
            zone: settings.zone,
        })
    }

    /// The mail server, without its password.
    pub fn server(&self) -> &str {
        &self.server
    }

    /// The message of `letter`, its id the same at every attempt so that a
    /// message sent twice (a crash between sending and recording) is one
    /// message to the reader's mail program.
    pub fn message(&self, letter: &Letter) -> Result<Message, String> {
        let (subject, body) = match letter.notices.as_slice() {
            [one] => render(one, letter.settings.language, self.zone),
            many => words::digest(many, letter.settings.language, self.zone),
        };
        let to = Mailbox::new(
            Some(letter.employee.full_name.to_string()),
            letter
                .employee
                .email
                .as_str()
                .parse()
                .map_err(|e| format!("the employee's address is unusable: {e}"))?,
        );
        let domain = self.from.email.domain();
        let id = format!(
            "<epic.{}.{}@{domain}>",
            letter.id,
            letter.created_at.timestamp()
        );
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .message_id(Some(id))
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| format!("cannot build the message: {e}"))
    }

    /// One attempt at `letter`. Errors never hold the password: lettre's
    /// name the server's answer or the connection's failure.
    pub async fn send(&self, letter: Letter) -> Attempt {
        let message = match self.message(&letter) {
            Ok(message) => message,
            Err(error) => return Attempt::Refused(error),
        };
        match self.transport.send(message).await {
            Ok(_) => Attempt::Sent,
            Err(e) if e.is_permanent() => Attempt::Refused(e.to_string()),
            Err(e) => Attempt::Failed(e.to_string()),
        }
    }
}

/// What one run of the sender did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Messages sent (a digest is one).
    pub sent: u64,
    /// Kept for a daily digest.
    pub held: u64,
    pub skipped: u64,
    /// Failed this time, tried again later.
    pub retrying: u64,
    /// Given up on (and reported).
    pub failed: u64,
}

impl Report {
    /// One line for a log or a terminal.
    pub fn summary(&self) -> String {
        let Self {
            sent,
            held,
            skipped,
            retrying,
            failed,
        } = self;
        format!(
            "sent {sent}, held for a digest {held}, skipped {skipped}, to retry {retrying}, given up {failed}"
        )
    }
}

/// Messages one run takes at most, so that a run ends and a cron line
/// never overlaps the next.
pub const MAX_PER_RUN: usize = 500;

/// Transient failures in a row that end a run.
const GIVE_UP_RUN_AFTER: u32 = 3;

/// Writes the reminders due at `now`, then delivers every message due at
/// `now`, one at a time, up to
/// [`MAX_PER_RUN`]. A message given up on is reported to Sentry (without
/// its address or text).
pub async fn deliver_due(
    store: &Store,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> epic_domain::Result<Report> {
    let reminders = epic_domain::crm::due_reminders(store, &mailer.reminder_days, now).await?;
    store.arm_reminders(reminders, now).await?;
    let mut report = Report::default();
    let mut failing_in_a_row = 0;
    for _ in 0..MAX_PER_RUN {
        let Some(outcome) = store
            .deliver_next(now, |letter| mailer.send(letter))
            .await?
        else {
            break;
        };
        count(&mut report, &outcome);
        failing_in_a_row = match outcome.delivery {
            Delivery::Retrying(_) => failing_in_a_row + 1,
            _ => 0,
        };
        // The mail server is down: the rest waits for the next run rather
        // than each waiting for its own timeout now.
        if failing_in_a_row == GIVE_UP_RUN_AFTER {
            break;
        }
    }
    Ok(report)
}

fn count(report: &mut Report, outcome: &Outcome) {
    match &outcome.delivery {
        Delivery::Sent(_) => report.sent += 1,
        Delivery::Held => report.held += 1,
        Delivery::Skipped(_) => report.skipped += 1,
        Delivery::Retrying(_) => report.retrying += 1,
        Delivery::GivenUp(reason) => {
            report.failed += 1;
            sentry::capture_message(
                &format!(
                    "e-mail {} to employee {} given up: {reason}",
                    outcome.id, outcome.employee
                ),
                sentry::Level::Error,
            );
        }
    }
}

/// How often a server looks for messages due.
pub const POLL: Duration = Duration::from_secs(5);

/// A server's sender: delivers what is due every [`POLL`], forever (the
/// server aborts it when it stops; a message cut off mid-way is rolled back
/// and sent on the next start). Each run that did something is logged by
/// `log`.
pub async fn keep_sending(
    store: Store,
    mailer: Mailer,
    now: impl Fn() -> DateTime<Utc>,
    log: impl Fn(&str),
) {
    loop {
        match deliver_due(&store, &mailer, now()).await {
            Ok(report) if report == Report::default() => {}
            Ok(report) => log(&format!("e-mail: {}", report.summary())),
            Err(e) => log(&format!("e-mail: cannot read the outbox: {e}")),
        }
        tokio::time::sleep(POLL).await;
    }
}
