//! JSON bodies read strictly: a field the body's type does not have is
//! refused (422, naming it) rather than ignored, so that a typo never
//! passes for success. The fields a type has are read from the same
//! declaration as the OpenAPI document, flattened parts included.

use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use epic_api::ErrorCode;
use serde::de::{DeserializeOwned, IgnoredAny};
use utoipa::ToSchema;
use utoipa::openapi::{RefOr, Schema};

use crate::failure::Failure;

/// A body of type `T`, with no field `T` does not have.
#[derive(Debug)]
pub struct Strict<T>(pub T);

impl<T, S> FromRequest<S> for Strict<T>
where
    T: DeserializeOwned + ToSchema + 'static,
    S: Send + Sync,
{
    type Rejection = Failure;

    async fn from_request(request: Request, state: &S) -> Result<Self, Failure> {
        let json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().starts_with("application/json"));
        if !json {
            return Err(Failure::new(
                ErrorCode::BadRequest,
                "the body must be JSON (Content-Type: application/json)",
            ));
        }
        // Reading honours the route's body limit.
        let bytes = Bytes::from_request(request, state).await.map_err(|e| {
            let code = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ErrorCode::PayloadTooLarge
            } else {
                ErrorCode::BadRequest
            };
            Failure::new(code, e.body_text())
        })?;
        refuse_unknown_fields::<T>(&bytes)?;
        serde_json::from_slice(&bytes).map(Strict).map_err(|e| {
            let code = match e.classify() {
                serde_json::error::Category::Data => ErrorCode::Invalid,
                _ => ErrorCode::BadRequest,
            };
            Failure::new(code, format!("the body does not fit: {e}"))
        })
    }
}

fn refuse_unknown_fields<T: ToSchema + 'static>(bytes: &[u8]) -> Result<(), Failure> {
    let Some(known) = known_fields::<T>() else {
        return Ok(());
    };
    // Only the top-level names are read here; values are skipped unread.
    let Ok(given) = serde_json::from_slice::<BTreeMap<String, IgnoredAny>>(bytes) else {
        return Ok(());
    };
    let unknown: Vec<&str> = given
        .keys()
        .filter(|name| !known.contains(*name))
        .map(String::as_str)
        .collect();
    let Some(first) = unknown.first() else {
        return Ok(());
    };
    let mut failure = Failure::new(
        ErrorCode::Invalid,
        format!(
            "unknown field{} {}; the known ones are {}",
            if unknown.len() == 1 { "" } else { "s" },
            unknown.join(", "),
            known
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    failure.0.field = Some((*first).to_owned());
    Err(failure)
}

type Known = Option<Arc<BTreeSet<String>>>;

/// The top-level fields of `T`, once per type; `None` when its schema is
/// not a plain object (then nothing is refused here).
fn known_fields<T: ToSchema + 'static>() -> Known {
    static KNOWN: OnceLock<Mutex<HashMap<TypeId, Known>>> = OnceLock::new();
    let cache = KNOWN.get_or_init(Mutex::default);
    if let Ok(cache) = cache.lock()
        && let Some(known) = cache.get(&TypeId::of::<T>())
    {
        return known.clone();
    }
    let mut components = Vec::new();
    T::schemas(&mut components);
    let mut names = BTreeSet::new();
    let known = fields(&T::schema(), &components, &mut names, 0).then(|| Arc::new(names));
    if let Ok(mut cache) = cache.lock() {
        cache.insert(TypeId::of::<T>(), known.clone());
    }
    known
}

fn fields(
    schema: &RefOr<Schema>,
    components: &[(String, RefOr<Schema>)],
    names: &mut BTreeSet<String>,
    depth: u8,
) -> bool {
    if depth > 8 {
        return false;
    }
    match schema {
        RefOr::Ref(reference) => {
            let name = reference
                .ref_location
                .rsplit('/')
                .next()
                .unwrap_or_default();
            components
                .iter()
                .find(|(component, _)| component == name)
                .is_some_and(|(_, schema)| fields(schema, components, names, depth + 1))
        }
        RefOr::T(Schema::Object(object)) => {
            names.extend(object.properties.keys().cloned());
            true
        }
        RefOr::T(Schema::AllOf(all)) => all
            .items
            .iter()
            .all(|item| fields(item, components, names, depth + 1)),
        RefOr::T(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use epic_api::bodies::{EventChanges, Import, NewEmployee};
    use epic_domain::crm::CreateClient;

    fn names<T: ToSchema + 'static>() -> Vec<String> {
        known_fields::<T>()
            .map(|known| known.iter().cloned().collect())
            .unwrap_or_default()
    }

    #[test]
    fn flattened_fields_are_known_too() {
        let event = names::<EventChanges>();
        for field in ["name", "start", "end", "notes", "support"] {
            assert!(event.iter().any(|n| n == field), "{field} in {event:?}");
        }
        let employee = names::<NewEmployee>();
        for field in ["full_name", "email", "department", "password"] {
            assert!(
                employee.iter().any(|n| n == field),
                "{field} in {employee:?}"
            );
        }
        assert_eq!(names::<Import>(), ["dry_run", "rows"]);
        assert!(names::<CreateClient>().iter().any(|n| n == "email"));
    }

    #[test]
    fn an_unknown_field_is_refused_by_name() {
        let typo = br#"{"dry_run": false, "rows": [], "dryrun": true}"#;
        let refused = refuse_unknown_fields::<Import>(typo).err();
        let refused = refused.map(|f| (f.0.code, f.0.field, f.0.message));
        assert_eq!(
            refused,
            Some((
                ErrorCode::Invalid,
                Some("dryrun".to_owned()),
                "unknown field dryrun; the known ones are dry_run, rows".to_owned()
            ))
        );
        assert!(refuse_unknown_fields::<Import>(br#"{"rows": []}"#).is_ok());
    }
}
