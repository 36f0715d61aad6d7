//! Mail to users: the codes sign-in sends, and notices of changes they may not
//! have asked for (emergency code, MFA reset, lock, device revoked).
//!
//! Rule: a notice never carries a code, and failing to send one is a warning,
//! not a failed command; a code mail that fails fails its command.

use crate::clock::rfc3339;
use crate::codes::CodeKind;
use crate::context::Context;
use crate::error::Result;
use crate::mail::{Mail, Mailer};
use crate::store::UserRow;

/// A change a user is told about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeKind {
    /// An administrator created an emergency code for them.
    EmergencyCode,
    /// Their authenticator was removed.
    MfaReset,
    /// Too many failures locked them until this Unix time.
    Locked(i64),
    /// Their devices with these labels were revoked (one notice per command).
    DevicesRevoked(Vec<String>),
}

/// A notice waiting for its transaction to commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The user id.
    pub user_id: String,
    /// Display name.
    pub name: String,
    /// Where to send it; users without an address get none.
    pub email: Option<String>,
    /// What happened.
    pub kind: NoticeKind,
}

impl Notice {
    /// The notice for a user.
    pub fn new(user: &UserRow, kind: NoticeKind) -> Notice {
        Notice {
            user_id: user.user_id.clone(),
            name: user.name.clone(),
            email: user.email.clone(),
            kind,
        }
    }

    fn mail(&self, issuer: &str, address: &str) -> Mail {
        let (subject, what) = match &self.kind {
            NoticeKind::EmergencyCode => (
                "An emergency sign-in code was created for you",
                "An administrator created an emergency code for your account. It lets one \
                 sign-in through without your authenticator app."
                    .to_string(),
            ),
            NoticeKind::MfaReset => (
                "Your authenticator was reset",
                "Your authenticator app was removed from your account. At your next sign-in \
                 you will set it up again with a new QR code."
                    .to_string(),
            ),
            NoticeKind::Locked(until) => (
                "Your account is locked",
                format!(
                    "After too many failed sign-in attempts your account is locked until {}.",
                    rfc3339(*until)
                ),
            ),
            NoticeKind::DevicesRevoked(labels) => (
                "Devices were removed from your account",
                format!(
                    "These devices must be authorised again before they are used: {}.",
                    labels.iter().map(|l| format!("\"{l}\"")).collect::<Vec<_>>().join(", ")
                ),
            ),
        };
        let body = format!(
            "Hello {},\n\n{what}\n\nIf you did not expect this, tell your administrator at \
             once.\n\n{issuer}\n",
            self.name
        );
        Mail {
            to_name: Some(self.name.clone()),
            to_address: address.to_string(),
            subject: format!("{issuer}: {subject}"),
            body,
        }
    }
}

/// The mail that carries a sign-in code.
pub fn code_mail(
    user: &UserRow,
    address: &str,
    issuer: &str,
    kind: CodeKind,
    code: &str,
    expires_at: i64,
    minutes: u32,
) -> Mail {
    let (subject, purpose) = match kind {
        CodeKind::Device => {
            ("Authorise your device", "authorise the device you are signing in from")
        }
        _ => ("Your sign-in code", "finish signing in"),
    };
    let body = format!(
        "Hello {},\n\nYour code to {purpose} is:\n\n    {code}\n\nIt is valid once, for {minutes} \
         minutes (until {}). If you did not try to sign in, do not use it and tell your \
         administrator.\n\n{issuer}\n",
        user.name,
        rfc3339(expires_at)
    );
    Mail {
        to_name: Some(user.name.clone()),
        to_address: address.to_string(),
        subject: format!("{issuer}: {subject}"),
        body,
    }
}

impl Context {
    /// Sends queued notices after their transaction committed. Failures become
    /// warnings and audit entries.
    pub(crate) fn send_notices(&self, notices: Vec<Notice>) {
        let notices: Vec<Notice> = notices.into_iter().filter(|n| n.email.is_some()).collect();
        if notices.is_empty() {
            return;
        }
        let issuer = self.policy().map(|p| p.issuer).unwrap_or_else(|_| "mfactl".into());
        let mailer = match Mailer::new(&self.settings.smtp) {
            Ok(mailer) => mailer,
            Err(err) => {
                for notice in &notices {
                    self.notice_failed(notice, &err.message);
                }
                return;
            }
        };
        for notice in &notices {
            let address = notice.email.as_deref().unwrap_or_default();
            if let Err(err) = mailer.send(&notice.mail(&issuer, address)) {
                self.notice_failed(notice, &err.message);
            } else {
                log::info!("notice sent to {}", notice.user_id);
            }
        }
    }

    fn notice_failed(&self, notice: &Notice, reason: &str) {
        self.warn(format!("`{}` was not told by mail: {reason}", notice.user_id));
        let _: Result<()> = self
            .store
            .write(|tx| self.audit(tx, "notify", Some(&notice.user_id), "failed", Some(reason)));
    }
}
