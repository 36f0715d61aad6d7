//! `doctor`: configuration errors and risks, found by reading the policy,
//! the users, the subscribers, the SMTP settings and the system clock.
//!
//! Rule: an error is something that breaks sign-in or MFA now; a warning is a
//! weaker setting someone should have chosen knowingly.

use serde::Serialize;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::mail::Mailer;
use crate::policy::{Method, Policy};
use crate::store::Tx;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Breaks sign-in or MFA; `doctor` exits 1.
    Error,
    /// A risk worth knowing.
    Warning,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// A short stable name, e.g. `cloud_subscriber_bypassed`.
    pub check: &'static str,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What fixes it.
    pub hint: String,
}

/// What the operating system says about clock synchronisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockSync {
    /// Synchronised.
    Synchronised,
    /// Reported as not synchronised.
    Unsynchronised,
    /// Cannot tell on this system.
    Unknown,
}

/// Asks the kernel whether the clock is synchronised (Linux `adjtimex`, which
/// only reads when no mode bits are set).
pub fn system_clock_sync() -> ClockSync {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `timex` is plain data; zeroed means "read only" to adjtimex.
        let mut timex: libc::timex = unsafe { std::mem::zeroed() };
        // SAFETY: a valid, exclusively borrowed `timex` is passed.
        let state = unsafe { libc::adjtimex(&mut timex) };
        match state {
            libc::TIME_ERROR => ClockSync::Unsynchronised,
            s if s >= 0 => ClockSync::Synchronised,
            _ => ClockSync::Unknown,
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        ClockSync::Unknown
    }
}

fn finding(severity: Severity, check: &'static str, message: String, hint: &str) -> Finding {
    Finding { severity, check, message, hint: hint.to_string() }
}

impl Context {
    /// Runs every check; `clock` is what the system reports.
    pub fn doctor(&self, clock: ClockSync) -> Result<Vec<Finding>> {
        let smtp = self.smtp_problem();
        let mut findings = self.store.read(|tx| {
            let policy = tx.policy()?;
            let mut found = Vec::new();
            check_cloud_subscriber(tx, &policy, &mut found)?;
            check_mail(tx, &policy, smtp.as_ref(), &mut found)?;
            check_plain_login(self.settings.smtp.url.as_deref(), &mut found);
            check_policy(tx, &policy, &mut found)?;
            self.check_key(tx, &mut found);
            Ok(found)
        })?;
        self.check_file_modes(&mut findings);
        if clock == ClockSync::Unsynchronised {
            findings.push(finding(
                Severity::Warning,
                "clock_not_synchronised",
                "the operating system reports the clock as not synchronised; authenticator \
                 codes depend on it being right to within 30 seconds"
                    .into(),
                "enable time synchronisation (NTP), e.g. systemd-timesyncd or chrony",
            ));
        }
        findings.sort_by_key(|f| f.severity != Severity::Error);
        Ok(findings)
    }
}

fn check_cloud_subscriber(tx: &Tx, policy: &Policy, found: &mut Vec<Finding>) -> Result<()> {
    let Some(name) = &policy.cloud_subscriber else {
        found.push(finding(
            Severity::Error,
            "cloud_subscriber_missing",
            "the policy names no cloud subscriber".into(),
            "run `mfactl init` or `mfactl subscriber use NAME`",
        ));
        return Ok(());
    };
    match tx.subscriber(name)? {
        Some(row) if row.bypass => found.push(finding(
            Severity::Error,
            "cloud_subscriber_bypassed",
            format!(
                "MFA is bypassed on the cloud subscriber `{name}`; every sign-in through it fails"
            ),
            &format!("run `mfactl subscriber bypass {name} off`"),
        )),
        Some(_) => {}
        None => found.push(finding(
            Severity::Error,
            "cloud_subscriber_missing",
            format!("the cloud subscriber `{name}` does not exist"),
            "add it with `mfactl subscriber add NAME` and `mfactl subscriber use NAME`",
        )),
    }
    Ok(())
}

impl Context {
    /// Why mail cannot be sent as configured, if it cannot (no server is
    /// contacted; this reads the settings only).
    fn smtp_problem(&self) -> Option<Error> {
        Mailer::new(&self.settings.smtp).err()
    }

