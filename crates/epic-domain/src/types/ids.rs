//! Records' ids, one type per kind of record, and an id as people type it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Error, Message, Result, keys};

/// A record's id: one type per kind of record, so that a client id can
/// never be passed where a contract id is meant.
macro_rules! record_id {
    ($($(#[$doc:meta])* $name:ident;)+) => {$(
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )+};
}

record_id! {
    EmployeeId;
    ClientId;
    ContractId;
    EventId;
    NotificationId;
}

/// A record's id as text, as a prompt or a sheet gives it (`652`, `#652`).
pub fn parse_id(field: &'static str, input: &str) -> Result<i64> {
    input.trim().trim_start_matches('#').parse().map_err(|_| {
        let reason = Message::new(keys::ID_FORM).arg("field", field);
        Error::invalid(field, reason.typed("got", input))
    })
}
