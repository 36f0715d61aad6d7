//! The harness: a temporary database initialised by the real binary, and
//! commands that run `mfactl` against it with a clean environment.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::cargo::CommandCargoExt;
use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// RFC 6238's SHA-1 test key, base32.
pub const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// A temporary directory with an initialised database in it.
pub struct Db {
    dir: TempDir,
    /// The database file.
    pub path: PathBuf,
}

impl Db {
    /// Initialises an empty database with issuer `Example`.
    pub fn new() -> Db {
        let db = Db::uninitialised();
        db.ok(&["init", "--issuer", "Example"]);
        db
    }

    /// A temporary directory where the database does not exist yet.
    pub fn uninitialised() -> Db {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("mfactl.db");
        Db { dir, path }
    }

    /// The temporary directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The key file `init` creates beside the database.
    pub fn key_file(&self) -> PathBuf {
        self.dir().join("mfactl.db.key")
    }

    /// `mfactl` with this database, an empty config and no inherited settings.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The same command as [`Db::cmd`] as a `std::process::Command`, for tests
    /// that spawn processes and wait for them later.
    pub fn process(&self) -> std::process::Command {
        let config = self.config_file();
        if !config.exists() {
            std::fs::write(&config, "").expect("config file");
        }
        let mut cmd = std::process::Command::cargo_bin("mfactl").expect("the mfactl binary");
        cmd.env("MFACTL_DB", &self.path)
            .env("MFACTL_CONFIG", &config)
            .env("MFACTL_ACTOR", "tester")
            .env_remove("MFACTL_KEY_FILE")
            .env_remove("MFACTL_NOW")
            .env_remove("MFACTL_SMTP_URL");
        cmd
    }

    /// The config file every command is given.
    pub fn config_file(&self) -> PathBuf {
        self.dir().join("config.toml")
    }

    /// Replaces the config file's text.
    pub fn write_config(&self, text: &str) {
        std::fs::write(self.config_file(), text).expect("config file");
    }

    /// Runs `mfactl ARGS` with the clock fixed at a Unix time.
    pub fn run_at(&self, unix: i64, args: &[&str]) -> Output {
        self.at(unix).args(args).output().expect("mfactl runs")
    }

    /// Runs `mfactl --json ARGS` at a Unix time, asserts exit 0 and parses stdout.
    pub fn json_at(&self, unix: i64, args: &[&str]) -> Value {
        let out = self.at(unix).arg("--json").args(args).output().expect("mfactl runs");
        assert_exit(&out, 0);
        serde_json::from_slice(&out.stdout).expect("one JSON document on stdout")
    }

    /// Runs `mfactl verify USER CODE` at a Unix time.
    pub fn verify_at(&self, unix: i64, user: &str, code: &str) -> Output {
        self.run_at(unix, &["verify", user, code])
    }

    /// Runs `mfactl ARGS` with `input` on stdin.
    pub fn run_with_stdin(&self, args: &[&str], input: &str) -> Output {
        self.cmd().args(args).write_stdin(input).output().expect("mfactl runs")
    }

    /// Enrols a user with a given base32 secret through `--secret-stdin`.
    pub fn enroll_secret(&self, user: &str, secret: &str) {
        let out = self.run_with_stdin(&["mfa", "enroll", user, "--secret-stdin"], secret);
        assert_exit(&out, 0);
    }

    /// The whole audit log, newest first.
    pub fn audit(&self) -> Vec<Value> {
        let doc = self.json(&["audit", "--limit", "1000000"]);
        doc.as_array().expect("audit is a JSON array").clone()
    }

    /// `--json user list` as it is printed.
    pub fn users(&self) -> Value {
        self.json(&["user", "list"])
    }

    /// The user ids `user list` shows, in its order.
    pub fn user_ids(&self) -> Vec<String> {
        let users = self.users();
        let users = users.as_array().expect("user list is a JSON array");
        users.iter().map(|u| u["user_id"].as_str().expect("user_id").to_string()).collect()
    }

    /// One user's entry of `--json mfa status USER`.
    pub fn mfa_status(&self, user: &str) -> Value {
        self.json(&["mfa", "status", user])[0].clone()
    }

    /// `mfactl` with the clock fixed at a Unix time.
    pub fn at(&self, unix: i64) -> Command {
        let mut cmd = self.cmd();
        cmd.env("MFACTL_NOW", unix.to_string());
        cmd
    }

    /// Runs `mfactl ARGS` and returns what happened.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("mfactl runs")
    }

    /// Runs `mfactl ARGS`, asserts exit 0 and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_exit(&out, 0);
        String::from_utf8(out.stdout).expect("UTF-8 stdout")
    }

    /// Runs `mfactl --json ARGS`, asserts exit 0 and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        serde_json::from_str(&self.ok(&all)).expect("one JSON document on stdout")
    }

    /// Adds a user of a role with an email address.
    pub fn add_user(&self, user: &str, role: &str) {
        let email = format!("{user}@example.test");
        self.ok(&["user", "add", user, "--role", role, "--email", &email]);
    }

    /// Enrols a user and returns the base32 secret.
    pub fn enroll(&self, user: &str) -> String {
        let doc = self.json(&["mfa", "enroll", user]);
        doc["secret"].as_str().expect("secret in JSON").to_string()
    }

    /// Enrols a user and confirms the enrolment with the code at a Unix time;
    /// returns the base32 secret.
    pub fn enroll_confirmed(&self, user: &str, unix: i64) -> String {
        let secret = self.enroll(user);
        assert_exit(&self.verify_at(unix, user, &oathtool(&secret, unix)), 0);
        secret
    }

    /// Copies the database with its key, so a test can compare before/after.
    pub fn snapshot(&self) -> Vec<u8> {
        let out = self.run(&["--json", "audit", "--limit", "100000"]);
        let mut bytes = out.stdout;
        bytes.extend(self.run(&["--json", "user", "list"]).stdout);
        bytes.extend(self.run(&["--json", "policy", "show"]).stdout);
        bytes.extend(self.run(&["--json", "mfa", "status"]).stdout);
        bytes.extend(self.run(&["--json", "device", "list"]).stdout);
        bytes.extend(self.run(&["--json", "subscriber", "list"]).stdout);
        bytes
    }
}

/// Asserts an exit code, showing stderr when it differs.
pub fn assert_exit(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The code `oathtool` computes for a base32 secret at a Unix time.
pub fn oathtool(secret: &str, unix: i64) -> String {
    let out = std::process::Command::new("oathtool")
        .args(["--totp", "-b", "--now"])
        .arg(format!("@{unix}"))
        .arg(secret)
        .output()
        .expect("oathtool is installed (run scripts/install-test-deps)");
    assert!(out.status.success(), "oathtool failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8").trim().to_string()
}

/// stdout as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts that stderr contains `needle`, showing it when it does not.
pub fn assert_stderr_has(out: &Output, needle: &str) {
    let err = stderr(out);
    assert!(err.contains(needle), "stderr lacks {needle:?}:\n{err}");
}

/// The permission bits of a file, e.g. `0o600`.
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    meta.permissions().mode() & 0o777
}

/// A six-digit code that no step within one of `unix` yields for `secret`.
pub fn wrong_totp(secret: &str, unix: i64) -> String {
    let window: Vec<String> = [-30, 0, 30].iter().map(|d| oathtool(secret, unix + d)).collect();
    (0..)
        .map(|n: u32| format!("{:06}", (n * 7919 + 123_456) % 1_000_000))
        .find(|code| !window.contains(code))
        .expect("a wrong code")
}
