//! Authenticator secrets, sealed, one per user.

use rusqlite::{params, OptionalExtension};

use super::Tx;
use crate::error::Result;

/// A user's stored authenticator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthenticatorRow {
    /// The secret, sealed under the key file and bound to the user.
    pub sealed_secret: Vec<u8>,
    /// When the enrolment began.
    pub created_at: i64,
    /// When a first code proved it; `None` while pending.
    pub confirmed_at: Option<i64>,
    /// The last time step accepted, so no step is accepted twice.
    pub last_step: Option<i64>,
}

impl Tx<'_> {
    /// The user's authenticator, if any.
    pub fn authenticator(&self, user: i64) -> Result<Option<AuthenticatorRow>> {
        let row = self
            .tx
            .query_row(
                "SELECT secret, created_at, confirmed_at, last_step
                 FROM authenticators WHERE user_ref = ?1",
                [user],
                |row| {
                    Ok(AuthenticatorRow {
                        sealed_secret: row.get(0)?,
                        created_at: row.get(1)?,
                        confirmed_at: row.get(2)?,
                        last_step: row.get(3)?,
                    })
                },
            )
            .optional()?;
        Ok(row)
    }

    /// Stores a new pending authenticator, replacing none: the caller checks.
    pub fn insert_authenticator(&self, user: i64, sealed: &[u8], now: i64) -> Result<()> {
        self.tx.execute(
            "INSERT INTO authenticators (user_ref, secret, created_at) VALUES (?1, ?2, ?3)",
            params![user, sealed, now],
        )?;
        Ok(())
    }

    /// Records an accepted step, confirming a pending enrolment.
    pub fn accept_step(&self, user: i64, step: i64, now: i64) -> Result<()> {
        self.tx.execute(
            "UPDATE authenticators SET last_step = ?2, confirmed_at = coalesce(confirmed_at, ?3)
             WHERE user_ref = ?1",
            params![user, step, now],
        )?;
        Ok(())
    }

    /// Removes the user's authenticator; returns whether there was one.
    pub fn delete_authenticator(&self, user: i64) -> Result<bool> {
        let n = self.tx.execute("DELETE FROM authenticators WHERE user_ref = ?1", [user])?;
        Ok(n > 0)
    }

    /// Every sealed secret, for key rotation.
    pub fn all_sealed_secrets(&self) -> Result<Vec<(i64, Vec<u8>)>> {
        let mut stmt = self.tx.prepare("SELECT user_ref, secret FROM authenticators")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Replaces one sealed secret, for key rotation.
    pub fn reseal_secret(&self, user: i64, sealed: &[u8]) -> Result<()> {
        self.tx.execute(
            "UPDATE authenticators SET secret = ?2 WHERE user_ref = ?1",
            params![user, sealed],
        )?;
        Ok(())
    }
}
