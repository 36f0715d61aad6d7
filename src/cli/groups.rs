//! The clap types of the subcommand groups that manage things: policy, users,
//! MFA, devices and subscribers.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{MethodArg, Switch};

/// `policy` subcommands.
#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Show the policy
    Show,
    /// Change settings; out-of-range values are refused and change nothing
    Set(PolicySetArgs),
    /// Roles whose users never get an MFA prompt
    #[command(subcommand)]
    Exempt(ExemptCommand),
}

/// Arguments of `policy set`.
#[derive(Debug, Args)]
pub struct PolicySetArgs {
    /// Demand MFA at sign-in
    #[arg(long, value_name = "ON|OFF")]
    pub enabled: Option<Switch>,
    /// How the second factor is given
    #[arg(long)]
    pub method: Option<MethodArg>,
    /// Days a device may skip MFA after "remember" (0-365, 0 turns it off)
    #[arg(long, value_name = "N")]
    pub remember_days: Option<u32>,
    /// Lifetime of an emailed sign-in code (1-60)
    #[arg(long, value_name = "N")]
    pub email_code_minutes: Option<u32>,
    /// Lifetime of an emergency code (1-60)
    #[arg(long, value_name = "N")]
    pub emergency_code_minutes: Option<u32>,
    /// Authorise each new device once by emailed code
    #[arg(long, value_name = "ON|OFF")]
    pub device_authorisation: Option<Switch>,
    /// Web administration pages reachable from the server only
    #[arg(long, value_name = "ON|OFF")]
    pub admin_local_only: Option<Switch>,
    /// Account name shown in authenticator apps
    #[arg(long, value_name = "NAME")]
    pub issuer: Option<String>,
    /// Wrong tries a code accepts before it is void (1-20)
    #[arg(long, value_name = "N")]
    pub code_max_attempts: Option<u32>,
    /// Failures in a row that lock a user (1-100)
    #[arg(long, value_name = "N")]
    pub lockout_failures: Option<u32>,
    /// Minutes a lock lasts (1-1440)
    #[arg(long, value_name = "N")]
    pub lockout_minutes: Option<u32>,
}

/// `policy exempt` subcommands.
#[derive(Debug, Subcommand)]
pub enum ExemptCommand {
    /// Exempt roles from MFA
    Add(RolesArg),
    /// End roles' exemption
    Remove(RolesArg),
    /// List exempt roles
    List,
}

/// One or more role names.
#[derive(Debug, Args)]
pub struct RolesArg {
    /// Role names
    #[arg(required = true, value_name = "ROLE")]
    pub roles: Vec<String>,
}

/// `user` subcommands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user
    Add(UserAddArgs),
    /// Import users from CSV (user_id,name,email,role[,password_hash]); all or none
    Import(ImportArgs),
    /// List users
    List(UserListArgs),
    /// Show one user
    Show(UserArg),
    /// Change a user's name, email, role or enabled flag
    Set(UserSetArgs),
    /// Remove a user with their authenticator and devices
    Remove(UserArg),
    /// Set a user's password (ends remembered MFA on all their devices)
    Passwd(PasswdArgs),
    /// Lift a user's lock after too many failures
    Unlock(UserArg),
}

/// A single user id.
#[derive(Debug, Args)]
pub struct UserArg {
    /// The user id
    #[arg(value_name = "USER")]
    pub user: String,
}

/// Arguments of `user add`.
#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// The user id (unique, case-insensitive)
    #[arg(value_name = "USER")]
    pub user: String,
    /// Display name [default: the user id]
    #[arg(long)]
    pub name: Option<String>,
    /// Email address (needed for emailed codes)
    #[arg(long)]
    pub email: Option<String>,
    /// Role name
    #[arg(long, default_value = "user")]
    pub role: String,
    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
}

/// Arguments of `user import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for stdin
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
}

/// Arguments of `user list`.
#[derive(Debug, Args)]
pub struct UserListArgs {
    /// Only users of this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
}

