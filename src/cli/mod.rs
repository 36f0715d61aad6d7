//! The command line: clap types only. The same types generate the shell
//! completions in `completions/` and the man pages in `man/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod groups;

pub use groups::*;

/// Manage multi-factor authentication for a web application's users.
#[derive(Debug, Parser)]
#[command(name = "mfactl", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// The database file [default: the platform's data directory]
    #[arg(long, global = true, env = "MFACTL_DB", value_name = "FILE")]
    pub db: Option<PathBuf>,

    /// The config file [default: the platform's config directory]
    #[arg(long, global = true, env = "MFACTL_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Print one JSON document on stdout instead of tables
    #[arg(long, global = true)]
    pub json: bool,

    /// Confirm destructive commands without asking (needed without a terminal)
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,

    /// Print nothing but results and errors
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,

    /// Log what is done to stderr (-vv for more); never secrets
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Who is acting, for the audit log [default: the environment's user]
    #[arg(long, global = true, env = "MFACTL_ACTOR", value_name = "NAME")]
    pub actor: Option<String>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database and its key file (safe to run again)
    Init(InitArgs),
    /// Show or change the MFA policy
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Add, import, list, change and remove users
    #[command(subcommand)]
    User(UserCommand),
    /// Enrol authenticator apps, show MFA status, reset lost authenticators
    #[command(subcommand)]
    Mfa(MfaCommand),
    /// Create a one-time emergency code for a user without their phone
    EmergencyCode(UserArg),
    /// List and revoke the devices users sign in from
    #[command(subcommand)]
    Device(DeviceCommand),
    /// Manage web subscribers and their MFA bypass
    #[command(subcommand)]
    Subscriber(SubscriberCommand),
    /// Walk a user's sign-in: interactively on a terminal, or one step per call
    Signin(SigninArgs),
    /// Check a code for a user: exit 0 when accepted, 3 when rejected
    Verify(VerifyArgs),
    /// Report configuration errors and risks (exit 1 when an error is found)
    Doctor,
    /// Show the audit log, newest first
    Audit(AuditArgs),
    /// Show or rotate the key that seals secrets
    #[command(subcommand)]
    Key(KeyCommand),
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

/// A switch given as `on` or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    /// Turn it on.
    On,
    /// Turn it off.
    Off,
}

impl Switch {
    /// As a boolean.
    pub fn is_on(self) -> bool {
        self == Switch::On
    }
}

/// MFA methods on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// Authenticator app (TOTP)
    App,
    /// Emailed code
    Email,
}

/// Arguments of `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Account name shown in authenticator apps
    #[arg(long, value_name = "NAME")]
    pub issuer: Option<String>,
    /// Load about 50 example users (examples/users.csv)
    #[arg(long)]
    pub sample_data: bool,
}

/// Arguments of `verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The user id
    #[arg(value_name = "USER")]
    pub user: String,
    /// A 6-digit authenticator code or the 6-letter emergency code
    #[arg(value_name = "CODE")]
    pub code: String,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// Arguments of `audit`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only entries about this user
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Only this action (e.g. mfa.reset, verify, signin) or its sub-actions
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,
    /// Only entries this recent, e.g. 90m, 7d, 2w
    #[arg(long, value_name = "DURATION")]
    pub since: Option<String>,
    /// At most this many entries
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u32,
}

/// `key` subcommands.
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Show which key the database expects and whether the key file matches
    Status,
    /// Write a new key file and re-seal every secret under it
    Rotate,
}

/// Arguments of `signin`.
#[derive(Debug, Args)]
pub struct SigninArgs {
    /// The user id
    #[arg(value_name = "USER")]
    pub user: String,
    /// Read the password from stdin and run one step (for scripts)
    #[arg(long)]
    pub password_stdin: bool,
    /// The device token from an earlier step or sign-in
    #[arg(long, value_name = "TOKEN")]
    pub device: Option<String>,
    /// What a new device is, e.g. "Firefox on Windows"
    #[arg(long, value_name = "TEXT")]
    pub device_label: Option<String>,
    /// The code that answers the pending step
    #[arg(long, value_name = "CODE", requires = "password_stdin")]
    pub code: Option<String>,
    /// Remember this device for the policy's number of days once MFA is passed
    #[arg(long, requires = "password_stdin")]
    pub remember: bool,
    /// The subscriber signed in through [default: the cloud subscriber]
    #[arg(long, value_name = "NAME")]
    pub subscriber: Option<String>,
}
