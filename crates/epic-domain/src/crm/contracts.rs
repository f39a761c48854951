use chrono::{DateTime, Utc};

use super::records::{Contract, FieldChange, Trail, changed_fields};
use super::repository::{ContractValues, CrmRepository};
use super::{check_version, ensure, guard, refused_write, sales_ownership};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::Department;
use crate::values::Money;
use crate::{Error, Result};

#[derive(Debug, Clone, Default)]
pub struct ContractPatch {
    pub total: Option<String>,
    pub due: Option<String>,
    pub if_version: Option<i64>,
}

fn check_amounts(total: Money, due: Money) -> Result<()> {
    if due > total {
        return Err(Error::invalid(
            "amount_due",
            format!("must not exceed the total amount ({due} > {total})"),
        ));
    }
    Ok(())
}

pub async fn create_contract<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    client: i64,
    total: &str,
    due: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Contract> {
    ensure(actor, Action::CreateContract, Ownership::None)?;
    let total = Money::parse("total_amount", total)?;
    let due = due
        .map(|d| Money::parse("amount_due", d))
        .transpose()?
        .unwrap_or(total);
    check_amounts(total, due)?;
    let trail = Trail::new(
        actor.id,
        "create",
        vec![
            FieldChange::set("client_id", client),
            FieldChange::set("total_amount", total),
            FieldChange::set("amount_due", due),
        ],
    );
    let values = ContractValues {
        total,
        due,
        signed_at: None,
    };
    repo.create_contract(client, values, trail, now)
        .await?
        .ok_or_else(|| Error::not_found("client", client))
}

fn owned(actor: &Employee, c: &Contract) -> bool {
    actor.department == Department::Management || c.sales_contact_id == actor.id
}

async fn write<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    current: &Contract,
    version: i64,
    values: ContractValues,
    action: &'static str,
    now: DateTime<Utc>,
) -> Result<Contract> {
    check_amounts(values.total, values.due)?;
    let money = |m: Money| Some(m.to_string());
    let time = |t: Option<DateTime<Utc>>| t.map(|t| t.to_rfc3339());
    let changes = changed_fields([
        (
            "total_amount",
            money(current.total_amount),
            money(values.total),
        ),
        ("amount_due", money(current.amount_due), money(values.due)),
        ("signed_at", time(current.signed_at), time(values.signed_at)),
    ]);
    let trail = Trail::new(actor.id, action, changes);
    match repo
        .update_contract(current.id, guard(actor, version), values, trail, now)
        .await?
    {
        Some(contract) => Ok(contract),
        None => {
            let fresh = repo.contract(current.id).await?;
            Err(refused_write("contract", current.id, fresh, |c| {
                owned(actor, c)
            }))
        }
    }
}

async fn load<R: CrmRepository>(repo: &R, id: i64) -> Result<Contract> {
    repo.contract(id)
        .await?
        .ok_or_else(|| Error::not_found("contract", id))
}

/// New total and/or amount due, checked on the final values.
pub async fn update_contract<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
    patch: ContractPatch,
    now: DateTime<Utc>,
) -> Result<Contract> {
    let current = load(repo, id).await?;
    ensure(
        actor,
        Action::UpdateContract,
        sales_ownership(actor, current.sales_contact_id),
    )?;
    if patch.total.is_none() && patch.due.is_none() {
        return Err(Error::invalid(
            "contract",
            "nothing to change: give a new total, a new amount due, or both",
        ));
    }
    let version = check_version("contract", id, current.version, patch.if_version)?;
    let values = ContractValues {
        total: patch
            .total
            .as_deref()
            .map(|t| Money::parse("total_amount", t))
            .transpose()?
            .unwrap_or(current.total_amount),
        due: patch
            .due
            .as_deref()
            .map(|d| Money::parse("amount_due", d))
            .transpose()?
            .unwrap_or(current.amount_due),
        signed_at: current.signed_at,
    };
    write(repo, actor, &current, version, values, "update", now).await
}

/// Records a payment: lowers the amount due, never below zero.
pub async fn pay_contract<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
    amount: &str,
    now: DateTime<Utc>,
) -> Result<Contract> {
    let current = load(repo, id).await?;
    ensure(
        actor,
        Action::UpdateContract,
        sales_ownership(actor, current.sales_contact_id),
    )?;
    let amount = Money::parse("amount", amount)?;
    if amount == Money::ZERO {
        return Err(Error::invalid("amount", "must be more than 0.00"));
    }
    let due = current.amount_due.checked_sub(amount).ok_or_else(|| {
        Error::invalid(
            "amount",
            format!(
                "{amount} is more than the amount due ({})",
                current.amount_due
            ),
        )
    })?;
    let values = ContractValues {
        due,
        ..values_of(&current)
    };
    write(repo, actor, &current, current.version, values, "pay", now).await
}

fn values_of(c: &Contract) -> ContractValues {
    ContractValues {
        total: c.total_amount,
        due: c.amount_due,
        signed_at: c.signed_at,
    }
}

/// Signs (sales of the client, or management) or unsigns (management only).
pub async fn set_signed<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
    signed: bool,
    now: DateTime<Utc>,
) -> Result<Contract> {
    let current = load(repo, id).await?;
    let action = if signed {
        Action::SignContract
    } else {
        Action::UnsignContract
    };
    ensure(
        actor,
        action,
        sales_ownership(actor, current.sales_contact_id),
    )?;
    if current.signed == signed {
        return Err(Error::Conflict(format!(
            "contract {id} is already {}",
            if signed { "signed" } else { "unsigned" }
        )));
    }
    let values = ContractValues {
        signed_at: signed.then_some(now),
        ..values_of(&current)
    };
    write(
        repo,
        actor,
        &current,
        current.version,
        values,
        if signed { "sign" } else { "unsign" },
        now,
    )
    .await
}

/// The contract `actor` may delete, so that a refusal comes before any
/// confirmation is asked.
pub async fn contract_to_delete<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
) -> Result<Contract> {
    let current = load(repo, id).await?;
    ensure(
        actor,
        Action::DeleteContract,
        sales_ownership(actor, current.sales_contact_id),
    )?;
    Ok(current)
}

pub async fn delete_contract<R: CrmRepository>(
    repo: &R,
    actor: &Employee,
    id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = contract_to_delete(repo, actor, id).await?;
    let trail = Trail::new(
        actor.id,
        "delete",
        vec![FieldChange::new(
            "client_id",
            Some(current.client_id.to_string()),
            None,
        )],
    );
    if repo.delete_contract(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::not_found("contract", id))
    }
}
