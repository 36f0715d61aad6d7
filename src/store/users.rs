//! Users: identity, role, password hash and the failure counter behind locks.

use rusqlite::{params, OptionalExtension, Row};

use super::Tx;
use crate::error::Result;

/// A stored user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    /// Internal row id; secrets are bound to it.
    pub id: i64,
    /// The unique, case-insensitive user id people type.
    pub user_id: String,
    /// Display name.
    pub name: String,
    /// Email address, if any.
    pub email: Option<String>,
    /// Role name.
    pub role: String,
    /// Whether the user may sign in.
    pub enabled: bool,
    /// argon2id PHC string, if a password is set.
    pub password_hash: Option<String>,
    /// Failed verifications in a row.
    pub failed_count: u32,
    /// Unix time until which the user is locked.
    pub locked_until: Option<i64>,
    /// When the user was added.
    pub created_at: i64,
}

/// What it takes to add a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    /// The user id.
    pub user_id: String,
    /// Display name.
    pub name: String,
    /// Email address, if any.
    pub email: Option<String>,
    /// Role name.
    pub role: String,
    /// argon2id PHC string, if any.
    pub password_hash: Option<String>,
}

const COLUMNS: &str = "id, user_id, name, email, role, enabled, password_hash, failed_count, \
                       locked_until, created_at";

fn user_row(row: &Row) -> rusqlite::Result<UserRow> {
    Ok(UserRow {
        id: row.get(0)?,
        user_id: row.get(1)?,
        name: row.get(2)?,
        email: row.get(3)?,
        role: row.get(4)?,
        enabled: row.get(5)?,
        password_hash: row.get(6)?,
        failed_count: row.get(7)?,
        locked_until: row.get(8)?,
        created_at: row.get(9)?,
    })
}

/// The form user ids are compared in: Unicode lowercase, so `ÁLVARO` and
/// `álvaro` are one user.
pub fn user_key(user_id: &str) -> String {
    user_id.to_lowercase()
}

impl Tx<'_> {
    /// Finds a user by user id, ignoring case.
    pub fn find_user(&self, user_id: &str) -> Result<Option<UserRow>> {
        let sql = format!("SELECT {COLUMNS} FROM users WHERE user_key = ?1");
        Ok(self.tx.query_row(&sql, [user_key(user_id)], user_row).optional()?)
    }

    /// Lists users by user id, optionally of one role.
    pub fn list_users(&self, role: Option<&str>) -> Result<Vec<UserRow>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM users WHERE ?1 IS NULL OR role = ?1 COLLATE NOCASE
             ORDER BY user_key"
        );
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map([role], user_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Inserts a user; the caller has checked the user id is free.
    pub fn insert_user(&self, user: &NewUser, now: i64) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO users (user_id, user_key, name, email, role, password_hash, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                user.user_id,
                user_key(&user.user_id),
                user.name,
                user.email,
                user.role,
                user.password_hash,
                now
            ],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Stores name, email, role and enabled flag.
    pub fn update_user(&self, user: &UserRow) -> Result<()> {
        self.tx.execute(
            "UPDATE users SET name = ?2, email = ?3, role = ?4, enabled = ?5 WHERE id = ?1",
            params![user.id, user.name, user.email, user.role, user.enabled],
        )?;
        Ok(())
    }

    /// Replaces the password hash.
    pub fn set_password_hash(&self, user: i64, hash: &str) -> Result<()> {
        self.tx
            .execute("UPDATE users SET password_hash = ?2 WHERE id = ?1", params![user, hash])?;
        Ok(())
    }

    /// Deletes a user with everything that belongs to them.
    pub fn delete_user(&self, user: i64) -> Result<()> {
        self.tx.execute("DELETE FROM users WHERE id = ?1", [user])?;
        Ok(())
    }

    /// Stores the failure counter and lock.
    pub fn set_failures(&self, user: i64, count: u32, locked_until: Option<i64>) -> Result<()> {
        self.tx.execute(
            "UPDATE users SET failed_count = ?2, locked_until = ?3 WHERE id = ?1",
            params![user, count, locked_until],
        )?;
        Ok(())
    }

    /// How many users have each role, for the doctor's checks.
    pub fn count_users_without_email(&self) -> Result<u32> {
        let n = self.tx.query_row(
            "SELECT count(*) FROM users WHERE enabled AND (email IS NULL OR email = '')",
            [],
            |row| row.get(0),
        )?;
        Ok(n)
    }
}
