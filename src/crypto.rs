//! The key file and everything done with it: sealing TOTP secrets, sealing code
//! digests, and password hashing.
//!
//! Rule: every sealed value carries associated data naming its owner, so a value
//! copied into another user's row fails to open.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

const KEY_FILE_TAG: &str = "mfactl-key-v1";
const NONCE_LEN: usize = 24;

/// The secret key from the key file, with the subkeys derived from it.
pub struct Key {
    cipher: XChaCha20Poly1305,
    id: String,
}

impl Key {
    fn from_bytes(master: &[u8; 32]) -> Result<Key> {
        let enc = derive(master, b"mfactl seal v1")?;
        let id = hex(&derive(master, b"mfactl key id v1")?[..8]);
        Ok(Key { cipher: XChaCha20Poly1305::new((&*enc).into()), id })
    }

    /// The key's public identifier, stored beside the data it protects.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Encrypts `plain` bound to `owner`; the nonce is prefixed to the result.
    pub fn seal(&self, owner: &str, plain: &[u8]) -> Result<Vec<u8>> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let payload = Payload { msg: plain, aad: owner.as_bytes() };
        let sealed = self
            .cipher
            .encrypt(XNonce::from_slice(&nonce), payload)
            .map_err(|_| Error::failed("a secret could not be encrypted"))?;
        Ok([nonce.as_slice(), &sealed].concat())
    }

    /// Decrypts a value sealed for `owner`; fails when key or owner differ.
    pub fn open(&self, owner: &str, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let fail = || {
            Error::failed("a stored secret does not match the key file or its owner").hint(
                "check that MFACTL_KEY_FILE names this database's key; see `mfactl key status`",
            )
        };
        if sealed.len() < NONCE_LEN {
            return Err(fail());
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let payload = Payload { msg: body, aad: owner.as_bytes() };
        let plain = self.cipher.decrypt(XNonce::from_slice(nonce), payload).map_err(|_| fail())?;
        Ok(Zeroizing::new(plain))
    }

    /// Seals the SHA-256 digest of a code or token so it can be checked but not
    /// read back, and re-sealed under a new key when the key is rotated.
    pub fn seal_digest(&self, owner: &str, code: &str) -> Result<Vec<u8>> {
        self.seal(owner, &Sha256::digest(code.as_bytes()))
    }

    /// Checks `code` against a sealed digest in constant time.
    pub fn digest_matches(&self, owner: &str, sealed: &[u8], code: &str) -> Result<bool> {
        let stored = self.open(owner, sealed)?;
        Ok(stored.ct_eq(Sha256::digest(code.as_bytes()).as_slice()).into())
    }

    /// Writes a new key file readable by the owner only; refuses to overwrite.
    pub fn create_file(path: &Path) -> Result<Key> {
        Key::write_new(path, false)
    }

    /// Writes a fresh key to the pending file beside `path` (see
    /// [`pending_path`]); [`promote_pending`] later moves it into place.
    pub fn create_pending_file(path: &Path) -> Result<Key> {
        Key::write_new(path, true)
    }

    fn write_new(path: &Path, pending: bool) -> Result<Key> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        rand::rng().fill_bytes(bytes.as_mut());
        let text = Zeroizing::new(format!("{KEY_FILE_TAG} {}\n", B64.encode(bytes.as_ref())));
        write_private(path, text.as_bytes(), pending)?;
        Key::from_bytes(&bytes)
    }

    /// Reads the key file; every failure names the file.
    pub fn load(path: &Path) -> Result<Key> {
        let name = path.display();
        let text = fs::read_to_string(path).map(Zeroizing::new).map_err(|err| {
            Error::failed(format!("cannot read the key file {name}"))
                .cause(err)
                .hint("set MFACTL_KEY_FILE or `key_file` in the config to this database's key")
        })?;
        let bad = || {
            Error::failed(format!("the key file {name} is not an mfactl key file"))
                .hint("point MFACTL_KEY_FILE at the key `mfactl init` created for this database")
        };
        let encoded = text.trim().strip_prefix(KEY_FILE_TAG).ok_or_else(bad)?.trim();
        let raw = Zeroizing::new(B64.decode(encoded).map_err(|_| bad())?);
        let bytes: &[u8; 32] = raw.as_slice().try_into().map_err(|_| bad())?;
        Key::from_bytes(bytes)
    }
}

/// Hashes a password with argon2id and a random salt (PHC string format).
pub fn hash_password(password: &str) -> Result<String> {
    let mut salt_bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes)
        .map_err(|_| Error::failed("a password salt could not be made"))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|_| Error::failed("the password could not be hashed"))
}

