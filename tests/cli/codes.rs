//! Emergency codes (C7) and the limits on failures: a code's wrong tries, the
//! lock after failures in a row, and failures counted by parallel processes (C9).

use std::process::{Output, Stdio};

use crate::support::{assert_exit, assert_stderr_has, oathtool, stderr, wrong_totp, Db};

/// A fixed Unix time: 2005-03-18T01:58:29Z.
const NOW: i64 = 1_111_111_109;

/// The 23 letters codes are drawn from.
const ALPHABET: &str = "ABCDEFGHJKMNPQRSTUVWXYZ";

/// When a lock taken at [`NOW`] ends: 15 minutes later.
const LOCKED_UNTIL: &str = "2005-03-18T02:13:29Z";

/// A database with user `ana`.
fn db_with_ana() -> Db {
    let db = Db::new();
    db.add_user("ana", "admin");
    db
}

/// Creates an emergency code for `user` at a Unix time; returns the code.
fn emergency_code(db: &Db, unix: i64, user: &str) -> String {
    let doc = db.json_at(unix, &["emergency-code", user]);
    doc["code"].as_str().expect("code in JSON").to_string()
}

/// A valid-looking code that differs from `code` in every letter.
fn other_code(code: &str) -> String {
    let next = |c: char| {
        let i = ALPHABET.find(c).expect("a code letter");
        ALPHABET.chars().cycle().nth(i + 1).unwrap()
    };
    code.chars().map(next).collect()
}

/// Whether `code` is six letters of [`ALPHABET`].
fn is_code(code: &str) -> bool {
    code.len() == 6 && code.chars().all(|c| ALPHABET.contains(c))
}

/// Runs `verify` `times` times at [`NOW`] with `code`, each refused with exit 3.
fn refuse_times(db: &Db, user: &str, code: &str, times: usize) {
    for _ in 0..times {
        assert_exit(&db.verify_at(NOW, user, code), 3);
    }
}

/// Starts `count` `verify` processes at once at [`NOW`] and waits for them all.
fn verify_in_parallel(db: &Db, user: &str, code: &str, count: usize) -> Vec<Output> {
    let children: Vec<_> = (0..count)
        .map(|_| {
            let mut cmd = db.process();
            cmd.env("MFACTL_NOW", NOW.to_string()).args(["verify", user, code]);
            cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("mfactl starts")
        })
        .collect();
    children.into_iter().map(|c| c.wait_with_output().expect("mfactl ends")).collect()
}

#[test]
fn json_emergency_code_has_code_and_expiry() {
    let db = db_with_ana();

    let doc = db.json_at(NOW, &["emergency-code", "ana"]);

    assert!(is_code(doc["code"].as_str().unwrap()), "{doc}");
    assert_eq!(doc["expires_at"], "2005-03-18T02:00:29Z");
}

#[test]
fn expiry_follows_the_policy() {
    let db = db_with_ana();
    db.ok(&["policy", "set", "--emergency-code-minutes", "7"]);

    let doc = db.json_at(NOW, &["emergency-code", "ana"]);

    assert_eq!(doc["expires_at"], "2005-03-18T02:05:29Z");
}

#[test]
fn c7_typed_forms_of_the_code_are_accepted() {
    let db = db_with_ana();
    let forms: [fn(&str) -> String; 4] = [
        |c| c.to_lowercase(),
        |c| format!("{}-{}", &c[..3], &c[3..]),
        |c| format!("  {} {}  ", c[..3].to_lowercase(), c[3..].to_lowercase()),
        |c| {
            let l = c.to_lowercase();
            format!("{}-{}-{} {}-{}-{}", &l[0..1], &l[1..2], &l[2..3], &l[3..4], &l[4..5], &l[5..])
        },
    ];

    for form in forms {
        let typed = form(&emergency_code(&db, NOW, "ana"));
        assert_exit(&db.verify_at(NOW, "ana", &typed), 0);
    }
}

#[test]
fn c7_a_code_works_once() {
    let db = db_with_ana();
    let code = emergency_code(&db, NOW, "ana");

    assert_exit(&db.verify_at(NOW, "ana", &code), 0);
    assert_exit(&db.verify_at(NOW, "ana", &code), 3);
}

#[test]
fn c7_a_new_code_voids_the_unused_one() {
    let db = db_with_ana();
    let first = emergency_code(&db, NOW, "ana");
    let second = emergency_code(&db, NOW, "ana");
    assert_ne!(first, second);

    assert_exit(&db.verify_at(NOW, "ana", &first), 3);
    assert_exit(&db.verify_at(NOW, "ana", &second), 0);
}

