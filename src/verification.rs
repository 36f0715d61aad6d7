//! `verify USER CODE`: one check of an authenticator or emergency code, for
//! scripts.
//!
//! Rule: the outcome is committed whatever it is: a refusal still counts
//! against the limits and is audited, never with the code.

use crate::challenge::{Check, Factor};
use crate::codes::{self, CodeKind};
use crate::context::Context;
use crate::error::{Error, Result};

/// The result of a verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Accepted by this factor.
    Accepted(Factor),
    /// Refused; the error says why and carries exit code 3.
    Rejected(Error),
}

impl Context {
    /// Checks a code typed for `user_id`: six digits are an authenticator code,
    /// six letters the user's emergency code.
    pub fn verify(&self, user_id: &str, typed: &str) -> Result<Verdict> {
        if !codes::is_totp_code(typed) && codes::normalize(typed).is_none() {
            // A typo is not a guess: it costs no try and no lock.
            return Err(Error::usage("the code is neither 6 digits nor 6 letters")
                .hint("give the authenticator's 6 digits or the 6-letter emergency code"));
        }
        self.write(|tx| {
            let user = self.user(tx, user_id)?;
            let target = Some(user.user_id.as_str());
            if !user.enabled {
                self.audit(tx, "verify", target, "rejected", Some("user disabled"))?;
                let message = format!("`{}` is disabled and cannot sign in", user.user_id);
                return Ok(Verdict::Rejected(Error::rejected(message).hint(format!(
                    "enable them with `mfactl user set {} --enabled on`",
                    user.user_id
                ))));
            }
            if let Some(locked) = self.refuse_if_locked(&user) {
                self.audit(tx, "verify", target, "locked", None)?;
                return Ok(Verdict::Rejected(locked));
            }
            let check = if codes::is_totp_code(typed) {
                self.check_authenticator(tx, &user, typed)?
            } else {
                self.check_code(tx, &user, CodeKind::Emergency, typed)?
            };
            log::info!(
                "verify {}: {}",
                user.user_id,
                if matches!(check, Check::Accepted(_)) { "accepted" } else { "rejected" }
            );
            match check {
                Check::Accepted(factor) => {
                    self.record_success(tx, &user)?;
                    self.audit(tx, "verify", target, "accepted", Some(factor.as_str()))?;
                    Ok(Verdict::Accepted(factor))
                }
                Check::Rejected(reason) => {
                    let shown = self.record_failure(tx, &user, reason.clone())?;
                    self.audit(tx, "verify", target, "rejected", Some(&reason.message))?;
                    Ok(Verdict::Rejected(shown))
                }
            }
        })
    }
}
