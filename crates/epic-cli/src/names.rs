//! Records named on the command line (`--support kate@epicevents.fr`,
//! `--client 12`): an id is taken as it is; anything else is looked up.

use epic_domain::crm::names::{self, Name, Named};
use epic_domain::interface::Crm;

use crate::command_error::CommandResult;

/// The id a flag's text names.
pub async fn id_of(crm: &dyn Crm, kind: Named, text: &str) -> CommandResult<i64> {
    if let Some(id) = names::id_in(text) {
        return Ok(id);
    }
    let name = Name {
        kind,
        text: text.to_owned(),
    };
    Ok(crm.resolve(&name).await?)
}

/// `id_of` for a flag that may not be given.
pub async fn id_of_given(
    crm: &dyn Crm,
    kind: Named,
    text: Option<&str>,
) -> CommandResult<Option<i64>> {
    match text {
        Some(text) => id_of(crm, kind, text).await.map(Some),
        None => Ok(None),
    }
}
