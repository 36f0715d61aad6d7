//! `init` and `user ...` through the real binary: adding, changing, removing
//! and importing users, and the files `init` leaves behind.

use crate::support::{assert_exit, assert_stderr_has, mode, stderr, wrong_totp, Db};

/// Writes `text` to a CSV file in the test's directory and imports it.
fn import(db: &Db, text: &str) -> std::process::Output {
    let path = db.dir().join("users.csv");
    std::fs::write(&path, text).expect("CSV file");
    db.run(&["user", "import", path.to_str().expect("UTF-8 path")])
}

/// Asserts that importing `text` fails naming `line`, and imports nothing.
fn assert_import_refused(text: &str, line: &str) {
    let db = Db::new();
    db.add_user("bob", "staff");
    let before = db.users();

    let out = import(&db, text);

    assert!(!out.status.success(), "import succeeded:\n{}", stderr(&out));
    assert_stderr_has(&out, line);
    assert_eq!(db.users(), before);
}

#[test]
fn add_then_show_gives_the_fields() {
    let db = Db::new();
    db.ok(&["user", "add", "ana", "--name", "Ana Núñez", "--email", "ana@example.com"]);

    let user = db.json(&["user", "show", "ana"]);

    assert_eq!(user["user_id"], "ana");
    assert_eq!(user["name"], "Ana Núñez");
    assert_eq!(user["email"], "ana@example.com");
    assert_eq!(user["role"], "user");
    assert_eq!(user["enabled"], true);
    assert_eq!(user["mfa"], "none");
    assert_eq!(user["has_password"], false);
}

#[test]
fn list_shows_every_user_and_filters_by_role() {
    let db = Db::new();
    db.add_user("ana", "admin");
    db.add_user("bruno", "broker");
    db.add_user("carla", "broker");

    assert_eq!(db.user_ids(), ["ana", "bruno", "carla"]);
    let brokers = db.json(&["user", "list", "--role", "broker"]);
    let ids: Vec<&str> =
        brokers.as_array().unwrap().iter().map(|u| u["user_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["bruno", "carla"]);
}

#[test]
fn set_changes_name_email_role_and_enabled() {
    let db = Db::new();
    db.add_user("ana", "admin");

    db.ok(&["user", "set", "ana", "--name", "Ana M", "--role", "auditor", "--enabled", "off"]);
    db.ok(&["user", "set", "ana", "--no-email"]);

    let user = db.json(&["user", "show", "ana"]);
    assert_eq!(user["name"], "Ana M");
    assert_eq!(user["role"], "auditor");
    assert_eq!(user["enabled"], false);
    assert_eq!(user["email"], serde_json::Value::Null);
}

#[test]
fn set_refuses_a_bad_email_and_keeps_the_old_one() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let out = db.run(&["user", "set", "ana", "--email", "not-an-address"]);

    assert!(!out.status.success());
    assert_eq!(db.json(&["user", "show", "ana"])["email"], "ana@example.test");
}

#[test]
fn remove_without_a_terminal_needs_yes() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let out = db.run(&["user", "remove", "ana"]);

    assert_exit(&out, 2);
    assert_stderr_has(&out, "--yes");
    assert_eq!(db.user_ids(), ["ana"]);
}

#[test]
fn remove_with_yes_removes_the_user() {
    let db = Db::new();
    db.add_user("ana", "admin");
    db.add_user("bruno", "admin");

    db.ok(&["user", "remove", "ana", "--yes"]);

    assert_eq!(db.user_ids(), ["bruno"]);
    assert_exit(&db.run(&["user", "show", "ana"]), 1);
}

#[test]
fn duplicate_user_id_in_other_case_is_refused() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let out = db.run(&["user", "add", "ANA"]);

    assert_exit(&out, 1);
    assert_eq!(db.user_ids(), ["ana"]);
}

#[test]
fn duplicate_user_id_in_other_non_ascii_case_is_refused() {
    let db = Db::new();
    db.ok(&["user", "add", "álvaro"]);

    let out = db.run(&["user", "add", "ÁLVARO"]);

    assert_exit(&out, 1);
    assert_eq!(db.user_ids(), ["álvaro"]);
}

#[test]
fn lookup_ignores_case() {
    let db = Db::new();
    db.add_user("ana", "admin");

    assert_eq!(db.json(&["user", "show", "ANA"])["user_id"], "ana");
}

#[test]
fn bad_user_ids_are_refused() {
    let db = Db::new();
    for bad in ["ana maria", "ana:maria", "", "ana\tmaria"] {
        let out = db.run(&["user", "add", bad]);
        assert!(!out.status.success(), "{bad:?} was accepted");
    }
    assert_eq!(db.user_ids(), Vec::<String>::new());
}

#[test]
fn bad_emails_are_refused() {
    let db = Db::new();
    for bad in ["nope", "ana@", "@example.com", "ana maria@example.com"] {
        let out = db.run(&["user", "add", "ana", "--email", bad]);
        assert!(!out.status.success(), "{bad:?} was accepted");
    }
    assert_eq!(db.user_ids(), Vec::<String>::new());
}

