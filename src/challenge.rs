//! Checking a second factor: authenticator codes and typed codes, with the
//! attempt limits and the lock that follow failures.
//!
//! Rule: every check and its counters happen in the caller's IMMEDIATE
//! transaction, so parallel guesses are counted one after another and can
//! never exceed the limits.

use crate::clock::rfc3339;
use crate::codes::{self, CodeKind};
use crate::context::{locked_error, locked_until, Context};
use crate::error::{Error, Result};
use crate::keys::{code_owner_for, secret_owner};
use crate::notify::NoticeKind;
use crate::policy::Policy;
use crate::store::{CodeRow, Tx, UserRow};
use crate::totp;

/// What a second-factor check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Accepted; says how.
    Accepted(Factor),
    /// Refused; the error says why, without the code.
    Rejected(Error),
}

/// Which factor was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Factor {
    /// An authenticator code; `confirmed` when it proved a pending enrolment.
    Authenticator {
        /// The code confirmed a pending enrolment.
        confirmed: bool,
    },
    /// A typed code of this kind; for device codes, the device it authorises.
    Code(CodeKind, Option<i64>),
}

impl Factor {
    /// A word for the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Factor::Authenticator { .. } => "authenticator",
            Factor::Code(kind, _) => kind.as_str(),
        }
    }
}

impl Context {
    /// Issues a new code of `kind` for `user`, voiding the unused one.
    /// Returns the code (for showing or mailing) and its expiry.
    pub(crate) fn issue_code(
        &self,
        tx: &Tx,
        user: &UserRow,
        kind: CodeKind,
        minutes: u32,
        device: Option<i64>,
    ) -> Result<(String, i64)> {
        let code = codes::generate();
        let now = self.now();
        let expires_at = now + i64::from(minutes) * 60;
        let digest = self.key(tx)?.seal_digest(&code_owner_for(user.id, kind), &code)?;
        let row = CodeRow { digest, created_at: now, expires_at, attempts: 0, device };
        tx.replace_code(user.id, kind, &row)?;
        Ok((code, expires_at))
    }

    /// Checks a typed code of one kind, counting a wrong try against it and
    /// voiding it at the policy's limit. Used codes are deleted.
    pub(crate) fn check_code(
        &self,
        tx: &Tx,
        user: &UserRow,
        kind: CodeKind,
        typed: &str,
    ) -> Result<Check> {
        let policy = tx.policy()?;
        let Some(row) = tx.code(user.id, kind)? else {
            return Ok(rejected(format!("`{}` has no unused {}", user.user_id, kind.describe())));
        };
        if row.expires_at <= self.now() {
            tx.delete_code(user.id, kind)?;
            let when = rfc3339(row.expires_at);
            return Ok(rejected(format!("the {} expired at {when}", kind.describe())));
        }
        if self.code_matches(tx, user, kind, &row.digest, typed)? {
            tx.delete_code(user.id, kind)?;
            return Ok(Check::Accepted(Factor::Code(kind, row.device)));
        }
        self.count_code_attempt(tx, user, kind, &row, &policy)
    }

    /// Checks typed text against several kinds of code: a match with any live
    /// one is accepted; otherwise a wrong try counts against each live one.
    pub(crate) fn check_any_code(
        &self,
        tx: &Tx,
        user: &UserRow,
        kinds: &[CodeKind],
        typed: &str,
    ) -> Result<Check> {
        let mut live = Vec::new();
        for &kind in kinds {
            match tx.code(user.id, kind)? {
                Some(row) if row.expires_at > self.now() => live.push((kind, row)),
                _ => {}
            }
        }
        for (kind, row) in &live {
            if self.code_matches(tx, user, *kind, &row.digest, typed)? {
                return self.check_code(tx, user, *kind, typed);
            }
        }
        if live.is_empty() {
            // Say "expired" when that is why, as `verify` does.
            for &kind in kinds {
                if tx.code(user.id, kind)?.is_some() {
                    return self.check_code(tx, user, kind, typed);
                }
            }
            return Ok(rejected(format!("`{}` has no unused sign-in code", user.user_id)));
        }
        let mut checks = Vec::new();
        for (kind, _) in &live {
            checks.push(self.check_code(tx, user, *kind, typed)?);
        }
        match checks.len() {
            1 => Ok(checks.remove(0)),
            _ => Ok(rejected("the code is wrong, expired or already used".to_string())),
        }
    }

