//! Sends plain-text mail over SMTP with lettre, TLS through rustls.
//!
//! Every failure is one sentence that says how to fix it. No error ever
//! carries the SMTP password or the mail body: lettre's own messages are
//! scrubbed before they become a `caused by:` line.

use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::Error as SmtpError;
use lettre::{Address, Message, SmtpTransport, Transport};
use serde::Deserialize;

use crate::error::{Error, Result};

/// How long connecting, and then each read or write, may take, in seconds.
const TIMEOUT_SECONDS: u64 = 10;

/// The hint for a missing `[smtp]` table.
const CONFIG_HINT: &str = "set `url` and `from` in the `[smtp]` table of the config file \
    (or the url in MFACTL_SMTP_URL), e.g. \
    url = \"smtp://user:password@mail.example.com:587?tls=required\"";

/// The hint that lists the url forms mfactl understands.
const URL_HINT: &str = "write `[smtp] url` as smtp://host:port (plain), \
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
            Ok(_) => Ok(()),
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
    Error::failed("the SMTP url in `[smtp] url` is not valid").hint(URL_HINT)
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
    /// Reads the url the way lettre's parser does, without ever echoing it.
    fn parse(url: &str) -> Result<Endpoint> {
        let (scheme, rest) = url.split_once("://").ok_or_else(bad_url)?;
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(authority_end);

        let security = parse_security(scheme, tail)?;
        let (userinfo, host_port) = match authority.rsplit_once('@') {
            Some((userinfo, host_port)) => (userinfo, host_port),
            None => ("", authority),
        };
        let (host, port) = split_host_port(host_port, security.default_port())?;
        let password = userinfo.split_once(':').map_or("", |(_, password)| password);

        let passwords = [password.to_owned(), percent_decode(password)]
            .into_iter()
            .filter(|secret| !secret.is_empty())
            .collect();
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

fn parse_security(scheme: &str, tail: &str) -> Result<Security> {
    let query = tail.split_once('?').map_or("", |(_, query)| query);
    let query = query.split('#').next().unwrap_or("");
    let tls = query.split('&').find_map(|pair| pair.strip_prefix("tls="));

    match (scheme.to_ascii_lowercase().as_str(), tls) {
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

fn split_host_port(host_port: &str, default_port: u16) -> Result<(String, u16)> {
    let (host, port) = match host_port.strip_prefix('[') {
        Some(bracketed) => {
            let (host, rest) = bracketed.split_once(']').ok_or_else(bad_url)?;
            (host, rest.strip_prefix(':'))
        }
        None => match host_port.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_port, None),
        },
    };

    let port = match port {
        Some(port) => port.parse().map_err(|_| bad_url())?,
        None => default_port,
    };
    match host.is_empty() {
        true => Err(bad_url()),
        false => Ok((host.to_owned(), port)),
    }
}

/// Decodes `%XX` escapes; anything malformed is kept as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escape = text.get(index + 1..index + 3).filter(|_| bytes[index] == b'%');
        match escape.and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
            Some(byte) => {
                decoded.push(byte);
                index += 3;
            }
            None => {
                decoded.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// The kinds of SMTP failure a person fixes differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
    /// No answer within `TIMEOUT_SECONDS`: often a TLS mode that does not match the port.
    Timeout,
    /// Nothing listens there, or the host name is unknown.
    Unreachable,
    /// `smtps://` against a server that greets in plain text (case C11).
    PlainTextServer,
    /// `?tls=required` against a server that does not offer STARTTLS.
    NoStartTls,
    /// The certificate is not signed by a trusted CA, or names another host.
    Certificate,
    /// Any other TLS failure.
    Tls,
    /// The server refused the user or password.
    LoginRefused,
    /// The server offers no login method lettre can use (often: not before TLS).
    NoLoginMethod,
    /// Reply 530: the server wants a login or STARTTLS first.
    Demand,
    /// Any other reply refusing the mail; a transient (4xx) one may pass later.
    Refused { transient: bool },
    /// Anything else, such as a connection closed halfway.
    Other,
}

impl Failure {
    /// Sorts lettre's error by what the person must change.
    ///
    /// rustls errors reach us only as text inside an `io::Error`, so the two
    /// TLS failures a person meets most are told apart by rustls's wording.
    fn of(err: &SmtpError, security: Security) -> Failure {
        use io::ErrorKind::{InvalidData, TimedOut, WouldBlock};

        let text = err.to_string();
        let kind = io_kind(err);

        if err.is_timeout() || matches!(kind, Some(TimedOut | WouldBlock)) {
            // A socket read timeout shows as `WouldBlock` on Unix.
            Failure::Timeout
        } else if kind.is_some_and(is_unreachable) || is_unknown_host(&text) {
            Failure::Unreachable
        } else if security == Security::ImplicitTls && text.contains("corrupt message") {
            // A plain-text server's "220" greeting is not a TLS record.
            Failure::PlainTextServer
        } else if text.contains("invalid peer certificate") {
            Failure::Certificate
        } else if err.is_tls() || (security != Security::Plain && kind == Some(InvalidData)) {
            Failure::Tls
        } else {
            Failure::of_reply(err, &text)
        }
    }

    /// Sorts what the server said, or what lettre refused to try.
    fn of_reply(err: &SmtpError, text: &str) -> Failure {
        let code = err.status().map(|code| code.to_string());

        match code.as_deref() {
            Some("530") => Failure::Demand,
            Some("534" | "535") => Failure::LoginRefused,
            _ if err.is_client() && text.contains("STARTTLS") => Failure::NoStartTls,
            _ if err.is_client() && text.contains("authentication mechanism") => {
                Failure::NoLoginMethod
            }
            _ if err.is_transient() => Failure::Refused { transient: true },
            _ if err.is_permanent() => Failure::Refused { transient: false },
            _ => Failure::Other,
        }
    }

    /// The sentence saying what failed, naming `server`.
    fn message(self, server: &str) -> String {
        match self {
            Failure::Timeout => format!("{server} did not answer within {TIMEOUT_SECONDS} seconds"),
            Failure::Unreachable => format!("could not connect to {server}"),
            Failure::PlainTextServer => {
                format!("{server} answered in plain text: it expects STARTTLS, not implicit TLS")
            }
            Failure::NoStartTls => format!(
                "{server} does not offer STARTTLS, so neither the login nor the mail was sent"
            ),
            Failure::Certificate => {
                format!("{server} presented a TLS certificate that is not trusted")
            }
            Failure::Tls => format!("the TLS connection to {server} failed"),
            Failure::LoginRefused => format!("{server} refused the login"),
            Failure::NoLoginMethod => format!("{server} offers no login method mfactl can use"),
            Failure::Demand => format!("{server} demands a login or STARTTLS first"),
            Failure::Refused { transient: true } => format!("{server} refused the mail for now"),
            Failure::Refused { transient: false } => format!("{server} refused the mail"),
            Failure::Other => format!("sending mail through {server} failed"),
        }
    }

    /// The hint naming what to change.
    fn hint(self) -> &'static str {
        match self {
            Failure::Timeout => {
                "check the host and port in `[smtp] url`; a server that speaks TLS at once \
                 (usually port 465) needs smtps://, one that expects STARTTLS (usually port 587) \
                 needs smtp://...?tls=required"
            }
            Failure::Unreachable => {
                "check that the server is running and that `[smtp] url` names its host and port"
            }
            Failure::PlainTextServer => {
                "use smtp://...?tls=required in `[smtp] url` for this server; smtps:// is only \
                 for servers that speak TLS at once (usually port 465)"
            }
            Failure::NoStartTls => {
                "enable STARTTLS on the server, or use smtps:// if it speaks TLS at once"
            }
            Failure::Certificate => {
                "for a private or self-signed certificate, set `[smtp] ca_file` to its CA's PEM \
                 file; the url's host must be a name the certificate holds"
            }
            Failure::Tls => {
                "check `[smtp] url`: smtps:// for servers that speak TLS at once (usually port \
                 465), smtp://...?tls=required for STARTTLS (usually port 587)"
            }
            Failure::LoginRefused => {
                "check the user and password in `[smtp] url`; percent-encode special characters"
            }
            Failure::NoLoginMethod => {
                "servers often offer login only over TLS: use ?tls=required or smtps:// in \
                 `[smtp] url`, or drop user:password@ if no login is needed"
            }
            Failure::Demand => {
                "do what the server's reply asks: add ?tls=required, or user:password@ before \
                 the host, to `[smtp] url`"
            }
            Failure::Refused { transient: true } => "try again in a few minutes",
            Failure::Refused { transient: false } => {
                "check the sender in `[smtp] from` and the recipient's email address"
            }
            Failure::Other => {
                "check `url`, `from` and `ca_file` in the `[smtp]` table of the config file"
            }
        }
    }
}

/// The kind of the first `io::Error` among lettre's causes.
fn io_kind(err: &SmtpError) -> Option<io::ErrorKind> {
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        if let Some(io_err) = inner.downcast_ref::<io::Error>() {
            return Some(io_err.kind());
        }
        source = inner.source();
    }
    None
}

fn is_unreachable(kind: io::ErrorKind) -> bool {
    use io::ErrorKind::{AddrNotAvailable, ConnectionRefused, HostUnreachable, NetworkUnreachable};

    matches!(kind, ConnectionRefused | HostUnreachable | NetworkUnreachable | AddrNotAvailable)
}

/// The standard library's and lettre's wording for a failed name lookup.
fn is_unknown_host(text: &str) -> bool {
    text.contains("failed to lookup address") || text.contains("could not resolve")
}
