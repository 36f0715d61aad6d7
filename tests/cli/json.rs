//! With `--json` every command prints exactly one JSON document on stdout.

use crate::support::{assert_exit, Db};

fn parses(db: &Db, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json", "--yes"];
    all.extend_from_slice(args);
    let out = db.run(&all);
    assert_exit(&out, 0);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|err| {
        panic!(
            "{args:?} printed no JSON document ({err}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

#[test]
fn every_command_prints_one_json_document() {
    let db = Db::new();
    let csv = db.dir().join("users.csv");
    std::fs::write(&csv, "user_id,name,email,role\nzoe,Zoe,zoe@example.test,broker\n")
        .expect("csv");
    let csv = csv.to_str().expect("UTF-8 path");
    let commands: Vec<Vec<&str>> = vec![
        vec!["init"],
        vec!["user", "add", "ana", "--email", "ana@example.test"],
        vec!["user", "import", csv],
        vec!["user", "set", "ana", "--name", "Ana"],
        vec!["user", "unlock", "ana"],
        vec!["policy", "set", "--remember-days", "7"],
        vec!["policy", "exempt", "add", "broker"],
        vec!["policy", "exempt", "list"],
        vec!["policy", "exempt", "remove", "broker"],
        vec!["mfa", "enroll", "ana"],
        vec!["mfa", "status"],
        vec!["emergency-code", "ana"],
        vec!["mfa", "reset", "ana"],
        vec!["device", "list"],
        vec!["device", "revoke", "--user", "ana", "--all"],
        vec!["subscriber", "add", "portal"],
        vec!["subscriber", "bypass", "portal", "on"],
        vec!["subscriber", "use", "cloud"],
        vec!["subscriber", "remove", "portal"],
        vec!["key", "status"],
        vec!["key", "rotate"],
        vec!["audit"],
        vec!["user", "remove", "zoe"],
    ];
    for args in commands {
        parses(&db, &args);
    }
    let passwd = db.run_with_stdin(
        &["--json", "user", "passwd", "ana", "--password-stdin"],
        "long enough secret\n",
    );
    assert_exit(&passwd, 0);
    let doc: serde_json::Value = serde_json::from_slice(&passwd.stdout).expect("JSON");
    assert_eq!(doc["remembered_devices_forgotten"], 0);
}
