//! Reading the audit log.

use serde::Serialize;

use crate::clock::rfc3339;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::store::{AuditFilter, AuditRow};

/// An audit entry as shown to people and scripts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditView {
    /// Sequence number.
    pub id: i64,
    /// When, RFC 3339.
    pub at: String,
    /// Who did it.
    pub actor: String,
    /// What was done.
    pub action: String,
    /// The user or object it was done to.
    pub target: Option<String>,
    /// How it ended.
    pub outcome: String,
    /// Free text without secrets.
    pub detail: Option<String>,
}

impl From<AuditRow> for AuditView {
    fn from(row: AuditRow) -> Self {
        AuditView {
            id: row.id,
            at: rfc3339(row.at),
            actor: row.actor,
            action: row.action,
            target: row.target,
            outcome: row.outcome,
            detail: row.detail,
        }
    }
}

/// Reads `7d`, `90m`, `2w` and the like as seconds.
pub fn parse_since(text: &str) -> Result<i64> {
    humantime::parse_duration(text.trim())
        .ok()
        .and_then(|d| i64::try_from(d.as_secs()).ok())
        .ok_or_else(|| {
            Error::usage(format!("`{text}` is not a duration"))
                .hint("give --since like 90m, 36h, 7d or 2w")
        })
}

impl Context {
    /// Audit entries, newest first. `since` is a duration back from now.
    pub fn audit_log(
        &self,
        user: Option<&str>,
        action: Option<&str>,
        since: Option<&str>,
        limit: u32,
    ) -> Result<Vec<AuditView>> {
        let since = since.map(parse_since).transpose()?.map(|secs| self.now() - secs);
        let filter = AuditFilter {
            target: user.map(str::to_string),
            action: action.map(str::to_string),
            since,
            limit: Some(limit),
        };
        let rows = self.store.read(|tx| tx.list_audit(&filter))?;
        Ok(rows.into_iter().map(AuditView::from).collect())
    }
}
