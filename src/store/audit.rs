//! The audit log: append-only records of changes and verification outcomes.
//! Never a code, secret, token or password.

use rusqlite::{params, Row};

use super::Tx;
use crate::error::Result;

/// One entry to append.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAudit<'a> {
    /// Who did it.
    pub actor: &'a str,
    /// What was done, e.g. `mfa.reset`.
    pub action: &'a str,
    /// The user or object it was done to.
    pub target: Option<&'a str>,
    /// `ok`, `accepted`, `rejected`, `locked`, `failed`...
    pub outcome: &'a str,
    /// Free text without secrets.
    pub detail: Option<&'a str>,
}

/// A stored entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// Sequence number.
    pub id: i64,
    /// When, Unix seconds.
    pub at: i64,
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

/// Which entries to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only entries about this user id (case-insensitive).
    pub target: Option<String>,
    /// Only this action, or actions starting with it and a dot.
    pub action: Option<String>,
    /// Only entries at or after this Unix time.
    pub since: Option<i64>,
    /// At most this many, newest first.
    pub limit: Option<u32>,
}

fn audit_row(row: &Row) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        id: row.get(0)?,
        at: row.get(1)?,
        actor: row.get(2)?,
        action: row.get(3)?,
        target: row.get(4)?,
        outcome: row.get(5)?,
        detail: row.get(6)?,
    })
}

impl Tx<'_> {
    /// Appends an entry.
    pub fn audit(&self, entry: &NewAudit, now: i64) -> Result<()> {
        self.tx.execute(
            "INSERT INTO audit (at, actor, action, target, outcome, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![now, entry.actor, entry.action, entry.target, entry.outcome, entry.detail],
        )?;
        Ok(())
    }

    /// Reads entries, newest first.
    pub fn list_audit(&self, filter: &AuditFilter) -> Result<Vec<AuditRow>> {
        let mut stmt = self.tx.prepare(
            "SELECT id, at, actor, action, target, outcome, detail FROM audit
             WHERE (?1 IS NULL OR target = ?1 COLLATE NOCASE)
               AND (?2 IS NULL OR action = ?2
                    OR substr(action, 1, length(?2) + 1) = ?2 || '.')
               AND (?3 IS NULL OR at >= ?3)
             ORDER BY id DESC LIMIT ?4",
        )?;
        let limit = filter.limit.map(i64::from).unwrap_or(-1);
        let rows = stmt
            .query_map(params![filter.target, filter.action, filter.since, limit], audit_row)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
