//! The key file: `key status`, rotation that keeps every authenticator and code
//! working (also when interrupted), and clear errors for a wrong or missing key.

use std::path::Path;
use std::time::Duration;

use serde_json::{json, Value};

use mfactl::clock::Clock;
use mfactl::config::Settings;
use mfactl::keys::CrashPoint;
use mfactl::Context;

use crate::support::{assert_exit, assert_stderr_has, mode, oathtool, Db, RFC_SECRET};

/// Unix 1111111109, step 37037036: the RFC key's code is 081804.
const T1: i64 = 1_111_111_109;

/// Unix 1111111140, step 37037038: the RFC key's code is 266759.
const T2: i64 = 1_111_111_140;

/// Unix 1234567890, step 41152263: the RFC key's code is 005924.
const T3: i64 = 1_234_567_890;

/// `--json key status`.
fn key_status(db: &Db) -> Value {
    db.json(&["key", "status"])
}

/// The key id the database expects, from `key status`.
fn expected_key_id(db: &Db) -> String {
    key_status(db)["expected_key_id"].as_str().expect("expected_key_id").to_string()
}

/// The key file's bytes.
fn key_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A user `ana` enrolled with the RFC key and confirmed at `T1` with 081804.
fn db_with_enrolled_ana() -> Db {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    db.enroll_secret("ana", RFC_SECRET);
    assert_eq!(oathtool(RFC_SECRET, T1), "081804");
    assert_exit(&db.verify_at(T1, "ana", "081804"), 0);
    db
}

/// Rotates the key through the binary and returns the new key id it reports.
fn rotate(db: &Db) -> String {
    let doc = db.json_at(T1, &["key", "rotate", "--yes"]);
    doc["key_id"].as_str().expect("key_id").to_string()
}

/// Library settings for this database with the clock fixed at `unix`.
fn settings(db: &Db, unix: i64) -> Settings {
    Settings {
        db: db.path.clone(),
        key_file: db.key_file(),
        clock: Clock::Fixed(unix),
        actor: "tester".to_string(),
        smtp: Default::default(),
        busy_timeout: Duration::from_secs(10),
    }
}

/// Rotates the key through the library, stopping dead at `crash`; returns the
/// key id the rotation made.
fn rotate_crashing(db: &Db, crash: CrashPoint) -> String {
    let ctx = Context::open(settings(db, T1)).expect("the library opens the database");
    ctx.rotate_key_crashing(Some(crash)).expect("rotation runs up to the crash")
}

#[test]
fn key_status_says_the_key_matches() {
    let db = Db::new();

    let status = key_status(&db);

    assert_eq!(status["matches"], json!(true));
    assert_eq!(status["expected_key_id"], status["file_key_id"]);
    assert!(status["expected_key_id"].as_str().is_some_and(|id| !id.is_empty()));
    assert_eq!(status["key_file"], json!(db.key_file().display().to_string()));
    let text = db.ok(&["key", "status"]);
    assert!(text.lines().any(|l| l.contains("matches") && l.contains("yes")), "{text}");
}

#[test]
fn rotate_without_yes_and_no_terminal_changes_nothing() {
    let db = db_with_enrolled_ana();
    let bytes = key_bytes(&db.key_file());
    let id = expected_key_id(&db);

    let out = db.run(&["key", "rotate"]);

    assert_exit(&out, 2);
    assert_stderr_has(&out, "--yes");
    assert_eq!(key_bytes(&db.key_file()), bytes);
    assert_eq!(expected_key_id(&db), id);
}

#[test]
fn rotate_replaces_the_key_file_owner_only() {
    let db = db_with_enrolled_ana();
    let bytes = key_bytes(&db.key_file());
    let old_id = expected_key_id(&db);

    let new_id = rotate(&db);

    assert_ne!(key_bytes(&db.key_file()), bytes);
    assert_eq!(mode(&db.key_file()), 0o600);
    assert_ne!(new_id, old_id);
    let status = key_status(&db);
    assert_eq!(status["expected_key_id"], json!(new_id));
    assert_eq!(status["file_key_id"], json!(new_id));
    assert_eq!(status["matches"], json!(true));
}

#[test]
fn rotate_keeps_the_authenticator_working() {
    let db = db_with_enrolled_ana();

    rotate(&db);

    let code = oathtool(RFC_SECRET, T2);
    assert_eq!(code, "266759");
    assert_exit(&db.verify_at(T2, "ana", &code), 0);
}

#[test]
fn rotate_keeps_a_pending_emergency_code() {
    let db = db_with_enrolled_ana();
    let issued = db.json_at(T1, &["emergency-code", "ana"]);
    let code = issued["code"].as_str().expect("code").to_string();

    rotate(&db);

    assert_exit(&db.verify_at(T1 + 30, "ana", &code), 0);
}

#[test]
fn another_databases_key_is_a_clear_error() {
    let db = db_with_enrolled_ana();
    let other = Db::new();
    let other_key = other.key_file().display().to_string();

    let mut cmd = db.at(T2);
    cmd.env("MFACTL_KEY_FILE", &other_key).args(["verify", "ana", "266759"]);
    let out = cmd.output().expect("mfactl runs");

    assert_exit(&out, 1);
    assert_stderr_has(&out, &format!("error: the key file {other_key}"));
}

#[test]
fn a_missing_key_file_is_a_clear_error() {
    let db = db_with_enrolled_ana();
    std::fs::remove_file(db.key_file()).expect("delete the key file");

    let out = db.verify_at(T2, "ana", "266759");

    assert_exit(&out, 1);
    assert_stderr_has(&out, &db.key_file().display().to_string());
}

#[test]
fn a_rotation_killed_before_its_commit_leaves_the_old_key_working() {
    let db = db_with_enrolled_ana();
    let old_id = expected_key_id(&db);

    rotate_crashing(&db, CrashPoint::BeforeCommit);

    assert_eq!(oathtool(RFC_SECRET, T3), "005924");
    assert_exit(&db.verify_at(T3, "ana", "005924"), 0);
    let status = key_status(&db);
    assert_eq!(status["expected_key_id"], json!(old_id));
    assert_eq!(status["matches"], json!(true));
}

#[test]
fn a_rotation_killed_after_its_commit_is_finished_by_the_next_command() {
    let db = db_with_enrolled_ana();
    let old_id = expected_key_id(&db);

    let new_id = rotate_crashing(&db, CrashPoint::AfterCommit);

    assert_ne!(new_id, old_id);
    assert_exit(&db.verify_at(T3, "ana", "005924"), 0);
    let status = key_status(&db);
    assert_eq!(status["expected_key_id"], json!(new_id));
    assert_eq!(status["file_key_id"], json!(new_id));
    assert_eq!(status["matches"], json!(true));
    assert_eq!(mode(&db.key_file()), 0o600);
}

#[test]
fn a_rotation_killed_after_its_commit_keeps_an_emergency_code() {
    let db = db_with_enrolled_ana();
    let issued = db.json_at(T1, &["emergency-code", "ana"]);
    let code = issued["code"].as_str().expect("code").to_string();

    rotate_crashing(&db, CrashPoint::AfterCommit);

    assert_exit(&db.verify_at(T1 + 30, "ana", &code), 0);
}
