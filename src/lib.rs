//! mfactl: multi-factor authentication for a web application's users, managed
//! directly on its user database.
//!
//! The library owns every rule and never prints or prompts; `Context` is the
//! entry point: each of its operations runs in one database transaction.

pub mod audit;
pub mod challenge;
pub mod cli;
pub mod clock;
pub mod codes;
pub mod config;
pub mod context;
pub mod crypto;
pub mod devices;
pub mod docs;
pub mod doctor;
pub mod emergency;
pub mod enrolment;
pub mod error;
pub mod import;
pub mod init;
pub mod keys;
pub mod mail;
pub mod notify;
pub mod policy;
pub mod qr;
pub mod signin;
pub mod store;
pub mod subscribers;
pub mod totp;
pub mod users;
pub mod validate;
pub mod verification;

pub use context::Context;
pub use error::{Error, Kind, Result};
