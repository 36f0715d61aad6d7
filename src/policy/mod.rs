//! The MFA policy: one per database, its defaults, ranges and risky values.
//!
//! Rule: a change is validated as a whole before anything is stored, so an
//! out-of-range value changes nothing.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::validate::{check_line, shorten};

mod admin;

pub use admin::PolicyView;

/// How the second factor is given at sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// An authenticator app's 6-digit code (TOTP).
    App,
    /// A 6-letter code mailed to the user.
    Email,
}

impl Method {
    /// The name used on the command line and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::App => "app",
            Method::Email => "email",
        }
    }

    /// Reads a stored or typed method name.
    pub fn parse(text: &str) -> Result<Method> {
        match text {
            "app" => Ok(Method::App),
            "email" => Ok(Method::Email),
            other => Err(Error::usage(format!("`{other}` is not an MFA method"))
                .hint("use --method app or --method email")),
        }
    }
}

/// The stored policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Policy {
    /// MFA is demanded at sign-in.
    pub enabled: bool,
    /// App or email.
    pub method: Method,
    /// Days a device may skip MFA after a remembered sign-in; 0 turns it off.
    pub remember_days: u32,
    /// Lifetime of an emailed sign-in code.
    pub email_code_minutes: u32,
    /// Lifetime of an emergency code.
    pub emergency_code_minutes: u32,
    /// New devices must be authorised once by an emailed code.
    pub device_authorisation: bool,
    /// Web administration pages reachable from the server only.
    pub admin_local_only: bool,
    /// Account name shown in authenticator apps.
    pub issuer: String,
    /// The subscriber the cloud application itself signs in through.
    pub cloud_subscriber: Option<String>,
    /// Wrong tries a single code accepts before it is void.
    pub code_max_attempts: u32,
    /// Failures in a row that lock a user.
    pub lockout_failures: u32,
    /// How long a lock lasts.
    pub lockout_minutes: u32,
    /// Roles whose users never get an MFA prompt.
    pub exempt_roles: Vec<String>,
}

/// A requested change; `None` leaves a setting as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicyChange {
    /// See [`Policy::enabled`].
    pub enabled: Option<bool>,
    /// See [`Policy::method`].
    pub method: Option<Method>,
    /// See [`Policy::remember_days`].
    pub remember_days: Option<u32>,
    /// See [`Policy::email_code_minutes`].
    pub email_code_minutes: Option<u32>,
    /// See [`Policy::emergency_code_minutes`].
    pub emergency_code_minutes: Option<u32>,
    /// See [`Policy::device_authorisation`].
    pub device_authorisation: Option<bool>,
    /// See [`Policy::admin_local_only`].
    pub admin_local_only: Option<bool>,
    /// See [`Policy::issuer`].
    pub issuer: Option<String>,
    /// See [`Policy::code_max_attempts`].
    pub code_max_attempts: Option<u32>,
    /// See [`Policy::lockout_failures`].
    pub lockout_failures: Option<u32>,
    /// See [`Policy::lockout_minutes`].
    pub lockout_minutes: Option<u32>,
}

impl PolicyChange {
    /// Whether the change names no setting at all.
    pub fn is_empty(&self) -> bool {
        *self == PolicyChange::default()
    }
}

impl Policy {
    /// Applies a change after checking every value; returns warnings about risky
    /// values the change turned on.
    pub fn apply(&mut self, change: &PolicyChange) -> Result<Vec<String>> {
        check_range("--remember-days", change.remember_days, 0, 365)?;
        check_range("--email-code-minutes", change.email_code_minutes, 1, 60)?;
        check_range("--emergency-code-minutes", change.emergency_code_minutes, 1, 60)?;
        check_range("--code-max-attempts", change.code_max_attempts, 1, 20)?;
        check_range("--lockout-failures", change.lockout_failures, 1, 100)?;
        check_range("--lockout-minutes", change.lockout_minutes, 1, 1440)?;
        if let Some(issuer) = &change.issuer {
            check_issuer(issuer)?;
        }
        let before = self.clone();
        self.merge(change);
        Ok(self.new_risks(&before))
    }

