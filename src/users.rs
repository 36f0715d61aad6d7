//! Users: adding, importing, changing and removing them, and their passwords.
//!
//! Rule: user ids are unique ignoring case, have no whitespace and no ':'
//! (authenticator apps split `issuer:user` on it).

use std::io::Read;
use std::str::FromStr;

use serde::Serialize;

use crate::clock::rfc3339;
use crate::context::{locked_until, Context};
use crate::crypto;
use crate::error::{Error, Result};
use crate::store::{NewUser, Tx, UserRow};
use crate::validate::{check_line, is_clean_line, shorten};

/// Whether a user has an authenticator, and whether it is proven.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MfaState {
    /// No authenticator.
    None,
    /// Enrolled but not yet proven with a code.
    Pending,
    /// Proven with a code.
    Confirmed,
}

impl MfaState {
    /// The word shown in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            MfaState::None => "none",
            MfaState::Pending => "pending",
            MfaState::Confirmed => "confirmed",
        }
    }
}

/// A user as shown to people and scripts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserView {
    /// The user id.
    pub user_id: String,
    /// Display name.
    pub name: String,
    /// Email address, if any.
    pub email: Option<String>,
    /// Role name.
    pub role: String,
    /// Whether the user may sign in.
    pub enabled: bool,
    /// Authenticator state.
    pub mfa: MfaState,
    /// Whether the user's role is exempt from MFA.
    pub exempt: bool,
    /// Until when the user is locked, RFC 3339, if locked now.
    pub locked_until: Option<String>,
    /// Whether a password is set.
    pub has_password: bool,
    /// When the user was added, RFC 3339.
    pub created_at: String,
}

/// Changes to a user; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserChange {
    /// New display name.
    pub name: Option<String>,
    /// New email address; `Some(None)` removes it.
    pub email: Option<Option<String>>,
    /// New role.
    pub role: Option<String>,
    /// Enable or disable sign-in.
    pub enabled: Option<bool>,
}

impl Context {
    /// Adds one user.
    pub fn add_user(&self, user: NewUser) -> Result<UserView> {
        check_new_user(&user)?;
        self.write(|tx| {
            insert_checked(tx, &user, self.now())?;
            self.audit(tx, "user.add", Some(&user.user_id), "ok", Some(&user.role))?;
            self.user_view(tx, &self.user(tx, &user.user_id)?)
        })
    }

    /// Imports users from CSV text: all rows or none. `progress` is told the
    /// rows done so far.
    pub fn import_users(&self, input: impl Read, progress: &mut dyn FnMut(usize)) -> Result<usize> {
        let rows = crate::import::read_users_csv(input)?;
        self.write(|tx| {
            for (line, user) in &rows {
                insert_checked(tx, user, self.now())
                    .map_err(|err| Error::failed(format!("line {line}: {}", err.message)))?;
                progress(1);
            }
            let detail = format!("{} users", rows.len());
            self.audit(tx, "user.import", None, "ok", Some(&detail))?;
            Ok(rows.len())
        })
    }

    /// Lists users, optionally of one role.
    pub fn list_users(&self, role: Option<&str>) -> Result<Vec<UserView>> {
        self.store
            .read(|tx| tx.list_users(role)?.iter().map(|user| self.user_view(tx, user)).collect())
    }

    /// Shows one user.
    pub fn show_user(&self, user_id: &str) -> Result<UserView> {
        self.store.read(|tx| self.user_view(tx, &self.user(tx, user_id)?))
    }

    /// Changes name, email, role or enabled flag.
    pub fn update_user(&self, user_id: &str, change: &UserChange) -> Result<UserView> {
        if let Some(name) = &change.name {
            check_name(name)?;
        }
        if let Some(Some(email)) = &change.email {
            check_email(email)?;
        }
        if let Some(role) = &change.role {
            check_role(role)?;
        }
        self.write(|tx| {
            let mut user = self.user(tx, user_id)?;
            apply_change(&mut user, change);
            tx.update_user(&user)?;
            let detail = describe_change(change);
            self.audit(tx, "user.set", Some(&user.user_id), "ok", Some(&detail))?;
            self.user_view(tx, &user)
        })
    }

    /// Removes a user with their authenticator, codes and devices.
    pub fn remove_user(&self, user_id: &str) -> Result<()> {
        self.write(|tx| {
            let user = self.user(tx, user_id)?;
            tx.delete_user(user.id)?;
            self.audit(tx, "user.remove", Some(&user.user_id), "ok", None)
        })
    }

    /// Sets a new password; ends remembered MFA on every device of the user.
    /// Returns how many devices stopped being remembered.
    pub fn set_password(&self, user_id: &str, password: &str) -> Result<usize> {
        let hash = new_password_hash(password)?;
        self.write(|tx| {
            let user = self.user(tx, user_id)?;
            tx.set_password_hash(user.id, &hash)?;
            let forgotten = tx.forget_devices(user.id)?;
            let detail = format!("{forgotten} remembered devices forgotten");
            self.audit(tx, "user.passwd", Some(&user.user_id), "ok", Some(&detail))?;
            Ok(forgotten)
        })
    }

