//! How each change to a record travels: the record's id in the path, the
//! changes as the body, and the version the record must still be at in
//! `If-Match`. Written once here; the client splits a request with
//! `split`, the server joins it back with `join`.

use epic_domain::crm::{PayContract, UpdateClient, UpdateContract, UpdateEmployee, UpdateEvent};
use epic_domain::types::{ClientId, ContractId, EmployeeId, EventId};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::bodies::{ClientChanges, ContractChanges, EmployeeChanges, EventChanges, Payment};

pub trait OnRecord: Sized {
    /// The id in the path.
    type Id;
    /// What the body carries.
    type Body: Serialize + DeserializeOwned;

    fn split(self) -> (Self::Id, Self::Body, Option<i64>);
    fn join(id: Self::Id, body: Self::Body, if_version: Option<i64>) -> Self;
}

impl OnRecord for UpdateEmployee {
    type Id = EmployeeId;
    type Body = EmployeeChanges;

    fn split(self) -> (EmployeeId, EmployeeChanges, Option<i64>) {
        let Self {
            id,
            details,
            if_version,
        } = self;
        (id, details, if_version)
    }

    fn join(id: EmployeeId, details: EmployeeChanges, if_version: Option<i64>) -> Self {
        Self {
            id,
            details,
            if_version,
        }
    }
}

impl OnRecord for UpdateClient {
    type Id = ClientId;
    type Body = ClientChanges;

    fn split(self) -> (ClientId, ClientChanges, Option<i64>) {
        let Self {
            id,
            details,
            sales_contact,
            if_version,
        } = self;
        let body = ClientChanges {
            details,
            sales_contact,
        };
        (id, body, if_version)
    }

    fn join(id: ClientId, body: ClientChanges, if_version: Option<i64>) -> Self {
        let ClientChanges {
            details,
            sales_contact,
        } = body;
        Self {
            id,
            details,
            sales_contact,
            if_version,
        }
    }
}

impl OnRecord for UpdateContract {
    type Id = ContractId;
    type Body = ContractChanges;

    fn split(self) -> (ContractId, ContractChanges, Option<i64>) {
        let Self {
            id,
            total,
            due,
            if_version,
        } = self;
        (id, ContractChanges { total, due }, if_version)
    }

    fn join(id: ContractId, body: ContractChanges, if_version: Option<i64>) -> Self {
        let ContractChanges { total, due } = body;
        Self {
            id,
            total,
            due,
            if_version,
        }
    }
}

impl OnRecord for PayContract {
    type Id = ContractId;
    type Body = Payment;

    fn split(self) -> (ContractId, Payment, Option<i64>) {
        let Self {
            id,
            amount,
            if_version,
        } = self;
        (id, Payment { amount }, if_version)
    }

    fn join(id: ContractId, body: Payment, if_version: Option<i64>) -> Self {
        let Payment { amount } = body;
        Self {
            id,
            amount,
            if_version,
        }
    }
}

impl OnRecord for UpdateEvent {
    type Id = EventId;
    type Body = EventChanges;

    fn split(self) -> (EventId, EventChanges, Option<i64>) {
        let Self {
            id,
            details,
            support,
            append_notes,
            if_free,
            if_version,
        } = self;
        let body = EventChanges {
            details,
            support,
            append_notes,
            if_free,
        };
        (id, body, if_version)
    }

    fn join(id: EventId, body: EventChanges, if_version: Option<i64>) -> Self {
        let EventChanges {
            details,
            support,
            append_notes,
            if_free,
        } = body;
        Self {
            id,
            details,
            support,
            append_notes,
            if_free,
            if_version,
        }
    }
}
