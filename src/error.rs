//! The library's error type and the exit code each kind of failure maps to.
//!
//! Every message is one plain sentence meant for the person at the terminal;
//! a hint names the command or flag that fixes it. No secret ever goes in.

use std::fmt;

/// What kind of failure happened; decides the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The command could not be carried out (not found, database, mail...).
    Failed,
    /// The command line itself was wrong.
    Usage,
    /// Authentication was refused: wrong, expired or used code, or locked out.
    Rejected,
    /// The person cancelled a prompt.
    Cancelled,
}

impl Kind {
    /// The process exit code for this kind, as SPEC.md section 4 fixes them.
    pub fn exit_code(self) -> i32 {
        match self {
            Kind::Failed => 1,
            Kind::Usage => 2,
            Kind::Rejected => 3,
            Kind::Cancelled => 130,
        }
    }
}

/// An error with a user-facing sentence, an optional cause and an optional hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Decides the exit code.
    pub kind: Kind,
    /// One sentence saying what failed, starting lowercase.
    pub message: String,
    /// Extra information from a lower layer, shown as `caused by:`.
    pub cause: Option<String>,
    /// The command or flag that fixes it, shown as `hint:`.
    pub hint: Option<String>,
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), cause: None, hint: None }
    }

    /// A failure to carry out the command (exit 1).
    pub fn failed(message: impl Into<String>) -> Self {
        Self::new(Kind::Failed, message)
    }

    /// A usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    /// An authentication refusal (exit 3).
    pub fn rejected(message: impl Into<String>) -> Self {
        Self::new(Kind::Rejected, message)
    }

    /// A cancelled prompt (exit 130).
    pub fn cancelled() -> Self {
        Self::new(Kind::Cancelled, "cancelled; nothing was changed")
    }

    /// Adds the hint line naming what fixes the problem.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds the `caused by:` line.
    pub fn cause(mut self, cause: impl fmt::Display) -> Self {
        self.cause = Some(cause.to_string());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseBusy, DatabaseLocked};
        match err.sqlite_error_code() {
            Some(DatabaseBusy | DatabaseLocked) => {
                Error::failed("the database is busy: another mfactl process held it too long")
                    .hint("try again in a moment; nothing was changed")
            }
            _ => Error::failed("the database could not be read or written")
                .cause(sqlite_reason(&err)),
        }
    }
}

/// SQLite's own reason, without the SQL text some rusqlite errors carry.
fn sqlite_reason(err: &rusqlite::Error) -> String {
    match err {
        rusqlite::Error::SqliteFailure(code, Some(message)) => format!("{message} ({code})"),
        rusqlite::Error::SqliteFailure(code, None) => code.to_string(),
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        other => other.to_string(),
    }
}
