//! Sign-in as the user meets it, one step per call: password, device
//! authorisation, MFA, remember device.
//!
//! Rules: a wrong password, an unknown user and a disabled user get the same
//! answer after the same work (a dummy hash is checked for unknown users).
//! A step that mails a code sends it inside its transaction, so a mail failure
//! leaves nothing behind. Remembering fixes an end date; skipping MFA on a
//! remembered device never moves it.

use serde::Serialize;
use zeroize::Zeroizing;

use crate::context::Context;
use crate::crypto;
use crate::error::{Error, Result};
use crate::mail::Mailer;
use crate::policy::Policy;
use crate::store::{SubscriberRow, Tx, UserRow};

mod flow;

use flow::Flow;

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

/// The same answer for an unknown user, a disabled one and a wrong password.
pub fn wrong_credentials() -> Error {
    Error::rejected("the user id or password is wrong").hint("check both and try again")
}

impl Context {
    /// Carries a sign-in one step further.
    // TODO: a step that mails a code sends it inside the write transaction, so
    // the database write lock is held for as long as the SMTP server takes (up
    // to the mail timeout). Issuing the code in one transaction, sending, then
    // voiding it in a second transaction on failure would free the lock sooner
    // at the cost of a short window where an unsent code exists.
    pub fn signin(&self, request: &SigninRequest) -> Result<SigninOutcome> {
        let mailer = self.mailer_if_configured();
        self.write(|tx| {
            let user = match self.check_password(tx, request)? {
                Ok(user) => user,
                Err(refusal) => return Ok(SigninOutcome::Rejected(refusal)),
            };
            let policy = tx.policy()?;
            let subscriber = self.signin_subscriber(tx, &policy, request)?;
            let flow = Flow { ctx: self, tx, user: &user, policy: &policy, mailer: &mailer };
            let outcome = flow.run(request, &subscriber)?;
            log::info!("sign-in step for {}: {}", user.user_id, outcome.status());
            Ok(outcome)
        })
    }

    fn mailer_if_configured(&self) -> Result<Mailer> {
        Mailer::new(&self.settings.smtp)
    }

    /// Checks the password; a refusal is returned as the inner `Err`.
    fn check_password(&self, tx: &Tx, request: &SigninRequest) -> Result<Result<UserRow, Error>> {
        let user = tx.find_user(&request.user_id)?;
        let hash = user
            .as_ref()
            .and_then(|u| u.password_hash.as_deref())
            .unwrap_or_else(|| crypto::dummy_password_hash());
        let password_ok = crypto::verify_password(&request.password, hash);
        let Some(user) = user else {
            // Whatever was typed is recorded, cut to the longest possible id.
            let typed: String = request.user_id.chars().take(254).collect();
            self.audit(tx, "signin", Some(&typed), "rejected", Some("unknown user"))?;
            return Ok(Err(wrong_credentials()));
        };
        let credentials_ok = password_ok && user.enabled && user.password_hash.is_some();
        if let Some(locked) = self.refuse_if_locked(&user) {
            // Only someone who knows the password learns of the lock, so the
            // answers never tell which user ids exist.
            self.audit(tx, "signin", Some(&user.user_id), "locked", None)?;
            return Ok(Err(if credentials_ok { locked } else { wrong_credentials() }));
        }
        if !credentials_ok {
            let reason = if user.enabled { "wrong password" } else { "user disabled" };
            self.audit(tx, "signin", Some(&user.user_id), "rejected", Some(reason))?;
            self.record_failure(tx, &user, wrong_credentials())?;
            return Ok(Err(wrong_credentials()));
        }
        Ok(Ok(user))
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
