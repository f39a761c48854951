//! HTTPS without a proxy: rustls with the certificate and key from PEM
//! files, read again on SIGHUP so a renewed certificate needs no restart.
//! Handshakes run in each connection's own task, within the header time.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::TlsAcceptor;

/// The certificate in use, and where to read it again.
pub struct Tls {
    cert: PathBuf,
    key: PathBuf,
    acceptor: RwLock<TlsAcceptor>,
}

impl Tls {
    /// Reads and checks the certificate chain and its key.
    pub fn load(cert: &Path, key: &Path) -> io::Result<Self> {
        Ok(Self {
            cert: cert.to_owned(),
            key: key.to_owned(),
            acceptor: RwLock::new(acceptor(cert, key)?),
        })
    }

    /// Reads the files again; on any error the certificate in use stays.
    pub fn reload(&self) -> io::Result<()> {
        let fresh = acceptor(&self.cert, &self.key)?;
        let mut current = self
            .acceptor
            .write()
            .map_err(|_| io::Error::other("the certificate lock is poisoned"))?;
        *current = fresh;
        Ok(())
    }

    pub(crate) fn current(&self) -> Option<TlsAcceptor> {
        self.acceptor.read().ok().map(|a| a.clone())
    }
}

impl std::fmt::Debug for Tls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tls")
            .field("cert", &self.cert)
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

fn acceptor(cert: &Path, key: &Path) -> io::Result<TlsAcceptor> {
    let named = |path: &Path, e: &dyn std::fmt::Display| {
        io::Error::other(format!("{}: {e}", path.display()))
    };
    let chain = CertificateDer::pem_file_iter(cert)
        .map_err(|e| named(cert, &e))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| named(cert, &e))?;
    if chain.is_empty() {
        return Err(named(cert, &"holds no certificate"));
    }
    let key = PrivateKeyDer::from_pem_file(key).map_err(|e| named(key, &e))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(io::Error::other)?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| named(cert, &e))?;
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// Reads the certificate again on every SIGHUP, saying how it went.
pub async fn reload_on_hangup(tls: Arc<Tls>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut hangups) = signal(SignalKind::hangup()) else {
            return;
        };
        while hangups.recv().await.is_some() {
            match tls.reload() {
                Ok(()) => eprintln!("epic serve: certificate reloaded"),
                Err(e) => {
                    eprintln!("epic serve: certificate not reloaded, keeping the old one: {e}");
                }
            }
        }
    }
    #[cfg(not(unix))]
    drop(tls);
}
