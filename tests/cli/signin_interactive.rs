//! The help-desk sign-in conversation, driven on a pseudo-terminal.

use rexpect::process::wait::WaitStatus;
use rexpect::session::{spawn_with_options, Options};

use crate::support::{assert_exit, oathtool, Db, RFC_SECRET};

/// 2026-12-04T09:00:00Z.
const T0: i64 = 1_796_374_800;
const PASSWORD: &str = "correct horse battery";

fn db_with_ana(remember_days: &str) -> Db {
    let db = Db::new();
    db.ok(&["policy", "set", "--enabled", "on", "--device-authorisation", "off"]);
    db.ok(&["policy", "set", "--remember-days", remember_days]);
    let args = ["user", "add", "ana", "--email", "ana@example.test", "--password-stdin"];
    assert_exit(&db.run_with_stdin(&args, &format!("{PASSWORD}\n")), 0);
    db
}

fn spawn(db: &Db, args: &[&str]) -> rexpect::session::PtySession {
    let mut command = db.process();
    command.env("MFACTL_NOW", T0.to_string()).env("TERM", "xterm").args(args);
    let options = Options { timeout_ms: Some(20_000), strip_ansi_escape_codes: true };
    spawn_with_options(command, options).expect("spawn on a pseudo-terminal")
}

#[test]
fn conversation_enrols_a_new_user_and_remembers_the_device() {
    let db = db_with_ana("30");
    let mut session = spawn(&db, &["signin", "ana"]);
    session.exp_string("Password").expect("asks the password");
    session.send_line(PASSWORD).expect("types");
    let shown = session.exp_string("Code from the authenticator app").expect("asks for a code");
    // rexpect hands back each byte as a char, so count the QR code's lines
    // rather than look for its block characters.
    assert!(shown.contains("Scan the QR code"), "{shown}");
    assert!(shown.lines().count() > 20, "prints the QR code: {shown}");
    let grouped =
        shown.split("or type ").nth(1).and_then(|s| s.split(')').next()).expect("secret shown");
    let secret: String = grouped.split_whitespace().collect();
    session.send_line(&oathtool(&secret, T0)).expect("types the code");
    session.exp_string("Remember this device for 30 days? [y/N]").expect("offers to remember");
    session.send("y").expect("answers");
    session.flush().expect("flush");
    session.exp_string("signed in (MFA: passed)").expect("signs in");
    session
        .exp_string("MFA remembered on this device until 2027-01-03T09:00:00Z")
        .expect("remembered");
    session.exp_string("device token: ").expect("prints the token");
    session.exp_eof().expect("ends");
    assert_eq!(db.json(&["mfa", "status", "ana"])[0]["mfa"], "confirmed");
}

#[test]
fn conversation_retries_a_wrong_code_and_never_offers_remember_at_zero_days() {
    let db = db_with_ana("0");
    db.enroll_secret("ana", RFC_SECRET);
    assert_exit(&db.verify_at(T0 - 120, "ana", &oathtool(RFC_SECRET, T0 - 120)), 0);
    let mut session = spawn(&db, &["signin", "ana"]);
    session.exp_string("Password").expect("asks the password");
    session.send_line(PASSWORD).expect("types");
    session.exp_string("Code from the authenticator app").expect("asks for a code");
    session.send_line("000000").expect("types a wrong code");
    session.exp_string("Try the code again").expect("asks again");
    session.send_line(&oathtool(RFC_SECRET, T0)).expect("types the right code");
    let rest = session.exp_eof().expect("ends");
    assert!(rest.contains("signed in (MFA: passed)"), "{rest}");
    assert!(!rest.contains("Remember"), "nothing offers remembering: {rest}");
}

#[test]
fn wrong_password_ends_the_conversation_with_exit_3() {
    let db = db_with_ana("0");
    let mut session = spawn(&db, &["signin", "ana"]);
    session.exp_string("Password").expect("asks the password");
    session.send_line("not the password").expect("types");
    session.exp_string("the user id or password is wrong").expect("refuses");
    session.exp_eof().expect("ends");
    let status = session.process.wait().expect("exit status");
    assert!(matches!(status, WaitStatus::Exited(_, 3)), "{status:?}");
}
