//! The harness: a temporary database initialised by the real binary, and
//! commands that run `mfactl` against it with a clean environment.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

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
        let config = self.dir().join("config.toml");
        if !config.exists() {
            std::fs::write(&config, "").expect("config file");
        }
        let mut cmd = Command::cargo_bin("mfactl").expect("the mfactl binary");
        cmd.env("MFACTL_DB", &self.path)
            .env("MFACTL_CONFIG", &config)
            .env("MFACTL_ACTOR", "tester")
            .env_remove("MFACTL_KEY_FILE")
            .env_remove("MFACTL_NOW")
            .env_remove("MFACTL_SMTP_URL");
        cmd
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
