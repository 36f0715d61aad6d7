//! The schema, as an append-only list of migrations. The database records how
//! many have run in `PRAGMA user_version`.
//!
//! Rules: never edit or reorder a migration that has shipped; add a new one.
//! A database whose version is above what this build knows is refused, never
//! modified, since an older mfactl cannot know what the newer one stores.

use rusqlite::{Connection, Transaction};

use crate::error::{Error, Result};

/// Each entry brings the schema one version further.
const MIGRATIONS: &[&str] = &[
    // 1: the whole first schema. Times are Unix seconds (UTC).
    "CREATE TABLE policy (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0,
        method TEXT NOT NULL DEFAULT 'app',
        remember_days INTEGER NOT NULL DEFAULT 0,
        email_code_minutes INTEGER NOT NULL DEFAULT 5,
        emergency_code_minutes INTEGER NOT NULL DEFAULT 2,
        device_authorisation INTEGER NOT NULL DEFAULT 1,
        admin_local_only INTEGER NOT NULL DEFAULT 1,
        issuer TEXT NOT NULL DEFAULT 'mfactl',
        cloud_subscriber TEXT,
        code_max_attempts INTEGER NOT NULL DEFAULT 5,
        lockout_failures INTEGER NOT NULL DEFAULT 10,
        lockout_minutes INTEGER NOT NULL DEFAULT 15,
        key_id TEXT
    );
    CREATE TABLE exempt_roles (role TEXT PRIMARY KEY COLLATE NOCASE);
    CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL,
        -- user_id folded with Unicode lowercase: SQLite's NOCASE folds ASCII only.
        user_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT,
        role TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        password_hash TEXT,
        failed_count INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        created_at INTEGER NOT NULL
    );
    CREATE INDEX users_role ON users (role COLLATE NOCASE);
    CREATE TABLE authenticators (
        user_ref INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        secret BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        confirmed_at INTEGER,
        last_step INTEGER
    );
    CREATE TABLE codes (
        user_ref INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        digest BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        device_ref INTEGER REFERENCES devices (id) ON DELETE CASCADE,
        PRIMARY KEY (user_ref, kind)
    );
    CREATE TABLE devices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_ref INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_digest BLOB NOT NULL,
        label TEXT NOT NULL,
        first_used INTEGER NOT NULL,
        last_used INTEGER NOT NULL,
        authorised_at INTEGER,
        remembered_until INTEGER,
        revoked_at INTEGER
    );
    CREATE INDEX devices_user ON devices (user_ref);
    -- TODO: NOCASE folds ASCII only; fold subscriber names like users.user_key
    -- if non-ASCII subscriber names must be unique ignoring case.
    CREATE TABLE subscribers (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        bypass INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        outcome TEXT NOT NULL,
        detail TEXT
    );
    CREATE INDEX audit_at ON audit (at);
    INSERT INTO policy (id) VALUES (1);",
];

/// The schema version this build writes.
pub const CURRENT: i64 = MIGRATIONS.len() as i64;

/// Refuses a database written by a newer mfactl before anything touches it;
/// returns the database's schema version.
pub fn refuse_newer(conn: &Connection) -> Result<i64> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version > CURRENT {
        return Err(Error::failed(format!(
            "the database has schema version {version}, newer than this mfactl knows ({CURRENT})"
        ))
        .hint("use the newer mfactl that wrote it; nothing was changed"));
    }
    Ok(version)
}

/// Runs the migrations the database has not seen yet.
pub fn migrate(tx: &Transaction) -> Result<()> {
    let version: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    Ok(())
}