    /// Lifts a lock and clears the failure count; returns whether it was locked.
    pub fn unlock_user(&self, user_id: &str) -> Result<bool> {
        self.write(|tx| {
            let user = self.user(tx, user_id)?;
            let was_locked = locked_until(&user, self.now()).is_some();
            tx.set_failures(user.id, 0, None)?;
            self.audit(tx, "user.unlock", Some(&user.user_id), "ok", None)?;
            Ok(was_locked)
        })
    }

    pub(crate) fn user_view(&self, tx: &Tx, user: &UserRow) -> Result<UserView> {
        let policy = tx.policy()?;
        let mfa = match tx.authenticator(user.id)? {
            None => MfaState::None,
            Some(a) if a.confirmed_at.is_some() => MfaState::Confirmed,
            Some(_) => MfaState::Pending,
        };
        Ok(UserView {
            user_id: user.user_id.clone(),
            name: user.name.clone(),
            email: user.email.clone(),
            role: user.role.clone(),
            enabled: user.enabled,
            mfa,
            exempt: policy.is_exempt(&user.role),
            locked_until: locked_until(user, self.now()).map(rfc3339),
            has_password: user.password_hash.is_some(),
            created_at: rfc3339(user.created_at),
        })
    }
}

fn insert_checked(tx: &Tx, user: &NewUser, now: i64) -> Result<i64> {
    if let Some(existing) = tx.find_user(&user.user_id)? {
        return Err(Error::failed(format!("the user `{}` already exists", existing.user_id))
            .hint("change an existing user with `mfactl user set`"));
    }
    tx.insert_user(user, now)
}

/// Names what a change set, for the audit log: new role and enabled flag,
/// and which of name and email changed.
fn describe_change(change: &UserChange) -> String {
    let mut parts = Vec::new();
    if let Some(role) = &change.role {
        parts.push(format!("role={role}"));
    }
    if let Some(enabled) = change.enabled {
        parts.push(format!("enabled={enabled}"));
    }
    if change.name.is_some() {
        parts.push("name changed".to_string());
    }
    match &change.email {
        Some(Some(_)) => parts.push("email changed".to_string()),
        Some(None) => parts.push("email removed".to_string()),
        None => {}
    }
    parts.join(", ")
}

fn apply_change(user: &mut UserRow, change: &UserChange) {
    if let Some(name) = &change.name {
        user.name = name.clone();
    }
    if let Some(email) = &change.email {
        user.email = email.clone();
    }
    if let Some(role) = &change.role {
        user.role = role.clone();
    }
    if let Some(enabled) = change.enabled {
        user.enabled = enabled;
    }
}

/// Checks every field of a new user.
pub fn check_new_user(user: &NewUser) -> Result<()> {
    check_user_id(&user.user_id)?;
    check_name(&user.name)?;
    check_role(&user.role)?;
    if let Some(email) = &user.email {
        check_email(email)?;
    }
    if let Some(hash) = &user.password_hash {
        if !crypto::is_password_hash(hash) {
            return Err(Error::usage("the password hash is not an argon2 PHC string")
                .hint("give hashes like `$argon2id$v=19$...`, or leave the column empty"));
        }
    }
    Ok(())
}

/// Checks a user id: 1–254 visible characters, no whitespace and no ':'.
pub fn check_user_id(user_id: &str) -> Result<()> {
    let bad =
        !is_clean_line(user_id, 254) || user_id.chars().any(|c| c.is_whitespace() || c == ':');
    if bad {
        return Err(Error::usage(format!("`{}` cannot be a user id", shorten(user_id)))
            .hint("use 1 to 254 visible characters without spaces or ':'"));
    }
    Ok(())
}

fn check_name(name: &str) -> Result<()> {
    check_line("a display name", name, 254, "--name \"Ana María Núñez\"")
}

/// Checks a role name: one word of 1 to 64 visible characters.
pub fn check_role(role: &str) -> Result<()> {
    if role.chars().any(char::is_whitespace) {
        return Err(Error::usage(format!("`{}` cannot be a role", shorten(role)))
            .hint("give a role name without spaces, e.g. --role lending-officer"));
    }
    check_line("a role", role, 64, "--role lending-officer")
}

/// Checks an email address with lettre's parser, the same one mail is sent with.
pub fn check_email(email: &str) -> Result<()> {
    lettre::Address::from_str(email).map(drop).map_err(|_| {
        Error::usage(format!("`{}` is not an email address", email.escape_debug()))
            .hint("give an address like ana@example.com, or leave it out")
    })
}

/// Checks a new password: 8 to 1024 characters, no control characters.
pub fn check_password(password: &str) -> Result<()> {
    let length = password.chars().count();
    if length < 8 {
        return Err(Error::usage("the password is shorter than 8 characters")
            .hint("choose a longer password"));
    }
    if length > 1024 || password.chars().any(char::is_control) {
        return Err(Error::usage(
            "the password is longer than 1024 characters or holds control characters",
        )
        .hint("choose a password of printable characters"));
    }
    Ok(())
}

/// Checks a new password and hashes it with argon2id.
pub fn new_password_hash(password: &str) -> Result<String> {
    check_password(password)?;
    crypto::hash_password(password)
}
