//! Reports for people and cron jobs. Everyone may read them, like the
//! records they summarise. Figures are computed here from the records, so
//! both backends give the same answers.

use std::collections::BTreeMap;
use std::ops::ControlFlow;

use chrono::{DateTime, Datelike, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::ensure;
use super::repository::{ContractRepository, EventRepository, push_into};
use super::requests::{ListContracts, ListEvents};
use crate::Result;
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{ClientId, ContractId, EmployeeId, EventId, Money};

/// The period of a report, as asked: either end may be missing. The
/// request of `report revenue` and `report monthly`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct Period {
    /// Included.
    pub from: Option<DateTime<Utc>>,
    /// Excluded.
    pub to: Option<DateTime<Utc>>,
}

impl Period {
    /// How long a period is when only one end, or none, is given.
    const DEFAULT: Duration = Duration::days(30);

    /// Both ends at `now`. Without `to` the period ends now, or 30 days
    /// after a `from` in the future; without `from` it starts 30 days
    /// before its end.
    pub fn resolve(self, now: DateTime<Utc>) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
        let (from, to) = match (self.from, self.to) {
            (Some(from), Some(to)) => (from, to),
            (Some(from), None) if from > now => (from, from + Self::DEFAULT),
            (Some(from), None) => (from, now),
            (None, Some(to)) => (to - Self::DEFAULT, to),
            (None, None) => (now - Self::DEFAULT, now),
        };
        if to < from {
            return Err(crate::Error::invalid(
                "to",
                crate::Message::new(crate::keys::TO_BEFORE_FROM),
            ));
        }
        Ok((from, to))
    }
}

/// A sum of amounts: exact cents, shown with two decimals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Total(i128);

impl Total {
    fn add(&mut self, money: Money) {
        self.0 += i128::from(money.cents());
    }

    pub fn cents(self) -> i128 {
        self.0
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Total {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        crate::types::amount_schema()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Total {}

impl Serialize for Total {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{}.{:02}", self.0 / 100, self.0 % 100))
    }
}

/// Read back from its text form (`"1234.50"`), as a client receives it.
impl<'de> Deserialize<'de> for Total {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        let cents = match text.split_once('.') {
            Some((units, cents)) if digits(units) && cents.len() == 2 && digits(cents) => units
                .parse::<i128>()
                .ok()
                .and_then(|units| units.checked_mul(100))
                .zip(cents.parse::<i128>().ok())
                .map(|(units, cents)| units + cents),
            _ => None,
        };
        cents
            .map(Self)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a total")))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RevenueRow {
    pub sales_contact_id: EmployeeId,
    pub sales_contact_name: String,
    pub contracts_signed: u64,
    pub revenue_signed: Total,
    pub amount_outstanding: Total,
}

/// Per sales employee: contracts signed in [from, to), their total, and what
/// is still due on them.
pub async fn revenue<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    period: Period,
    now: DateTime<Utc>,
) -> Result<Vec<RevenueRow>> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    let (from, to) = period.resolve(now)?;
    let mut rows: BTreeMap<EmployeeId, RevenueRow> = BTreeMap::new();
    let filter = ListContracts {
        signed: Some(true),
        ..ListContracts::default()
    };
    repo.contracts(&filter, &mut |c| {
        if c.signed_at.is_some_and(|at| at >= from && at < to) {
            let row = rows
                .entry(c.sales_contact_id)
                .or_insert_with(|| RevenueRow {
                    sales_contact_id: c.sales_contact_id,
                    sales_contact_name: c.sales_contact_name,
                    contracts_signed: 0,
                    revenue_signed: Total::default(),
                    amount_outstanding: Total::default(),
                });
            row.contracts_signed += 1;
            row.revenue_signed.add(c.total_amount);
            row.amount_outstanding.add(c.amount_due);
        }
        ControlFlow::Continue(())
    })
    .await?;
    Ok(rows.into_values().collect())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnpaidRow {
    pub contract_id: ContractId,
    pub client_id: ClientId,
    pub client_name: String,
    pub sales_contact_name: String,
    pub signed: bool,
    pub total_amount: Money,
    pub amount_due: Money,
    pub created_at: DateTime<Utc>,
    pub age_days: i64,
}

/// Contracts with an amount still due, oldest first.
pub async fn unpaid<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    now: DateTime<Utc>,
) -> Result<Vec<UnpaidRow>> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    let mut contracts = Vec::new();
    let filter = ListContracts {
        unpaid: true,
        ..ListContracts::default()
    };
    repo.contracts(&filter, &mut push_into(&mut contracts))
        .await?;
    contracts.sort_by_key(|c| (c.created_at, c.id));
    Ok(contracts
        .into_iter()
        .map(|c| UnpaidRow {
            contract_id: c.id,
            client_id: c.client_id,
            client_name: c.client_name,
            sales_contact_name: c.sales_contact_name,
            signed: c.signed,
            total_amount: c.total_amount,
            amount_due: c.amount_due,
            created_at: c.created_at,
            age_days: (now - c.created_at).num_days(),
        })
        .collect())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpcomingRow {
    pub event_id: EventId,
    pub name: String,
    pub start: DateTime<Utc>,
    pub client_name: String,
    pub location: String,
    pub attendees: u32,
    pub support_contact_name: Option<String>,
    pub needs_support: bool,
}

