//! Showing and changing the stored policy and its exempt roles.

use serde::Serialize;

use super::{Method, Policy, PolicyChange};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::users::check_role;

/// The policy as shown to people and scripts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyView {
    /// MFA is demanded at sign-in.
    pub enabled: bool,
    /// `app` or `email`.
    pub method: Method,
    /// Days a device may skip MFA; 0 is off.
    pub remember_days: u32,
    /// Lifetime of an emailed sign-in code, minutes.
    pub email_code_minutes: u32,
    /// Lifetime of an emergency code, minutes.
    pub emergency_code_minutes: u32,
    /// New devices are authorised by emailed code.
    pub device_authorisation: bool,
    /// Web administration from the server only.
    pub admin_local_only: bool,
    /// Name shown in authenticator apps.
    pub issuer: String,
    /// The cloud application's own subscriber.
    pub cloud_subscriber: Option<String>,
    /// Wrong tries a code accepts.
    pub code_max_attempts: u32,
    /// Failures in a row that lock a user.
    pub lockout_failures: u32,
    /// Minutes a lock lasts.
    pub lockout_minutes: u32,
    /// Roles never asked for MFA.
    pub exempt_roles: Vec<String>,
}

impl From<Policy> for PolicyView {
    fn from(p: Policy) -> Self {
        PolicyView {
            enabled: p.enabled,
            method: p.method,
            remember_days: p.remember_days,
            email_code_minutes: p.email_code_minutes,
            emergency_code_minutes: p.emergency_code_minutes,
            device_authorisation: p.device_authorisation,
            admin_local_only: p.admin_local_only,
            issuer: p.issuer,
            cloud_subscriber: p.cloud_subscriber,
            code_max_attempts: p.code_max_attempts,
            lockout_failures: p.lockout_failures,
            lockout_minutes: p.lockout_minutes,
            exempt_roles: p.exempt_roles,
        }
    }
}

impl Context {
    /// The stored policy.
    pub fn policy(&self) -> Result<Policy> {
        self.store.read(|tx| tx.policy())
    }

    /// Changes settings; returns the new policy and warnings about risky values.
    pub fn set_policy(&self, change: &PolicyChange) -> Result<(Policy, Vec<String>)> {
        if change.is_empty() {
            return Err(Error::usage("no setting to change was given")
                .hint("see `mfactl policy set --help` for the settings"));
        }
        self.write(|tx| {
            let mut policy = tx.policy()?;
            let mut warnings = policy.apply(change)?;
            tx.save_policy(&policy)?;
            if change.method == Some(Method::Email) {
                let without = tx.count_users_without_email()?;
                if without > 0 {
                    warnings.push(format!(
                        "{without} enabled users have no email address and cannot sign in \
                         with the email method; add one with `mfactl user set USER --email`"
                    ));
                }
            }
            let detail = describe_change(change);
            self.audit(tx, "policy.set", None, "ok", Some(&detail))?;
            Ok((policy, warnings))
        })
    }

    /// Exempts roles from MFA; returns the exempt roles afterwards.
    pub fn add_exempt_roles(&self, roles: &[String]) -> Result<Vec<String>> {
        roles.iter().try_for_each(|role| check_role(role))?;
        self.write(|tx| {
            for role in roles {
                if tx.add_exempt_role(role)? {
                    self.audit(tx, "policy.exempt.add", Some(role), "ok", None)?;
                }
            }
            tx.exempt_roles()
        })
    }

    /// Ends exemptions; returns the exempt roles afterwards.
    pub fn remove_exempt_roles(&self, roles: &[String]) -> Result<Vec<String>> {
        self.write(|tx| {
            for role in roles {
                if !tx.remove_exempt_role(role)? {
                    return Err(Error::failed(format!("the role `{role}` is not exempt"))
                        .hint("list exempt roles with `mfactl policy exempt list`"));
                }
                self.audit(tx, "policy.exempt.remove", Some(role), "ok", None)?;
            }
            tx.exempt_roles()
        })
    }
}

/// Names the settings a change touched, for the audit log.
fn describe_change(change: &PolicyChange) -> String {
    let mut parts = Vec::new();
    let mut note = |name: &str, value: Option<String>| {
        if let Some(value) = value {
            parts.push(format!("{name}={value}"));
        }
    };
    note("enabled", change.enabled.map(|v| v.to_string()));
    note("method", change.method.map(|m| m.as_str().to_string()));
    note("remember_days", change.remember_days.map(|v| v.to_string()));
    note("email_code_minutes", change.email_code_minutes.map(|v| v.to_string()));
    note("emergency_code_minutes", change.emergency_code_minutes.map(|v| v.to_string()));
    note("device_authorisation", change.device_authorisation.map(|v| v.to_string()));
    note("admin_local_only", change.admin_local_only.map(|v| v.to_string()));
    note("issuer", change.issuer.clone());
    note("code_max_attempts", change.code_max_attempts.map(|v| v.to_string()));
    note("lockout_failures", change.lockout_failures.map(|v| v.to_string()));
    note("lockout_minutes", change.lockout_minutes.map(|v| v.to_string()));
    parts.join(", ")
}
