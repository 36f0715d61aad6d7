//! Odd input never makes a panic: every failure is an `error: ` sentence with
//! the right exit code, `--json` always parses, a closed stdout pipe ends
//! quietly, and a database from a newer mfactl is refused untouched.

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::process::{Output, Stdio};

use serde_json::Value;

use crate::support::{assert_exit, assert_stderr_has, stderr, Db, RFC_SECRET};

/// Prefixes a line of mfactl's own error report may start with.
const ERROR_PREFIXES: [&str; 4] = ["error: ", "caused by: ", "hint: ", "warning: "];

/// A string of 10 000 characters.
fn long() -> String {
    "x".repeat(10_000)
}

/// Whether stderr is clap's report of a bad command line.
fn is_clap_error(err: &str) -> bool {
    err.contains("\nUsage: ") || err.contains("For more information, try '--help'")
}

/// Asserts that the process ended by itself and printed no panic.
fn assert_no_panic(out: &Output, what: &str) {
    let err = stderr(out).to_lowercase();
    assert!(!err.contains("panicked"), "{what}: panicked:\n{err}");
    assert!(!err.contains("backtrace"), "{what}: backtrace:\n{err}");
    assert!(out.status.code().is_some_and(|c| c != 101), "{what}: ended with {:?}", out.status);
}

/// Asserts a failure reads as mfactl's errors do: the first line is `error: `,
/// and outside clap's usage reports every line carries one of the prefixes.
fn assert_error_lines(out: &Output, what: &str) {
    let err = stderr(out);
    assert!(err.starts_with("error: "), "{what}: stderr does not start with `error: `:\n{err}");
    if is_clap_error(&err) {
        return;
    }
    for line in err.lines().filter(|l| !l.is_empty()) {
        let ok = ERROR_PREFIXES.iter().any(|p| line.starts_with(p));
        assert!(ok, "{what}: a line without a known prefix: {line:?}\nin:\n{err}");
    }
}

/// Runs `mfactl ARGS` and asserts the exit code, no panic and clean error lines.
fn expect_exit<S: AsRef<OsStr>>(db: &Db, args: &[S], code: i32) -> Output {
    let out = db.cmd().args(args).output().expect("mfactl runs");
    let what = format!("{:?}", args.iter().map(|a| a.as_ref()).collect::<Vec<_>>());
    assert_no_panic(&out, &what);
    assert_exit(&out, code);
    if code != 0 {
        assert_error_lines(&out, &what);
    }
    out
}

/// A database with `ana` enrolled with the RFC key (pending).
fn db_with_ana() -> Db {
    let db = Db::new();
    db.ok(&["user", "add", "ana"]);
    db.enroll_secret("ana", RFC_SECRET);
    db
}

/// An argument of raw bytes that are not UTF-8.
fn non_utf8(prefix: &[u8]) -> OsString {
    let mut bytes = prefix.to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    OsStr::from_bytes(&bytes).to_os_string()
}

#[test]
fn odd_user_ids_fail_cleanly() {
    let db = Db::new();
    let long = long();

    expect_exit(&db, &["user", "add", ""], 2);
    expect_exit(&db, &["user", "add", &long], 2);
    expect_exit(&db, &["user", "add", "a\u{1}b"], 2);
    expect_exit(&db, &["user", "show", ""], 1);
    expect_exit(&db, &["user", "show", &long], 1);
    expect_exit(&db, &["emergency-code", ""], 1);
    expect_exit(&db, &["mfa", "enroll", &long], 1);
    expect_exit(&db, &["user", "remove", "", "--yes"], 1);
    assert_eq!(db.user_ids(), Vec::<String>::new());
}

#[test]
fn odd_names_fail_cleanly() {
    let db = Db::new();
    let long = long();

    expect_exit(&db, &["subscriber", "add", &long], 2);
    expect_exit(&db, &["subscriber", "add", ""], 2);
    expect_exit(&db, &["subscriber", "add", "a\u{7}b"], 2);
    expect_exit(&db, &["user", "add", "bob", "--name", &long], 2);
    expect_exit(&db, &["user", "add", "bob", "--name", "a\nb\u{1b}[2J"], 2);
    expect_exit(&db, &["policy", "set", "--issuer", ""], 2);
    assert_eq!(db.user_ids(), Vec::<String>::new());
}

