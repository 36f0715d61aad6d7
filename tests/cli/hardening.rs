//! Faults a first user found by trying to break the tool, each kept fixed:
//! hostile text, hostile hashes, files holding secrets, half-made enrolments.

use std::os::unix::fs::PermissionsExt;

use crate::support::{assert_exit, stderr, Db};

#[test]
fn typed_control_characters_never_reach_a_table() {
    let db = Db::new();
    let evil = "evil\u{1b}]0;PWNED\u{7}\u{1b}[31m";
    let out = db
        .cmd()
        .args(["signin", evil, "--password-stdin"])
        .write_stdin("x\n")
        .output()
        .expect("runs");
    assert_exit(&out, 3);
    let table = db.run(&["audit"]);
    assert_exit(&table, 0);
    assert!(
        !table.stdout.contains(&0x1b),
        "no raw ESC in {}",
        String::from_utf8_lossy(&table.stdout)
    );
    assert!(!stderr(&out).contains('\u{1b}'));
    // What cannot be a user id (it may be a password typed in the wrong
    // field) is not kept; the attempt is.
    let attempt = db.json(&["audit", "--action", "signin", "--limit", "1"]);
    assert_eq!(
        (attempt[0]["target"].is_null(), attempt[0]["detail"].as_str()),
        (true, Some("unknown user"))
    );
}

#[test]
fn device_labels_actors_and_roles_must_be_clean_lines() {
    let db = Db::new();
    db.ok(&["policy", "set", "--enabled", "on", "--device-authorisation", "off"]);
    let add = ["user", "add", "ana", "--password-stdin"];
    assert_exit(&db.run_with_stdin(&add, "correct horse battery\n"), 0);
    let label = "Firefox\u{1b}[2J\nline2";
    let out = db
        .cmd()
        .args(["signin", "ana", "--password-stdin", "--device-label", label])
        .write_stdin("correct horse battery\n")
        .output()
        .expect("runs");
    assert_exit(&out, 2);
    assert_exit(&db.run(&["--actor", "", "user", "list"]), 2);
    assert_exit(&db.run(&["--actor", "bob\u{1b}[31m", "user", "list"]), 2);
    for role in ["", "bad role", "ad\u{200B}min"] {
        assert_exit(&db.run(&["policy", "exempt", "add", role]), 2);
    }
    assert_exit(&db.run(&["user", "add", "ad\u{200B}min"]), 2);
}

#[test]
fn a_hash_asking_for_terabytes_is_refused_at_import() {
    let db = Db::new();
    let csv = db.dir().join("hostile.csv");
    let hash = "$argon2id$v=19$m=4000000000,t=4000000,p=255$c2FsdHNhbHQ$YWJjZGVmZ2hpamtsbW5vcA";
    std::fs::write(&csv, format!("user_id,name,email,role,password_hash\nh4,H4,,user,{hash}\n"))
        .expect("csv");
    let out = db.run(&["user", "import", csv.to_str().expect("path")]);
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("line 2:"), "{}", stderr(&out));
}

#[test]
fn user_add_with_a_password_keeps_the_length_rule() {
    let db = Db::new();
    let out = db.run_with_stdin(&["user", "add", "u", "--password-stdin"], "x\n");
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("shorter than 8 characters"));
    assert_exit(&db.run(&["user", "show", "u"]), 1);
}

