//! `init`: creating the database, its key file and the cloud subscriber.
//!
//! Rule: running it again on an initialised database changes nothing but what
//! it is asked to (an issuer, sample data) and never replaces the key.

use serde::Serialize;

use crate::config::Settings;
use crate::context::Context;
use crate::crypto::Key;
use crate::error::{Error, Result};
use crate::policy::check_issuer;

/// The cloud subscriber `init` creates.
pub const CLOUD_SUBSCRIBER: &str = "cloud";

/// The sample users `init --sample-data` loads.
pub const SAMPLE_USERS: &str = include_str!("../examples/users.csv");

/// What `init` did.
#[derive(Debug, Clone, Serialize)]
pub struct InitReport {
    /// The database file.
    pub db: String,
    /// The key file.
    pub key_file: String,
    /// The database was created by this call.
    pub created_database: bool,
    /// The key file was created by this call.
    pub created_key: bool,
    /// Sample users loaded.
    pub sample_users: usize,
}

/// Creates or completes a database. Returns the open context and a report.
pub fn init(
    settings: Settings,
    issuer: Option<&str>,
    sample: bool,
) -> Result<(Context, InitReport)> {
    if let Some(issuer) = issuer {
        check_issuer(issuer)?;
    }
    let created_database = !settings.db.exists();
    if created_database && settings.key_file.exists() {
        return Err(key_file_taken(&settings.key_file));
    }
    let ctx = Context::create(settings)?;
    let created_key = ensure_key(&ctx)?;
    ctx.store.write(|tx| {
        let mut policy = tx.policy()?;
        if let Some(issuer) = issuer {
            policy.issuer = issuer.to_string();
        }
        if policy.cloud_subscriber.is_none() {
            tx.insert_subscriber(CLOUD_SUBSCRIBER, ctx.now())?;
            policy.cloud_subscriber = Some(CLOUD_SUBSCRIBER.to_string());
        }
        tx.save_policy(&policy)?;
        ctx.audit(tx, "init", None, "ok", None)
    })?;
    let sample_users = if sample { load_sample(&ctx)? } else { 0 };
    let report = InitReport {
        db: ctx.settings.db.display().to_string(),
        key_file: ctx.settings.key_file.display().to_string(),
        created_database,
        created_key,
        sample_users,
    };
    Ok((ctx, report))
}

/// Creates the key file when the database has no key yet; returns whether it
/// did. Runs in a write transaction, so concurrent `init`s make one key.
fn ensure_key(ctx: &Context) -> Result<bool> {
    let path = ctx.settings.key_file.clone();
    ctx.store.write(|tx| {
        if tx.key_id()?.is_some() {
            ctx.key(tx)?;
            return Ok(false);
        }
        if path.exists() {
            return Err(key_file_taken(&path));
        }
        let key = Key::create_file(&path)?;
        if let Err(err) = tx.set_key_id(key.id()) {
            // Nothing refers to the new file yet; leave no orphan behind.
            let _ = std::fs::remove_file(&path);
            return Err(err);
        }
        ctx.set_key(key);
        Ok(true)
    })
}

fn key_file_taken(path: &std::path::Path) -> Error {
    Error::failed(format!(
        "a key file already exists at {} but this database has no key",
        path.display()
    ))
    .hint("move that file away, or set MFACTL_KEY_FILE to a new path, and run `mfactl init`")
}

fn load_sample(ctx: &Context) -> Result<usize> {
    // Loading twice would collide with the first load; a database that holds
    // users already is left as it is, so `init --sample-data` can be repeated.
    if !ctx.list_users(None)?.is_empty() {
        return Ok(0);
    }
    ctx.import_users(SAMPLE_USERS.as_bytes(), &mut |_| {})
}
