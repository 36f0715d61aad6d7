//! Web subscribers through the binary: add, list, remove, MFA bypass, and the
//! cloud subscriber that must never be bypassed without `--force`.

use serde_json::{json, Value};

use crate::support::{assert_exit, assert_stderr_has, stderr, Db};

/// `--json subscriber list` as it is printed.
fn subscribers(db: &Db) -> Value {
    db.json(&["subscriber", "list"])
}

/// The subscriber names `subscriber list` shows, with their bypass and cloud flags.
fn flags(db: &Db) -> Vec<(String, bool, bool)> {
    let list = subscribers(db);
    let list = list.as_array().expect("subscriber list is a JSON array");
    list.iter()
        .map(|s| {
            let name = s["name"].as_str().expect("name").to_string();
            (name, s["bypass"].as_bool().expect("bypass"), s["cloud"].as_bool().expect("cloud"))
        })
        .collect()
}

/// The policy's cloud subscriber as `policy show` reports it.
fn cloud_subscriber(db: &Db) -> Value {
    db.json(&["policy", "show"])["cloud_subscriber"].clone()
}

/// `(name, bypass, cloud)` written out, for comparisons.
fn row(name: &str, bypass: bool, cloud: bool) -> (String, bool, bool) {
    (name.to_string(), bypass, cloud)
}

#[test]
fn init_creates_the_cloud_subscriber() {
    let db = Db::new();

    let list = subscribers(&db);

    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
    assert_eq!(list[0]["name"], json!("cloud"));
    assert_eq!(list[0]["cloud"], json!(true));
    assert_eq!(list[0]["bypass"], json!(false));
    assert_eq!(cloud_subscriber(&db), json!("cloud"));
}

#[test]
fn add_then_list_shows_the_new_subscriber() {
    let db = Db::new();

    db.ok(&["subscriber", "add", "loan-portal"]);

    assert_eq!(flags(&db), vec![row("cloud", false, true), row("loan-portal", false, false)]);
    let entry = subscribers(&db)[1].clone();
    assert!(entry["created_at"].as_str().is_some_and(|t| t.ends_with('Z')), "{entry}");
}

#[test]
fn adding_an_existing_name_fails() {
    let db = Db::new();
    db.ok(&["subscriber", "add", "loan-portal"]);

    let out = db.run(&["subscriber", "add", "LOAN-PORTAL"]);

    assert_exit(&out, 1);
    assert_stderr_has(&out, "error: ");
    assert_eq!(flags(&db), vec![row("cloud", false, true), row("loan-portal", false, false)]);
}

#[test]
fn remove_without_yes_and_no_terminal_is_refused() {
    let db = Db::new();
    db.ok(&["subscriber", "add", "loan-portal"]);

    let out = db.run(&["subscriber", "remove", "loan-portal"]);

    assert_exit(&out, 2);
    assert_stderr_has(&out, "--yes");
    assert_eq!(flags(&db), vec![row("cloud", false, true), row("loan-portal", false, false)]);
}

#[test]
fn remove_with_yes_removes() {
    let db = Db::new();
    db.ok(&["subscriber", "add", "loan-portal"]);

    db.ok(&["subscriber", "remove", "loan-portal", "--yes"]);

    assert_eq!(flags(&db), vec![row("cloud", false, true)]);
}

#[test]
fn bypass_on_the_cloud_subscriber_is_refused() {
    let db = Db::new();
    let before = subscribers(&db);

    let out = db.run(&["subscriber", "bypass", "cloud", "on"]);

    assert_exit(&out, 1);
    assert_stderr_has(&out, "error: `cloud` is the cloud subscriber");
    assert_stderr_has(&out, "switch MFA off for every person");
    assert_stderr_has(&out, "--force");
    assert_eq!(subscribers(&db), before);
}

#[test]
fn bypass_on_the_cloud_subscriber_is_refused_whatever_the_case() {
    let db = Db::new();
    let before = subscribers(&db);

    let out = db.run(&["subscriber", "bypass", "CLOUD", "on"]);

    assert_exit(&out, 1);
    assert_stderr_has(&out, "cloud subscriber");
    assert_eq!(subscribers(&db), before);
}

#[test]
fn forced_bypass_on_the_cloud_subscriber_warns() {
    let db = Db::new();

    let out = db.run(&["subscriber", "bypass", "cloud", "on", "--force"]);

    assert_exit(&out, 0);
    assert_stderr_has(&out, "warning: ");
    assert_eq!(flags(&db), vec![row("cloud", true, true)]);
    let forced = db.audit().into_iter().find(|e| e["action"] == json!("subscriber.bypass"));
    assert_eq!(forced.map(|e| e["outcome"].clone()), Some(json!("forced")));
}

#[test]
fn the_cloud_subscriber_cannot_be_removed() {
    let db = Db::new();

    let out = db.run(&["subscriber", "remove", "cloud", "--yes"]);

    assert_exit(&out, 1);
    assert_stderr_has(&out, "error: `cloud` is the cloud subscriber");
    assert_eq!(flags(&db), vec![row("cloud", false, true)]);
}

#[test]
fn use_moves_the_cloud_role() {
    let db = Db::new();
    db.ok(&["subscriber", "add", "portal"]);

    db.ok(&["subscriber", "use", "portal"]);

    assert_eq!(cloud_subscriber(&db), json!("portal"));
    assert_eq!(flags(&db), vec![row("cloud", false, false), row("portal", false, true)]);
}

#[test]
fn after_use_the_old_cloud_subscriber_can_be_removed() {
    let db = Db::new();
    db.ok(&["subscriber", "add", "portal"]);
    db.ok(&["subscriber", "use", "portal"]);

    db.ok(&["subscriber", "remove", "cloud", "--yes"]);

    assert_eq!(flags(&db), vec![row("portal", false, true)]);
}

#[test]
fn use_is_refused_for_a_bypassed_subscriber() {
    let db = Db::new();
    db.ok(&["subscriber", "add", "robot"]);
    db.ok(&["subscriber", "bypass", "robot", "on"]);

    let out = db.run(&["subscriber", "use", "robot"]);

    assert_exit(&out, 1);
    assert_stderr_has(&out, "error: ");
    assert_eq!(cloud_subscriber(&db), json!("cloud"));
    assert_eq!(flags(&db), vec![row("cloud", false, true), row("robot", true, false)]);
}

#[test]
fn bypass_on_a_normal_subscriber_works_without_warning() {
    let db = Db::new();
    db.ok(&["subscriber", "add", "robot"]);

    let out = db.run(&["subscriber", "bypass", "robot", "on"]);

    assert_exit(&out, 0);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    assert_eq!(flags(&db), vec![row("cloud", false, true), row("robot", true, false)]);
}

#[test]
fn bypass_off_turns_it_back() {
    let db = Db::new();
    db.ok(&["subscriber", "add", "robot"]);
    db.ok(&["subscriber", "bypass", "robot", "on"]);

    db.ok(&["subscriber", "bypass", "robot", "off"]);

    assert_eq!(flags(&db), vec![row("cloud", false, true), row("robot", false, false)]);
}
