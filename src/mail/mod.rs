//! Sends plain-text mail over SMTP with lettre, TLS through rustls.
//!
//! Every failure is one sentence that says how to fix it. No error ever
//! carries the SMTP password or the mail body: lettre's own messages are
//! scrubbed before they become a `caused by:` line.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::Error as SmtpError;
use lettre::{Address, Message, SmtpTransport, Transport};
use percent_encoding::percent_decode_str;
use serde::Deserialize;
use url::Url;

use crate::error::{Error, Result};

mod failure;

use failure::Failure;

/// How long connecting, and then each read or write, may take, in seconds.
const TIMEOUT_SECONDS: u64 = 10;

/// The hint for a missing `[smtp]` table.
const CONFIG_HINT: &str = "set `url` and `from` in the `[smtp]` table of the config file \
    (or MFACTL_SMTP_URL and MFACTL_SMTP_FROM), e.g. \
    url = \"smtp://user:password@mail.example.com:587?tls=required\"";

/// The hint that lists the url forms mfactl understands.
const URL_HINT: &str = "write `[smtp] url` (or MFACTL_SMTP_URL) as smtp://host:port (plain), \
    smtp://user:password@host:587?tls=required (STARTTLS) or \
    smtps://user:password@host:465 (implicit TLS); percent-encode special characters";

/// What replaces a secret in an error text.
const HIDDEN: &str = "[hidden]";

/// SMTP settings: the `[smtp]` table of the config file.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub struct SmtpConfig {
    /// lettre's URL form: smtp://host:port (plain), smtp://...?tls=required (STARTTLS),
    /// smtps://host:port (implicit TLS), optional user:password@.
    pub url: Option<String>,
    /// Sender mailbox, e.g. `Préstamos Nube <no-reply@example.test>`.
    pub from: Option<String>,
    /// Extra PEM CA certificate to trust (for private or test servers).
    pub ca_file: Option<PathBuf>,
}

/// One plain-text mail to one person.
///
/// No `Debug`: the body carries codes, which must not reach a log.
#[derive(Clone, PartialEq, Eq)]
pub struct Mail {
    /// The recipient's display name, encoded for the header by lettre.
    pub to_name: Option<String>,
    /// The recipient's address, e.g. `ana@example.test`.
    pub to_address: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text body; it never appears in an error.
    pub body: String,
}

/// A ready SMTP connection configuration.
pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
    endpoint: Endpoint,
}

impl Mailer {
    /// Builds from config; MFACTL_SMTP_URL is applied by the caller, not here.
    ///
    /// No url or no from is an error naming how to configure them.
    pub fn new(config: &SmtpConfig) -> Result<Mailer> {
        let url = configured(&config.url, "no SMTP server is configured for sending mail")?;
        let from = configured(&config.from, "no sender address is configured for mail")?;

        let endpoint = Endpoint::parse(url)?;
        let from = parse_sender(from)?;
        let transport = build_transport(url, &endpoint, config.ca_file.as_deref())?;

        Ok(Mailer { transport, from, endpoint })
    }

    /// Sends; every failure is `Error::failed` (exit 1) with a sentence saying how to fix it.
    pub fn send(&self, mail: &Mail) -> Result<()> {
        let message = self.build_message(mail)?;

        match self.transport.send(&message) {
            Ok(_) => {
                log::info!("mail \"{}\" sent via {}", mail.subject, self.endpoint.address());
                Ok(())
            }
            Err(err) => Err(self.explain(&err, &mail.body)),
        }
    }

    fn build_message(&self, mail: &Mail) -> Result<Message> {
        let address: Address = mail.to_address.trim().parse().map_err(|_| {
            Error::failed(format!("`{}` is not a valid email address", mail.to_address))
                .hint("correct the user's email address with `mfactl user set`")
        })?;
        let name = mail.to_name.clone().filter(|name| !name.trim().is_empty());

        Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(name, address))
            .subject(mail.subject.as_str())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|err| Error::failed("the mail could not be put together").cause(err))
    }

    /// Turns lettre's error into one sentence and a hint; the cause is scrubbed.
    fn explain(&self, err: &SmtpError, body: &str) -> Error {
        let failure = Failure::of(err, self.endpoint.security);
        let server = format!("the SMTP server at {}", self.endpoint.address());

        Error::failed(failure.message(&server))
            .hint(failure.hint())
            .cause(self.endpoint.scrub(&err.to_string(), body))
    }
}

/// Returns the configured value, or the error that says how to configure it.
fn configured<'a>(value: &'a Option<String>, missing: &str) -> Result<&'a str> {
    match value.as_deref().map(str::trim) {
        Some(value) if !value.is_empty() => Ok(value),
        _ => Err(Error::failed(missing).hint(CONFIG_HINT)),
    }
}

fn parse_sender(from: &str) -> Result<Mailbox> {
    from.parse().map_err(|_| {
        Error::failed(format!("the sender `{from}` in `[smtp] from` is not a valid mailbox"))
            .hint("write it as `Name <address@example.com>` or as the bare address")
    })
}

