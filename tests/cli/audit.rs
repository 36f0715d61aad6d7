//! The audit log answers who did what to whom, and never holds a secret;
//! files stay owner-only and `-v` logging shows nothing secret.

use std::os::unix::fs::PermissionsExt;

use crate::support::{assert_exit, oathtool, stderr, Db, RFC_SECRET};

/// Tuesday 2026-12-01T10:00:00Z.
const TUESDAY: i64 = 1_796_119_200;
const DAY: i64 = 86_400;

#[test]
fn who_reset_the_user_and_who_gave_them_an_emergency_code() {
    let db = Db::new();
    db.add_user("ana", "officer");
    db.enroll_secret("ana", RFC_SECRET);
    db.at(TUESDAY)
        .args(["--actor", "helpdesk-bob", "--yes", "mfa", "reset", "ana"])
        .assert()
        .success();
    db.at(TUESDAY + 60)
        .args(["--actor", "helpdesk-eve", "emergency-code", "ana"])
        .assert()
        .success();
    db.at(TUESDAY + 120).args(["--actor", "carol", "user", "add", "zed"]).assert().success();

    let out = db
        .at(TUESDAY + 3 * DAY)
        .args(["--json", "audit", "--user", "ana", "--since", "7d"])
        .output()
        .expect("runs");
    assert_exit(&out, 0);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rows = rows.as_array().expect("array");
    let summary: Vec<(&str, &str, &str)> = rows
        .iter()
        .filter(|r| r["action"] != "notify")
        .take(2)
        .map(|r| {
            (
                r["actor"].as_str().unwrap_or(""),
                r["action"].as_str().unwrap_or(""),
                r["at"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("helpdesk-eve", "emergency-code", "2026-12-01T10:01:00Z"),
            ("helpdesk-bob", "mfa.reset", "2026-12-01T10:00:00Z"),
        ]
    );
    assert!(rows.iter().all(|r| r["target"] == "ana"), "only ana's entries");
}

#[test]
fn since_action_and_limit_filter_newest_first() {
    let db = Db::new();
    for (i, user) in ["a1", "a2", "a3"].iter().enumerate() {
        db.at(TUESDAY + i as i64 * DAY).args(["user", "add", user]).assert().success();
    }
    let recent = db
        .at(TUESDAY + 2 * DAY + 10)
        .args(["--json", "audit", "--action", "user", "--since", "36h"])
        .output()
        .expect("runs");
    let rows: serde_json::Value = serde_json::from_slice(&recent.stdout).expect("JSON");
    let targets: Vec<&str> =
        rows.as_array().expect("array").iter().filter_map(|r| r["target"].as_str()).collect();
    assert_eq!(targets, ["a3", "a2"]);
    let one = db.json(&["audit", "--limit", "1"]);
    assert_eq!(one.as_array().map(Vec::len), Some(1));
    assert_eq!(one[0]["target"], "a3");
    let bad = db.run(&["audit", "--since", "yesterday"]);
    assert_exit(&bad, 2);
}

#[test]
fn no_secret_reaches_the_audit_log_or_verbose_logging() {
    let db = Db::new();
    db.add_user("ana", "officer");
    let enrol = db.cmd().args(["-vv", "--json", "mfa", "enroll", "ana"]).output().expect("runs");
    let doc: serde_json::Value = serde_json::from_slice(&enrol.stdout).expect("JSON");
    let secret = doc["secret"].as_str().expect("secret").to_string();
    let emergency =
        db.cmd().args(["-vv", "--json", "emergency-code", "ana"]).output().expect("runs");
    let code = serde_json::from_slice::<serde_json::Value>(&emergency.stdout).expect("JSON")
        ["code"]
        .as_str()
        .expect("code")
        .to_string();
    let now = 1_800_000_000;
    let totp = oathtool(&secret, now);
    let verify = db.at(now).args(["-vv", "verify", "ana", &totp]).output().expect("runs");
    let wrong = db.at(now).args(["-vv", "verify", "ana", "ZZZZZZ"]).output().expect("runs");
    let audit =
        String::from_utf8(db.run(&["--json", "audit", "--limit", "1000"]).stdout).expect("UTF-8");
    for logged in [stderr(&enrol), stderr(&emergency), stderr(&verify), stderr(&wrong), audit] {
        assert!(!logged.contains(&secret), "{logged}");
        assert!(!logged.contains(&code), "{logged}");
        assert!(!logged.contains(&totp), "{logged}");
        assert!(!logged.contains("ZZZZZZ"), "{logged}");
    }
    assert!(stderr(&verify).contains("INFO"), "-vv logs something: {}", stderr(&verify));
}

#[test]
fn database_wal_and_key_files_stay_owner_only() {
    let db = Db::new();
    // SQLite removes the WAL when its last connection closes; hold one open so
    // the -wal and -shm files the commands wrote can be checked.
    let holder = rusqlite::Connection::open(&db.path).expect("opens");
    holder.query_row("SELECT count(*) FROM users", [], |_| Ok(())).expect("reads");
    db.add_user("ana", "officer");
    db.enroll("ana");
    db.ok(&["--yes", "key", "rotate"]);
    let dir = db.dir().to_path_buf();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("dir") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if name.starts_with("mfactl.db") {
            let mode = std::fs::metadata(&path).expect("metadata").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{name}");
            checked += 1;
        }
    }
    assert_eq!(checked, 4, "database, -wal, -shm and the key file");
    drop(holder);
}
