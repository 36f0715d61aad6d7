//! Sign-in through the binary, one scripted step per call, without mail:
//! device authorisation is off here (see `mail_signin` for the mailed codes).

use serde_json::Value;

use crate::support::{assert_exit, oathtool, stderr, Db, RFC_SECRET};

/// 2026-12-04T09:00:00Z.
const T0: i64 = 1_796_374_800;
const PASSWORD: &str = "correct horse battery";

/// A database with MFA on, device authorisation off and one user `ana`
/// enrolled with the RFC 6238 key and confirmed.
fn mfa_db() -> Db {
    let db = Db::new();
    db.ok(&["policy", "set", "--enabled", "on", "--device-authorisation", "off"]);
    add_user_with_password(&db, "ana", "officer");
    db.enroll_secret("ana", RFC_SECRET);
    let code = oathtool(RFC_SECRET, T0 - 300);
    assert_exit(&db.verify_at(T0 - 300, "ana", &code), 0);
    db
}

fn add_user_with_password(db: &Db, user: &str, role: &str) {
    let email = format!("{user}@example.test");
    let args = ["user", "add", user, "--role", role, "--email", &email, "--password-stdin"];
    assert_exit(&db.run_with_stdin(&args, &format!("{PASSWORD}\n")), 0);
}

/// One scripted sign-in step at `unix`; returns exit code and JSON.
fn step(db: &Db, unix: i64, user: &str, password: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["--json", "signin", user, "--password-stdin"];
    args.extend_from_slice(extra);
    let out = db.at(unix).args(&args).write_stdin(format!("{password}\n")).output().expect("runs");
    let doc = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), doc)
}

fn token(doc: &Value) -> String {
    doc["device_token"].as_str().expect("device_token").to_string()
}

/// Signs in with the authenticator at `unix`, remembering the device.
fn sign_in_remembered(db: &Db, unix: i64) -> String {
    let (code, first) = step(db, unix, "ana", PASSWORD, &[]);
    assert_eq!((code, first["status"].as_str()), (0, Some("code_required")));
    let device = token(&first);
    let totp = oathtool(RFC_SECRET, unix);
    let (code, done) =
        step(db, unix, "ana", PASSWORD, &["--device", &device, "--code", &totp, "--remember"]);
    assert_eq!((code, done["status"].as_str()), (0, Some("signed_in")), "{done}");
    device
}

#[test]
fn wrong_password_unknown_user_and_disabled_user_get_one_answer() {
    let db = mfa_db();
    add_user_with_password(&db, "bob", "officer");
    db.ok(&["user", "set", "bob", "--enabled", "off"]);
    let mut answers = Vec::new();
    for (user, password) in [("ana", "not it"), ("nobody", PASSWORD), ("bob", PASSWORD)] {
        let out = db
            .at(T0)
            .args(["signin", user, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .output()
            .expect("runs");
        assert_exit(&out, 3);
        answers.push(stderr(&out));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0], answers[2]);
    assert!(answers[0].contains("the user id or password is wrong"), "{}", answers[0]);
}

#[test]
fn first_sign_in_without_authenticator_enrols_and_confirms() {
    let db = Db::new();
    db.ok(&["policy", "set", "--enabled", "on", "--device-authorisation", "off"]);
    add_user_with_password(&db, "cat", "officer");
    let (code, doc) = step(&db, T0, "cat", PASSWORD, &[]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("enrolment_required")));
    let uri = doc["otpauth_uri"].as_str().expect("otpauth_uri");
    let secret = uri.split("secret=").nth(1).and_then(|s| s.split('&').next()).expect("secret");
    let (code, done) = step(
        &db,
        T0,
        "cat",
        PASSWORD,
        &["--device", &token(&doc), "--code", &oathtool(secret, T0)],
    );
    assert_eq!((code, done["status"].as_str()), (0, Some("signed_in")));
    assert_eq!(db.json(&["mfa", "status", "cat"])[0]["mfa"], "confirmed");
}

