//! Sign-in and notices with mail delivered by a real SMTP server on loopback:
//! device authorisation, the email method, mail failures, and C9, C11, C12.

use serde_json::Value;

use crate::smtp::{Encryption, ServerOptions, SmtpServer, TestCert};
use crate::support::{assert_exit, oathtool, stderr, Db, RFC_SECRET};

/// 2026-12-04T09:00:00Z.
const T0: i64 = 1_796_374_800;
const PASSWORD: &str = "correct horse battery";
const SENDER: &str = "Préstamos Nube <no-reply@example.test>";

/// A plain-text server and a database whose config points at it, with MFA on
/// and `ana` (Ana María Núñez) enrolled with the RFC key and confirmed.
fn setup() -> (Db, SmtpServer) {
    let server = SmtpServer::start(ServerOptions::default());
    let db = Db::new();
    point_at(&db, &format!("smtp://127.0.0.1:{}", server.port()), None);
    db.ok(&["policy", "set", "--enabled", "on", "--issuer", "Préstamos Nube"]);
    let args = [
        "user",
        "add",
        "ana",
        "--name",
        "Ana María Núñez",
        "--email",
        "ana@example.test",
        "--password-stdin",
    ];
    assert_exit(&db.run_with_stdin(&args, &format!("{PASSWORD}\n")), 0);
    db.enroll_secret("ana", RFC_SECRET);
    assert_exit(&db.verify_at(T0 - 600, "ana", &oathtool(RFC_SECRET, T0 - 600)), 0);
    (db, server)
}

fn point_at(db: &Db, url: &str, ca_file: Option<&std::path::Path>) {
    let ca = ca_file.map(|p| format!("ca_file = \"{}\"\n", p.display())).unwrap_or_default();
    db.write_config(&format!("[smtp]\nurl = \"{url}\"\nfrom = \"{SENDER}\"\n{ca}"));
}

/// One scripted sign-in step at `unix`.
fn step(db: &Db, unix: i64, extra: &[&str]) -> (i32, Value, String) {
    let mut args = vec!["--json", "signin", "ana", "--password-stdin"];
    args.extend_from_slice(extra);
    let out = db.at(unix).args(&args).write_stdin(format!("{PASSWORD}\n")).output().expect("runs");
    let doc = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), doc, stderr(&out))
}

fn token(doc: &Value) -> String {
    doc["device_token"].as_str().expect("device_token").to_string()
}

/// The six-letter code in the newest delivered mail.
fn last_code(server: &SmtpServer) -> String {
    let mail = server.messages().pop().expect("a mail was delivered");
    mail.lines()
        .map(str::trim)
        .find(|l| l.len() == 6 && l.bytes().all(|b| b.is_ascii_uppercase()))
        .unwrap_or_else(|| panic!("no code in {mail}"))
        .to_string()
}

/// Passes device authorisation; returns the device token.
fn authorised_device(db: &Db, server: &SmtpServer) -> String {
    let (code, doc, _) = step(db, T0, &["--device-label", "Firefox on Linux"]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("device_code_sent")), "{doc}");
    let device = token(&doc);
    let (code, doc, _) = step(db, T0, &["--device", &device, "--code", &last_code(server)]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("code_required")), "{doc}");
    device
}

#[test]
fn new_device_is_authorised_by_mailed_code_then_mfa() {
    let (db, server) = setup();
    let device = authorised_device(&db, &server);
    let totp = oathtool(RFC_SECRET, T0);
    let (code, doc, _) = step(&db, T0, &["--device", &device, "--code", &totp]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("signed_in")));
    let devices = db.json(&["device", "list", "ana"]);
    assert_eq!(devices[0]["label"], "Firefox on Linux");
    assert_eq!(devices[0]["authorised"], true);
}

#[test]
fn revoked_device_must_be_authorised_again() {
    let (db, server) = setup();
    let device = authorised_device(&db, &server);
    let id = db.json(&["device", "list", "ana"])[0]["id"].to_string();
    db.ok(&["--yes", "device", "revoke", &id]);
    let (code, doc, _) = step(&db, T0 + 60, &["--device", &device]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("device_code_sent")), "{doc}");
}

