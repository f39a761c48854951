use chrono::{DateTime, Utc};

use super::records::{Contract, FieldChange, Trail, changed_fields};
use super::repository::{ContractRepository, ContractValues};
use super::requests::contracts::check_amounts;
use super::requests::{CreateContract, PayContract, SignContract, UpdateContract};
use super::{check_version, ensure, guard, sales_ownership, written};
use crate::employee::Employee;
use crate::policy::{Action, Ownership};
use crate::types::{ContractId, Money};
use crate::{Error, Message, Result, keys};

/// Its sales contact is the client's.
pub async fn create_contract<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    request: CreateContract,
    now: DateTime<Utc>,
) -> Result<Contract> {
    ensure(actor, Action::CreateContract, Ownership::None)?;
    let CreateContract { client, total, due } = request;
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

/// The contract and the policy's answer for `action` on it.
async fn load_for<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    id: ContractId,
    action: Action,
) -> Result<Contract> {
    let current = repo
        .contract(id)
        .await?
        .ok_or_else(|| Error::not_found("contract", id))?;
    ensure(
        actor,
        action,
        sales_ownership(actor, current.sales_contact_id),
    )?;
    Ok(current)
}

async fn write<R: ContractRepository>(
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
    let id = current.id;
    let outcome = repo
        .update_contract(id, guard(actor, version), values, trail, now)
        .await?;
    written(id, outcome, repo.contract(id), actor).await
}

fn values_of(c: &Contract) -> ContractValues {
    ContractValues {
        total: c.total_amount,
        due: c.amount_due,
        signed_at: c.signed_at,
    }
}

/// New total and/or amount due, checked on the final values.
pub async fn update_contract<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    request: UpdateContract,
    now: DateTime<Utc>,
) -> Result<Contract> {
    let current = load_for(repo, actor, request.id, Action::UpdateContract).await?;
    if request.total.is_none() && request.due.is_none() {
        return Err(Error::invalid(
            "contract",
            Message::new(keys::NOTHING_TO_CHANGE_CONTRACT),
        ));
    }
    let version = check_version(&current, request.if_version)?;
    let values = ContractValues {
        total: request.total.unwrap_or(current.total_amount),
        due: request.due.unwrap_or(current.amount_due),
        ..values_of(&current)
    };
    write(repo, actor, &current, version, values, "update", now).await
}

/// Records a payment: lowers the amount due, never below zero.
pub async fn pay_contract<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    request: PayContract,
    now: DateTime<Utc>,
) -> Result<Contract> {
    let PayContract {
        id,
        amount,
        if_version,
    } = request;
    let current = load_for(repo, actor, id, Action::UpdateContract).await?;
    if amount == Money::ZERO {
        return Err(Error::invalid(
            "amount",
            Message::new(keys::AMOUNT_POSITIVE),
        ));
    }
    let version = check_version(&current, if_version)?;
    let due = current.amount_due.checked_sub(amount).ok_or_else(|| {
        Error::invalid(
            "amount",
            Message::new(keys::AMOUNT_OVER_DUE)
                .arg("amount", amount)
                .arg("due", current.amount_due),
        )
    })?;
    let values = ContractValues {
        due,
        ..values_of(&current)
    };
    write(repo, actor, &current, version, values, "pay", now).await
}

/// Signs (sales of the client, or management) or unsigns (management only).
pub async fn set_signed<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    request: SignContract,
    now: DateTime<Utc>,
) -> Result<Contract> {
    let SignContract { id, signed } = request;
    let (action, verb, already) = if signed {
        (Action::SignContract, "sign", keys::ALREADY_SIGNED)
    } else {
        (Action::UnsignContract, "unsign", keys::ALREADY_UNSIGNED)
    };
    let current = load_for(repo, actor, id, action).await?;
    if current.signed == signed {
        return Err(Error::Conflict(Message::new(already).arg("id", id)));
    }
    let values = ContractValues {
        signed_at: signed.then_some(now),
        ..values_of(&current)
    };
    write(repo, actor, &current, current.version, values, verb, now).await
}

/// The contract `actor` may delete, so that a refusal comes before any
/// confirmation is asked.
pub async fn contract_to_delete<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    id: ContractId,
) -> Result<Contract> {
    load_for(repo, actor, id, Action::DeleteContract).await
}

pub async fn delete_contract<R: ContractRepository>(
    repo: &R,
    actor: &Employee,
    id: ContractId,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = contract_to_delete(repo, actor, id).await?;
    let trail = Trail::deleted(actor.id, "client_id", &current.client_id);
    if repo.delete_contract(id, trail, now).await? {
        Ok(())
    } else {
        Err(Error::not_found("contract", id))
    }
}
