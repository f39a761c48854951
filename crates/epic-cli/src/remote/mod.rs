//! The client of `epic serve`: every request of remote mode, its transport
//! rules, and the server's answers turned into the command line's exit
//! codes and messages.

mod array;
mod transport;

use std::ops::ControlFlow;
use std::time::Duration;

use epic_api::{API_VERSION, ErrorBody, ErrorCode, TIME_ZONE_HEADER, VERSION_HEADER};
use reqwest::header::{AUTHORIZATION, IF_MATCH, RETRY_AFTER};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::command_error::{CommandError, CommandResult, ExitStatus};
use crate::output::Record;

pub use transport::ServerUrl;

/// A server that has not answered a read in this long is unavailable.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// An import is checked and written in one request, which may take long.
const IMPORT_TIMEOUT: Duration = Duration::from_secs(120);

/// One server, and the token of the person using it once they have one.
#[derive(Debug, Clone)]
pub struct Remote {
    pub url: ServerUrl,
    client: reqwest::Client,
    token: Option<String>,
    /// Where the person is: the server reads their typed times there.
    zone: epic_domain::values::Tz,
}

impl Remote {
    /// Checks the address and builds the HTTP client; nothing is sent yet.
    pub fn new(url: ServerUrl, ca: Option<&std::path::Path>) -> CommandResult<Self> {
        let client = transport::client(ca, READ_TIMEOUT)?;
        Ok(Self {
            url,
            client,
            token: None,
            zone: crate::zone::zone()?,
        })
    }

    pub fn with_token(mut self, token: String) -> Self {
        self.token = Some(token);
        self
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let mut request = self
            .client
            .request(method, self.url.join(path))
            .header(TIME_ZONE_HEADER, self.zone.name());
        if let Some(token) = &self.token {
            request = request.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        request
    }

    /// Sends the request and returns a successful answer; any other is
    /// the error the same refusal gives in local mode.
    async fn send(&self, request: RequestBuilder) -> CommandResult<Response> {
        let response = request.send().await.map_err(|e| self.unreachable(&e))?;
        if response.status().is_server_error() && !response.headers().contains_key(VERSION_HEADER) {
            // A proxy in front of a server that is down, say.
            return Err(CommandError::new(
                ExitStatus::Unavailable,
                crate::i18n::text(
                    "server-answered",
                    &[
                        ("server", self.url.to_string().into()),
                        ("status", response.status().to_string().into()),
                    ],
                ),
            ));
        }
        self.check_version(&response)?;
        if response.status().is_success() {
            return Ok(response);
        }
        Err(refusal(response).await)
    }

    fn unreachable(&self, err: &reqwest::Error) -> CommandError {
        let why = if err.is_timeout() {
            "it did not answer in time".to_owned()
        } else if err.is_connect() {
            // The innermost cause names it: a refusal, an unknown CA.
            let mut cause: &dyn std::error::Error = err;
            while let Some(inner) = cause.source() {
                cause = inner;
            }
            cause.to_string()
        } else {
            err.to_string()
        };
        CommandError::new(
            ExitStatus::Unavailable,
            crate::i18n::text(
                "server-unreachable",
                &[("server", self.url.to_string().into()), ("why", why.into())],
            ),
        )
        .with_hint(crate::i18n::text("server-unreachable-hint", &[]))
    }

    /// A server of another major API version is refused, naming both.
    fn check_version(&self, response: &Response) -> CommandResult {
        let theirs = response
            .headers()
            .get(VERSION_HEADER)
            .and_then(|v| v.to_str().ok());
        let major = |v: &str| v.split('.').next().map(str::to_owned);
        match theirs {
            Some(v) if major(v) == major(API_VERSION) => Ok(()),
            Some(v) => Err(CommandError::new(
                ExitStatus::Unavailable,
                format!(
                    "the server {} speaks API version {v}, this epic speaks {API_VERSION}",
                    self.url
                ),
            )
            .with_hint("use an epic of the server's version")),
            None => Err(CommandError::new(
                ExitStatus::Unavailable,
                format!(
                    "{} answered {} without the {VERSION_HEADER} header: it is not an epic server",
                    self.url,
                    response.status()
                ),
            )),
        }
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> CommandResult<T> {
        json(self.send(self.request(Method::GET, path)).await?).await
    }

    pub async fn get_with<Q: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        query: &Q,
    ) -> CommandResult<T> {
        json(
            self.send(self.request(Method::GET, path).query(query))
                .await?,
        )
        .await
    }

    pub async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> CommandResult<T> {
        json(
            self.send(self.request(Method::POST, path).json(body))
                .await?,
        )
        .await
    }

    /// A write that answers nothing (204).
    pub async fn post_only<B: Serialize>(&self, path: &str, body: &B) -> CommandResult {
        self.send(self.request(Method::POST, path).json(body))
            .await
            .map(drop)
    }

    /// An import: one request that may take a while.
    pub async fn upload<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> CommandResult<T> {
        let request = self
            .request(Method::POST, path)
            .timeout(IMPORT_TIMEOUT)
            .json(body);
        json(self.send(request).await?).await
    }

    /// A change to a record, refused if it is no longer at `if_version`.
    pub async fn patch<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        if_version: Option<i64>,
    ) -> CommandResult<T> {
        let request = self.request(Method::PATCH, path).json(body);
        json(self.send(at_version(request, if_version)).await?).await
    }

