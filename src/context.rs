//! The open database with its key, clock and actor: every library operation is
//! a method on `Context`, running in one transaction.
//!
//! Rule: the key file is read only by operations that touch secrets or codes,
//! and is always checked against the key id the database records.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use crate::clock::rfc3339;
use crate::config::Settings;
use crate::crypto::Key;
use crate::error::{Error, Result};
use crate::notify::{Notice, NoticeKind};
use crate::store::{NewAudit, Store, Tx, UserRow};

/// An open database and who is working on it.
pub struct Context {
    pub(crate) store: Store,
    pub(crate) settings: Settings,
    key: RefCell<Option<Rc<Key>>>,
    notices: RefCell<Vec<Notice>>,
    warnings: RefCell<Vec<String>>,
}

impl Context {
    /// Opens an existing database.
    pub fn open(settings: Settings) -> Result<Context> {
        let store = Store::open(&settings.db, settings.busy_timeout)?;
        Ok(Context::with(store, settings))
    }

    /// Creates the database if needed and opens it.
    pub(crate) fn create(settings: Settings) -> Result<Context> {
        let store = Store::create(&settings.db, settings.busy_timeout)?;
        Ok(Context::with(store, settings))
    }

    fn with(store: Store, settings: Settings) -> Context {
        Context {
            store,
            settings,
            key: RefCell::default(),
            notices: RefCell::default(),
            warnings: RefCell::default(),
        }
    }

    /// Runs `work` in one write transaction; notices it queued are mailed
    /// once it has committed, and dropped when it did not.
    pub(crate) fn write<T>(&self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.notices.borrow_mut().clear();
        let value = self.store.write(work);
        log::debug!("transaction {}", if value.is_ok() { "committed" } else { "rolled back" });
        let notices = self.notices.take();
        if value.is_ok() {
            self.send_notices(notices);
        }
        value
    }

    /// Queues a notice to the user, sent after the transaction commits.
    pub(crate) fn queue_notice(&self, user: &UserRow, kind: NoticeKind) {
        self.notices.borrow_mut().push(Notice::new(user, kind));
    }

    /// Records a warning for the person running the command.
    pub(crate) fn warn(&self, warning: String) {
        self.warnings.borrow_mut().push(warning);
    }

    /// Warnings gathered so far (e.g. a notice that could not be mailed).
    pub fn take_warnings(&self) -> Vec<String> {
        self.warnings.take()
    }

    /// The settings this context was opened with.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The current Unix time from the injected clock.
    pub fn now(&self) -> i64 {
        self.settings.clock.now()
    }

    /// The key that seals this database's secrets, read once and checked.
    pub(crate) fn key(&self, tx: &Tx) -> Result<Rc<Key>> {
        if let Some(key) = self.key.borrow().as_ref() {
            return Ok(Rc::clone(key));
        }
        let key = Rc::new(crate::keys::load_checked(tx, &self.settings.key_file)?);
        log::info!("key file {} (key id {})", self.settings.key_file.display(), key.id());
        *self.key.borrow_mut() = Some(Rc::clone(&key));
        Ok(key)
    }

    /// Installs a key already checked against the database (init, rotation).
    pub(crate) fn set_key(&self, key: Key) {
        *self.key.borrow_mut() = Some(Rc::new(key));
    }

    /// Appends an audit entry in the caller's transaction.
    pub(crate) fn audit(
        &self,
        tx: &Tx,
        action: &str,
        target: Option<&str>,
        outcome: &str,
        detail: Option<&str>,
    ) -> Result<()> {
        let entry = NewAudit { actor: &self.settings.actor, action, target, outcome, detail };
        tx.audit(&entry, self.now())
    }

    /// Finds a user or fails with a sentence naming them.
    pub(crate) fn user(&self, tx: &Tx, user_id: &str) -> Result<UserRow> {
        tx.find_user(user_id)?.ok_or_else(|| {
            Error::failed(format!("there is no user `{user_id}`"))
                .hint("list users with `mfactl user list`")
        })
    }

    /// The key file path, for messages.
    pub fn key_file(&self) -> &Path {
        &self.settings.key_file
    }
}

/// Whether a user is locked at `now`, and until when.
pub fn locked_until(user: &UserRow, now: i64) -> Option<i64> {
    user.locked_until.filter(|until| *until > now)
}

/// The refusal for a locked user: says until when.
pub fn locked_error(user_id: &str, until: i64) -> Error {
    Error::rejected(format!("the account `{user_id}` is locked until {}", rfc3339(until)))
        .hint(format!("wait, or have an administrator run `mfactl user unlock {user_id}`"))
}
