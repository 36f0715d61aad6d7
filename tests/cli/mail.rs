//! Mail through a real SMTP server on loopback: cases C11 and C12.
//!
//! Each test starts its own server, so the maildir and the command log show
//! exactly what one client did: what was delivered, and whether a login
//! ever crossed the wire without TLS.

use std::io::Write;
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use mfactl::error::{Error, Kind};
use mfactl::mail::{Mail, Mailer, SmtpConfig};

use crate::smtp::{self, Encryption, ServerOptions, SmtpServer, TestCert};

const USER: &str = "mailer";
/// Decoded, as the server checks it; `PASSWORD_IN_URL` is how the url writes it.
const PASSWORD: &str = "Kx7-p@ss word";
const PASSWORD_IN_URL: &str = "Kx7-p%40ss%20word";
const SENDER: &str = "Préstamos Nube <no-reply@example.test>";
const BODY: &str = "Your sign-in code is BCDEFG. It expires in 5 minutes.";

fn config(url: String, cert: Option<&TestCert>) -> SmtpConfig {
    SmtpConfig {
        url: Some(url),
        from: Some(SENDER.to_owned()),
        ca_file: cert.map(TestCert::cert_path),
    }
}

fn mail() -> Mail {
    Mail {
        to_name: Some("Ana María Núñez".to_owned()),
        to_address: "ana@example.test".to_owned(),
        subject: "Código de acceso".to_owned(),
        body: BODY.to_owned(),
    }
}

fn login() -> Option<(&'static str, &'static str)> {
    Some((USER, PASSWORD))
}

fn send(config: SmtpConfig) -> Result<(), Error> {
    Mailer::new(&config)?.send(&mail())
}

/// Sends expecting failure; checks it is exit 1 and leaks no secret.
fn send_failing(config: SmtpConfig) -> Error {
    let err = send(config).expect_err("sending should fail");
    assert_eq!(err.kind, Kind::Failed, "{err:?}");
    assert_no_secret(&err);
    err
}

fn assert_no_secret(err: &Error) {
    let shown = format!("{err:?} {err}");
    for secret in [PASSWORD, PASSWORD_IN_URL, BODY, "BCDEFG"] {
        assert!(!shown.contains(secret), "{secret:?} leaked into {shown}");
    }
}

fn hint(err: &Error) -> &str {
    err.hint.as_deref().unwrap_or_default()
}

fn assert_no_login_seen(server: &SmtpServer) {
    let commands = server.commands();
    assert!(commands.iter().any(|c| c.starts_with("EHLO")), "client never talked: {commands:?}");
    assert!(!commands.iter().any(|c| c.starts_with("AUTH")), "login sent: {commands:?}");
    assert!(!commands.iter().any(|c| c.starts_with("MAIL")), "mail started: {commands:?}");
    assert!(server.messages().is_empty());
}

#[test]
fn c11_starttls_with_login_delivers() {
    let cert = TestCert::generate();
    let encryption = Encryption::StartTls(&cert);
    let server = SmtpServer::start(ServerOptions { encryption, login: login() });
    let url = format!("smtp://{USER}:{PASSWORD_IN_URL}@localhost:{}?tls=required", server.port());

    send(config(url, Some(&cert))).expect("mail is delivered");

    assert_eq!(server.messages().len(), 1);
    let commands = server.commands();
    assert!(commands.contains(&"STARTTLS tls=no".to_owned()), "{commands:?}");
    assert!(commands.contains(&"AUTH tls=yes".to_owned()), "{commands:?}");
    assert!(!commands.contains(&"AUTH tls=no".to_owned()), "{commands:?}");
}

#[test]
fn c11_implicit_tls_against_starttls_server_names_the_mismatch() {
    let cert = TestCert::generate();
    let encryption = Encryption::StartTls(&cert);
    let server = SmtpServer::start(ServerOptions { encryption, login: login() });
    let url = format!("smtps://{USER}:{PASSWORD_IN_URL}@localhost:{}", server.port());

    let err = send_failing(config(url, Some(&cert)));

    let expected = format!(
        "the SMTP server at localhost:{} answered in plain text: it expects STARTTLS, \
         not implicit TLS",
        server.port()
    );
    assert_eq!(err.message, expected);
    assert!(hint(&err).contains("?tls=required"), "{err:?}");
    assert!(server.messages().is_empty());
    assert!(!server.commands().iter().any(|c| c.starts_with("AUTH")));
}