    /// The key file must be readable and be the key the database expects.
    fn check_key(&self, tx: &Tx, found: &mut Vec<Finding>) {
        if let Err(err) = self.key(tx) {
            let hint = err.hint.clone().unwrap_or_default();
            found.push(finding(Severity::Error, "key_file", err.message, &hint));
        }
    }

    /// The database and key file should be readable by their owner only.
    fn check_file_modes(&self, found: &mut Vec<Finding>) {
        for path in [&self.settings.db, &self.settings.key_file] {
            if let Some(mode) = file_mode(path).filter(|mode| mode & 0o077 != 0) {
                found.push(finding(
                    Severity::Warning,
                    "file_permissions",
                    format!("{} has mode {mode:o}: other users can read it", path.display()),
                    &format!("run `chmod 600 {}`", path.display()),
                ));
            }
        }
    }
}

#[cfg(unix)]
fn file_mode(path: &std::path::Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).ok().map(|m| m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn file_mode(_path: &std::path::Path) -> Option<u32> {
    None
}

fn check_mail(
    tx: &Tx,
    policy: &Policy,
    smtp: Option<&Error>,
    found: &mut Vec<Finding>,
) -> Result<()> {
    let email_mfa = policy.enabled && policy.method == Method::Email;
    if let (true, Some(problem)) = (email_mfa || policy.device_authorisation, smtp) {
        let what = if email_mfa { "the email MFA method" } else { "device authorisation" };
        found.push(finding(
            Severity::Error,
            "smtp",
            format!("{what} mails codes, but mail cannot be sent: {}", problem.message),
            problem.hint.as_deref().unwrap_or("see the [smtp] table in README.md"),
        ));
    }
    let without = tx.count_users_without_email()?;
    if (email_mfa || policy.device_authorisation) && without > 0 {
        found.push(finding(
            Severity::Warning,
            "users_without_email",
            format!("{without} enabled users have no email address and cannot receive codes"),
            "add addresses with `mfactl user set USER --email ADDRESS`",
        ));
    }
    if email_mfa {
        found.push(finding(
            Severity::Warning,
            "email_method",
            "the MFA method is email: a mailbox is a weaker second factor than an authenticator app".into(),
            "prefer `mfactl policy set --method app`",
        ));
    }
    Ok(())
}

/// A login over `smtp://` without `tls=required` crosses the network in plain
/// text; the spec allows it, so it is a warning.
fn check_plain_login(url: Option<&str>, found: &mut Vec<Finding>) {
    let Some(url) = url.and_then(|u| url::Url::parse(u).ok()) else { return };
    let starttls = url.query_pairs().any(|(name, value)| name == "tls" && value == "required");
    if url.scheme() == "smtp" && url.password().is_some() && !starttls {
        found.push(finding(
            Severity::Warning,
            "smtp_plain_login",
            "the SMTP login is sent in plain text (smtp:// without tls=required)".into(),
            "use smtp://...?tls=required (STARTTLS) or smtps:// in `[smtp] url`",
        ));
    }
}

fn check_policy(tx: &Tx, policy: &Policy, found: &mut Vec<Finding>) -> Result<()> {
    if !policy.enabled {
        found.push(finding(
            Severity::Warning,
            "mfa_off",
            "MFA is off: a stolen password alone is enough to sign in".into(),
            "run `mfactl policy set --enabled on`",
        ));
    }
    if !policy.admin_local_only {
        found.push(finding(
            Severity::Warning,
            "admin_not_local",
            "the web administration pages, which have no MFA, are reachable from other machines"
                .into(),
            "run `mfactl policy set --admin-local-only on`",
        ));
    }
    for role in &policy.exempt_roles {
        if role.to_lowercase().contains("admin") && !tx.list_users(Some(role))?.is_empty() {
            found.push(finding(
                Severity::Warning,
                "admins_exempt",
                format!(
                    "the exempt role `{role}` holds administrators, who then sign in without MFA"
                ),
                &format!("run `mfactl policy exempt remove {role}`"),
            ));
        }
    }
    Ok(())
}
