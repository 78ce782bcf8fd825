//! The connection URL and its `sslmode`, with libpq's meanings: `disable`
//! (plain), `prefer` (TLS when the server offers it, the default), `require`
//! (TLS, certificate not checked), `verify-ca` (TLS, certificate signed by a
//! trusted authority), `verify-full` (and issued for the host). The trusted
//! authorities are `sslrootcert=FILE` (PEM), else `~/.postgresql/root.crt`,
//! else the system's. rustls does the TLS, so nothing outside Rust is needed.

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

use postgres::config::SslMode;
use postgres::{Client, Config, NoTls};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

use super::Place;
use crate::store::StoreError;

/// How the connection is protected.
pub(super) enum Security {
    Plain,
    Tls { verify: Verify, roots: Option<PathBuf> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verify {
    Nothing,
    Authority,
    AuthorityAndHost,
}

/// Splits a `postgres://` or `postgresql://` URL into the client's
/// configuration and its TLS demands.
pub(super) fn parse(url: &str) -> Result<(Config, Security), StoreError> {
    let scheme = url.split("://").next().unwrap_or_default();
    if scheme != "postgres" && scheme != "postgresql" {
        return Err(StoreError::UnknownScheme {
            scheme: scheme.to_string(),
            url: redacted(url),
        });
    }
    let bad = |reason: String| StoreError::BadUrl {
        url: redacted(url),
        reason,
    };
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut kept = Vec::new();
    let mut sslmode = "prefer".to_string();
    let mut roots = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("sslmode", value)) => sslmode = value.to_string(),
            Some(("sslrootcert", value)) => roots = Some(PathBuf::from(value)),
            _ => kept.push(pair),
        }
    }
    let rest = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    // The client's own text ("invalid connection string") says less than its cause.
    let mut config = Config::from_str(&rest)
        .map_err(|e| bad(std::error::Error::source(&e).map_or_else(|| e.to_string(), ToString::to_string)))?;
    let (mode, verify) = match sslmode.as_str() {
        "disable" => {
            config.ssl_mode(SslMode::Disable);
            return Ok((config, Security::Plain));
        }
        "allow" | "prefer" => (SslMode::Prefer, Verify::Nothing),
        "require" => (SslMode::Require, Verify::Nothing),
        "verify-ca" => (SslMode::Require, Verify::Authority),
        "verify-full" => (SslMode::Require, Verify::AuthorityAndHost),
        other => {
            return Err(bad(format!(
                "sslmode `{other}` is not one of disable, allow, prefer, require, verify-ca, verify-full"
            )));
        }
    };
    config.ssl_mode(mode);
    Ok((config, Security::Tls { verify, roots }))
}

impl Security {
    /// Connects: a TLS set-up that cannot be made is the outer error, a
    /// server that cannot be reached or refuses the inner one.
    pub(super) fn connect(
        &self,
        config: &Config,
        place: &Place,
    ) -> Result<Result<Client, postgres::Error>, StoreError> {
        let tls_setup = |reason: String| StoreError::TlsSetup {
            place: place.to_string(),
            reason,
        };
        Ok(match self {
            Security::Plain => config.connect(NoTls),
            Security::Tls { verify, roots, .. } => {
                let provider = Arc::new(rustls::crypto::ring::default_provider());
                let verifier: Arc<dyn ServerCertVerifier> = match verify {
                    Verify::Nothing => Arc::new(Unchecked(provider.clone())),
                    Verify::Authority | Verify::AuthorityAndHost => {
                        let webpki = WebPkiServerVerifier::builder_with_provider(
                            Arc::new(trusted(roots.as_ref()).map_err(tls_setup)?),
                            provider.clone(),
                        )
                        .build()
                        .map_err(|e| tls_setup(format!("no trusted certificate authority to check the server with ({e}); name one with sslrootcert=FILE")))?;
                        Arc::new(Checked {
                            webpki,
                            host: *verify == Verify::AuthorityAndHost,
                        })
                    }
                };
                let tls = rustls::ClientConfig::builder_with_provider(provider)
                    .with_safe_default_protocol_versions()
                    .map_err(|e| tls_setup(e.to_string()))?
                    .dangerous()
                    .with_custom_certificate_verifier(verifier)
                    .with_no_client_auth();
                config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
            }
        })
    }
}

/// The authorities `sslrootcert` names, `~/.postgresql/root.crt`, or the system's.
fn trusted(roots: Option<&PathBuf>) -> Result<RootCertStore, String> {
    let mut store = RootCertStore::empty();
    let home = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".postgresql/root.crt"));
    let file = roots.cloned().or(home.filter(|p| p.exists()));
    match file {
        Some(path) => {
            let certificates = CertificateDer::pem_file_iter(&path)
                .and_then(|all| all.collect::<Result<Vec<_>, _>>())
                .map_err(|e| {
                    format!(
                        "sslrootcert {} cannot be read as PEM certificates ({e})",
                        path.display()
                    )
                })?;
            store.add_parsable_certificates(certificates);
        }
        None => {
            store.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        }
    }
    Ok(store)
}

/// The URL as a message may show it: without the password.
pub(super) fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    match rest[..end].rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}@{host}{}", &rest[end..])
        }
        None => url.to_string(),
    }
}

/// `require`: encrypted, whoever the server is (libpq's meaning).
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca` and `verify-full`: the chain must lead to a trusted
/// authority; for `verify-full` the certificate must also name the host.
#[derive(Debug)]
struct Checked {
    webpki: Arc<WebPkiServerVerifier>,
    host: bool,
}

impl ServerCertVerifier for Checked {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .webpki
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.host => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.webpki.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_shown_without_its_password() {
        assert_eq!(
            redacted("postgres://tender:s3cret@db.example.nl:5432/inkoop?sslmode=require"),
            "postgres://tender@db.example.nl:5432/inkoop?sslmode=require"
        );
        assert_eq!(
            redacted("postgres://db.example.nl/inkoop"),
            "postgres://db.example.nl/inkoop"
        );
        assert_eq!(redacted("mysql://a:b@h/d"), "mysql://a@h/d");
    }
}
