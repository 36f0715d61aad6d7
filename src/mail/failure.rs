//! Telling SMTP failures apart, so each gets the sentence that fixes it.

use std::io;

use lettre::transport::smtp::Error as SmtpError;

use super::{Security, TIMEOUT_SECONDS};

/// The kinds of SMTP failure a person fixes differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
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
    pub(super) fn of(err: &SmtpError, security: Security) -> Failure {
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
    pub(super) fn message(self, server: &str) -> String {
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
    pub(super) fn hint(self) -> &'static str {
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
