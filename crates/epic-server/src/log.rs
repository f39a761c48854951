//! The access log on stderr: method, route template, status, duration and
//! employee id. Never a body, a token, a query string or personal data.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use epic_domain::types::EmployeeId;

/// Filled in by the actor extractor once the token is checked.
#[derive(Debug, Clone, Default)]
pub struct Who(Arc<Mutex<Option<EmployeeId>>>);

impl Who {
    pub fn set(&self, id: EmployeeId) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(id);
        }
    }

    fn get(&self) -> Option<EmployeeId> {
        self.0.lock().ok().and_then(|slot| *slot)
    }
}

pub async fn access(mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    // The template (`/api/v1/clients/{id}`), not the path people typed.
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(no route)".to_owned(), |p| p.as_str().to_owned());
    let who = Who::default();
    request.extensions_mut().insert(who.clone());
    let response = next.run(request).await;
    let employee = who
        .get()
        .map_or_else(|| "-".to_owned(), |id| id.to_string());
    eprintln!(
        "{method} {route} {} {}ms employee={employee}",
        response.status().as_u16(),
        started.elapsed().as_millis()
    );
    response
}
