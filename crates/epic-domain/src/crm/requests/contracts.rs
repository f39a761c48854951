use serde::{Deserialize, Serialize};

use super::given;
use crate::types::{ClientId, ContractId, Money};
use crate::{Error, Message, Result, keys};

/// `contract create`: the amount due is the total unless given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateContract {
    pub client: ClientId,
    pub total: Money,
    pub due: Money,
}

impl CreateContract {
    pub fn parse(client: ClientId, total: &str, due: Option<&str>) -> Result<Self> {
        let total = total_amount(total)?;
        let due = given(due, amount_due)?.unwrap_or(total);
        Ok(Self { client, total, due })
    }
}

/// `contract update`: a new total and/or amount due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateContract {
    pub id: ContractId,
    #[serde(default)]
    pub total: Option<Money>,
    #[serde(default)]
    pub due: Option<Money>,
    #[serde(default)]
    pub if_version: Option<i64>,
}

impl UpdateContract {
    pub fn parse(
        id: ContractId,
        total: Option<&str>,
        due: Option<&str>,
        if_version: Option<i64>,
    ) -> Result<Self> {
        Ok(Self {
            id,
            total: given(total, total_amount)?,
            due: given(due, amount_due)?,
            if_version,
        })
    }
}

/// `contract pay`: a payment lowers the amount due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayContract {
    pub id: ContractId,
    pub amount: Money,
    #[serde(default)]
    pub if_version: Option<i64>,
}

impl PayContract {
    pub fn parse(id: ContractId, amount: &str, if_version: Option<i64>) -> Result<Self> {
        let amount = Money::parse("amount", amount)?;
        Ok(Self {
            id,
            amount,
            if_version,
        })
    }
}

/// `contract sign` (`signed`) and `contract unsign`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignContract {
    pub id: ContractId,
    pub signed: bool,
}

fn total_amount(input: &str) -> Result<Money> {
    Money::parse("total_amount", input)
}

fn amount_due(input: &str) -> Result<Money> {
    Money::parse("amount_due", input)
}

/// The amount due never exceeds the total, checked on the final values.
pub(in crate::crm) fn check_amounts(total: Money, due: Money) -> Result<()> {
    if due > total {
        return Err(Error::invalid(
            "amount_due",
            Message::new(keys::DUE_OVER_TOTAL)
                .arg("due", due)
                .arg("total", total),
        ));
    }
    Ok(())
}