    fn code_matches(
        &self,
        tx: &Tx,
        user: &UserRow,
        kind: CodeKind,
        digest: &[u8],
        typed: &str,
    ) -> Result<bool> {
        match codes::normalize(typed) {
            Some(code) => {
                self.key(tx)?.digest_matches(&code_owner_for(user.id, kind), digest, &code)
            }
            None => Ok(false),
        }
    }

    fn count_code_attempt(
        &self,
        tx: &Tx,
        user: &UserRow,
        kind: CodeKind,
        row: &CodeRow,
        policy: &Policy,
    ) -> Result<Check> {
        if row.attempts + 1 >= policy.code_max_attempts {
            tx.delete_code(user.id, kind)?;
            let tries = policy.code_max_attempts;
            return Ok(rejected(format!(
                "the {} is wrong and, after {tries} wrong tries, no longer valid",
                kind.describe()
            )));
        }
        tx.count_code_attempt(user.id, kind)?;
        Ok(rejected(format!("the {} is wrong", kind.describe())))
    }

    /// Checks an authenticator code: within one step of now and later than
    /// the last accepted step. The first accepted code confirms an enrolment.
    pub(crate) fn check_authenticator(
        &self,
        tx: &Tx,
        user: &UserRow,
        typed: &str,
    ) -> Result<Check> {
        let Some(auth) = tx.authenticator(user.id)? else {
            let message = format!("`{}` has no authenticator enrolled", user.user_id);
            return Ok(rejected(message));
        };
        let secret = self.key(tx)?.open(&secret_owner(user.id), &auth.sealed_secret)?;
        let Some(step) = totp::matching_step(&secret, typed, self.now()) else {
            return Ok(rejected("the authenticator code is wrong".to_string()));
        };
        if auth.last_step.is_some_and(|last| step <= last) {
            return Ok(rejected("the authenticator code was already used".to_string()));
        }
        tx.accept_step(user.id, step, self.now())?;
        Ok(Check::Accepted(Factor::Authenticator { confirmed: auth.confirmed_at.is_none() }))
    }

    /// Refuses a locked user before any check.
    pub(crate) fn refuse_if_locked(&self, user: &UserRow) -> Option<Error> {
        locked_until(user, self.now()).map(|until| locked_error(&user.user_id, until))
    }

    /// Counts a failure against the user, locking them at the policy's limit.
    /// Returns the error to show: the lock, when this failure caused it.
    pub(crate) fn record_failure(&self, tx: &Tx, user: &UserRow, reason: Error) -> Result<Error> {
        let policy = tx.policy()?;
        let count = user.failed_count + 1;
        if count >= policy.lockout_failures {
            let until = self.now() + i64::from(policy.lockout_minutes) * 60;
            tx.set_failures(user.id, 0, Some(until))?;
            let detail = format!("{count} failures in a row; locked until {}", rfc3339(until));
            self.audit(tx, "user.lock", Some(&user.user_id), "locked", Some(&detail))?;
            self.queue_notice(user, NoticeKind::Locked(until));
            return Ok(locked_error(&user.user_id, until));
        }
        tx.set_failures(user.id, count, None)?;
        Ok(reason)
    }

    /// Clears the failure count after a success.
    pub(crate) fn record_success(&self, tx: &Tx, user: &UserRow) -> Result<()> {
        if user.failed_count > 0 || user.locked_until.is_some() {
            tx.set_failures(user.id, 0, None)?;
        }
        Ok(())
    }
}

fn rejected(message: String) -> Check {
    Check::Rejected(Error::rejected(message))
}
