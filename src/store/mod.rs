//! The one place that speaks SQL. `Store::open` sets the pragmas and migrates;
//! every command runs in one transaction through `Store::write` or `Store::read`.
//!
//! Rule: write transactions begin IMMEDIATE, because a DEFERRED transaction
//! that reads and then writes fails with SQLITE_BUSY at once, whatever the
//! busy timeout (SQLite cannot upgrade its read lock while another writer waits).

mod audit;
mod authenticators;
mod codes;
mod devices;
mod migrations;
mod policy;
mod subscribers;
mod users;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

pub use audit::{AuditFilter, AuditRow, NewAudit};
pub use authenticators::AuthenticatorRow;
pub use codes::CodeRow;
pub use devices::DeviceRow;
pub use subscribers::SubscriberRow;
pub use users::{user_key, NewUser, UserRow};

/// An open database.
pub struct Store {
    conn: Connection,
}

/// A transaction; all reads and writes go through its methods.
// TODO: for the planned PostgreSQL backend, turn the `impl Tx` blocks in this
// folder into a trait (same method names and row types) with one SQLite and one
// PostgreSQL implementation; nothing outside `store` names rusqlite except
// `Error::from(rusqlite::Error)`, which would move here with it.
pub struct Tx<'c> {
    tx: Transaction<'c>,
}

impl Store {
    /// Opens an existing database, refusing a missing one or one from a newer
    /// mfactl, and brings an older schema up to date.
    pub fn open(path: &Path, busy_timeout: Duration) -> Result<Store> {
        if !path.exists() {
            return Err(Error::failed(format!("there is no database at {}", path.display()))
                .hint("run `mfactl init` first, or point --db / MFACTL_DB at the database"));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|err| {
            Error::failed(format!("cannot open the database {}", path.display())).cause(err)
        })?;
        Self::prepare(conn, busy_timeout)
    }

    /// Creates the database file (owner-only) if needed, then opens it.
    pub fn create(path: &Path, busy_timeout: Duration) -> Result<Store> {
        if !path.exists() {
            create_private_file(path)?;
        }
        Self::open(path, busy_timeout)
    }

    fn prepare(conn: Connection, busy_timeout: Duration) -> Result<Store> {
        conn.busy_timeout(busy_timeout)?;
        let version = migrations::refuse_newer(&conn)?;
        log::debug!("schema version {version}, this build writes {}", migrations::CURRENT);
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let store = Store { conn };
        if version < migrations::CURRENT {
            store.write(|tx| migrations::migrate(&tx.tx))?;
        }
        Ok(store)
    }

    /// Runs `work` in an IMMEDIATE transaction, committing when it returns Ok
    /// and rolling back when it returns Err.
    pub fn write<T>(&self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.run(TransactionBehavior::Immediate, work)
    }

    /// Runs `work` in a read transaction, so it sees one consistent state.
    pub fn read<T>(&self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.run(TransactionBehavior::Deferred, work)
    }

    fn run<T>(
        &self,
        behavior: TransactionBehavior,
        work: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<T> {
        // `new_unchecked` takes `&Connection`; this is the only place that
        // starts transactions, so none is ever nested.
        let tx = Tx { tx: Transaction::new_unchecked(&self.conn, behavior)? };
        let value = work(&tx)?;
        tx.tx.commit()?;
        Ok(value)
    }
}

fn create_private_file(path: &Path) -> Result<()> {
    let fail = |err: std::io::Error| {
        Error::failed(format!("cannot create the database {}", path.display())).cause(err)
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    // SQLite gives the -wal and -shm files the database file's permissions.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another `mfactl init` made it a moment ago; open it as it is.
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(err) => Err(fail(err)),
    }
}