    /// `POST` with an optional `If-Match`, for payments.
    pub async fn post_if<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        if_version: Option<i64>,
    ) -> CommandResult<T> {
        let request = self.request(Method::POST, path).json(body);
        json(self.send(at_version(request, if_version)).await?).await
    }

    pub async fn delete(&self, path: &str) -> CommandResult {
        self.send(self.request(Method::DELETE, path))
            .await
            .map(drop)
    }

    pub async fn delete_for<T: DeserializeOwned>(&self, path: &str) -> CommandResult<T> {
        json(self.send(self.request(Method::DELETE, path)).await?).await
    }

    /// A list, record by record as the server streams it: nothing waits
    /// for the whole list on either side.
    pub async fn list<Q: Serialize>(
        &self,
        path: &str,
        query: &Q,
        sink: &mut dyn FnMut(Record) -> ControlFlow<()>,
    ) -> CommandResult {
        let mut response = self
            .send(self.request(Method::GET, path).query(query))
            .await?;
        let mut records = array::Records::default();
        loop {
            let chunk = response.chunk().await.map_err(|e| self.cut(&e))?;
            let Some(chunk) = chunk else {
                return records.finish().map_err(|e| self.broken(&e));
            };
            if records
                .feed(&chunk, sink)
                .map_err(|e| self.broken(&e))?
                .is_break()
            {
                return Ok(());
            }
        }
    }

    fn cut(&self, err: &reqwest::Error) -> CommandError {
        CommandError::new(
            ExitStatus::Unavailable,
            format!("the list from {} was cut off: {err}", self.url),
        )
    }

    fn broken(&self, reason: &str) -> CommandError {
        CommandError::new(
            ExitStatus::Unavailable,
            format!("the list from {} is incomplete: {reason}", self.url),
        )
    }
}

/// `If-Match` for the version a write must still find, when one is given.
fn at_version(request: RequestBuilder, if_version: Option<i64>) -> RequestBuilder {
    match if_version {
        Some(version) => request.header(IF_MATCH, epic_api::bodies::etag(version)),
        None => request,
    }
}

async fn json<T: DeserializeOwned>(response: Response) -> CommandResult<T> {
    let url = response.url().clone();
    let bytes = response.bytes().await.map_err(|e| {
        CommandError::new(
            ExitStatus::Unavailable,
            format!("the answer of {url} was cut off: {e}"),
        )
    })?;
    serde_json::from_slice(&bytes).map_err(|e| {
        CommandError::internal(format!(
            "the server's answer is not what this epic expects: {e}"
        ))
    })
}

/// The server's refusal as the command line's error: the same exit code
/// and, where the server names a field, the flag to fix.
async fn refusal(response: Response) -> CommandError {
    let status = response.status();
    let wait = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let body = response.bytes().await.unwrap_or_default();
    let Ok(ErrorBody { error }) = serde_json::from_slice::<ErrorBody>(&body) else {
        let exit = match ErrorCode::from_status(status.as_u16()) {
            _ if status.is_server_error() => ExitStatus::Unavailable,
            Some(code) => ExitStatus::from_code(code.exit_code()),
            None => ExitStatus::Unexpected,
        };
        let why = if status == StatusCode::PAYLOAD_TOO_LARGE {
            format!("the request is larger than the server accepts ({status})")
        } else {
            format!("the server answered {status}")
        };
        return CommandError::new(exit, why);
    };
    if !error.rows.is_empty() {
        return epic_domain::Error::Rows(error.rows).into();
    }
    if let (ErrorCode::Invalid, Some(field), Some(reason)) =
        (error.code, &error.field, &error.reason)
    {
        return CommandError::refused(field, reason);
    }
    if let (ErrorCode::Invalid, Some(field)) = (error.code, &error.field) {
        let reason = error
            .message
            .strip_prefix(&format!("invalid {field}: "))
            .unwrap_or(&error.message);
        return CommandError::invalid(field, reason);
    }
    let exit = ExitStatus::from_code(error.code.exit_code());
    let exit = if status.is_server_error() || status == StatusCode::GATEWAY_TIMEOUT {
        ExitStatus::Unavailable
    } else {
        exit
    };
    let error = match &error.reason {
        Some(reason) => CommandError {
            reason: Some(reason.key.clone()),
            ..CommandError::new(exit, crate::i18n::message(reason))
        },
        None => CommandError::new(exit, error.message),
    };
    match wait {
        Some(seconds) if exit == ExitStatus::Unauthenticated => error.with_hint(crate::i18n::text(
            "try-again-in",
            &[("seconds", seconds.into())],
        )),
        _ => error,
    }
}
