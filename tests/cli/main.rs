//! Integration tests, compiled into one binary: a module per command group
//! over the small harness in `support`.

mod support;

mod audit;
mod codes;
mod concurrency;
mod docs;
mod doctor;
mod errors;
mod keys;
mod mfa;
mod policy;
mod qr;
mod signin;
mod signin_interactive;
mod subscribers;
mod users;