#[test]
fn a_code_is_accepted_one_second_before_expiry() {
    let db = db_with_ana();
    let code = emergency_code(&db, NOW, "ana");

    assert_exit(&db.verify_at(NOW + 119, "ana", &code), 0);
}

#[test]
fn a_code_is_refused_at_expiry() {
    let db = db_with_ana();
    let code = emergency_code(&db, NOW, "ana");

    assert_exit(&db.verify_at(NOW + 120, "ana", &code), 3);
}

#[test]
fn codes_are_never_audited() {
    let db = db_with_ana();
    let code = emergency_code(&db, NOW, "ana");
    assert_exit(&db.verify_at(NOW, "ana", &other_code(&code)), 3);
    assert_exit(&db.verify_at(NOW, "ana", &code), 0);

    let text = serde_json::to_string(&db.audit()).unwrap();

    assert!(!text.contains(&code) && !text.contains(&other_code(&code)), "{text}");
}

#[test]
fn a_code_works_after_four_wrong_tries() {
    let db = db_with_ana();
    let code = emergency_code(&db, NOW, "ana");

    refuse_times(&db, "ana", &other_code(&code), 4);

    assert_exit(&db.verify_at(NOW, "ana", &code), 0);
}

#[test]
fn a_code_dies_at_its_fifth_wrong_try() {
    let db = db_with_ana();
    let code = emergency_code(&db, NOW, "ana");

    refuse_times(&db, "ana", &other_code(&code), 5);

    assert_exit(&db.verify_at(NOW, "ana", &code), 3);
}

#[test]
fn ten_failures_in_a_row_lock_the_user() {
    let db = db_with_ana();
    let secret = db.enroll_confirmed("ana", NOW - 60);

    refuse_times(&db, "ana", &wrong_totp(&secret, NOW), 10);
    let out = db.verify_at(NOW, "ana", &oathtool(&secret, NOW));

    assert_exit(&out, 3);
    assert_stderr_has(&out, "locked");
    assert_stderr_has(&out, LOCKED_UNTIL);
}

#[test]
fn nine_failures_in_a_row_do_not_lock() {
    let db = db_with_ana();
    let secret = db.enroll_confirmed("ana", NOW - 60);

    refuse_times(&db, "ana", &wrong_totp(&secret, NOW), 9);

    assert_exit(&db.verify_at(NOW, "ana", &oathtool(&secret, NOW)), 0);
}

#[test]
fn status_shows_the_lock_and_unlock_lifts_it() {
    let db = db_with_ana();
    let secret = db.enroll_confirmed("ana", NOW - 60);
    refuse_times(&db, "ana", &wrong_totp(&secret, NOW), 10);
    let status = db.json_at(NOW, &["mfa", "status", "ana"]);
    assert_eq!(status[0]["locked_until"], LOCKED_UNTIL);

    db.ok(&["user", "unlock", "ana"]);

    let status = db.json_at(NOW, &["mfa", "status", "ana"]);
    assert_eq!(status[0]["locked_until"], serde_json::Value::Null);
    assert_exit(&db.verify_at(NOW, "ana", &oathtool(&secret, NOW)), 0);
}

#[test]
fn a_lock_ends_after_fifteen_minutes() {
    let db = db_with_ana();
    let secret = db.enroll_confirmed("ana", NOW - 60);
    refuse_times(&db, "ana", &wrong_totp(&secret, NOW), 10);

    let later = NOW + 15 * 60;

    assert_exit(&db.verify_at(later - 1, "ana", &oathtool(&secret, later - 1)), 3);
    assert_exit(&db.verify_at(later, "ana", &oathtool(&secret, later)), 0);
}

#[test]
fn c9_twelve_parallel_wrong_codes_all_count() {
    let db = db_with_ana();
    let secret = db.enroll_confirmed("ana", NOW - 60);

    let outs = verify_in_parallel(&db, "ana", &wrong_totp(&secret, NOW), 12);

    for out in &outs {
        assert_exit(out, 3);
    }
    let status = db.json_at(NOW, &["mfa", "status", "ana"]);
    assert_eq!(status[0]["locked_until"], LOCKED_UNTIL, "{}", stderr(&outs[11]));
    let audit = db.audit();
    let refused = audit.iter().filter(|e| e["action"] == "verify" && e["outcome"] != "accepted");
    assert_eq!(refused.count(), 12, "{audit:#?}");
}
