//! `doctor`: configuration errors (exit 1) and risks (exit 0).

use std::time::Duration;

use serde_json::Value;

use mfactl::clock::Clock;
use mfactl::config::Settings;
use mfactl::doctor::{ClockSync, Severity};
use mfactl::mail::SmtpConfig;

use crate::support::{assert_exit, Db};

/// The `check` names doctor reports, as `--json` gives them.
fn checks(db: &Db) -> (i32, Vec<String>) {
    let out = db.run(&["--json", "doctor"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON array");
    let names = doc
        .as_array()
        .expect("array")
        .iter()
        .map(|f| f["check"].as_str().unwrap_or("").to_string())
        .collect();
    (out.status.code().unwrap_or(-1), names)
}

fn with_smtp(db: &Db) {
    db.write_config(
        "[smtp]\nurl = \"smtp://127.0.0.1:2525\"\nfrom = \"Example <no-reply@example.test>\"\n",
    );
}

#[test]
fn device_authorisation_without_smtp_is_an_error() {
    let db = Db::new();
    let (code, names) = checks(&db);
    assert_eq!(code, 1);
    assert!(names.contains(&"smtp".to_string()), "{names:?}");
    assert!(names.contains(&"mfa_off".to_string()), "{names:?}");
}

#[test]
fn a_sound_configuration_has_no_errors() {
    let db = Db::new();
    with_smtp(&db);
    db.ok(&["policy", "set", "--enabled", "on"]);
    let (code, names) = checks(&db);
    assert_eq!(code, 0, "{names:?}");
    assert!(!names.contains(&"mfa_off".to_string()));
}

#[test]
fn bypassed_cloud_subscriber_is_an_error_with_its_fix() {
    let db = Db::new();
    with_smtp(&db);
    db.ok(&["policy", "set", "--enabled", "on"]);
    db.ok(&["subscriber", "bypass", "cloud", "on", "--force"]);
    let out = db.run(&["doctor"]);
    assert_exit(&out, 1);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("cloud_subscriber_bypassed"), "{table}");
    assert!(table.contains("mfactl subscriber bypass cloud off"), "{table}");
}

#[test]
fn risky_settings_are_warnings() {
    let db = Db::new();
    with_smtp(&db);
    db.ok(&["user", "add", "root", "--role", "admin"]);
    db.ok(&["policy", "set", "--enabled", "on", "--method", "email", "--admin-local-only", "off"]);
    db.ok(&["policy", "exempt", "add", "admin"]);
    let (code, names) = checks(&db);
    assert_eq!(code, 0, "warnings only: {names:?}");
    for check in ["email_method", "admin_not_local", "admins_exempt", "users_without_email"] {
        assert!(names.contains(&check.to_string()), "{check} in {names:?}");
    }
}

#[test]
fn an_unsynchronised_clock_is_reported() {
    let db = Db::new();
    let settings = Settings {
        db: db.path.clone(),
        key_file: db.key_file(),
        clock: Clock::System,
        actor: "tester".into(),
        smtp: SmtpConfig::default(),
        busy_timeout: Duration::from_secs(5),
    };
    let ctx = mfactl::Context::open(settings).expect("opens");
    let found = ctx.doctor(ClockSync::Unsynchronised).expect("doctor");
    let clock = found.iter().find(|f| f.check == "clock_not_synchronised").expect("reported");
    assert_eq!(clock.severity, Severity::Warning);
    let found = ctx.doctor(ClockSync::Synchronised).expect("doctor");
    assert!(found.iter().all(|f| f.check != "clock_not_synchronised"));
}

#[test]
fn a_plain_text_smtp_login_is_a_warning() {
    let db = Db::new();
    db.write_config(
        "[smtp]\nurl = \"smtp://mailer:secret@127.0.0.1:2525\"\nfrom = \"x@example.test\"\n",
    );
    let (_, names) = checks(&db);
    assert!(names.contains(&"smtp_plain_login".to_string()), "{names:?}");
    let out = db.run(&["doctor"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("secret"));
}