#[test]
fn email_method_mails_a_code_that_signs_in() {
    let (db, server) = setup();
    db.ok(&["policy", "set", "--method", "email", "--device-authorisation", "off"]);
    let (code, doc, _) = step(&db, T0, &[]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("email_code_sent")), "{doc}");
    assert_eq!(doc["sent_to"], "a***@example.test");
    let typed = last_code(&server).to_lowercase();
    let (code, doc, _) = step(&db, T0 + 30, &["--device", &token(&doc), "--code", &typed]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("signed_in")));
}

#[test]
fn email_method_without_address_says_why() {
    let (db, _server) = setup();
    db.ok(&["policy", "set", "--method", "email", "--device-authorisation", "off"]);
    db.ok(&["user", "set", "ana", "--no-email"]);
    let (code, _, err) = step(&db, T0, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("the MFA method is email and they have no email address"), "{err}");
}

#[test]
fn emailed_code_dies_at_its_fifth_wrong_try() {
    let (db, server) = setup();
    db.ok(&[
        "policy",
        "set",
        "--method",
        "email",
        "--device-authorisation",
        "off",
        "--lockout-failures",
        "100",
    ]);
    let (_, doc, _) = step(&db, T0, &[]);
    let device = token(&doc);
    let right = last_code(&server);
    for _ in 0..5 {
        let (code, _, _) = step(&db, T0 + 10, &["--device", &device, "--code", "ZZZZZZ"]);
        assert_eq!(code, 3);
    }
    let mails_before = server.messages().len();
    let (code, doc, _) = step(&db, T0 + 20, &["--device", &device, "--code", &right]);
    assert_eq!(code, 0);
    assert_eq!(
        doc["status"], "email_code_sent",
        "the void code signs nobody in; a new one is mailed"
    );
    assert_eq!(server.messages().len(), mails_before + 1);
    assert_ne!(last_code(&server), right);
}

#[test]
fn mail_server_down_fails_with_exit_1_and_leaves_nothing() {
    let (db, server) = setup();
    let port = server.port();
    drop(server);
    let (code, doc, err) = step(&db, T0, &[]);
    assert_eq!(code, 1, "{doc} {err}");
    assert!(err.contains(&format!("127.0.0.1:{port}")), "{err}");
    assert_eq!(db.json(&["device", "list"]), Value::Array(vec![]));
}

#[test]
fn no_smtp_configured_says_how_to_configure_it() {
    let (db, _server) = setup();
    db.write_config("");
    let (code, _, err) = step(&db, T0, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("smtp"), "{err}");
}

#[test]
fn ten_failures_across_every_path_lock_the_user() {
    // C9: 2 wrong device codes, 3 at the sign-in's code step, 3 through
    // verify and 2 wrong emergency codes.
    let (db, server) = setup();
    let (_, doc, _) = step(&db, T0, &[]);
    let device = token(&doc);
    let device_code = last_code(&server);
    for _ in 0..2 {
        assert_eq!(step(&db, T0, &["--device", &device, "--code", "ZZZZZZ"]).0, 3);
    }
    let (_, doc, _) = step(&db, T0, &["--device", &device, "--code", &device_code]);
    assert_eq!(doc["status"], "code_required");
    for _ in 0..3 {
        assert_eq!(step(&db, T0, &["--device", &device, "--code", "000000"]).0, 3);
    }
    for _ in 0..3 {
        assert_exit(&db.verify_at(T0, "ana", "000000"), 3);
    }
    db.json_at(T0, &["emergency-code", "ana"]);
    assert_exit(&db.verify_at(T0, "ana", "ZZZZZZ"), 3);
    let out = db.verify_at(T0, "ana", "ZZZZZZ");
    assert_exit(&out, 3);
    let right = oathtool(RFC_SECRET, T0);
    let out = db.verify_at(T0, "ana", &right);
    assert_exit(&out, 3);
    assert!(stderr(&out).contains("locked until 2026-12-04T09:15:00Z"), "{}", stderr(&out));
}

