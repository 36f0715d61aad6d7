//! `policy show|set|exempt`: the defaults, each range's boundaries, refusals
//! that change nothing, and warnings about risky values.

use crate::support::{assert_exit, stderr, Db};

/// Runs `policy set ARGS`, asserts exit 0 and returns the output.
fn set(db: &Db, args: &[&str]) -> std::process::Output {
    let mut all = vec!["policy", "set"];
    all.extend_from_slice(args);
    let out = db.run(&all);
    assert_exit(&out, 0);
    out
}

/// Asserts `policy set ARGS` is refused as a usage error and changes nothing.
fn assert_refused(args: &[&str]) {
    let db = Db::new();
    let before = db.snapshot();
    let mut all = vec!["policy", "set"];
    all.extend_from_slice(args);

    assert_exit(&db.run(&all), 2);

    assert!(db.snapshot() == before, "{args:?} changed something");
}

/// `--json policy show`, one setting of it.
fn setting(db: &Db, key: &str) -> serde_json::Value {
    db.json(&["policy", "show"])[key].clone()
}

#[test]
fn show_has_every_setting() {
    let db = Db::new();

    let text = db.ok(&["policy", "show"]);

    for label in ["enabled", "method", "remember days", "exempt roles", "cloud subscriber"] {
        assert!(text.contains(label), "{label} missing:\n{text}");
    }
}

#[test]
fn json_show_has_the_defaults() {
    let db = Db::new();

    let policy = db.json(&["policy", "show"]);

    assert_eq!(policy["enabled"], false);
    assert_eq!(policy["method"], "app");
    assert_eq!(policy["remember_days"], 0);
    assert_eq!(policy["exempt_roles"], serde_json::json!([]));
    assert_eq!(policy["cloud_subscriber"], "cloud");
    assert_eq!(policy["email_code_minutes"], 5);
    assert_eq!(policy["emergency_code_minutes"], 2);
    assert_eq!(policy["admin_local_only"], true);
    assert_eq!(policy["issuer"], "Example");
}

#[test]
fn remember_days_boundaries_are_accepted() {
    let db = Db::new();
    for days in [365, 0] {
        set(&db, &["--remember-days", &days.to_string()]);
        assert_eq!(setting(&db, "remember_days"), days);
    }
}

#[test]
fn remember_days_366_is_refused() {
    assert_refused(&["--remember-days", "366"]);
}

#[test]
fn email_code_minutes_boundaries_are_accepted() {
    let db = Db::new();
    for minutes in [1, 60] {
        set(&db, &["--email-code-minutes", &minutes.to_string()]);
        assert_eq!(setting(&db, "email_code_minutes"), minutes);
    }
}

#[test]
fn email_code_minutes_out_of_range_are_refused() {
    assert_refused(&["--email-code-minutes", "0"]);
    assert_refused(&["--email-code-minutes", "61"]);
}

#[test]
fn emergency_code_minutes_boundaries_are_accepted() {
    let db = Db::new();
    for minutes in [1, 60] {
        set(&db, &["--emergency-code-minutes", &minutes.to_string()]);
        assert_eq!(setting(&db, "emergency_code_minutes"), minutes);
    }
}

#[test]
fn emergency_code_minutes_out_of_range_are_refused() {
    assert_refused(&["--emergency-code-minutes", "0"]);
    assert_refused(&["--emergency-code-minutes", "61"]);
}

#[test]
fn a_refused_call_keeps_its_valid_flags_too() {
    assert_refused(&["--method", "email", "--enabled", "on", "--remember-days", "366"]);
    assert_refused(&["--emergency-code-minutes", "61", "--email-code-minutes", "10"]);
}

#[test]
fn admin_local_only_off_warns() {
    let db = Db::new();

    let out = set(&db, &["--admin-local-only", "off"]);

    assert!(stderr(&out).contains("warning:"), "{}", stderr(&out));
    assert_eq!(setting(&db, "admin_local_only"), false);
}

#[test]
fn enabling_mfa_does_not_warn() {
    let db = Db::new();

    let out = set(&db, &["--enabled", "on"]);

    assert!(!stderr(&out).contains("warning:"), "{}", stderr(&out));
}

#[test]
fn turning_mfa_off_warns() {
    let db = Db::new();
    set(&db, &["--enabled", "on"]);

    let out = set(&db, &["--enabled", "off"]);

    assert!(stderr(&out).contains("warning:"), "{}", stderr(&out));
    assert_eq!(setting(&db, "enabled"), false);
}

#[test]
fn exempt_add_list_and_remove() {
    let db = Db::new();
    db.add_user("ivo", "api-service");

    db.ok(&["policy", "exempt", "add", "api-service", "auditor"]);
    assert_eq!(
        db.json(&["policy", "exempt", "list"]),
        serde_json::json!(["api-service", "auditor"])
    );
    assert_eq!(db.json(&["user", "show", "ivo"])["exempt"], true);

    db.ok(&["policy", "exempt", "remove", "api-service"]);
    assert_eq!(db.json(&["policy", "exempt", "list"]), serde_json::json!(["auditor"]));
    assert_eq!(db.json(&["user", "show", "ivo"])["exempt"], false);
    assert_eq!(setting(&db, "exempt_roles"), serde_json::json!(["auditor"]));
}

#[test]
fn exempt_remove_of_a_role_not_exempt_fails_and_changes_nothing() {
    let db = Db::new();
    db.ok(&["policy", "exempt", "add", "auditor"]);

    assert!(!db.run(&["policy", "exempt", "remove", "auditor", "broker"]).status.success());

    assert_eq!(db.json(&["policy", "exempt", "list"]), serde_json::json!(["auditor"]));
}