#[test]
fn c11_starttls_not_offered_sends_no_login_in_plain_text() {
    // This server would take the login in plain text: only the client can refuse.
    let server = SmtpServer::start(ServerOptions { encryption: Encryption::None, login: login() });
    let url = format!("smtp://{USER}:{PASSWORD_IN_URL}@127.0.0.1:{}?tls=required", server.port());

    let err = send_failing(config(url, None));

    let expected = format!(
        "the SMTP server at 127.0.0.1:{} does not offer STARTTLS, so neither the login \
         nor the mail was sent",
        server.port()
    );
    assert_eq!(err.message, expected);
    assert_no_login_seen(&server);
}

#[test]
fn c11_implicit_tls_against_implicit_tls_server_delivers() {
    let cert = TestCert::generate();
    let encryption = Encryption::ImplicitTls(&cert);
    let server = SmtpServer::start(ServerOptions { encryption, login: login() });
    let url = format!("smtps://{USER}:{PASSWORD_IN_URL}@127.0.0.1:{}", server.port());

    send(config(url, Some(&cert))).expect("mail is delivered");

    assert_eq!(server.messages().len(), 1);
    assert!(server.commands().contains(&"AUTH tls=yes".to_owned()));
}

#[test]
fn c11_starttls_against_implicit_tls_server_times_out_with_hint() {
    let cert = TestCert::generate();
    let encryption = Encryption::ImplicitTls(&cert);
    let server = SmtpServer::start(ServerOptions { encryption, login: login() });
    let url = format!("smtp://{USER}:{PASSWORD_IN_URL}@127.0.0.1:{}?tls=required", server.port());

    let started = Instant::now();
    let err = send_failing(config(url, Some(&cert)));

    assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
    let expected =
        format!("the SMTP server at 127.0.0.1:{} did not answer within 10 seconds", server.port());
    assert_eq!(err.message, expected);
    assert!(hint(&err).contains("smtps://"), "{err:?}");
    assert!(server.messages().is_empty());
}

#[test]
fn untrusted_certificate_points_to_ca_file() {
    let cert = TestCert::generate();
    let encryption = Encryption::StartTls(&cert);
    let server = SmtpServer::start(ServerOptions { encryption, login: login() });
    let url = format!("smtp://{USER}:{PASSWORD_IN_URL}@localhost:{}?tls=required", server.port());

    let err = send_failing(config(url, None));

    let expected = format!(
        "the SMTP server at localhost:{} presented a TLS certificate that is not trusted",
        server.port()
    );
    assert_eq!(err.message, expected);
    assert!(hint(&err).contains("`[smtp] ca_file`"), "{err:?}");
    assert!(server.messages().is_empty());
    assert!(!server.commands().iter().any(|c| c.starts_with("AUTH")));
}

#[test]
fn wrong_password_is_a_refused_login() {
    let cert = TestCert::generate();
    let encryption = Encryption::StartTls(&cert);
    let server = SmtpServer::start(ServerOptions { encryption, login: Some((USER, "other")) });
    let url = format!("smtp://{USER}:{PASSWORD_IN_URL}@localhost:{}?tls=required", server.port());

    let err = send_failing(config(url, Some(&cert)));

    let expected = format!("the SMTP server at localhost:{} refused the login", server.port());
    assert_eq!(err.message, expected);
    assert!(hint(&err).contains("password"), "{err:?}");
    assert!(server.messages().is_empty());
}

/// What Python's `email` parser with the default policy reads from a message.
const PARSE_MAIL: &str = r#"
import email, email.policy, sys
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
for field in ("from", "to"):
    (mailbox,) = msg[field].addresses
    print(f"{field}_name={mailbox.display_name}")
    print(f"{field}_address={mailbox.addr_spec}")
    print(f"{field}_defects={len(msg[field].defects)}")
print(f"subject={msg['subject']}")
print(f"message_defects={len(msg.defects)}")
print(f"body={msg.get_content().strip()}")
"#;

fn parse_with_python(raw: &str) -> Vec<String> {
    let mut child = Command::new(smtp::python())
        .args(["-c", PARSE_MAIL])
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs; see scripts/install-test-deps");
    let mut stdin = child.stdin.take().expect("piped stdin");
    stdin.write_all(raw.as_bytes()).expect("the message is piped to python");
    drop(stdin);

    let output = child.wait_with_output().expect("python finishes");
    assert!(output.status.success(), "the python email parser failed");
    String::from_utf8(output.stdout).expect("utf-8").lines().map(str::to_owned).collect()
}