#[test]
fn non_ascii_display_names_are_encoded_and_the_code_stays_in_the_body() {
    // C12.
    let (db, server) = setup();
    let (_, doc, err) = step(&db, T0, &[]);
    assert_eq!(doc["status"], "device_code_sent");
    let raw = server.messages().pop().expect("delivered");
    let code = last_code(&server);
    let parsed = parse_with_python(&raw);
    assert_eq!(parsed, "Préstamos Nube|no-reply@example.test|Ana María Núñez|ana@example.test|0");
    assert!(raw.contains("=?utf-8?"), "{raw}");
    assert!(!err.contains(&code));
    let audit = db.run(&["--json", "audit", "--limit", "1000"]);
    assert!(!String::from_utf8_lossy(&audit.stdout).contains(&code));
}

/// From and To as Python's `email` package reads them, with the defect count.
fn parse_with_python(raw: &str) -> String {
    let script = "import sys, email, email.policy\n\
        m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)\n\
        f = m['From'].addresses[0]; t = m['To'].addresses[0]\n\
        d = len(m.defects) + len(m['From'].defects) + len(m['To'].defects)\n\
        print(f'{f.display_name}|{f.addr_spec}|{t.display_name}|{t.addr_spec}|{d}')";
    let mut child = std::process::Command::new(crate::smtp::python())
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    use std::io::Write;
    child.stdin.take().expect("stdin").write_all(raw.as_bytes()).expect("writes");
    let out = child.wait_with_output().expect("python3 ends");
    String::from_utf8(out.stdout).expect("UTF-8").trim().to_string()
}

#[test]
fn starttls_with_login_delivers_and_implicit_tls_against_it_names_the_mismatch() {
    // C11, through the binary.
    let cert = TestCert::generate();
    let options = ServerOptions {
        encryption: Encryption::StartTls(&cert),
        login: Some(("mailer", "s3cret-pass")),
    };
    let server = SmtpServer::start(options);
    let (db, _plain) = setup();
    let url = format!("smtp://mailer:s3cret-pass@localhost:{}?tls=required", server.port());
    point_at(&db, &url, Some(&cert.cert_path()));
    let (code, doc, _) = step(&db, T0, &[]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("device_code_sent")), "{doc}");
    assert_eq!(server.messages().len(), 1);

    let url = format!("smtps://mailer:s3cret-pass@localhost:{}", server.port());
    point_at(&db, &url, Some(&cert.cert_path()));
    let (code, _, err) = step(&db, T0 + 60, &[]);
    assert_eq!(code, 1);
    assert!(err.to_lowercase().contains("starttls"), "{err}");
    assert!(!err.contains("s3cret-pass"), "{err}");
    assert_eq!(server.messages().len(), 1, "no second mail");
}

#[test]
fn notices_tell_the_user_without_the_code() {
    let (db, server) = setup();
    let code =
        db.json_at(T0, &["emergency-code", "ana"])["code"].as_str().expect("code").to_string();
    db.ok(&["--yes", "mfa", "reset", "ana"]);
    let mails = server.messages();
    assert_eq!(mails.len(), 2, "one notice each");
    assert!(mails[0].contains("emergency code"), "{}", mails[0]);
    assert!(mails.iter().all(|m| !m.contains(&code)));
    assert!(mails[1].contains("Your authenticator was reset"), "{}", mails[1]);
}

#[test]
fn a_notice_that_cannot_be_sent_is_a_warning() {
    let (db, server) = setup();
    drop(server);
    let out = db.at(T0).args(["emergency-code", "ana"]).output().expect("runs");
    assert_exit(&out, 0);
    assert!(stderr(&out).contains("warning: `ana` was not told by mail"), "{}", stderr(&out));
    let failed = db.json(&["audit", "--action", "notify"]);
    assert_eq!(failed[0]["outcome"], "failed");
}

