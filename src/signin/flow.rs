//! One sign-in call in progress, inside its transaction: device, device
//! authorisation, MFA and remembering, in that order.

use std::cell::RefCell;

use zeroize::Zeroizing;

use super::{mask_address, SigninOutcome, SigninRequest, SigninStep};
use crate::challenge::Check;
use crate::clock::rfc3339;
use crate::codes::{self, CodeKind};
use crate::context::Context;
use crate::crypto;
use crate::error::{Error, Result};
use crate::keys::device_owner;
use crate::mail::{Mail, Mailer};
use crate::notify::code_mail;
use crate::policy::{Method, Policy};
use crate::store::{DeviceRow, SubscriberRow, Tx, UserRow};
use crate::totp;
use crate::validate::check_line;

/// A device and its token, as found or created by this call.
struct Device {
    row: DeviceRow,
    token: String,
    /// Created by this call, so removed again when its code cannot be mailed.
    created: bool,
}

/// A code mail that waits for its transaction to commit, with what to undo
/// when it cannot be sent.
pub(super) struct Outgoing {
    /// The mail, carrying the code.
    pub(super) mail: Mail,
    /// The kind of code it carries.
    pub(super) kind: CodeKind,
    /// The code itself, so that only this code is voided if the mail fails.
    pub(super) code: Zeroizing<String>,
    /// A device made by this call, to remove when the mail fails.
    pub(super) new_device: Option<i64>,
}

/// One sign-in call in progress, inside its transaction.
pub(super) struct Flow<'a> {
    pub(super) ctx: &'a Context,
    pub(super) tx: &'a Tx<'a>,
    pub(super) user: &'a UserRow,
    pub(super) policy: &'a Policy,
    pub(super) mailer: &'a Result<Mailer>,
    /// The code mail to send once the transaction has committed.
    pub(super) outbox: &'a RefCell<Option<Outgoing>>,
}

