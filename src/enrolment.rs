//! Enrolling authenticator apps, their status, and resetting them.
//!
//! Rule: a pending enrolment keeps its secret until a right code confirms it
//! or an administrator resets it; a confirmed one is never replaced by
//! enrolling again, only removed by a reset.

use serde::Serialize;
use zeroize::Zeroizing;

use crate::clock::rfc3339;
use crate::context::{locked_until, Context};
use crate::error::{Error, Result};
use crate::keys::secret_owner;
use crate::notify::NoticeKind;
use crate::store::{Tx, UserRow};
use crate::users::MfaState;
use crate::{qr, totp};

/// What a person needs to add the account to an authenticator app.
#[derive(Debug, Clone, Serialize)]
pub struct Enrolment {
    /// The user id.
    pub user_id: String,
    /// The issuer shown in the app.
    pub issuer: String,
    /// The URI the QR code carries.
    pub otpauth_uri: String,
    /// The secret in base32 without padding.
    pub secret: String,
    /// The same secret in groups of four, for typing by hand.
    pub secret_grouped: String,
    /// Whether this call created the secret (false: it was already pending).
    pub new: bool,
}

impl Enrolment {
    fn new(secret: &[u8], issuer: String, user_id: String, new: bool) -> Result<Enrolment> {
        Ok(Enrolment {
            otpauth_uri: totp::otpauth_uri(secret, &issuer, &user_id)?,
            secret: totp::secret_base32(secret),
            secret_grouped: totp::secret_grouped(secret),
            user_id,
            issuer,
            new,
        })
    }
}

/// A user's MFA status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MfaStatus {
    /// The user id.
    pub user_id: String,
    /// Role name.
    pub role: String,
    /// none, pending or confirmed.
    pub mfa: MfaState,
    /// The role is exempt from MFA.
    pub exempt: bool,
    /// Until when the user is locked, if locked now.
    pub locked_until: Option<String>,
    /// Failed verifications in a row.
    pub failed_attempts: u32,
    /// When the enrolment was confirmed.
    pub confirmed_at: Option<String>,
}

/// Which users a bulk reset applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResetTarget {
    /// These user ids.
    Users(Vec<String>),
    /// Every user of a role.
    Role(String),
    /// Every user.
    All,
}

impl Context {
    /// Starts (or shows the pending) enrolment for a user.
    pub fn enroll(&self, user_id: &str) -> Result<Enrolment> {
        self.enroll_then(user_id, None, |_| Ok(()))
    }

    /// Starts a pending enrolment with an existing base32 secret, for moving
    /// authenticators over from another system. Refuses a user who already has
    /// an authenticator, pending or confirmed.
    pub fn enroll_with_secret(&self, user_id: &str, base32: &str) -> Result<Enrolment> {
        self.enroll_then(user_id, Some(base32), |_| Ok(()))
    }

    /// Enrols as [`Context::enroll`] (or with a given secret), and runs
    /// `finish` (e.g. writing the QR code to a file) inside the same
    /// transaction: when the QR code cannot be made or `finish` fails, nothing
    /// is stored.
    pub fn enroll_then(
        &self,
        user_id: &str,
        given: Option<&str>,
        finish: impl FnOnce(&Enrolment) -> Result<()>,
    ) -> Result<Enrolment> {
        let given = given.map(totp::decode_secret).transpose()?;
        self.write(|tx| {
            let user = self.user(tx, user_id)?;
            let (secret, new) = match given {
                Some(secret) => (self.store_given_secret(tx, &user, secret)?, true),
                None => self.pending_secret(tx, &user)?,
            };
            if new {
                self.audit(tx, "mfa.enroll", Some(&user.user_id), "ok", Some("pending"))?;
            }
            let enrolment = Enrolment::new(&secret, tx.policy()?.issuer, user.user_id, new)?;
            qr::check_fits(&enrolment.otpauth_uri)?;
            finish(&enrolment)?;
            Ok(enrolment)
        })
    }

