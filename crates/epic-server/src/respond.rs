//! How a handler answers: a record with its version as `ETag`, fresh
//! (201) or as it now is (200).

use axum::Json;
use axum::http::header::ETAG;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use epic_api::bodies;
use epic_domain::crm::records::Aggregate;
use serde::Serialize;

use crate::failure::Failure;

pub type Answer<T> = Result<T, Failure>;

/// A record as it now is: 200 with its `ETag`.
#[derive(Debug)]
pub struct Current<T>(pub T);

/// A record just made: 201 with its `ETag`.
#[derive(Debug)]
pub struct Created<T>(pub T);

fn versioned<T: Serialize + Aggregate>(status: StatusCode, record: &T) -> Response {
    let mut response = (status, Json(record)).into_response();
    if let Ok(tag) = HeaderValue::from_str(&bodies::etag(record.version())) {
        response.headers_mut().insert(ETAG, tag);
    }
    response
}

impl<T: Serialize + Aggregate> IntoResponse for Current<T> {
    fn into_response(self) -> Response {
        versioned(StatusCode::OK, &self.0)
    }
}

impl<T: Serialize + Aggregate> IntoResponse for Created<T> {
    fn into_response(self) -> Response {
        versioned(StatusCode::CREATED, &self.0)
    }
}