impl Flow<'_> {
    pub(super) fn run(
        &self,
        request: &SigninRequest,
        subscriber: &Option<SubscriberRow>,
    ) -> Result<SigninOutcome> {
        let mut device = match self.device(request)? {
            Ok(device) => device,
            Err(refusal) => return self.reject("signin.device", refusal),
        };
        let outcome = self.steps(&mut device, request, subscriber)?;
        device.row.last_used = self.ctx.now();
        self.tx.update_device(&device.row)?;
        Ok(outcome)
    }

    fn steps(
        &self,
        device: &mut Device,
        request: &SigninRequest,
        subscriber: &Option<SubscriberRow>,
    ) -> Result<SigninOutcome> {
        let mut code = request.code.clone();
        // Machines sign in through bypassed subscribers and can type no code.
        let bypassed = subscriber.as_ref().is_some_and(|s| s.bypass);
        if self.policy.device_authorisation && !bypassed && !is_authorised(&device.row) {
            if let Some(outcome) = self.authorise_device(device, code.take())? {
                return Ok(outcome);
            }
        }
        if let Some(reason) = self.mfa_skipped(&device.row, subscriber) {
            return self.signed_in(device, reason);
        }
        self.mfa(device, code, request.remember)
    }

    /// Finds the presented device, or creates a new one.
    fn device(&self, request: &SigninRequest) -> Result<Result<Device, Error>> {
        let Some(token) = &request.device_token else {
            return self.new_device(request.device_label.as_deref()).map(Ok);
        };
        let invalid = || {
            Error::rejected(format!("the device token is not valid for `{}`", self.user.user_id))
                .hint("sign in again without --device to register this device anew")
        };
        let Some((id, secret)) = token.split_once('.') else { return Ok(Err(invalid())) };
        // Only the form this tool hands out: `011` or `+11` are not device 11.
        let Some(id) = id.parse::<i64>().ok().filter(|n| n.to_string() == id) else {
            return Ok(Err(invalid()));
        };
        let row = match self.tx.device(id)? {
            Some(row) if row.user_ref == self.user.id => row,
            _ => return Ok(Err(invalid())),
        };
        let key = self.ctx.key(self.tx)?;
        if !key.digest_matches(&device_owner(id), &row.token_digest, secret)? {
            return Ok(Err(invalid()));
        }
        Ok(Ok(Device { row, token: token.clone(), created: false }))
    }

    fn new_device(&self, label: Option<&str>) -> Result<Device> {
        let label = label.unwrap_or("unnamed device");
        check_line("a device label", label, 200, "--device-label \"Firefox on Linux\"")?;
        let now = self.ctx.now();
        let id = self.tx.insert_device(self.user.id, label, now)?;
        let secret = Zeroizing::new(crypto::random_token(32));
        let digest = self.ctx.key(self.tx)?.seal_digest(&device_owner(id), &secret)?;
        self.tx.set_device_digest(id, &digest)?;
        let row = self.tx.device(id)?.ok_or_else(|| Error::failed("the new device vanished"))?;
        Ok(Device { row, token: format!("{id}.{}", secret.as_str()), created: true })
    }

    /// Mails a device code, or checks the one given. `None` means authorised.
    fn authorise_device(
        &self,
        device: &mut Device,
        code: Option<String>,
    ) -> Result<Option<SigninOutcome>> {
        let pending = self.tx.code(self.user.id, CodeKind::Device)?;
        // A code for another device, or one that has expired, is no answer:
        // a new one is mailed instead.
        let now = self.ctx.now();
        let for_this =
            pending.as_ref().is_some_and(|c| c.device == Some(device.row.id) && c.expires_at > now);
        let Some(code) = code.filter(|_| for_this) else {
            let sent_to = self.send_code(CodeKind::Device, device)?;
            let step = SigninStep::DeviceCodeSent { device_token: device.token.clone(), sent_to };
            return Ok(Some(SigninOutcome::Step(step)));
        };
        match self.ctx.check_code(self.tx, self.user, CodeKind::Device, &code)? {
            Check::Accepted(_) => {
                device.row.authorised_at = Some(self.ctx.now());
                device.row.revoked_at = None;
                self.ctx.audit(
                    self.tx,
                    "signin.device",
                    Some(&self.user.user_id),
                    "accepted",
                    None,
                )?;
                Ok(None)
            }
            Check::Rejected(reason) => self.reject("signin.device", reason).map(Some),
        }
    }

    /// Why MFA is not asked, if it is not.
    fn mfa_skipped(
        &self,
        device: &DeviceRow,
        subscriber: &Option<SubscriberRow>,
    ) -> Option<&'static str> {
        if !self.policy.enabled {
            Some("off")
        } else if self.policy.is_exempt(&self.user.role) {
            Some("exempt")
        } else if subscriber.as_ref().is_some_and(|s| s.bypass) {
            Some("bypassed")
        } else if self.policy.remember_days > 0
            && device.remembered_until.is_some_and(|t| t > self.ctx.now())
        {
            Some("remembered")
        } else {
            None
        }
    }

    fn mfa(
        &self,
        device: &mut Device,
        code: Option<String>,
        remember: bool,
    ) -> Result<SigninOutcome> {
        let Some(code) = code else { return self.ask_for_code(device) };
        if self.policy.method == Method::Email && !self.has_live_code()? {
            // The mailed code died (used up, expired or void): mail a new one
            // rather than refuse every answer.
            return self.ask_for_code(device);
        }
        let check = self.check_mfa_code(&code)?;
        match check {
            Check::Accepted(factor) => {
                // Passing MFA ends the other way in: an unused mailed code.
                self.tx.delete_code(self.user.id, CodeKind::Email)?;
                let detail = factor.as_str();
                self.ctx.audit(
                    self.tx,
                    "signin.mfa",
                    Some(&self.user.user_id),
                    "accepted",
                    Some(detail),
                )?;
                if remember && self.policy.remember_days > 0 {
                    let until = self.ctx.now() + i64::from(self.policy.remember_days) * 86_400;
                    device.row.remembered_until = Some(until);
                }
                self.signed_in(device, "passed")
            }
            Check::Rejected(reason) => self.reject("signin.mfa", reason),
        }
    }

    fn ask_for_code(&self, device: &Device) -> Result<SigninOutcome> {
        let device_token = device.token.clone();
        let step = match self.policy.method {
            Method::Email if self.user.email.is_none() => {
                return Err(Error::failed(format!(
                    "`{}` cannot finish signing in: the MFA method is email and they have no \
                     email address",
                    self.user.user_id
                ))
                .hint(format!(
                    "add one with `mfactl user set {} --email ADDRESS`, or give them an \
                     emergency code",
                    self.user.user_id
                )));
            }
            Method::Email => {
                let sent_to = self.send_code(CodeKind::Email, device)?;
                SigninStep::EmailCodeSent { device_token, sent_to }
            }
            Method::App => match self.tx.authenticator(self.user.id)? {
                Some(auth) if auth.confirmed_at.is_some() => {
                    SigninStep::CodeRequired { device_token }
                }
                _ => {
                    let (secret, _) = self.ctx.pending_secret(self.tx, self.user)?;
                    SigninStep::EnrolmentRequired {
                        device_token,
                        otpauth_uri: totp::otpauth_uri(
                            &secret,
                            &self.policy.issuer,
                            &self.user.user_id,
                        )?,
                        secret_grouped: totp::secret_grouped(&secret),
                    }
                }
            },
        };
        Ok(SigninOutcome::Step(step))
    }

    /// Digits go to the authenticator; letters to the emailed code (method
    /// email) and the emergency code.
    fn check_mfa_code(&self, code: &str) -> Result<Check> {
        if codes::is_totp_code(code) {
            if self.policy.method == Method::App {
                return self.ctx.check_authenticator(self.tx, self.user, code);
            }
            return Ok(Check::Rejected(Error::rejected("the emailed sign-in code is wrong")));
        }
        let kinds: &[CodeKind] = match self.policy.method {
            Method::Email => &[CodeKind::Email, CodeKind::Emergency],
            Method::App => &[CodeKind::Emergency],
        };
        self.ctx.check_any_code(self.tx, self.user, kinds, code)
    }

    /// Whether the user holds a mailed or emergency code that is still valid.
    fn has_live_code(&self) -> Result<bool> {
        for kind in [CodeKind::Email, CodeKind::Emergency] {
            if self.tx.code(self.user.id, kind)?.is_some_and(|c| c.expires_at > self.ctx.now()) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Issues a code and puts its mail in the outbox; it is sent after the
    /// transaction commits, so the database is not locked while SMTP talks.
    fn send_code(&self, kind: CodeKind, device: &Device) -> Result<String> {
        let Some(address) = self.user.email.clone() else {
            return Err(Error::failed(format!(
                "`{}` has no email address, so the {} cannot be sent",
                self.user.user_id,
                kind.describe()
            ))
            .hint(format!(
                "add one with `mfactl user set {} --email ADDRESS`",
                self.user.user_id
            )));
        };
        self.mailer.as_ref().map_err(Clone::clone)?;
        let minutes = self.policy.email_code_minutes;
        let for_device = (kind == CodeKind::Device).then_some(device.row.id);
        let (code, expires_at) =
            self.ctx.issue_code(self.tx, self.user, kind, minutes, for_device)?;
        let mail =
            code_mail(self.user, &address, &self.policy.issuer, kind, &code, expires_at, minutes);
        let new_device = device.created.then_some(device.row.id);
        let code = Zeroizing::new(code);
        *self.outbox.borrow_mut() = Some(Outgoing { mail, kind, code, new_device });
        Ok(mask_address(&address))
    }

    fn signed_in(&self, device: &mut Device, mfa: &str) -> Result<SigninOutcome> {
        let remembered_until =
            device.row.remembered_until.filter(|t| *t > self.ctx.now()).map(rfc3339);
        self.ctx.record_success(self.tx, self.user)?;
        Ok(SigninOutcome::Step(SigninStep::SignedIn {
            device_token: device.token.clone(),
            remembered_until,
            mfa: mfa.to_string(),
        }))
    }

    fn reject(&self, action: &str, reason: Error) -> Result<SigninOutcome> {
        self.ctx.audit(
            self.tx,
            action,
            Some(&self.user.user_id),
            "rejected",
            Some(&reason.message),
        )?;
        let shown = self.ctx.record_failure(self.tx, self.user, reason)?;
        Ok(SigninOutcome::Rejected(shown))
    }
}

fn is_authorised(device: &DeviceRow) -> bool {
    device.authorised_at.is_some() && device.revoked_at.is_none()
}
