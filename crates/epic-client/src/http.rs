//! Requests as they travel: the token, the person's zone, `If-Match`, the
//! version check, streamed lists, and every failure as this crate's error.

use std::ops::ControlFlow;
use std::time::Duration;

use epic_api::{API_VERSION, ErrorBody, TIME_ZONE_HEADER, VERSION_HEADER};
use reqwest::header::{AUTHORIZATION, IF_MATCH, RETRY_AFTER};
use reqwest::{Method, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::transport::{self, ServerUrl};

/// A server that has not answered a read in this long is unavailable.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// An import is checked and written in one request, which may take long.
const IMPORT_TIMEOUT: Duration = Duration::from_secs(120);

/// One server, and the token of the person using it once they have one.
#[derive(Debug, Clone)]
pub struct Client {
    url: ServerUrl,
    client: reqwest::Client,
    token: Option<String>,
    /// Where the person is: the server reads their typed times there.
    zone: epic_domain::when::Tz,
}

impl Client {
    /// Checks the CA bundle (PEM) and builds the HTTP client; nothing is
    /// sent yet.
    pub fn new(url: ServerUrl, ca: Option<&[u8]>, zone: epic_domain::when::Tz) -> Result<Self> {
        let client = transport::client(ca, READ_TIMEOUT)?;
        Ok(Self {
            url,
            client,
            token: None,
            zone,
        })
    }

    pub fn url(&self) -> &ServerUrl {
        &self.url
    }

    #[must_use]
    pub(crate) fn with_token(mut self, token: String) -> Self {
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
    async fn send(&self, request: RequestBuilder) -> Result<Response> {
        let response = request.send().await.map_err(|e| self.unreachable(&e))?;
        if response.status().is_server_error() && !response.headers().contains_key(VERSION_HEADER) {
            // A proxy in front of a server that is down, say.
            return Err(Error::Answered {
                server: self.url.to_string(),
                status: response.status().to_string(),
            });
        }
        self.check_version(&response)?;
        if response.status().is_success() {
            return Ok(response);
        }
        Err(refusal(response).await)
    }

    fn unreachable(&self, err: &reqwest::Error) -> Error {
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
        Error::Unreachable {
            server: self.url.to_string(),
            why,
        }
    }

    /// A server of another major API version is refused, naming both.
    fn check_version(&self, response: &Response) -> Result<()> {
        let theirs = response
            .headers()
            .get(VERSION_HEADER)
            .and_then(|v| v.to_str().ok());
        let major = |v: &str| v.split('.').next().map(str::to_owned);
        match theirs {
            Some(v) if major(v) == major(API_VERSION) => Ok(()),
            Some(v) => Err(Error::Unusable {
                message: format!(
                    "the server {} speaks API version {v}, this epic speaks {API_VERSION}",
                    self.url
                ),
                hint: Some("use an epic of the server's version"),
            }),
            None => Err(Error::unusable(format!(
                "{} answered {} without the {VERSION_HEADER} header: it is not an epic server",
                self.url,
                response.status()
            ))),
        }
    }

    pub(crate) async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        json(self.send(self.request(Method::GET, path)).await?).await
    }

    pub(crate) async fn get_with<Q: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        query: &Q,
    ) -> Result<T> {
        json(
            self.send(self.request(Method::GET, path).query(query))
                .await?,
        )
        .await
    }

    pub(crate) async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T> {
        json(
            self.send(self.request(Method::POST, path).json(body))
                .await?,
        )
        .await
    }

    /// A write that answers nothing (204).
    pub(crate) async fn post_only<B: Serialize>(&self, path: &str, body: &B) -> Result<()> {
        self.send(self.request(Method::POST, path).json(body))
            .await
            .map(drop)
    }

    /// An import: one request that may take a while.
    pub(crate) async fn upload<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T> {
        let request = self
            .request(Method::POST, path)
            .timeout(IMPORT_TIMEOUT)
            .json(body);
        json(self.send(request).await?).await
    }

    /// A change to a record, refused if it is no longer at `if_version`.
    pub(crate) async fn patch<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        if_version: Option<i64>,
    ) -> Result<T> {
        let request = self.request(Method::PATCH, path).json(body);
        json(self.send(at_version(request, if_version)).await?).await
    }

    /// `POST` with an optional `If-Match`, for payments.
    pub(crate) async fn post_if<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        if_version: Option<i64>,
    ) -> Result<T> {
        let request = self.request(Method::POST, path).json(body);
        json(self.send(at_version(request, if_version)).await?).await
    }

    pub(crate) async fn delete(&self, path: &str) -> Result<()> {
        self.send(self.request(Method::DELETE, path))
            .await
            .map(drop)
    }

    pub(crate) async fn delete_for<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        json(self.send(self.request(Method::DELETE, path)).await?).await
    }

    /// A list, record by record as the server streams it: nothing waits
    /// for the whole list on either side.
    pub(crate) async fn list<Q: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        query: &Q,
        sink: &mut dyn FnMut(T) -> ControlFlow<()>,
    ) -> Result<()> {
        let mut response = self
            .send(self.request(Method::GET, path).query(query))
            .await?;
        let mut records = crate::array::Records::default();
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

    fn cut(&self, err: &reqwest::Error) -> Error {
        Error::unusable(format!("the list from {} was cut off: {err}", self.url))
    }

    fn broken(&self, reason: &str) -> Error {
        Error::unusable(format!(
            "the list from {} is incomplete: {reason}",
            self.url
        ))
    }
}

/// `If-Match` for the version a write must still find, when one is given.
fn at_version(request: RequestBuilder, if_version: Option<i64>) -> RequestBuilder {
    match if_version {
        Some(version) => request.header(IF_MATCH, epic_api::bodies::etag(version)),
        None => request,
    }
}

async fn json<T: DeserializeOwned>(response: Response) -> Result<T> {
    let url = response.url().clone();
    let bytes = response
        .bytes()
        .await
        .map_err(|e| Error::unusable(format!("the answer of {url} was cut off: {e}")))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Error::Unexpected(format!(
            "the server's answer is not what this epic expects: {e}"
        ))
    })
}

/// The server's refusal, with its error when it sent one.
async fn refusal(response: Response) -> Error {
    let status = response.status();
    let retry_after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let body = response.bytes().await.unwrap_or_default();
    let error = serde_json::from_slice::<ErrorBody>(&body)
        .ok()
        .map(|body| Box::new(body.error));
    Error::Refused {
        status: status.as_u16(),
        status_line: status.to_string(),
        error,
        retry_after,
    }
}