    fn merge(&mut self, change: &PolicyChange) {
        set(&mut self.enabled, change.enabled);
        set(&mut self.method, change.method);
        set(&mut self.remember_days, change.remember_days);
        set(&mut self.email_code_minutes, change.email_code_minutes);
        set(&mut self.emergency_code_minutes, change.emergency_code_minutes);
        set(&mut self.device_authorisation, change.device_authorisation);
        set(&mut self.admin_local_only, change.admin_local_only);
        set(&mut self.issuer, change.issuer.clone());
        set(&mut self.code_max_attempts, change.code_max_attempts);
        set(&mut self.lockout_failures, change.lockout_failures);
        set(&mut self.lockout_minutes, change.lockout_minutes);
    }

    fn new_risks(&self, before: &Policy) -> Vec<String> {
        let mut warnings = Vec::new();
        if before.admin_local_only && !self.admin_local_only {
            warnings.push(
                "admin local only is now off: the web administration pages, which have no \
                 MFA, can be reached from other machines"
                    .to_string(),
            );
        }
        if before.enabled && !self.enabled {
            warnings.push("MFA is now off: a stolen password alone is enough to sign in".into());
        }
        if before.device_authorisation && !self.device_authorisation {
            warnings.push("device authorisation is now off: new devices are not checked".into());
        }
        warnings
    }

    /// Whether users of `role` are exempt from MFA.
    pub fn is_exempt(&self, role: &str) -> bool {
        self.exempt_roles.iter().any(|r| r.eq_ignore_ascii_case(role))
    }
}

/// Checks an issuer name: 1 to 64 visible characters, no ':' (apps split the
/// label on it).
pub fn check_issuer(issuer: &str) -> Result<()> {
    if issuer.contains(':') || issuer.trim().is_empty() {
        return Err(Error::usage(format!("`{}` cannot be an issuer", shorten(issuer)))
            .hint("give --issuer without ':' (apps split issuer and user on it)"));
    }
    check_line("an issuer", issuer, 64, "--issuer \"Préstamos Nube\"")
}

fn check_range(flag: &str, value: Option<u32>, low: u32, high: u32) -> Result<()> {
    match value {
        Some(v) if v < low || v > high => {
            Err(Error::usage(format!("{flag} must be between {low} and {high}, not {v}"))
                .hint("nothing was changed; run `mfactl policy set` again with a value in range"))
        }
        _ => Ok(()),
    }
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy {
            enabled: true,
            method: Method::App,
            remember_days: 0,
            email_code_minutes: 5,
            emergency_code_minutes: 2,
            device_authorisation: true,
            admin_local_only: true,
            issuer: "Example".into(),
            cloud_subscriber: None,
            code_max_attempts: 5,
            lockout_failures: 10,
            lockout_minutes: 15,
            exempt_roles: vec![],
        }
    }

    #[test]
    fn out_of_range_changes_nothing() {
        let mut p = policy();
        let change =
            PolicyChange { remember_days: Some(366), enabled: Some(false), ..Default::default() };
        assert!(p.apply(&change).is_err());
        assert_eq!(p, policy());
    }

    #[test]
    fn range_edges_are_accepted() {
        let mut p = policy();
        let change = PolicyChange {
            remember_days: Some(365),
            email_code_minutes: Some(60),
            emergency_code_minutes: Some(1),
            ..Default::default()
        };
        assert_eq!(p.apply(&change), Ok(vec![]));
        assert_eq!(p.remember_days, 365);
    }

    #[test]
    fn risky_values_warn() {
        let mut p = policy();
        let change = PolicyChange {
            enabled: Some(false),
            admin_local_only: Some(false),
            ..Default::default()
        };
        assert_eq!(p.apply(&change).map(|w| w.len()), Ok(2));
    }
}