#[test]
fn remembered_until_stays_fixed_and_ends_on_time() {
    // C8: remember days 30, MFA passed with remember at 2026-12-04T09:00:00Z.
    let db = mfa_db();
    db.ok(&["policy", "set", "--remember-days", "30"]);
    let device = sign_in_remembered(&db, T0);
    let days30 = 30 * 86_400;
    for at in [T0 + 60, T0 + 86_400, T0 + days30 - 1] {
        let (code, doc) = step(&db, at, "ana", PASSWORD, &["--device", &device]);
        assert_eq!(code, 0);
        assert_eq!(doc["status"], "signed_in", "at {at}");
        assert_eq!(doc["mfa"], "remembered");
        assert_eq!(doc["remembered_until"], "2027-01-03T09:00:00Z");
    }
    let (code, doc) = step(&db, T0 + days30 + 1, "ana", PASSWORD, &["--device", &device]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("code_required")));
}

#[test]
fn remember_days_zero_remembers_nothing() {
    let db = mfa_db();
    let device = sign_in_remembered(&db, T0);
    let (_, doc) = step(&db, T0 + 60, "ana", PASSWORD, &["--device", &device]);
    assert_eq!(doc["status"], "code_required");
    let devices = db.json(&["device", "list", "ana"]);
    assert!(devices.as_array().expect("array").iter().all(|d| d["remembered_until"].is_null()));
}

#[test]
fn password_change_ends_remembered_mfa() {
    let db = mfa_db();
    db.ok(&["policy", "set", "--remember-days", "30"]);
    let device = sign_in_remembered(&db, T0);
    let new_password = "a brand new passphrase";
    assert_exit(
        &db.run_with_stdin(
            &["user", "passwd", "ana", "--password-stdin"],
            &format!("{new_password}\n"),
        ),
        0,
    );
    let (code, doc) = step(&db, T0 + 60, "ana", new_password, &["--device", &device]);
    assert_eq!((code, doc["status"].as_str()), (0, Some("code_required")));
}

#[test]
fn emergency_code_is_accepted_at_the_mfa_step() {
    let db = mfa_db();
    let emergency =
        db.json_at(T0, &["emergency-code", "ana"])["code"].as_str().expect("code").to_lowercase();
    let (_, first) = step(&db, T0, "ana", PASSWORD, &[]);
    let (code, done) =
        step(&db, T0 + 10, "ana", PASSWORD, &["--device", &token(&first), "--code", &emergency]);
    assert_eq!((code, done["status"].as_str()), (0, Some("signed_in")));
    let (code, _) =
        step(&db, T0 + 20, "ana", PASSWORD, &["--device", &token(&first), "--code", &emergency]);
    assert_eq!(code, 3, "an emergency code works once");
}

#[test]
fn a_code_used_by_verify_is_refused_at_sign_in() {
    // C6: the same step cannot be used through the other path.
    let db = mfa_db();
    let totp = oathtool(RFC_SECRET, T0);
    assert_exit(&db.verify_at(T0, "ana", &totp), 0);
    let (_, first) = step(&db, T0, "ana", PASSWORD, &[]);
    let (code, doc) =
        step(&db, T0 + 5, "ana", PASSWORD, &["--device", &token(&first), "--code", &totp]);
    assert_eq!((code, doc["status"].as_str()), (3, Some("rejected")));
}

#[test]
fn exempt_role_and_bypassed_subscriber_skip_mfa() {
    let db = mfa_db();
    add_user_with_password(&db, "svc", "api-service");
    db.ok(&["policy", "exempt", "add", "api-service"]);
    let (_, doc) = step(&db, T0, "svc", PASSWORD, &[]);
    assert_eq!((doc["status"].as_str(), doc["mfa"].as_str()), (Some("signed_in"), Some("exempt")));

    db.ok(&["subscriber", "add", "loan-portal"]);
    db.ok(&["subscriber", "bypass", "loan-portal", "on"]);
    let (_, doc) = step(&db, T0, "ana", PASSWORD, &["--subscriber", "loan-portal"]);
    assert_eq!(
        (doc["status"].as_str(), doc["mfa"].as_str()),
        (Some("signed_in"), Some("bypassed"))
    );
    let (_, doc) = step(&db, T0, "ana", PASSWORD, &[]);
    assert_eq!(doc["status"], "code_required", "the cloud subscriber still asks");
}

