//! Typed codes (emergency, emailed, device): one unused code per user and kind.

use rusqlite::{params, OptionalExtension};

use super::Tx;
use crate::codes::CodeKind;
use crate::error::Result;

/// A stored code, as a sealed digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    /// The code's sealed SHA-256 digest.
    pub digest: Vec<u8>,
    /// When it was issued.
    pub created_at: i64,
    /// When it stops being accepted.
    pub expires_at: i64,
    /// Wrong tries so far.
    pub attempts: u32,
    /// For device codes, the device it authorises.
    pub device: Option<i64>,
}

impl Tx<'_> {
    /// The user's unused code of a kind, expired or not.
    pub fn code(&self, user: i64, kind: CodeKind) -> Result<Option<CodeRow>> {
        let row = self
            .tx
            .query_row(
                "SELECT digest, created_at, expires_at, attempts, device_ref
                 FROM codes WHERE user_ref = ?1 AND kind = ?2",
                params![user, kind.as_str()],
                |row| {
                    Ok(CodeRow {
                        digest: row.get(0)?,
                        created_at: row.get(1)?,
                        expires_at: row.get(2)?,
                        attempts: row.get(3)?,
                        device: row.get(4)?,
                    })
                },
            )
            .optional()?;
        Ok(row)
    }

    /// Stores a new code, voiding the user's unused one of that kind.
    pub fn replace_code(&self, user: i64, kind: CodeKind, row: &CodeRow) -> Result<()> {
        self.tx.execute(
            "INSERT OR REPLACE INTO codes
                (user_ref, kind, digest, created_at, expires_at, attempts, device_ref)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                user,
                kind.as_str(),
                row.digest,
                row.created_at,
                row.expires_at,
                row.attempts,
                row.device
            ],
        )?;
        Ok(())
    }

    /// Counts one wrong try against a code.
    pub fn count_code_attempt(&self, user: i64, kind: CodeKind) -> Result<()> {
        self.tx.execute(
            "UPDATE codes SET attempts = attempts + 1 WHERE user_ref = ?1 AND kind = ?2",
            params![user, kind.as_str()],
        )?;
        Ok(())
    }

    /// Removes a code: used, void or expired.
    pub fn delete_code(&self, user: i64, kind: CodeKind) -> Result<()> {
        self.tx.execute(
            "DELETE FROM codes WHERE user_ref = ?1 AND kind = ?2",
            params![user, kind.as_str()],
        )?;
        Ok(())
    }

    /// Every sealed code digest with its owner and kind, for key rotation.
    pub fn all_code_digests(&self) -> Result<Vec<(i64, String, Vec<u8>)>> {
        let mut stmt = self.tx.prepare("SELECT user_ref, kind, digest FROM codes")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Replaces one sealed code digest, for key rotation.
    pub fn reseal_code(&self, user: i64, kind: &str, digest: &[u8]) -> Result<()> {
        self.tx.execute(
            "UPDATE codes SET digest = ?3 WHERE user_ref = ?1 AND kind = ?2",
            params![user, kind, digest],
        )?;
        Ok(())
    }
}
