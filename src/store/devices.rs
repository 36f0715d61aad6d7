//! Devices (browsers) a user signs in from, identified by a sealed token digest.

use rusqlite::{params, OptionalExtension, Row};

use super::Tx;
use crate::error::Result;

/// A stored device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRow {
    /// The device's id, shown in `device list` and used by `device revoke`.
    pub id: i64,
    /// The owner's internal row id.
    pub user_ref: i64,
    /// The owner's user id.
    pub user_id: String,
    /// The sealed digest of the device token.
    pub token_digest: Vec<u8>,
    /// What the device is, e.g. browser and OS.
    pub label: String,
    /// First sign-in from it.
    pub first_used: i64,
    /// Last sign-in from it.
    pub last_used: i64,
    /// When it was authorised; `None` while waiting for its code.
    pub authorised_at: Option<i64>,
    /// Until when MFA is skipped on it.
    pub remembered_until: Option<i64>,
    /// When it was revoked.
    pub revoked_at: Option<i64>,
}

const COLUMNS: &str = "d.id, d.user_ref, u.user_id, d.token_digest, d.label, d.first_used, \
     d.last_used, d.authorised_at, d.remembered_until, d.revoked_at";

fn device_row(row: &Row) -> rusqlite::Result<DeviceRow> {
    Ok(DeviceRow {
        id: row.get(0)?,
        user_ref: row.get(1)?,
        user_id: row.get(2)?,
        token_digest: row.get(3)?,
        label: row.get(4)?,
        first_used: row.get(5)?,
        last_used: row.get(6)?,
        authorised_at: row.get(7)?,
        remembered_until: row.get(8)?,
        revoked_at: row.get(9)?,
    })
}

impl Tx<'_> {
    /// One device by id.
    pub fn device(&self, id: i64) -> Result<Option<DeviceRow>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM devices d JOIN users u ON u.id = d.user_ref WHERE d.id = ?1"
        );
        Ok(self.tx.query_row(&sql, [id], device_row).optional()?)
    }

    /// Devices, of one user or all, oldest first.
    pub fn list_devices(&self, user: Option<i64>) -> Result<Vec<DeviceRow>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM devices d JOIN users u ON u.id = d.user_ref
             WHERE ?1 IS NULL OR d.user_ref = ?1 ORDER BY d.id"
        );
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map([user], device_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Adds a device with a placeholder digest; the caller seals the token
    /// with the new id and stores it with `set_device_digest`.
    pub fn insert_device(&self, user: i64, label: &str, now: i64) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO devices (user_ref, token_digest, label, first_used, last_used)
             VALUES (?1, x'', ?2, ?3, ?3)",
            params![user, label, now],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Stores a device's sealed token digest.
    pub fn set_device_digest(&self, id: i64, digest: &[u8]) -> Result<()> {
        self.tx
            .execute("UPDATE devices SET token_digest = ?2 WHERE id = ?1", params![id, digest])?;
        Ok(())
    }

    /// Stores when a device was used, authorised, remembered or revoked.
    pub fn update_device(&self, d: &DeviceRow) -> Result<()> {
        self.tx.execute(
            "UPDATE devices SET label = ?2, last_used = ?3, authorised_at = ?4,
                remembered_until = ?5, revoked_at = ?6
             WHERE id = ?1",
            params![d.id, d.label, d.last_used, d.authorised_at, d.remembered_until, d.revoked_at],
        )?;
        Ok(())
    }

    /// Removes a device record.
    pub fn delete_device(&self, id: i64) -> Result<()> {
        self.tx.execute("DELETE FROM devices WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Ends remembered MFA on every device of a user; returns how many.
    pub fn forget_devices(&self, user: i64) -> Result<usize> {
        let n = self.tx.execute(
            "UPDATE devices SET remembered_until = NULL
             WHERE user_ref = ?1 AND remembered_until IS NOT NULL",
            [user],
        )?;
        Ok(n)
    }
}