#[test]
fn c12_non_ascii_display_names_are_encoded_words() {
    let server = SmtpServer::start(ServerOptions::default());
    let url = format!("smtp://127.0.0.1:{}", server.port());

    send(config(url, None)).expect("mail is delivered");

    let raw = server.messages().pop().expect("one message");
    let (headers, _) = raw.split_once("\r\n\r\n").expect("headers end with a blank line");
    assert!(headers.is_ascii(), "{headers}");
    assert!(headers.contains("=?utf-8?"), "{headers}");
    assert!(headers.contains("<no-reply@example.test>"), "{headers}");
    assert!(headers.contains("<ana@example.test>"), "{headers}");
    let expected = [
        "from_name=Préstamos Nube",
        "from_address=no-reply@example.test",
        "from_defects=0",
        "to_name=Ana María Núñez",
        "to_address=ana@example.test",
        "to_defects=0",
        "subject=Código de acceso",
        "message_defects=0",
        &format!("body={BODY}"),
    ];
    assert_eq!(parse_with_python(&raw), expected);
}

#[test]
fn server_down_names_host_and_port() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        listener.local_addr().expect("its address").port()
    };
    let url = format!("smtp://{USER}:{PASSWORD_IN_URL}@127.0.0.1:{port}");

    let err = send_failing(config(url, None));

    assert_eq!(err.message, format!("could not connect to the SMTP server at 127.0.0.1:{port}"));
    assert!(hint(&err).contains("`[smtp] url`"), "{err:?}");
}

#[test]
fn missing_url_or_from_says_how_to_configure() {
    let url = Some("smtp://127.0.0.1:2525".to_owned());
    let from = Some(SENDER.to_owned());
    let cases = [
        (SmtpConfig::default(), "no SMTP server is configured for sending mail"),
        (SmtpConfig { url: url.clone(), ..SmtpConfig::default() }, "no sender address"),
        (SmtpConfig { from, ..SmtpConfig::default() }, "no SMTP server is configured"),
        (SmtpConfig { url, from: Some(" ".to_owned()), ca_file: None }, "no sender address"),
    ];

    for (config, message) in cases {
        let err = Mailer::new(&config).err().expect("no mailer without url and from");
        assert_eq!(err.kind, Kind::Failed);
        assert!(err.message.starts_with(message), "{err:?}");
        for needle in ["`[smtp]`", "`url`", "`from`", "MFACTL_SMTP_URL"] {
            assert!(hint(&err).contains(needle), "{needle} missing from {err:?}");
        }
    }
}

#[test]
fn bad_urls_are_refused_without_echoing_the_password() {
    let urls = [
        format!("smtpx://{USER}:{PASSWORD_IN_URL}@127.0.0.1:25"),
        format!("{USER}:{PASSWORD_IN_URL}@127.0.0.1:25"),
        format!("smtp://{USER}:{PASSWORD_IN_URL}@127.0.0.1:notaport"),
        format!("smtp://{USER}:{PASSWORD_IN_URL}@127.0.0.1:25?tls=sometimes"),
    ];

    for url in urls {
        let err = Mailer::new(&config(url, None)).err().expect("a bad url is refused");
        assert_eq!(err.message, "the SMTP url is not valid");
        assert!(hint(&err).contains("?tls=required"), "{err:?}");
        assert_no_secret(&err);
    }
}

#[test]
fn opportunistic_tls_is_refused() {
    let url = format!("smtp://{USER}:{PASSWORD_IN_URL}@127.0.0.1:25?tls=opportunistic");

    let err = Mailer::new(&config(url, None)).err().expect("opportunistic TLS is refused");

    assert!(err.message.contains("unencrypted"), "{err:?}");
    assert_no_secret(&err);
}

#[test]
fn unreadable_ca_file_names_the_file() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let missing = dir.path().join("missing.pem");
    let mut config = config("smtps://127.0.0.1:465".to_owned(), None);
    config.ca_file = Some(missing.clone());

    let err = Mailer::new(&config).err().expect("a missing CA file is refused");

    let expected = format!("the CA certificate file {} could not be read", missing.display());
    assert_eq!(err.message, expected);
    assert!(hint(&err).contains("`[smtp] ca_file`"), "{err:?}");
}