#[test]
fn a_lock_answers_the_same_whatever_the_password() {
    let db = Db::new();
    let add = ["user", "add", "eve", "--password-stdin"];
    assert_exit(&db.run_with_stdin(&add, "correct horse battery\n"), 0);
    for _ in 0..10 {
        db.run_with_stdin(&["signin", "eve", "--password-stdin"], "wrong\n");
    }
    let wrong = db.run_with_stdin(&["signin", "eve", "--password-stdin"], "still wrong\n");
    let right =
        db.run_with_stdin(&["signin", "eve", "--password-stdin"], "correct horse battery\n");
    assert_exit(&wrong, 3);
    assert_exit(&right, 3);
    assert_eq!(stderr(&wrong), stderr(&right), "no oracle for the password while locked");
    assert!(stderr(&right).contains("or the account is locked"));
    let unknown = db.run_with_stdin(&["signin", "nobody", "--password-stdin"], "x\n");
    assert_eq!(stderr(&unknown), stderr(&right), "nor a sign that the user exists");
    assert!(db.json(&["mfa", "status", "eve"])[0]["locked_until"].is_string());
    let audit = db.json(&["audit", "--user", "eve", "--action", "signin", "--limit", "2"]);
    assert_eq!(audit[0]["detail"], "right password", "the audit log still tells them apart");
    assert_eq!(audit[1]["detail"], "wrong password");
    assert_eq!(db.json(&["audit", "--action", "user.lock"])[0]["target"], "eve");
}

#[test]
fn verify_refuses_a_disabled_user() {
    let db = Db::new();
    db.ok(&["user", "add", "eve"]);
    let secret = db.enroll("eve");
    db.ok(&["user", "set", "eve", "--enabled", "off"]);
    let code = crate::support::oathtool(&secret, 1_800_000_000);
    let out = db.at(1_800_000_000).args(["verify", "eve", &code]).output().expect("runs");
    assert_exit(&out, 3);
    assert!(stderr(&out).contains("disabled"), "{}", stderr(&out));
    assert_eq!(db.json(&["mfa", "status", "eve"])[0]["mfa"], "pending");
}

#[test]
fn qr_files_are_owner_only_and_never_replace_a_file() {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    let png = db.dir().join("ana.png");
    db.ok(&["mfa", "enroll", "ana", "--png", png.to_str().expect("path")]);
    let mode = std::fs::metadata(&png).expect("png").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    let victim = db.dir().join("victim.txt");
    std::fs::write(&victim, "keep me").expect("victim");
    let link = db.dir().join("link.svg");
    std::os::unix::fs::symlink(&victim, &link).expect("symlink");
    let out = db.run(&["mfa", "enroll", "ana", "--svg", link.to_str().expect("path")]);
    assert_exit(&out, 1);
    assert_eq!(std::fs::read_to_string(&victim).expect("victim"), "keep me");
}

#[test]
fn an_enrolment_whose_qr_file_fails_is_not_stored() {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    let out = db.run(&["mfa", "enroll", "ana", "--png", "/nonexistent-dir/ana.png"]);
    assert_exit(&out, 1);
    assert_eq!(db.json(&["mfa", "status", "ana"])[0]["mfa"], "none");
    let enrolments = db.json(&["audit", "--action", "mfa.enroll"]);
    assert_eq!(enrolments.as_array().map(Vec::len), Some(0));
}

#[test]
fn audit_action_filter_takes_no_wildcards() {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    for pattern in ["%", "_ser.add", "user%"] {
        let rows = db.json(&["audit", "--action", pattern]);
        assert_eq!(rows.as_array().map(Vec::len), Some(0), "{pattern}");
    }
    assert_eq!(db.json(&["audit", "--action", "user"]).as_array().map(Vec::len), Some(1));
}

#[test]
fn a_huge_busy_timeout_is_a_config_error() {
    let db = Db::new();
    db.write_config("busy_timeout_seconds = 3000000\n");
    let out = db.run(&["user", "list"]);
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("busy_timeout_seconds"));
}

#[test]
fn wrong_key_is_refused_by_reset_key_status_and_doctor() {
    let db = Db::new();
    let other = Db::new();
    db.ok(&["user", "add", "ana"]);
    db.enroll("ana");
    let with_other_key = |args: &[&str]| {
        db.cmd().env("MFACTL_KEY_FILE", other.key_file()).args(args).output().expect("runs")
    };
    assert_exit(&with_other_key(&["--yes", "mfa", "reset", "ana"]), 1);
    assert_eq!(db.json(&["mfa", "status", "ana"])[0]["mfa"], "pending");
    assert_exit(&with_other_key(&["key", "status"]), 1);
    let doctor = with_other_key(&["--json", "doctor"]);
    assert_exit(&doctor, 1);
    assert!(String::from_utf8_lossy(&doctor.stdout).contains("\"key_file\""));
}

