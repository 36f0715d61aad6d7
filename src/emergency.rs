//! Emergency codes: created by an administrator for a user without their phone.

use serde::Serialize;

use crate::clock::rfc3339;
use crate::codes::CodeKind;
use crate::context::Context;
use crate::error::Result;
use crate::notify::NoticeKind;

/// A new emergency code, to read out to the user.
#[derive(Debug, Clone, Serialize)]
pub struct EmergencyCode {
    /// The user id.
    pub user_id: String,
    /// The six letters.
    pub code: String,
    /// When it stops being accepted, RFC 3339.
    pub expires_at: String,
}

impl Context {
    /// Creates an emergency code for a user, voiding the unused one.
    pub fn create_emergency_code(&self, user_id: &str) -> Result<EmergencyCode> {
        self.write(|tx| {
            let user = self.user(tx, user_id)?;
            let minutes = tx.policy()?.emergency_code_minutes;
            let (code, expires_at) =
                self.issue_code(tx, &user, CodeKind::Emergency, minutes, None)?;
            let detail = format!("valid {minutes} min");
            self.audit(tx, "emergency-code", Some(&user.user_id), "ok", Some(&detail))?;
            self.queue_notice(&user, NoticeKind::EmergencyCode);
            Ok(EmergencyCode { user_id: user.user_id, code, expires_at: rfc3339(expires_at) })
        })
    }
}
