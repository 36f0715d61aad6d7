//! Which key seals the database, and rotating it.
//!
//! Rule: rotation writes the new key beside the old one, re-seals everything in
//! one transaction that also records the new key id, and only then moves the
//! new key file into place. A crash at any point leaves a key that matches:
//! either the old file, or the pending new file, which loading then promotes.

use std::path::Path;

use serde::Serialize;

use crate::codes::CodeKind;
use crate::context::Context;
use crate::crypto::{self, Key};
use crate::error::{Error, Result};
use crate::store::Tx;

/// What the sealed value of a user's authenticator secret is bound to.
pub(crate) fn secret_owner(user_ref: i64) -> String {
    format!("totp-secret:{user_ref}")
}

/// What a code digest is bound to.
pub(crate) fn code_owner(user_ref: i64, kind: &str) -> String {
    format!("code:{kind}:{user_ref}")
}

/// What a device token digest is bound to.
pub(crate) fn device_owner(device_id: i64) -> String {
    format!("device:{device_id}")
}

/// Reads the key file and checks it is the one the database was sealed with,
/// finishing a rotation that was interrupted after its commit.
pub(crate) fn load_checked(tx: &Tx, path: &Path) -> Result<Key> {
    let expected = tx.key_id()?;
    let key = Key::load(path)?;
    if expected.as_deref() == Some(key.id()) {
        return Ok(key);
    }
    let pending = crypto::pending_path(path);
    if pending.exists() {
        let new_key = Key::load(&pending)?;
        if expected.as_deref() == Some(new_key.id()) {
            crypto::promote_pending(path, new_key.id())?;
            return Ok(new_key);
        }
    }
    Err(wrong_key(path, expected.as_deref(), key.id()))
}

fn wrong_key(path: &Path, expected: Option<&str>, found: &str) -> Error {
    Error::failed(format!(
        "the key file {} (key id {found}) is not the key this database was sealed with \
         (key id {})",
        path.display(),
        expected.unwrap_or("none")
    ))
    .hint("set MFACTL_KEY_FILE or `key_file` in the config to this database's key file")
}

/// The answer of `key status`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct KeyStatus {
    /// The key file in use.
    pub key_file: String,
    /// The key id the database records.
    pub expected_key_id: Option<String>,
    /// The key id of the key file, when it can be read.
    pub file_key_id: Option<String>,
    /// Whether the two agree.
    pub matches: bool,
    /// Sealed secrets, codes and device tokens held.
    pub sealed_values: usize,
    /// A new key from an interrupted rotation waits beside the key file; the
    /// next command that needs the key finishes the rotation.
    pub pending_rotation: bool,
}

/// Where a simulated crash happens, for tests of rotation.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrashPoint {
    /// After the pending key file is written, before the transaction.
    BeforeCommit,
    /// After the transaction commits, before the key file is moved into place.
    AfterCommit,
}

impl Context {
    /// Reports which key the database expects and whether the file matches.
    pub fn key_status(&self) -> Result<KeyStatus> {
        let path = self.settings.key_file.clone();
        self.store.read(|tx| {
            let expected = tx.key_id()?;
            let file_key_id = Key::load(&path).ok().map(|k| k.id().to_string());
            let sealed_values = tx.all_sealed_secrets()?.len()
                + tx.all_code_digests()?.len()
                + tx.list_devices(None)?.len();
            Ok(KeyStatus {
                key_file: path.display().to_string(),
                matches: expected.is_some() && expected == file_key_id,
                expected_key_id: expected,
                file_key_id,
                sealed_values,
                pending_rotation: crypto::pending_path(&path).exists(),
            })
        })
    }

    /// Replaces the key file with a new key and re-seals every stored secret,
    /// code digest and device token digest under it; returns the new key id.
    pub fn rotate_key(&self) -> Result<String> {
        self.rotate_key_crashing(None)
    }

    /// [`Context::rotate_key`] that stops dead at `crash`, as a killed process would.
    #[doc(hidden)]
    pub fn rotate_key_crashing(&self, crash: Option<CrashPoint>) -> Result<String> {
        let path = self.settings.key_file.clone();
        // Two rotations at once would each write the pending file; the lock
        // makes the second wait until the first has moved its key into place.
        let _lock = crypto::lock_for_rotation(&path)?;
        self.store.read(|tx| self.key(tx).map(drop))?;
        let new_key = Key::create_pending_file(&path)?;
        if crash == Some(CrashPoint::BeforeCommit) {
            return Ok(new_key.id().to_string());
        }
        self.store.write(|tx| {
            let old_key = self.key(tx)?;
            reseal_all(tx, &old_key, &new_key)?;
            tx.set_key_id(new_key.id())?;
            let detail = format!("new key id {}", new_key.id());
            self.audit(tx, "key.rotate", None, "ok", Some(&detail))
        })?;
        let id = new_key.id().to_string();
        if crash == Some(CrashPoint::AfterCommit) {
            return Ok(id);
        }
        crypto::promote_pending(&path, &id)?;
        self.set_key(new_key);
        Ok(id)
    }
}

fn reseal_all(tx: &Tx, old: &Key, new: &Key) -> Result<()> {
    for (user_ref, sealed) in tx.all_sealed_secrets()? {
        let owner = secret_owner(user_ref);
        tx.reseal_secret(user_ref, &new.seal(&owner, &old.open(&owner, &sealed)?)?)?;
    }
    for (user_ref, kind, sealed) in tx.all_code_digests()? {
        let owner = code_owner(user_ref, &kind);
        tx.reseal_code(user_ref, &kind, &new.seal(&owner, &old.open(&owner, &sealed)?)?)?;
    }
    for device in tx.list_devices(None)? {
        let owner = device_owner(device.id);
        let digest = new.seal(&owner, &old.open(&owner, &device.token_digest)?)?;
        tx.set_device_digest(device.id, &digest)?;
    }
    Ok(())
}

/// The owner string for a code of `kind`, as sealed.
pub(crate) fn code_owner_for(user_ref: i64, kind: CodeKind) -> String {
    code_owner(user_ref, kind.as_str())
}
