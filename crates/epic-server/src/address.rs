//! Who is calling, by address: the peer, or behind a trusted reverse
//! proxy the client that proxy names in `X-Forwarded-For`. From anyone
//! else the header is ignored, so nobody can pick the address they are
//! counted under.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;

use crate::AppState;
use crate::failure::Failure;

#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| peer.ip())
            .ok_or_else(|| {
                Failure::from(epic_domain::Error::Internal(
                    "a request without its peer's address".into(),
                ))
            })?;
        Ok(Self(client(peer, &parts.headers, &state.trusted_proxies)))
    }
}

/// Walks `X-Forwarded-For` from the nearest hop while each hop is one of
/// our proxies: the first that is not is the client. A hop that is not an
/// address stops the walk at the proxy that wrote it.
fn client(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let ours = |ip: &IpAddr| trusted.contains(&ip.to_canonical());
    if !ours(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) if ours(&ip) => client = ip,
            Ok(ip) => return ip.to_canonical(),
            Err(_) => return client,
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for v in values {
            headers.append(
                "x-forwarded-for",
                v.parse()
                    .unwrap_or_else(|_| axum::http::HeaderValue::from_static("")),
            );
        }
        headers
    }

    #[test]
    fn only_a_trusted_proxy_names_the_client() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap_or(IpAddr::from([0, 0, 0, 0]));
        let proxy = ip("10.0.0.2");
        let trusted = [proxy, ip("10.0.0.3")];
        let spoofed = forwarded(&["203.0.113.9"]);
        assert_eq!(
            client(ip("198.51.100.7"), &spoofed, &trusted),
            ip("198.51.100.7")
        );
        assert_eq!(client(proxy, &spoofed, &trusted), ip("203.0.113.9"));
        // The client may send its own header: only the last hop before our
        // proxies counts.
        let chain = forwarded(&["1.2.3.4, 203.0.113.9", "10.0.0.3"]);
        assert_eq!(client(proxy, &chain, &trusted), ip("203.0.113.9"));
        assert_eq!(client(proxy, &forwarded(&["garbage"]), &trusted), proxy);
        assert_eq!(client(proxy, &HeaderMap::new(), &trusted), proxy);
        assert_eq!(
            client(proxy, &forwarded(&["::ffff:203.0.113.9"]), &trusted),
            ip("203.0.113.9")
        );
    }
}