#[test]
fn a_silent_mail_server_does_not_hold_the_database() {
    let (db, _server) = setup();
    // Accepts connections and never greets, as a hung mail server does.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
    let port = silent.local_addr().expect("address").port();
    let hold = std::thread::spawn(move || silent.accept().map(|(conn, _)| conn));
    point_at(&db, &format!("smtp://127.0.0.1:{port}"), None);
    let mut signin = db.process();
    signin.args(["signin", "ana", "--password-stdin"]).stdin(std::process::Stdio::piped());
    signin.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped());
    let mut child = signin.spawn().expect("spawns");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .expect("writes");
    let _conn = hold.join().expect("thread").expect("the sign-in connects");

    // While the sign-in waits on the mail server, another command writes.
    let config = format!("busy_timeout_seconds = 1\n[smtp]\nurl = \"smtp://127.0.0.1:{port}\"\nfrom = \"{SENDER}\"\n");
    db.write_config(&config);
    assert_exit(&db.run(&["user", "add", "bob"]), 0);

    let out = child.wait_with_output().expect("ends");
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(db.json(&["device", "list", "ana"]), Value::Array(vec![]), "nothing half-made");
    let failed = db.json(&["audit", "--user", "ana", "--action", "signin", "--limit", "1"]);
    assert_eq!(failed[0]["outcome"], "failed");
}

#[test]
fn passing_mfa_by_emergency_code_voids_the_mailed_code() {
    let (db, server) = setup();
    db.ok(&["policy", "set", "--method", "email", "--device-authorisation", "off"]);
    let (_, doc, _) = step(&db, T0, &[]);
    let device = token(&doc);
    let mailed = last_code(&server);
    let emergency =
        db.json_at(T0, &["emergency-code", "ana"])["code"].as_str().expect("code").to_string();
    let (code, doc, _) = step(&db, T0 + 5, &["--device", &device, "--code", &emergency]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("signed_in")));
    let (_, doc, _) = step(&db, T0 + 10, &["--device", &device, "--code", &mailed]);
    assert_ne!(doc["status"], "signed_in", "the mailed code died with the sign-in");
}

#[test]
fn revoking_all_devices_sends_one_notice() {
    let (db, server) = setup();
    db.ok(&["policy", "set", "--device-authorisation", "off"]);
    for _ in 0..3 {
        step(&db, T0, &["--device-label", "Browser"]);
    }
    let before = server.messages().len();
    db.ok(&["--yes", "device", "revoke", "--user", "ana", "--all"]);
    assert_eq!(server.messages().len(), before + 1);
}

#[test]
fn an_expired_device_code_gets_a_new_one_instead_of_a_failure() {
    let (db, server) = setup();
    let (_, doc, _) = step(&db, T0, &[]);
    let device = token(&doc);
    let stale = last_code(&server);
    let later = T0 + 6 * 60;
    let (code, doc, _) = step(&db, later, &["--device", &device, "--code", &stale]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("device_code_sent")), "{doc}");
    assert_eq!(db.json_at(later, &["mfa", "status", "ana"])[0]["failed_attempts"], 0);
}

#[test]
fn a_bypassed_subscriber_needs_no_device_authorisation() {
    let (db, _server) = setup();
    let add = ["user", "add", "robot", "--role", "api-service", "--password-stdin"];
    assert_exit(&db.run_with_stdin(&add, &format!("{PASSWORD}\n")), 0);
    db.ok(&["subscriber", "add", "batch"]);
    db.ok(&["subscriber", "bypass", "batch", "on"]);
    let out = db
        .at(T0)
        .args(["--json", "signin", "robot", "--password-stdin", "--subscriber", "batch"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .expect("runs");
    assert_exit(&out, 0);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        (doc["status"].as_str(), doc["mfa"].as_str()),
        (Some("signed_in"), Some("bypassed"))
    );
}