/// How far ahead `report upcoming` looks: ten years at most.
pub const UPCOMING_DAYS: std::ops::RangeInclusive<u32> = 1..=3660;

/// Events starting in the next `days` days, soonest first, flagging those
/// nobody supports yet.
pub async fn upcoming<R: EventRepository>(
    repo: &R,
    actor: &Employee,
    now: DateTime<Utc>,
    days: u32,
) -> Result<Vec<UpcomingRow>> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    if !UPCOMING_DAYS.contains(&days) {
        return Err(crate::Error::invalid(
            "days",
            crate::Message::new(crate::keys::DAYS_RANGE)
                .arg("min", UPCOMING_DAYS.start())
                .arg("max", UPCOMING_DAYS.end()),
        ));
    }
    let filter = ListEvents {
        from: Some(now),
        to: Some(now + Duration::days(i64::from(days))),
        ..ListEvents::default()
    };
    let mut events = Vec::new();
    repo.events(&filter, &mut push_into(&mut events)).await?;
    Ok(events
        .into_iter()
        .map(|e| UpcomingRow {
            event_id: e.id,
            name: e.name.to_string(),
            start: e.start,
            client_name: e.client_name,
            location: e.location.to_string(),
            attendees: e.attendees,
            needs_support: e.support_contact_id.is_none(),
            support_contact_name: e.support_contact_name,
        })
        .collect())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthRow {
    /// `YYYY-MM`, in UTC.
    pub month: String,
    pub events: u64,
    pub attendees: u64,
    pub without_support: u64,
}

/// Events per month of their start, in [from, to).
pub async fn monthly<R: EventRepository>(
    repo: &R,
    actor: &Employee,
    period: Period,
    now: DateTime<Utc>,
) -> Result<Vec<MonthRow>> {
    ensure(actor, Action::ReadRecords, Ownership::None)?;
    let (from, to) = period.resolve(now)?;
    let filter = ListEvents {
        from: Some(from),
        to: Some(to),
        ..ListEvents::default()
    };
    let mut months: BTreeMap<String, MonthRow> = BTreeMap::new();
    repo.events(&filter, &mut |e| {
        let month = format!("{:04}-{:02}", e.start.year(), e.start.month());
        let row = months.entry(month.clone()).or_insert(MonthRow {
            month,
            events: 0,
            attendees: 0,
            without_support: 0,
        });
        row.events += 1;
        row.attendees += u64::from(e.attendees);
        row.without_support += u64::from(e.support_contact_id.is_none());
        ControlFlow::Continue(())
    })
    .await?;
    Ok(months.into_values().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_fills_its_missing_ends_with_thirty_days() {
        let now = DateTime::UNIX_EPOCH + Duration::days(100);
        let day = |d| DateTime::UNIX_EPOCH + Duration::days(d);
        let resolve = |from, to| Period { from, to }.resolve(now);
        assert_eq!(resolve(None, None).ok(), Some((day(70), now)));
        assert_eq!(resolve(Some(day(10)), None).ok(), Some((day(10), now)));
        assert_eq!(
            resolve(Some(day(200)), None).ok(),
            Some((day(200), day(230)))
        );
        assert_eq!(resolve(None, Some(day(50))).ok(), Some((day(20), day(50))));
        assert!(resolve(Some(day(50)), Some(day(40))).is_err());
    }
}