#[test]
fn unknown_subcommands_are_usage_errors() {
    let db = Db::new();

    expect_exit(&db, &["frob"], 2);
    expect_exit(&db, &["user", "frob"], 2);
    expect_exit(&db, &["subscriber", "frob", "x"], 2);
    expect_exit(&db, &["--no-such-flag", "user", "list"], 2);
    for args in [&[][..], &["key"][..]] {
        let out = db.cmd().args(args).output().expect("mfactl runs");
        assert_no_panic(&out, &format!("{args:?}"));
        assert_exit(&out, 2);
    }
}

#[test]
fn odd_flag_values_are_usage_errors() {
    let db = Db::new();

    expect_exit(&db, &["audit", "--since", "bogus"], 2);
    expect_exit(&db, &["audit", "--limit", "-1"], 2);
    expect_exit(&db, &["audit", "--limit", "99999999999999999999"], 2);
    expect_exit(&db, &["device", "revoke", "abc"], 2);
    expect_exit(&db, &["policy", "set"], 2);
    let out = db.cmd().env("MFACTL_NOW", "bogus").args(["user", "list"]).output().unwrap();
    assert_no_panic(&out, "MFACTL_NOW=bogus");
    assert_exit(&out, 2);
    assert_error_lines(&out, "MFACTL_NOW=bogus");
}

#[test]
fn weird_codes_are_rejected_not_crashed() {
    let db = db_with_ana();
    let long = long();
    let codes = ["", "12", "000000000000000", "１２３４５６", "☃☃☃☃☃☃", &long, "\u{1b}[31m"];

    // Neither 6 digits nor 6 code letters: a usage error that costs no try.
    for code in codes {
        expect_exit(&db, &["verify", "ana", code], 2);
    }
    expect_exit(&db, &["verify", "ana", "--", "-12345"], 2);
    assert_eq!(db.json(&["mfa", "status", "ana"])[0]["failed_attempts"], 0);
    expect_exit(&db, &["verify", "ana", "-12345"], 2);
    expect_exit(&db, &["verify", "nobody", "123456"], 1);
}

#[test]
fn non_utf8_arguments_fail_cleanly() {
    let db = db_with_ana();
    let missing = db.dir().as_os_str().as_bytes().iter().chain(b"/").copied();
    let missing_db = non_utf8(&missing.collect::<Vec<u8>>());

    expect_exit(&db, &[OsStr::new("user"), OsStr::new("add"), non_utf8(b"bob").as_os_str()], 2);
    expect_exit(&db, &[OsStr::new("verify"), OsStr::new("ana"), non_utf8(b"12").as_os_str()], 2);
    let args = [OsStr::new("--db"), missing_db.as_os_str(), OsStr::new("user"), OsStr::new("list")];
    let out = expect_exit(&db, &args, 1);
    assert_stderr_has(&out, "error: there is no database at ");
}

#[test]
fn control_characters_stay_inside_the_error_sentence() {
    let db = Db::new();

    for args in [
        &["user", "show", "a\nb"][..],
        &["user", "show", "\u{1b}[31mred\u{7}"],
        &["subscriber", "remove", "a\rb", "--yes"],
        &["verify", "a\nhint: run rm -rf", "123456"],
    ] {
        let out = expect_exit(&db, args, 1);
        let err = stderr(&out);
        let raw = err.chars().find(|c| c.is_control() && *c != '\n');
        assert_eq!(raw, None, "{args:?}: a raw control character reached stderr:\n{err:?}");
    }
}