#[test]
fn import_loads_a_good_csv() {
    let db = Db::new();
    let csv = "user_id,name,email,role\n\
               ana,Ana Núñez,ana@example.com,admin\n\
               bruno,\"Smith, Bruno\",,broker\n";

    assert_exit(&import(&db, csv), 0);

    assert_eq!(db.user_ids(), ["ana", "bruno"]);
    let bruno = db.json(&["user", "show", "bruno"]);
    assert_eq!(bruno["name"], "Smith, Bruno");
    assert_eq!(bruno["email"], serde_json::Value::Null);
    assert_eq!(bruno["role"], "broker");
}

#[test]
fn import_refuses_a_wrong_header() {
    assert_import_refused("id,name,email,role\nana,Ana,ana@example.com,admin\n", "line 1:");
}

#[test]
fn import_refuses_a_bad_email_naming_its_line() {
    let csv = "user_id,name,email,role\n\
               ana,Ana,ana@example.com,admin\n\
               carla,Carla,carla@example.com,admin\n\
               diego,Diego,not-an-email,broker\n";
    assert_import_refused(csv, "line 4:");
}

#[test]
fn import_refuses_a_duplicate_within_the_file() {
    let csv = "user_id,name,email,role\n\
               ana,Ana,ana@example.com,admin\n\
               ANA,Ana again,,admin\n";
    assert_import_refused(csv, "line 3:");
}

#[test]
fn import_refuses_a_duplicate_of_an_existing_user() {
    let csv = "user_id,name,email,role\n\
               ana,Ana,ana@example.com,admin\n\
               carla,Carla,,admin\n\
               diego,Diego,,admin\n\
               Bob,Bob,,staff\n";
    assert_import_refused(csv, "line 5:");
}

#[test]
fn import_refuses_a_wrong_field_count() {
    let csv = "user_id,name,email,role\n\
               ana,Ana,ana@example.com,admin\n\
               carla,Carla,admin\n";
    assert_import_refused(csv, "line 3:");
}

#[test]
fn import_names_the_right_line_in_a_crlf_file() {
    let csv = "user_id,name,email,role\r\n\
               ana,Ana,ana@example.com,admin\r\n\
               diego,Diego,not-an-email,broker\r\n";
    assert_import_refused(csv, "line 3:");
}

#[test]
fn import_names_the_right_line_after_a_blank_line() {
    let csv = "user_id,name,email,role\n\
               ana,Ana,ana@example.com,admin\n\
               \n\
               diego,Diego,not-an-email,broker\n";
    assert_import_refused(csv, "line 4:");
}

#[test]
fn init_with_sample_data_loads_about_fifty_users() {
    let db = Db::uninitialised();
    db.ok(&["init", "--sample-data"]);

    let users = db.users();
    let users = users.as_array().unwrap();
    let mut roles: Vec<&str> = users.iter().map(|u| u["role"].as_str().unwrap()).collect();
    roles.sort_unstable();
    roles.dedup();

    assert!((45..=55).contains(&users.len()), "{} users", users.len());
    assert!(roles.len() >= 4, "roles: {roles:?}");
    assert!(users.iter().any(|u| u["email"].is_null()), "every user has an email");
}

#[test]
fn init_twice_keeps_the_key_file() {
    let db = Db::new();
    let key = std::fs::read(db.key_file()).expect("key file");

    db.ok(&["init"]);

    assert_eq!(std::fs::read(db.key_file()).expect("key file"), key);
}

#[test]
fn database_and_key_file_are_owner_only() {
    let db = Db::new();

    assert_eq!(mode(&db.path), 0o600);
    assert_eq!(mode(&db.key_file()), 0o600);
}

#[test]
fn a_missing_database_names_init() {
    let db = Db::uninitialised();

    let out = db.run(&["user", "list"]);

    assert_exit(&out, 1);
    assert_stderr_has(&out, "mfactl init");
    assert!(!db.path.exists(), "the database was created");
}

#[test]
fn passwd_from_stdin_sets_a_password_and_never_audits_it() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let out = db.run_with_stdin(&["user", "passwd", "ana", "--password-stdin"], "correct horse\n");

    assert_exit(&out, 0);
    assert_eq!(db.json(&["user", "show", "ana"])["has_password"], true);
    assert!(!serde_json::to_string(&db.audit()).unwrap().contains("correct horse"));
}

#[test]
fn passwd_refuses_a_short_password() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let out = db.run_with_stdin(&["user", "passwd", "ana", "--password-stdin"], "short\n");

    assert_exit(&out, 2);
    assert_eq!(db.json(&["user", "show", "ana"])["has_password"], false);
}

#[test]
fn unlock_lifts_a_lock() {
    let db = Db::new();
    db.add_user("ana", "admin");
    db.ok(&["policy", "set", "--lockout-failures", "1"]);
    let now = 1_111_111_109;
    let secret = db.enroll_confirmed("ana", now - 60);
    assert_exit(&db.verify_at(now, "ana", &wrong_totp(&secret, now)), 3);
    let locked = db.json_at(now, &["user", "show", "ana"]);
    assert_eq!(locked["locked_until"], "2005-03-18T02:13:29Z");

    db.ok(&["user", "unlock", "ana"]);

    assert_eq!(db.json_at(now, &["user", "show", "ana"])["locked_until"], serde_json::Value::Null);
}
