//! Web subscribers: external applications and whether MFA is bypassed for them.

use rusqlite::{params, OptionalExtension, Row};

use super::Tx;
use crate::error::Result;

/// A stored subscriber.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriberRow {
    /// Unique, case-insensitive name.
    pub name: String,
    /// MFA is skipped for sign-ins through it.
    pub bypass: bool,
    /// When it was added.
    pub created_at: i64,
}

fn subscriber_row(row: &Row) -> rusqlite::Result<SubscriberRow> {
    Ok(SubscriberRow { name: row.get(0)?, bypass: row.get(1)?, created_at: row.get(2)? })
}

impl Tx<'_> {
    /// One subscriber by name, ignoring case.
    pub fn subscriber(&self, name: &str) -> Result<Option<SubscriberRow>> {
        let row = self
            .tx
            .query_row(
                "SELECT name, bypass, created_at FROM subscribers WHERE name = ?1",
                [name],
                subscriber_row,
            )
            .optional()?;
        Ok(row)
    }

    /// All subscribers by name.
    pub fn list_subscribers(&self) -> Result<Vec<SubscriberRow>> {
        let mut stmt =
            self.tx.prepare("SELECT name, bypass, created_at FROM subscribers ORDER BY name")?;
        let rows = stmt.query_map([], subscriber_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Adds a subscriber; returns false when the name is taken.
    pub fn insert_subscriber(&self, name: &str, now: i64) -> Result<bool> {
        let n = self.tx.execute(
            "INSERT OR IGNORE INTO subscribers (name, created_at) VALUES (?1, ?2)",
            params![name, now],
        )?;
        Ok(n > 0)
    }

    /// Removes a subscriber.
    pub fn delete_subscriber(&self, name: &str) -> Result<()> {
        self.tx.execute("DELETE FROM subscribers WHERE name = ?1", [name])?;
        Ok(())
    }

    /// Turns MFA bypass on or off.
    pub fn set_bypass(&self, name: &str, bypass: bool) -> Result<()> {
        self.tx
            .execute("UPDATE subscribers SET bypass = ?2 WHERE name = ?1", params![name, bypass])?;
        Ok(())
    }
}