#[test]
fn extreme_clock_values_never_panic() {
    let db = db_with_ana();
    let cases: [(&str, &[&str]); 5] = [
        ("9223372036854775807", &["emergency-code", "ana"]),
        ("9223372036854775807", &["verify", "ana", "123456"]),
        ("9223372036854775807", &["verify", "ana", "ABCDEF"]),
        ("-9223372036854775808", &["audit", "--since", "1d"]),
        ("-9223372036854775808", &["emergency-code", "ana"]),
    ];

    for (now, args) in cases {
        let out = db.cmd().env("MFACTL_NOW", now).args(args).output().expect("mfactl runs");
        let what = format!("MFACTL_NOW={now} {args:?}");
        assert_no_panic(&out, &what);
        if !out.status.success() {
            assert_error_lines(&out, &what);
        }
    }
}

/// A database with sample users and one of everything the lists show.
fn busy_db() -> Db {
    let db = Db::uninitialised();
    db.ok(&["init", "--issuer", "Example", "--sample-data"]);
    db.ok(&["user", "add", "ana", "--email", "ana@example.test"]);
    db.enroll_secret("ana", RFC_SECRET);
    db.ok(&["emergency-code", "ana"]);
    db.ok(&["subscriber", "add", "robot"]);
    db
}

#[test]
fn json_output_parses_for_every_list_and_show() {
    let db = busy_db();
    let lists: [&[&str]; 5] = [
        &["user", "list"],
        &["mfa", "status"],
        &["device", "list"],
        &["subscriber", "list"],
        &["audit"],
    ];
    let shows: [&[&str]; 4] = [
        &["policy", "show"],
        &["key", "status"],
        &["user", "show", "ana"],
        &["mfa", "status", "ana"],
    ];

    for args in lists {
        assert!(db.json(args).is_array(), "{args:?} is not a JSON array");
    }
    for args in shows {
        let doc: Value = db.json(args);
        assert!(doc.is_object() || doc.is_array(), "{args:?}: {doc}");
    }
    assert!(db.users().as_array().is_some_and(|u| u.len() > 40), "sample data is loaded");
}

/// Runs `mfactl ARGS` with stdout piped and its read end closed at once.
fn run_into_closed_pipe(db: &Db, args: &[&str]) -> Output {
    let mut child = db
        .process()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mfactl starts");
    drop(child.stdout.take());
    child.wait_with_output().expect("mfactl ends")
}

#[test]
fn a_closed_stdout_pipe_ends_quietly() {
    let db = busy_db();

    for args in [
        &["--json", "audit", "--limit", "100000"][..],
        &["user", "list"],
        &["--json", "user", "list"],
    ] {
        let out = run_into_closed_pipe(&db, args);
        assert_no_panic(&out, &format!("{args:?}"));
        assert_exit(&out, 0);
        assert!(!stderr(&out).contains("error"), "{args:?}: {}", stderr(&out));
    }
}

/// Sets the database's `PRAGMA user_version`.
fn set_user_version(db: &Db, version: i64) {
    let conn = rusqlite::Connection::open(&db.path).expect("open the database");
    conn.pragma_update(None, "user_version", version).expect("set user_version");
}

/// Reads the database's `PRAGMA user_version`.
fn user_version(db: &Db) -> i64 {
    let conn = rusqlite::Connection::open(&db.path).expect("open the database");
    conn.pragma_query_value(None, "user_version", |row| row.get(0)).expect("user_version")
}

/// Counts the rows of the users table.
fn user_count(db: &Db) -> i64 {
    let conn = rusqlite::Connection::open(&db.path).expect("open the database");
    conn.query_row("SELECT count(*) FROM users", [], |row| row.get(0)).expect("count users")
}

#[test]
fn a_database_from_a_newer_mfactl_is_refused_untouched() {
    let db = Db::new();
    set_user_version(&db, 999);

    let read = expect_exit(&db, &["user", "list"], 1);
    let write = expect_exit(&db, &["user", "add", "ana"], 1);
    let init = expect_exit(&db, &["init"], 1);

    for out in [&read, &write, &init] {
        assert_stderr_has(out, "999");
        assert_stderr_has(out, "newer");
    }
    assert_eq!(user_version(&db), 999);
    assert_eq!(user_count(&db), 0);
}