/// The most work a stored hash may ask for: 256 MiB of memory, 10 passes and
/// 8 lanes. A hash beyond this (say, from a hostile import) could make one
/// sign-in allocate terabytes; it is refused, never computed.
const MAX_MEMORY_KIB: u32 = 256 * 1024;
const MAX_PASSES: u32 = 10;
const MAX_LANES: u32 = 8;

/// Checks a password against a stored PHC hash; a malformed hash, or one that
/// asks for more work than the limits above, never matches.
pub fn verify_password(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(hash) if within_limits(&hash) => {
            Argon2::default().verify_password(password.as_bytes(), &hash).is_ok()
        }
        _ => false,
    }
}

/// Whether `stored` is an argon2 PHC hash within the work limits, so that
/// `verify_password` can use it.
pub fn is_password_hash(stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| {
        hash.algorithm.as_str().starts_with("argon2") && hash.hash.is_some() && within_limits(&hash)
    })
}

fn within_limits(hash: &PasswordHash) -> bool {
    match argon2::Params::try_from(hash) {
        Ok(params) => {
            params.m_cost() <= MAX_MEMORY_KIB
                && params.t_cost() <= MAX_PASSES
                && params.p_cost() <= MAX_LANES
        }
        Err(_) => false,
    }
}

/// A hash, with the default parameters, of a random password nobody knows:
/// checking it costs an unknown user the same time as a known one.
pub fn dummy_password_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$eLDfLByPXUCbcrM6aK+gmA$zOOMAUvN1q4kWkPwfExeyk+LIgZqaugmaru3BGSNij0"
}

/// `bytes` random bytes from the operating system's generator, URL-safe base64.
pub fn random_token(bytes: usize) -> String {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut raw = Zeroizing::new(vec![0u8; bytes]);
    rand::rng().fill_bytes(&mut raw);
    URL_SAFE_NO_PAD.encode(raw.as_slice())
}

/// Writes `contents` to a new file with mode 0600: `path` itself, or with
/// `pending` set, the pending file beside it (replacing a stale one).
pub fn write_private(path: &Path, contents: &[u8], pending: bool) -> Result<()> {
    let fail = |err: std::io::Error| {
        Error::failed(format!("cannot write the key file {}", path.display())).cause(err)
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(fail)?;
    }
    let target: PathBuf = if pending { pending_path(path) } else { path.to_path_buf() };
    if pending {
        // A leftover from an interrupted rotation is stale: the database has
        // already been checked against the key in use.
        let _ = fs::remove_file(&target);
    }
    let mut file = private_options().open(&target).map_err(fail)?;
    file.write_all(contents).and_then(|_| file.sync_all()).map_err(fail)?;
    Ok(())
}

/// Moves the pending key file, holding the key `expected_id`, into place (an
/// atomic rename). Done already by another process counts as done.
pub fn promote_pending(path: &Path, expected_id: &str) -> Result<()> {
    match fs::rename(pending_path(path), path) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => match Key::load(path) {
            Ok(key) if key.id() == expected_id => Ok(()),
            _ => Err(promote_error(path, err)),
        },
        Err(err) => Err(promote_error(path, err)),
    }
}

fn promote_error(path: &Path, err: std::io::Error) -> Error {
    Error::failed(format!("cannot move the new key file into place at {}", path.display()))
        .cause(err)
        .hint("run `mfactl key status`; the next command finishes an interrupted rotation")
}

/// An exclusive lock on the key file, held while a rotation runs so two
/// rotations never interleave; released when dropped.
pub struct RotationLock {
    _file: fs::File,
}

/// Waits for and takes the rotation lock on `path`. A rotation replaces the
/// file, so a lock won on a file that has since been replaced is retried on
/// the new one.
pub fn lock_for_rotation(path: &Path) -> Result<RotationLock> {
    let fail = |err: std::io::Error| {
        Error::failed(format!("cannot lock the key file {} for rotation", path.display()))
            .cause(err)
    };
    loop {
        let file = fs::File::open(path).map_err(fail)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            use std::os::unix::io::AsRawFd;
            // SAFETY: flock on a descriptor this function owns.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
                return Err(fail(std::io::Error::last_os_error()));
            }
            let locked = file.metadata().map_err(fail)?.ino();
            if fs::metadata(path).map_err(fail)?.ino() != locked {
                continue;
            }
        }
        return Ok(RotationLock { _file: file });
    }
}

/// Where a replacement key file is written before it takes the old one's place.
pub fn pending_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".new");
    PathBuf::from(name)
}

fn private_options() -> fs::OpenOptions {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// A subkey: HMAC-SHA-256 of `label` under the master key.
fn derive(master: &[u8; 32], label: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(master)
        .map_err(|_| Error::failed("a key could not be derived from the key file"))?;
    mac.update(label);
    Ok(Zeroizing::new(mac.finalize().into_bytes().into()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