    fn store_given_secret(
        &self,
        tx: &Tx,
        user: &UserRow,
        secret: Zeroizing<Vec<u8>>,
    ) -> Result<Zeroizing<Vec<u8>>> {
        if tx.authenticator(user.id)?.is_some() {
            return Err(Error::failed(format!("`{}` already has an authenticator", user.user_id))
                .hint(format!("run `mfactl mfa reset {}` first", user.user_id)));
        }
        let sealed = self.key(tx)?.seal(&secret_owner(user.id), &secret)?;
        tx.insert_authenticator(user.id, &sealed, self.now())?;
        Ok(secret)
    }

    /// The pending secret, made now when the user has none; refuses a
    /// confirmed authenticator.
    pub(crate) fn pending_secret(
        &self,
        tx: &Tx,
        user: &UserRow,
    ) -> Result<(Zeroizing<Vec<u8>>, bool)> {
        let owner = secret_owner(user.id);
        match tx.authenticator(user.id)? {
            Some(auth) if auth.confirmed_at.is_some() => Err(Error::failed(format!(
                "`{}` already has a confirmed authenticator",
                user.user_id
            ))
            .hint(format!("run `mfactl mfa reset {}` first if the phone was lost", user.user_id))),
            Some(auth) => Ok((self.key(tx)?.open(&owner, &auth.sealed_secret)?, false)),
            None => {
                let secret = totp::new_secret();
                let sealed = self.key(tx)?.seal(&owner, &secret)?;
                tx.insert_authenticator(user.id, &sealed, self.now())?;
                Ok((secret, true))
            }
        }
    }

    /// MFA status of one user or all.
    pub fn mfa_status(&self, user_id: Option<&str>) -> Result<Vec<MfaStatus>> {
        self.store.read(|tx| {
            let users = match user_id {
                Some(id) => vec![self.user(tx, id)?],
                None => tx.list_users(None)?,
            };
            users.iter().map(|user| self.status_of(tx, user)).collect()
        })
    }

    fn status_of(&self, tx: &Tx, user: &UserRow) -> Result<MfaStatus> {
        let view = self.user_view(tx, user)?;
        let auth = tx.authenticator(user.id)?;
        Ok(MfaStatus {
            user_id: view.user_id,
            role: view.role,
            mfa: view.mfa,
            exempt: view.exempt,
            locked_until: locked_until(user, self.now()).map(rfc3339),
            failed_attempts: user.failed_count,
            confirmed_at: auth.and_then(|a| a.confirmed_at).map(rfc3339),
        })
    }

    /// The user ids a reset would touch, checked to exist, each once.
    pub fn reset_targets(&self, target: &ResetTarget) -> Result<Vec<String>> {
        let users = self.store.read(|tx| self.resolve_targets(tx, target))?;
        Ok(users.into_iter().map(|u| u.user_id).collect())
    }

    fn resolve_targets(&self, tx: &Tx, target: &ResetTarget) -> Result<Vec<UserRow>> {
        let users = match target {
            ResetTarget::Users(ids) => {
                ids.iter().map(|id| self.user(tx, id)).collect::<Result<_>>()?
            }
            ResetTarget::Role(role) => tx.list_users(Some(role))?,
            ResetTarget::All => tx.list_users(None)?,
        };
        let mut unique: Vec<UserRow> = Vec::new();
        for user in users {
            if unique.iter().all(|u| u.id != user.id) {
                unique.push(user);
            }
        }
        Ok(unique)
    }

    /// Removes the authenticators and remembered-device skips of the target
    /// users, chosen and reset in one transaction. `progress` is told each
    /// user done. Returns the user ids reset.
    pub fn reset_mfa(
        &self,
        target: &ResetTarget,
        progress: &mut dyn FnMut(usize),
    ) -> Result<Vec<String>> {
        self.write(|tx| {
            // A wrong key file is refused here too, though a reset only deletes.
            self.key(tx)?;
            let users = self.resolve_targets(tx, target)?;
            for user in &users {
                let had = tx.delete_authenticator(user.id)?;
                let forgotten = tx.forget_devices(user.id)?;
                let detail = format!(
                    "authenticator {}; {forgotten} remembered devices forgotten",
                    if had { "removed" } else { "absent" }
                );
                self.audit(tx, "mfa.reset", Some(&user.user_id), "ok", Some(&detail))?;
                if had {
                    self.queue_notice(user, NoticeKind::MfaReset);
                }
                progress(1);
            }
            Ok(users.into_iter().map(|u| u.user_id).collect())
        })
    }
}
