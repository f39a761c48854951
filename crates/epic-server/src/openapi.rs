//! The OpenAPI 3.1 document, built from the routes' own annotations: what
//! every operation may answer besides success, and who may call it.

use epic_api::{API_VERSION, ApiError, ErrorBody, ErrorCode};
use epic_domain::error::{ProblemKind, RowProblem};
use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ComponentsBuilder, Content, OpenApi, Ref, ResponseBuilder};
use utoipa::{PartialSchema, ToSchema};

/// The operations that need no token (by their handlers' names).
const ANONYMOUS: [&str; 3] = ["healthz", "readyz", "login"];

/// Completes the document the router collected.
pub fn document(mut api: OpenApi) -> OpenApi {
    api.info.title = "epic, the Epic Events CRM".to_owned();
    api.info.version = API_VERSION.to_owned();
    api.info.description = Some(
        "Every command of the epic command line, as the same use cases over HTTP. \
         Errors are {\"error\": {\"code\", \"message\", \"field\"}}; a record's version \
         travels in ETag and If-Match."
            .to_owned(),
    );
    let components = api.components.take().unwrap_or_default();
    let mut components = ComponentsBuilder::from(components)
        .schema(ErrorBody::name(), ErrorBody::schema())
        .schema(ApiError::name(), ApiError::schema())
        .schema(ErrorCode::name(), ErrorCode::schema())
        .schema(RowProblem::name(), RowProblem::schema())
        .schema(ProblemKind::name(), ProblemKind::schema())
        .build();
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
    );
    api.components = Some(components);
    for item in api.paths.paths.values_mut() {
        for operation in [
            &mut item.get,
            &mut item.post,
            &mut item.patch,
            &mut item.delete,
        ]
        .into_iter()
        .flatten()
        {
            let anonymous = operation
                .operation_id
                .as_deref()
                .is_some_and(|id| ANONYMOUS.contains(&id));
            refusals(operation, anonymous);
        }
    }
    api
}

/// The answers any operation may give besides its own.
fn refusals(operation: &mut Operation, anonymous: bool) {
    let mut codes = vec![
        ErrorCode::BadRequest,
        ErrorCode::PayloadTooLarge,
        ErrorCode::Invalid,
        ErrorCode::Internal,
        ErrorCode::Unavailable,
    ];
    if !anonymous {
        operation.security = Some(vec![SecurityRequirement::new(
            "bearer",
            Vec::<String>::new(),
        )]);
        codes.extend([
            ErrorCode::Unauthenticated,
            ErrorCode::Forbidden,
            ErrorCode::NotFound,
            ErrorCode::Conflict,
            ErrorCode::PreconditionFailed,
            ErrorCode::Busy,
        ]);
    }
    if operation.operation_id.as_deref() == Some("login") {
        codes.extend([ErrorCode::Unauthenticated, ErrorCode::TooManyRequests]);
    }
    let body = Content::new(Some(Ref::from_schema_name(ErrorBody::name())));
    for code in codes {
        let status = code.status().to_string();
        operation
            .responses
            .responses
            .entry(status)
            .or_insert_with(|| {
                ResponseBuilder::new()
                    .description(format!("{code:?}"))
                    .content("application/json", body.clone())
                    .build()
                    .into()
            });
    }
}
