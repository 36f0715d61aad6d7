//! Case C10: many `mfactl` processes at once, and a writer that holds the
//! database lock; every command waits its turn or fails cleanly, writing nothing.

use std::process::{Child, Output, Stdio};
use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::{assert_exit, assert_stderr_has, Db};

/// Processes of each kind started at once in a round.
const PER_KIND: usize = 16;

/// Rounds of concurrent processes.
const ROUNDS: usize = 5;

/// Starts `mfactl ARGS` without waiting, stdin closed and output captured.
fn spawn(db: &Db, args: &[&str]) -> Child {
    db.process()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mfactl starts")
}

/// The user a round's `i`-th `user add` creates.
fn round_user(round: usize, i: usize) -> String {
    format!("r{round}-user{i}")
}

/// Starts a round's `user add` and `emergency-code` processes, then waits for all.
fn run_round(db: &Db, round: usize) -> Vec<Output> {
    let mut children = Vec::new();
    for i in 0..PER_KIND {
        children.push(spawn(db, &["user", "add", &round_user(round, i)]));
        children.push(spawn(db, &["emergency-code", &format!("helpdesk{i}")]));
    }
    children.into_iter().map(|c| c.wait_with_output().expect("mfactl ends")).collect()
}

/// Opens the database and takes its write lock with a write in an IMMEDIATE
/// transaction; the lock is held for `hold`, then committed. Returns once the
/// lock is taken.
fn hold_write_lock(db: &Db, hold: Duration) -> JoinHandle<()> {
    let path = db.path.clone();
    let (taken, is_taken) = mpsc::channel();
    let holder = thread::spawn(move || {
        let conn = rusqlite::Connection::open(path).expect("open the database");
        conn.execute_batch("BEGIN IMMEDIATE; UPDATE policy SET issuer = issuer WHERE id = 1;")
            .expect("take the write lock");
        taken.send(()).expect("the test waits");
        thread::sleep(hold);
        conn.execute_batch("COMMIT").expect("commit");
    });
    is_taken.recv().expect("the lock is taken");
    holder
}

#[test]
fn concurrent_user_adds_and_emergency_codes_all_succeed() {
    let db = Db::new();
    for i in 0..PER_KIND {
        db.ok(&["user", "add", &format!("helpdesk{i}")]);
    }

    for round in 0..ROUNDS {
        for out in run_round(&db, round) {
            assert_exit(&out, 0);
        }
    }

    let ids = db.user_ids();
    let audit = db.audit();
    for round in 0..ROUNDS {
        for i in 0..PER_KIND {
            let user = round_user(round, i);
            assert!(ids.contains(&user), "{user} is missing from user list");
            let adds = audit
                .iter()
                .filter(|e| e["action"] == json!("user.add") && e["target"] == json!(user))
                .count();
            assert_eq!(adds, 1, "user.add audit entries for {user}");
        }
    }
    assert_eq!(ids.len(), PER_KIND + ROUNDS * PER_KIND);
    let codes = audit.iter().filter(|e| e["action"] == json!("emergency-code")).count();
    assert_eq!(codes, ROUNDS * PER_KIND);
}

#[test]
fn user_add_waits_for_a_lock_held_two_seconds() {
    let db = Db::new();
    let holder = hold_write_lock(&db, Duration::from_secs(2));
    let start = Instant::now();

    let out = db.run(&["user", "add", "patient"]);

    let waited = start.elapsed();
    holder.join().expect("the lock holder ends");
    assert_exit(&out, 0);
    assert!(waited >= Duration::from_millis(1500), "did not wait for the lock: {waited:?}");
    assert_eq!(db.user_ids(), vec!["patient".to_string()]);
}

#[test]
fn user_add_gives_up_on_a_lock_held_past_the_busy_timeout() {
    let db = Db::new();
    db.write_config("busy_timeout_seconds = 1\n");
    let holder = hold_write_lock(&db, Duration::from_secs(4));
    let start = Instant::now();

    let out = db.run(&["user", "add", "impatient"]);

    let waited = start.elapsed();
    holder.join().expect("the lock holder ends");
    assert_exit(&out, 1);
    assert!(waited < Duration::from_millis(3500), "waited past the 1 s timeout: {waited:?}");
    assert_stderr_has(&out, "error: the database is busy");
    assert_exit(&db.run(&["user", "show", "impatient"]), 1);
    assert_eq!(db.user_ids(), Vec::<String>::new());
    assert!(!db.audit().iter().any(|e| e["action"] == json!("user.add")));
}
