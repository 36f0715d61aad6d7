//! Everything printed on stdout: tables for people, one JSON document for
//! scripts. Notes and warnings go to stderr.
//!
//! Rule: a closed stdout pipe is not an error worth a message; callers pass
//! the `io::Error` up and `main` ends quietly.

use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use serde::Serialize;

use mfactl::audit::AuditView;
use mfactl::devices::DeviceView;
use mfactl::doctor::{Finding, Severity};
use mfactl::enrolment::{Enrolment, MfaStatus};
use mfactl::keys::KeyStatus;
use mfactl::policy::PolicyView;
use mfactl::signin::SigninStep;
use mfactl::subscribers::SubscriberView;
use mfactl::users::UserView;

/// How results are shown.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// One JSON document instead of tables.
    pub json: bool,
    /// No notes on stderr.
    pub quiet: bool,
}

impl Output {
    /// Prints a value as pretty JSON.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let mut out = io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
        writeln!(out)
    }

    /// Prints text as it is, adding a final newline when missing.
    pub fn text(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        if !text.ends_with('\n') {
            writeln!(out)?;
        }
        out.flush()
    }

    /// Prints either the JSON of `value` or the text `render` makes of it.
    pub fn show<T: Serialize + ?Sized>(
        &self,
        value: &T,
        render: impl Fn(&T) -> String,
    ) -> io::Result<()> {
        if self.json {
            self.json(value)
        } else {
            self.text(&render(value))
        }
    }

    /// Reports a finished change: the JSON document with --json, otherwise a
    /// note on stderr.
    pub fn done<T: Serialize + ?Sized>(&self, value: &T, note: &str) -> io::Result<()> {
        if self.json {
            return self.json(value);
        }
        self.note(note);
        Ok(())
    }

    /// A note for people on stderr, e.g. what was done; silenced by --quiet.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            eprintln!("{}", one_line(text));
        }
    }

    /// A warning on stderr; never silenced.
    pub fn warn(&self, text: &str) {
        eprintln!("warning: {}", one_line(text));
    }
}

/// Escapes control and invisible formatting characters, so text that came from
/// input (a user id with a newline, an escape sequence or a right-to-left
/// override) cannot fake a line, repaint the terminal or disguise itself.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| match c.is_control() || mfactl::validate::is_invisible_format(c) {
            true => c.escape_default().to_string(),
            false => c.to_string(),
        })
        .collect()
}

fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    table.set_header(header.iter().copied());
    table
}

/// Adds a row, escaping control characters in every cell: names, labels and
/// audit targets can hold whatever someone typed.
fn add_row<T: ToString>(table: &mut Table, cells: Vec<T>) {
    table.add_row(cells.iter().map(|cell| one_line(&cell.to_string())).collect::<Vec<_>>());
}

/// `1 user`, `2 users`: a count with its noun.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

fn on_off(value: bool) -> &'static str {
    if value {
        "on"
    } else {
        "off"
    }
}

fn or_dash(value: Option<&str>) -> &str {
    value.unwrap_or("-")
}

/// Users as a table.
pub fn users(users: &[UserView]) -> String {
    let mut t =
        table(&["user", "name", "email", "role", "enabled", "mfa", "exempt", "locked until"]);
    for u in users {
        add_row(
            &mut t,
            vec![
                u.user_id.as_str(),
                &u.name,
                or_dash(u.email.as_deref()),
                &u.role,
                yes_no(u.enabled),
                u.mfa.as_str(),
                yes_no(u.exempt),
                or_dash(u.locked_until.as_deref()),
            ],
        );
    }
    t.to_string()
}

/// One user as a two-column table.
pub fn user(u: &UserView) -> String {
    let mut t = table(&["field", "value"]);
    let rows = [
        ("user", u.user_id.clone()),
        ("name", u.name.clone()),
        ("email", or_dash(u.email.as_deref()).to_string()),
        ("role", u.role.clone()),
        ("enabled", yes_no(u.enabled).to_string()),
        ("password set", yes_no(u.has_password).to_string()),
        ("mfa", u.mfa.as_str().to_string()),
        ("exempt", yes_no(u.exempt).to_string()),
        ("locked until", or_dash(u.locked_until.as_deref()).to_string()),
        ("created", u.created_at.clone()),
    ];
    for (field, value) in rows {
        add_row(&mut t, vec![field.to_string(), value]);
    }
    t.to_string()
}

/// The policy as a two-column table.
pub fn policy(p: &PolicyView) -> String {
    let mut t = table(&["setting", "value"]);
    let exempt =
        if p.exempt_roles.is_empty() { "-".to_string() } else { p.exempt_roles.join(", ") };
    let rows = [
        ("enabled", on_off(p.enabled).to_string()),
        ("method", p.method.as_str().to_string()),
        ("exempt roles", exempt),
        ("remember days", p.remember_days.to_string()),
        ("email code minutes", p.email_code_minutes.to_string()),
        ("emergency code minutes", p.emergency_code_minutes.to_string()),
        ("device authorisation", on_off(p.device_authorisation).to_string()),
        ("admin local only", on_off(p.admin_local_only).to_string()),
        ("issuer", p.issuer.clone()),
        ("cloud subscriber", or_dash(p.cloud_subscriber.as_deref()).to_string()),
        ("code max attempts", p.code_max_attempts.to_string()),
        ("lockout failures", p.lockout_failures.to_string()),
        ("lockout minutes", p.lockout_minutes.to_string()),
    ];
    for (setting, value) in rows {
        add_row(&mut t, vec![setting.to_string(), value]);
    }
    t.to_string()
}