fn build_transport(
    url: &str,
    endpoint: &Endpoint,
    ca_file: Option<&Path>,
) -> Result<SmtpTransport> {
    let builder = SmtpTransport::from_url(url)
        .map_err(|err| bad_url().cause(endpoint.scrub(&err.to_string(), "")))?;

    let builder = match endpoint.security {
        Security::Plain => builder,
        Security::StartTls => builder.tls(Tls::Required(tls_parameters(&endpoint.host, ca_file)?)),
        Security::ImplicitTls => {
            builder.tls(Tls::Wrapper(tls_parameters(&endpoint.host, ca_file)?))
        }
    };

    Ok(builder.timeout(Some(Duration::from_secs(TIMEOUT_SECONDS))).build())
}

/// TLS settings that trust the bundled web roots plus the optional `ca_file`.
fn tls_parameters(host: &str, ca_file: Option<&Path>) -> Result<TlsParameters> {
    let mut builder = TlsParameters::builder(host.to_owned());
    if let Some(path) = ca_file {
        builder = builder.add_root_certificate(read_ca_file(path)?);
    }

    builder.build_rustls().map_err(|err| {
        Error::failed("the TLS settings for the SMTP server could not be prepared")
            .cause(err)
            .hint("point `[smtp] ca_file` at a valid PEM CA certificate, or remove it")
    })
}

fn read_ca_file(path: &Path) -> Result<Certificate> {
    let shown = path.display();
    let hint = "point `[smtp] ca_file` at a readable PEM file holding a CA certificate";

    let pem = std::fs::read(path).map_err(|err| {
        Error::failed(format!("the CA certificate file {shown} could not be read"))
            .cause(err)
            .hint(hint)
    })?;
    // lettre accepts a file with no certificate at all and then trusts nothing extra.
    let has_certificate = pem.windows(27).any(|window| window == b"-----BEGIN CERTIFICATE-----");
    if !has_certificate {
        return Err(Error::failed(format!("{shown} holds no PEM certificate")).hint(hint));
    }

    Certificate::from_pem(&pem).map_err(|err| {
        Error::failed(format!("the certificate in {shown} could not be read")).cause(err).hint(hint)
    })
}

fn bad_url() -> Error {
    Error::failed("the SMTP url is not valid").hint(URL_HINT)
}

/// How the connection is secured, from the url's scheme and `tls` parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Security {
    /// `smtp://`: no encryption at all.
    Plain,
    /// `smtp://...?tls=required`: plain greeting, then STARTTLS before anything else.
    StartTls,
    /// `smtps://`: TLS from the first byte.
    ImplicitTls,
}

impl Security {
    /// lettre's default ports: 25, 587 (submission) and 465 (submissions).
    fn default_port(self) -> u16 {
        match self {
            Security::Plain => 25,
            Security::StartTls => 587,
            Security::ImplicitTls => 465,
        }
    }
}

/// What errors may say about the server, and the secret they must never say.
struct Endpoint {
    host: String,
    port: u16,
    security: Security,
    /// The password both as written in the url and percent-decoded.
    passwords: Vec<String>,
}

impl Endpoint {
    /// Reads the url with the `url` crate, as lettre does, never echoing it.
    fn parse(text: &str) -> Result<Endpoint> {
        let url = Url::parse(text).map_err(|_| bad_url())?;
        let tls = url.query_pairs().find(|(name, _)| name == "tls").map(|(_, v)| v.into_owned());
        let security = parse_security(url.scheme(), tls.as_deref())?;
        let host = url.host_str().filter(|h| !h.is_empty()).ok_or_else(bad_url)?;
        let host = host.trim_start_matches('[').trim_end_matches(']').to_owned();
        let port = url.port().unwrap_or(security.default_port());
        let password = url.password().unwrap_or_default();
        let decoded = percent_decode_str(password).decode_utf8_lossy().into_owned();
        let passwords =
            [password.to_owned(), decoded].into_iter().filter(|p| !p.is_empty()).collect();
        Ok(Endpoint { host, port, security, passwords })
    }

    /// `host:port` as errors name the server.
    fn address(&self) -> String {
        match self.host.contains(':') {
            true => format!("[{}]:{}", self.host, self.port),
            false => format!("{}:{}", self.host, self.port),
        }
    }

    /// Hides the password and the body (whole or any line of it) in `text`.
    fn scrub(&self, text: &str, body: &str) -> String {
        let body_lines = body.lines().map(str::trim).filter(|line| line.len() >= 6);
        let mut secrets: Vec<&str> = self.passwords.iter().map(String::as_str).collect();
        secrets.extend(Some(body.trim()).filter(|body| !body.is_empty()));
        secrets.extend(body_lines);
        // Longest first, so that a secret containing another is hidden whole.
        secrets.sort_by_key(|secret| std::cmp::Reverse(secret.len()));

        secrets.iter().fold(text.to_owned(), |text, secret| text.replace(secret, HIDDEN))
    }
}

fn parse_security(scheme: &str, tls: Option<&str>) -> Result<Security> {
    match (scheme, tls) {
        ("smtp", None) => Ok(Security::Plain),
        ("smtp", Some("required")) => Ok(Security::StartTls),
        ("smtps", None | Some("required")) => Ok(Security::ImplicitTls),
        ("smtp", Some("opportunistic")) => Err(Error::failed(
            "`tls=opportunistic` in `[smtp] url` would send the login and the mail unencrypted \
             to a server that does not offer STARTTLS",
        )
        .hint("use ?tls=required instead, or smtps:// for a server that speaks TLS at once")),
        _ => Err(bad_url()),
    }
}
