//! Sign-in as the user meets it, one step per call: password, device
//! authorisation, MFA, remember device.
//!
//! Rules: a wrong password, an unknown user and a disabled user get the same
//! answer after the same work (a dummy hash is checked for unknown users).
//! A step that mails a code sends it inside its transaction, so a mail failure
//! leaves nothing behind. Remembering fixes an end date; skipping MFA on a
//! remembered device never moves it.

use std::cell::RefCell;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::codes;
use crate::context::Context;
use crate::crypto;
use crate::error::{Error, Result};
use crate::mail::Mailer;
use crate::policy::Policy;
use crate::store::{SubscriberRow, Tx, UserRow};

mod flow;

use flow::{Flow, Outgoing};

/// One sign-in call.
#[derive(Debug, Clone, Default)]
pub struct SigninRequest {
    /// The user id as typed.
    pub user_id: String,
    /// The password as typed.
    pub password: Zeroizing<String>,
    /// The device token from an earlier step or sign-in, if any.
    pub device_token: Option<String>,
    /// What the device is, for a new device record.
    pub device_label: Option<String>,
    /// The code answering the pending step, if any.
    pub code: Option<String>,
    /// Remember this device when MFA is passed.
    pub remember: bool,
    /// The subscriber signed in through; the policy's cloud subscriber if none.
    pub subscriber: Option<String>,
}

/// Where the sign-in stands after a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum SigninStep {
    /// A device authorisation code was mailed; answer with it.
    DeviceCodeSent {
        /// The device's token; pass it with every later call.
        device_token: String,
        /// The address it went to, partly hidden.
        sent_to: String,
    },
    /// The user has no confirmed authenticator: scan this, answer with a code.
    EnrolmentRequired {
        /// The device's token.
        device_token: String,
        /// The URI for the QR code.
        otpauth_uri: String,
        /// The secret in groups of four, for typing by hand.
        secret_grouped: String,
    },
    /// Answer with the authenticator's current code (or an emergency code).
    CodeRequired {
        /// The device's token.
        device_token: String,
    },
    /// A sign-in code was mailed; answer with it (or an emergency code).
    EmailCodeSent {
        /// The device's token.
        device_token: String,
        /// The address it went to, partly hidden.
        sent_to: String,
    },
    /// Signed in.
    SignedIn {
        /// The device's token, to present at the next sign-in.
        device_token: String,
        /// Until when MFA is skipped on this device, if it is remembered.
        remembered_until: Option<String>,
        /// How MFA went: `passed`, `remembered`, `exempt`, `bypassed`, `off`.
        mfa: String,
    },
}

/// The answer to a sign-in call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SigninOutcome {
    /// The step was accepted; here is the next one (or the end).
    Step(SigninStep),
    /// Refused (exit 3); the error says why without revealing which part.
    Rejected(Error),
}

impl SigninOutcome {
    /// The status word, as `--json` gives it; never a token or code.
    pub fn status(&self) -> &'static str {
        match self {
            SigninOutcome::Rejected(_) => "rejected",
            SigninOutcome::Step(SigninStep::DeviceCodeSent { .. }) => "device_code_sent",
            SigninOutcome::Step(SigninStep::EnrolmentRequired { .. }) => "enrolment_required",
            SigninOutcome::Step(SigninStep::CodeRequired { .. }) => "code_required",
            SigninOutcome::Step(SigninStep::EmailCodeSent { .. }) => "email_code_sent",
            SigninOutcome::Step(SigninStep::SignedIn { .. }) => "signed_in",
        }
    }
}

/// The same answer for an unknown user, a disabled or locked one and a wrong
/// password.
pub fn wrong_credentials() -> Error {
    Error::rejected("the user id or password is wrong, or the account is locked").hint(
        "check both and try again; after repeated failures wait, or ask an administrator \
         (`mfactl mfa status USER`, `mfactl user unlock USER`)",
    )
}

/// What the password check found, before the write lock is taken.
struct PasswordCheck {
    user: Option<UserRow>,
    password_ok: bool,
}

impl Context {
    /// Carries a sign-in one step further.
    ///
    /// The password is checked (argon2, the slow part) before the write lock
    /// is taken, and a code mail is sent after it is released: a slow mail
    /// server never holds up other sign-ins. A mail that cannot be sent voids
    /// its code and removes a device made by this call.
    pub fn signin(&self, request: &SigninRequest) -> Result<SigninOutcome> {
        check_code_format(request.code.as_deref())?;
        let checked = self.check_password(request)?;
        let mailer = Mailer::new(&self.settings.smtp);
        let outbox = RefCell::new(None);
        let result = self.write(|tx| {
            let user = match self.settle_password(tx, request, &checked)? {
                Ok(user) => user,
                Err(refusal) => return Ok(SigninOutcome::Rejected(refusal)),
            };
            let policy = tx.policy()?;
            let subscriber = self.signin_subscriber(tx, &policy, request)?;
            let flow = Flow {
                ctx: self,
                tx,
                user: &user,
                policy: &policy,
                mailer: &mailer,
                outbox: &outbox,
            };
            let outcome = flow.run(request, &subscriber)?;
            self.audit_step(tx, &user, &outcome)?;
            Ok(outcome)
        });
        let outcome = result.inspect_err(|err| self.audit_failure(request, err))?;
        if let (Some(outgoing), Ok(mailer)) = (outbox.take(), &mailer) {
            if let Err(err) = mailer.send(&outgoing.mail) {
                self.undo_unsent(request, &outgoing, &err)?;
                return Err(err);
            }
        }
        Ok(outcome)
    }