#[test]
fn doctor_warns_about_readable_files() {
    let db = Db::new();
    std::fs::set_permissions(&db.path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let out = db.run(&["--json", "doctor"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("file_permissions"));
}

#[test]
fn concurrent_inits_make_one_key_and_all_succeed() {
    let db = Db::uninitialised();
    let children: Vec<_> = (0..10)
        .map(|_| {
            db.process().arg("init").stdout(std::process::Stdio::null()).spawn().expect("spawns")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("ends");
        assert_eq!(out.status.code(), Some(0));
    }
    db.ok(&["key", "status"]);
}

#[test]
fn concurrent_key_rotations_leave_a_working_key() {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    let secret = db.enroll("ana");
    for round in 0..3 {
        let children: Vec<_> = (0..4)
            .map(|_| {
                let mut rotate = db.process();
                rotate.args(["--yes", "key", "rotate"]).stdout(std::process::Stdio::null());
                rotate.stderr(std::process::Stdio::null()).spawn().expect("spawns")
            })
            .collect();
        for child in children {
            assert_eq!(child.wait_with_output().expect("ends").status.code(), Some(0));
        }
        db.ok(&["key", "status"]);
        let now = 1_800_000_000 + round * 60;
        let out =
            db.at(now).args(["verify", "ana", &crate::support::oathtool(&secret, now)]).output();
        assert_exit(&out.expect("runs"), 0);
    }
}

#[test]
fn a_rejection_stays_exit_3_when_stdout_is_closed() {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    db.enroll("ana");
    let mut child = db
        .process()
        .args(["--json", "verify", "ana", "000000"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawns");
    drop(child.stdout.take());
    assert_eq!(child.wait().expect("ends").code(), Some(3));
}

#[test]
fn given_secrets_must_be_128_to_512_random_bits() {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    for secret in ["A".repeat(32), "G".repeat(120), "GEZDGNBV".to_string()] {
        let out =
            db.run_with_stdin(&["mfa", "enroll", "ana", "--secret-stdin"], &format!("{secret}\n"));
        assert_exit(&out, 2);
    }
    assert_eq!(db.json(&["mfa", "status", "ana"])[0]["mfa"], "none");
}

#[test]
fn relative_paths_in_the_default_config_file_are_beside_it() {
    let db = Db::uninitialised();
    let xdg = db.dir().join("xdg");
    std::fs::create_dir_all(xdg.join("mfactl")).expect("config dir");
    std::fs::write(xdg.join("mfactl/config.toml"), "db = \"rel.db\"\n").expect("config");
    let elsewhere = db.dir().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("cwd");
    let out = db
        .process()
        .env_remove("MFACTL_CONFIG")
        .env_remove("MFACTL_DB")
        .env("XDG_CONFIG_HOME", &xdg)
        .env("HOME", db.dir())
        .current_dir(&elsewhere)
        .arg("init")
        .output()
        .expect("runs");
    assert_exit(&out, 0);
    assert!(xdg.join("mfactl/rel.db").exists());
    assert!(xdg.join("mfactl/rel.db.key").exists());
    assert!(!elsewhere.join("rel.db").exists());
}

#[test]
fn a_failed_enrolment_leaves_no_qr_file_behind() {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    let png = db.dir().join("q.png");
    let png = png.to_str().expect("path");
    let out = db.run(&["mfa", "enroll", "ana", "--png", png, "--svg", "/nonexistent-dir/q.svg"]);
    assert_exit(&out, 1);
    assert!(!std::path::Path::new(png).exists(), "the secret's QR file is removed");
}

#[test]
fn a_user_named_twice_is_reset_once() {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    let reset = db.json(&["--yes", "mfa", "reset", "ana", "ana", "ANA"]);
    assert_eq!(reset["reset"], serde_json::json!(["ana"]));
}