/// A list of names, one per line, or a dash when empty.
pub fn names(names: &[String]) -> String {
    if names.is_empty() {
        "-".to_string()
    } else {
        names.join("\n")
    }
}

/// MFA status as a table.
pub fn mfa_status(rows: &[MfaStatus]) -> String {
    let mut t = table(&["user", "role", "mfa", "exempt", "failures", "locked until"]);
    for s in rows {
        add_row(
            &mut t,
            vec![
                s.user_id.clone(),
                s.role.clone(),
                s.mfa.as_str().to_string(),
                yes_no(s.exempt).to_string(),
                s.failed_attempts.to_string(),
                or_dash(s.locked_until.as_deref()).to_string(),
            ],
        );
    }
    t.to_string()
}

/// The enrolment: QR code (already rendered), URI and grouped secret.
pub fn enrolment(e: &Enrolment, qr: &str) -> String {
    let state = if e.new { "new, pending" } else { "already pending, shown again" };
    format!(
        "{qr}\nScan with an authenticator app, or type the secret by hand.\n\
         user:    {}\nissuer:  {}\nsecret:  {}\nuri:     {}\n\
         The enrolment ({state}) is confirmed by the first accepted code: \
         mfactl verify {} CODE\n",
        e.user_id, e.issuer, e.secret_grouped, e.otpauth_uri, e.user_id
    )
}

/// Devices as a table.
pub fn devices(rows: &[DeviceView]) -> String {
    let mut t = table(&[
        "id",
        "user",
        "label",
        "first used",
        "last used",
        "authorised",
        "remembered until",
        "revoked",
    ]);
    for d in rows {
        add_row(
            &mut t,
            vec![
                d.id.to_string(),
                d.user_id.clone(),
                d.label.clone(),
                d.first_used.clone(),
                d.last_used.clone(),
                yes_no(d.authorised).to_string(),
                or_dash(d.remembered_until.as_deref()).to_string(),
                or_dash(d.revoked_at.as_deref()).to_string(),
            ],
        );
    }
    t.to_string()
}

/// Subscribers as a table.
pub fn subscribers(rows: &[SubscriberView]) -> String {
    let mut t = table(&["name", "bypass", "cloud", "created"]);
    for s in rows {
        add_row(
            &mut t,
            vec![
                s.name.clone(),
                on_off(s.bypass).to_string(),
                yes_no(s.cloud).to_string(),
                s.created_at.clone(),
            ],
        );
    }
    t.to_string()
}

/// Audit entries as a table.
pub fn audit(rows: &[AuditView]) -> String {
    let mut t = table(&["time", "actor", "action", "target", "outcome", "detail"]);
    for a in rows {
        add_row(
            &mut t,
            vec![
                a.at.clone(),
                a.actor.clone(),
                a.action.clone(),
                or_dash(a.target.as_deref()).to_string(),
                a.outcome.clone(),
                or_dash(a.detail.as_deref()).to_string(),
            ],
        );
    }
    t.to_string()
}

/// Key status as a two-column table.
pub fn key_status(k: &KeyStatus) -> String {
    let mut t = table(&["field", "value"]);
    add_row(&mut t, vec!["key file".to_string(), k.key_file.clone()]);
    add_row(
        &mut t,
        vec![
            "database expects key id".to_string(),
            or_dash(k.expected_key_id.as_deref()).to_string(),
        ],
    );
    add_row(
        &mut t,
        vec!["key file has key id".to_string(), or_dash(k.file_key_id.as_deref()).to_string()],
    );
    add_row(&mut t, vec!["matches".to_string(), yes_no(k.matches).to_string()]);
    add_row(&mut t, vec!["sealed values".to_string(), k.sealed_values.to_string()]);
    if k.pending_rotation {
        let note = "a new key waits beside the key file; the next command finishes the rotation";
        add_row(&mut t, vec!["interrupted rotation", note]);
    }
    t.to_string()
}

/// A sign-in step as a line or two for people.
pub fn signin_step(step: &SigninStep) -> String {
    match step {
        SigninStep::DeviceCodeSent { device_token, sent_to } => {
            format!("device_code_sent: a device code was mailed to {sent_to}\ndevice token: {device_token}\n")
        }
        SigninStep::EnrolmentRequired { device_token, otpauth_uri, .. } => {
            format!("enrolment_required: scan {otpauth_uri}\ndevice token: {device_token}\n")
        }
        SigninStep::CodeRequired { device_token } => {
            format!("code_required: give the authenticator code\ndevice token: {device_token}\n")
        }
        SigninStep::EmailCodeSent { device_token, sent_to } => {
            format!("email_code_sent: a sign-in code was mailed to {sent_to}\ndevice token: {device_token}\n")
        }
        SigninStep::SignedIn { device_token, remembered_until, mfa } => {
            let remembered = remembered_until
                .as_deref()
                .map(|t| format!("\nMFA remembered on this device until {t}"))
                .unwrap_or_default();
            format!("signed in (MFA: {mfa}){remembered}\ndevice token: {device_token}\n")
        }
    }
}

/// Doctor's findings as a table, or a line saying all is well.
pub fn findings(rows: &[Finding]) -> String {
    if rows.is_empty() {
        return "no problems found\n".to_string();
    }
    let mut t = table(&["severity", "check", "message", "hint"]);
    for f in rows {
        let severity = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        add_row(
            &mut t,
            vec![severity.to_string(), f.check.to_string(), f.message.clone(), f.hint.clone()],
        );
    }
    t.to_string()
}
