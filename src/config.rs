//! Where the database, key file and config file are, and what the config file
//! says.
//!
//! Rule: a flag beats its environment variable, which beats the config file,
//! which beats the platform default from the `directories` crate.

use std::path::{Path, PathBuf};
use std::time::Duration;

use directories::ProjectDirs;
use serde::Deserialize;

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::mail::SmtpConfig;

/// The config file (TOML).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The database file.
    pub db: Option<PathBuf>,
    /// The key file; by default the database path with `.key` appended.
    pub key_file: Option<PathBuf>,
    /// How long to wait for another mfactl's write lock.
    pub busy_timeout_seconds: Option<u64>,
    /// Outgoing mail.
    #[serde(default)]
    pub smtp: SmtpConfig,
}

/// Everything a command needs to know before it opens the database.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The database file.
    pub db: PathBuf,
    /// The key file.
    pub key_file: PathBuf,
    /// Where "now" comes from.
    pub clock: Clock,
    /// Who is acting, for the audit log.
    pub actor: String,
    /// Outgoing mail.
    pub smtp: SmtpConfig,
    /// How long to wait for another process's write lock.
    pub busy_timeout: Duration,
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "mfactl")
}

/// The platform's default config file location.
pub fn default_config_path() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().join("config.toml"))
}

/// The platform's default database location.
pub fn default_db_path() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.data_dir().join("mfactl.db"))
}

/// Reads the config file. A file named explicitly must exist; the default one
/// may be absent.
pub fn load_config(path: Option<&Path>) -> Result<ConfigFile> {
    let (path, explicit) = match path {
        Some(path) => (path.to_path_buf(), true),
        None => match default_config_path() {
            Some(path) => (path, false),
            None => return Ok(ConfigFile::default()),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok(ConfigFile::default())
        }
        Err(err) => {
            return Err(Error::failed(format!("cannot read the config file {}", path.display()))
                .cause(err)
                .hint("check --config / MFACTL_CONFIG"))
        }
    };
    toml::from_str(&text).map_err(|err| {
        Error::failed(format!("the config file {} is not valid", path.display()))
            .cause(err.message())
            .hint("see the Configuration section of README.md for the keys it accepts")
    })
}

/// How long to wait for another process's write lock: `busy_timeout_seconds`
/// from the config file, 10 by default, at most an hour.
pub fn busy_timeout(file: &ConfigFile) -> Result<Duration> {
    match file.busy_timeout_seconds.unwrap_or(10) {
        secs @ 0..=3600 => Ok(Duration::from_secs(secs)),
        secs => Err(Error::failed(format!("busy_timeout_seconds = {secs} is more than an hour"))
            .hint("set busy_timeout_seconds in the config file to 0..3600")),
    }
}

/// The key file for a database when none is configured: beside it, with
/// `.key` appended to its name.
pub fn default_key_file(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "mfactl".into());
    name.push(".key");
    db.with_file_name(name)
}

/// Whoever runs the command, from the environment.
pub fn default_actor() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}