#[test]
fn forced_bypass_on_the_cloud_subscriber_fails_sign_in_with_the_fix() {
    let db = mfa_db();
    db.ok(&["subscriber", "bypass", "cloud", "on", "--force"]);
    let out = db
        .at(T0)
        .args(["signin", "ana", "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .expect("runs");
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(err.contains("configuration error"), "{err}");
    assert!(err.contains("mfactl subscriber bypass cloud off"), "{err}");
}

#[test]
fn wrong_codes_at_sign_in_count_towards_the_lock() {
    let db = mfa_db();
    let (_, first) = step(&db, T0, "ana", PASSWORD, &[]);
    let device = token(&first);
    for _ in 0..10 {
        let (code, _) = step(&db, T0, "ana", PASSWORD, &["--device", &device, "--code", "000000"]);
        assert_eq!(code, 3);
    }
    let right = oathtool(RFC_SECRET, T0);
    let out = db
        .at(T0)
        .args(["signin", "ana", "--password-stdin", "--device", &device, "--code", &right])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .expect("runs");
    assert_exit(&out, 3);
    let status = db.json_at(T0, &["mfa", "status", "ana"]);
    assert_eq!(status[0]["locked_until"], "2026-12-04T09:15:00Z");
    assert_exit(&db.at(T0).args(["verify", "ana", &right]).output().expect("runs"), 3);
}

#[test]
fn signin_without_terminal_or_password_stdin_is_a_usage_error() {
    let db = mfa_db();
    let out = db.run(&["signin", "ana"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("--password-stdin"));
}

#[test]
fn typos_at_sign_in_cost_no_try() {
    let db = mfa_db();
    let (_, first) = step(&db, T0, "ana", PASSWORD, &[]);
    for typo in ["12345", "ABC DEF GH", "☃"] {
        let (code, _) =
            step(&db, T0, "ana", PASSWORD, &["--device", &token(&first), "--code", typo]);
        assert_eq!(code, 2, "{typo}");
    }
    assert_eq!(db.json(&["mfa", "status", "ana"])[0]["failed_attempts"], 0);
}

#[test]
fn odd_or_foreign_device_tokens_are_refused_and_counted() {
    let db = mfa_db();
    let (_, first) = step(&db, T0, "ana", PASSWORD, &[]);
    let device = token(&first);
    let (id, secret) = device.split_once('.').expect("id.secret");
    for odd in [format!("0{id}.{secret}"), format!("+{id}.{secret}"), format!("{id}.x{secret}")] {
        let (code, doc) = step(&db, T0, "ana", PASSWORD, &["--device", &odd]);
        assert_eq!((code, doc["status"].as_str()), (3, Some("rejected")), "{odd}");
    }
    assert_eq!(db.json(&["mfa", "status", "ana"])[0]["failed_attempts"], 3);
    let refused = db.json(&["audit", "--action", "signin.device", "--limit", "1"]);
    assert_eq!(refused[0]["outcome"], "rejected");
}

#[test]
fn every_step_and_user_change_is_in_the_audit_log() {
    let db = mfa_db();
    step(&db, T0, "ana", PASSWORD, &[]);
    let last = db.json(&["audit", "--user", "ana", "--limit", "1"]);
    assert_eq!(
        (last[0]["action"].as_str(), last[0]["outcome"].as_str()),
        (Some("signin"), Some("code_required"))
    );
    db.ok(&["user", "set", "ana", "--role", "auditor", "--enabled", "off"]);
    let set = db.json(&["audit", "--action", "user.set", "--limit", "1"]);
    assert_eq!(set[0]["detail"], "role=auditor, enabled=false");
}