    /// Reads the user and checks the password without holding a lock; an
    /// unknown user costs a check of a dummy hash, so both take as long.
    fn check_password(&self, request: &SigninRequest) -> Result<PasswordCheck> {
        let user = self.store.read(|tx| tx.find_user(&request.user_id))?;
        let hash = user
            .as_ref()
            .and_then(|u| u.password_hash.as_deref())
            .unwrap_or_else(|| crypto::dummy_password_hash());
        let password_ok = crypto::verify_password(&request.password, hash);
        Ok(PasswordCheck { user, password_ok })
    }

    /// Turns the password check into a user or a refusal, inside the write
    /// transaction; a refusal is returned as the inner `Err`.
    fn settle_password(
        &self,
        tx: &Tx,
        request: &SigninRequest,
        checked: &PasswordCheck,
    ) -> Result<Result<UserRow, Error>> {
        let current = tx.find_user(&request.user_id)?;
        let (Some(user), Some(before)) = (current, &checked.user) else {
            // The typed id is kept only when it could be an id: what does not
            // look like one may be a password typed into the wrong field.
            let typed =
                crate::users::check_user_id(&request.user_id).ok().map(|_| &request.user_id);
            self.audit(tx, "signin", typed.map(String::as_str), "rejected", Some("unknown user"))?;
            return Ok(Err(wrong_credentials()));
        };
        // A password changed since the check makes the check worthless.
        let same_hash = user.id == before.id && user.password_hash == before.password_hash;
        let credentials_ok =
            checked.password_ok && same_hash && user.enabled && user.password_hash.is_some();
        if self.refuse_if_locked(&user).is_some() {
            // The same answer as for a wrong password or an unknown user, right
            // password or not: a lock is neither an oracle for the password nor
            // a sign that the user id exists. The audit log tells them apart;
            // `mfa status` and `verify` show the lock to administrators.
            let detail = if credentials_ok { "right password" } else { "wrong password" };
            self.audit(tx, "signin", Some(&user.user_id), "locked", Some(detail))?;
            return Ok(Err(wrong_credentials()));
        }
        if !credentials_ok {
            let reason = if user.enabled { "wrong password" } else { "user disabled" };
            self.audit(tx, "signin", Some(&user.user_id), "rejected", Some(reason))?;
            self.record_failure(tx, &user, wrong_credentials())?;
            return Ok(Err(wrong_credentials()));
        }
        Ok(Ok(user))
    }

    /// Records where an accepted step left the sign-in (refusals are recorded
    /// where they happen).
    fn audit_step(&self, tx: &Tx, user: &UserRow, outcome: &SigninOutcome) -> Result<()> {
        log::info!("sign-in step for {}: {}", user.user_id, outcome.status());
        let detail = match outcome {
            SigninOutcome::Rejected(_) => return Ok(()),
            SigninOutcome::Step(SigninStep::SignedIn { mfa, .. }) => Some(format!("mfa {mfa}")),
            SigninOutcome::Step(_) => None,
        };
        self.audit(tx, "signin", Some(&user.user_id), outcome.status(), detail.as_deref())
    }

    /// Records a sign-in that could not go on (exit 1), in its own transaction
    /// since the sign-in's own was rolled back.
    fn audit_failure(&self, request: &SigninRequest, err: &Error) {
        let target: String = request.user_id.chars().take(254).collect();
        let _: Result<()> = self
            .store
            .write(|tx| self.audit(tx, "signin", Some(&target), "failed", Some(&err.message)));
    }

    /// A code mail failed after its transaction committed: void the code and
    /// remove a device this call made, so nothing half-made is left.
    fn undo_unsent(&self, request: &SigninRequest, outgoing: &Outgoing, err: &Error) -> Result<()> {
        self.store.write(|tx| {
            let Some(user) = tx.find_user(&request.user_id)? else { return Ok(()) };
            // Only this call's code: a concurrent sign-in may have replaced it
            // with one that did reach the user.
            let owner = crate::keys::code_owner_for(user.id, outgoing.kind);
            if let Some(row) = tx.code(user.id, outgoing.kind)? {
                if self.key(tx)?.digest_matches(&owner, &row.digest, &outgoing.code)? {
                    tx.delete_code(user.id, outgoing.kind)?;
                }
            }
            if let Some(device) = outgoing.new_device {
                tx.delete_device(device)?;
            }
            let detail = format!("mail not sent: {}", err.message);
            self.audit(tx, "signin", Some(&user.user_id), "failed", Some(&detail))
        })
    }

    fn signin_subscriber(
        &self,
        tx: &Tx,
        policy: &Policy,
        request: &SigninRequest,
    ) -> Result<Option<SubscriberRow>> {
        let name = request.subscriber.clone().or_else(|| policy.cloud_subscriber.clone());
        let Some(name) = name else { return Ok(None) };
        let row = self.subscriber(tx, &name)?;
        let is_cloud =
            policy.cloud_subscriber.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&row.name));
        if is_cloud && row.bypass {
            return Err(Error::failed(format!(
                "configuration error: MFA is bypassed on the cloud subscriber `{}`, so no \
                 person may sign in through it",
                row.name
            ))
            .hint(format!("run `mfactl subscriber bypass {} off`", row.name)));
        }
        Ok(Some(row))
    }
}

/// A code that is neither 6 digits nor 6 code letters is a typo, not a guess:
/// refused before anything is counted.
fn check_code_format(code: Option<&str>) -> Result<()> {
    match code {
        Some(code) if !codes::is_totp_code(code) && codes::normalize(code).is_none() => {
            Err(Error::usage("the code is neither 6 digits nor 6 letters")
                .hint("give the authenticator's 6 digits or a 6-letter code from the mail"))
        }
        _ => Ok(()),
    }
}

/// `ana@example.test` → `a***@example.test`, so a screen shows where the code
/// went without showing the whole address.
pub fn mask_address(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}