/// Arguments of `user set`.
#[derive(Debug, Args)]
pub struct UserSetArgs {
    /// The user id
    #[arg(value_name = "USER")]
    pub user: String,
    /// New display name
    #[arg(long)]
    pub name: Option<String>,
    /// New email address
    #[arg(long, conflicts_with = "no_email")]
    pub email: Option<String>,
    /// Remove the email address
    #[arg(long)]
    pub no_email: bool,
    /// New role
    #[arg(long)]
    pub role: Option<String>,
    /// Allow or stop sign-in
    #[arg(long, value_name = "ON|OFF")]
    pub enabled: Option<Switch>,
}

/// Arguments of `user passwd`.
#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// The user id
    #[arg(value_name = "USER")]
    pub user: String,
    /// Read the password from the first line of stdin instead of asking
    #[arg(long)]
    pub password_stdin: bool,
}

/// `mfa` subcommands.
#[derive(Debug, Subcommand)]
pub enum MfaCommand {
    /// Show whether users have no, a pending or a confirmed authenticator
    Status(MfaStatusArgs),
    /// Start enrolment: print the QR code, the otpauth URI and the secret
    Enroll(EnrollArgs),
    /// Remove authenticators and remembered devices (users enrol afresh)
    Reset(ResetArgs),
}

/// Arguments of `mfa status`.
#[derive(Debug, Args)]
pub struct MfaStatusArgs {
    /// Only this user
    #[arg(value_name = "USER")]
    pub user: Option<String>,
}

/// Arguments of `mfa enroll`.
#[derive(Debug, Args)]
pub struct EnrollArgs {
    /// The user id
    #[arg(value_name = "USER")]
    pub user: String,
    /// Also write the QR code to this PNG file
    #[arg(long, value_name = "FILE")]
    pub png: Option<PathBuf>,
    /// Also write the QR code to this SVG file
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
    /// Paint the terminal QR code for light terminal themes
    #[arg(long)]
    pub invert: bool,
    /// Enrol an existing base32 secret read from stdin (moving from another system)
    #[arg(long)]
    pub secret_stdin: bool,
}

/// Arguments of `mfa reset`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("who").required(true).args(["users", "role", "all"]))]
pub struct ResetArgs {
    /// The user ids
    #[arg(value_name = "USER")]
    pub users: Vec<String>,
    /// Every user of this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Every user
    #[arg(long)]
    pub all: bool,
}

/// `device` subcommands.
#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// List devices, of one user or all
    List(DeviceListArgs),
    /// Revoke devices: they must be authorised again
    Revoke(RevokeArgs),
}

/// Arguments of `device list`.
#[derive(Debug, Args)]
pub struct DeviceListArgs {
    /// Only this user's devices
    #[arg(value_name = "USER")]
    pub user: Option<String>,
}

/// Arguments of `device revoke`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["ids", "all"]))]
pub struct RevokeArgs {
    /// Device ids from `device list`
    #[arg(value_name = "ID")]
    pub ids: Vec<i64>,
    /// The user whose devices to revoke (with --all)
    #[arg(long, value_name = "USER", requires = "all")]
    pub user: Option<String>,
    /// Revoke every device of --user
    #[arg(long, requires = "user")]
    pub all: bool,
}

/// `subscriber` subcommands.
#[derive(Debug, Subcommand)]
pub enum SubscriberCommand {
    /// List subscribers
    List,
    /// Add a subscriber
    Add(SubscriberArg),
    /// Remove a subscriber
    Remove(SubscriberArg),
    /// Turn MFA bypass on or off for a subscriber
    Bypass(BypassArgs),
    /// Make a subscriber the one the cloud application signs in through
    Use(SubscriberArg),
}

/// A subscriber name.
#[derive(Debug, Args)]
pub struct SubscriberArg {
    /// The subscriber's name
    #[arg(value_name = "NAME")]
    pub name: String,
}

/// Arguments of `subscriber bypass`.
#[derive(Debug, Args)]
pub struct BypassArgs {
    /// The subscriber's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// on or off
    #[arg(value_name = "ON|OFF")]
    pub state: Switch,
    /// Allow bypass on the cloud subscriber (a configuration error)
    #[arg(long)]
    pub force: bool,
}
