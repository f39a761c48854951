//! What a handler takes from a request, each refused with the API's error
//! shape: the record's id in the path, the query, `If-Match`. JSON bodies
//! are `strict::Strict`, the caller `actor::Actor`.

use axum::extract::{FromRequestParts, Path, Query};
use axum::http::header;
use axum::http::request::Parts;
use epic_api::ErrorCode;
use epic_api::bodies;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::failure::Failure;

/// A record's id in the path, for the OpenAPI document.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
pub struct RecordId {
    /// The record's id
    #[allow(dead_code)]
    id: i64,
}

/// The `{id}` of the path, as the id type of its record.
#[derive(Debug)]
pub struct Id<T>(pub T);

impl<T, S> FromRequestParts<S> for Id<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Failure> {
        #[derive(Deserialize)]
        struct InPath<T> {
            id: T,
        }
        Path::<InPath<T>>::from_request_parts(parts, state)
            .await
            .map(|Path(InPath { id })| Self(id))
            .map_err(|e| Failure::new(ErrorCode::BadRequest, e.body_text()))
    }
}

/// The query string, read as `T`.
#[derive(Debug)]
pub struct Params<T>(pub T);

impl<T, S> FromRequestParts<S> for Params<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Failure> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(value)| Self(value))
            .map_err(|e| Failure::new(ErrorCode::BadRequest, e.body_text()))
    }
}

/// How the OpenAPI document describes `If-Match`.
pub const IF_MATCH: &str = "the version the record must still be at, as its ETag gave it";

/// The version `If-Match` names, when it is there.
#[derive(Debug, Clone, Copy)]
pub struct IfMatch(pub Option<i64>);

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Failure> {
        parts
            .headers
            .get(header::IF_MATCH)
            .map(|v| {
                v.to_str().ok().and_then(bodies::if_match).ok_or_else(|| {
                    Failure::new(
                        ErrorCode::BadRequest,
                        "If-Match takes a version such as \"3\"",
                    )
                })
            })
            .transpose()
            .map(Self)
    }
}
