//! The time every rule is measured against, injectable for tests.

use chrono::{DateTime, SecondsFormat, Utc};

use crate::error::{Error, Result};

/// 9999-12-31T23:59:59Z, the latest time accepted for a fixed clock.
const LATEST: i64 = 253_402_300_799;

/// Where "now" comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The operating system's clock.
    System,
    /// A fixed Unix time, for tests and for replaying a scenario.
    Fixed(i64),
}

impl Clock {
    /// The current Unix time in seconds.
    pub fn now(&self) -> i64 {
        match self {
            Clock::System => Utc::now().timestamp(),
            Clock::Fixed(time) => *time,
        }
    }

    /// Reads a fixed time given as RFC 3339 or as Unix seconds, from 1970 to
    /// the end of 9999 (so lifetimes added to it cannot overflow).
    pub fn parse_fixed(text: &str) -> Result<Clock> {
        let secs = match text.trim().parse::<i64>() {
            Ok(secs) => Some(secs),
            Err(_) => DateTime::parse_from_rfc3339(text.trim()).ok().map(|t| t.timestamp()),
        };
        match secs {
            Some(secs) if (0..=LATEST).contains(&secs) => Ok(Clock::Fixed(secs)),
            _ => {
                Err(Error::usage(format!("`{}` is not a time mfactl can use", text.escape_debug()))
                    .hint(
                        "give MFACTL_NOW as RFC 3339 (2026-12-04T09:00:00Z) or Unix seconds from 0",
                    ))
            }
        }
    }
}

/// Formats Unix seconds as RFC 3339 UTC, e.g. `2027-01-03T09:00:00Z`.
pub fn rfc3339(unix: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0)
        .map(|time| time.to_rfc3339_opts(SecondsFormat::Secs, true))
        .unwrap_or_else(|| unix.to_string())
}
