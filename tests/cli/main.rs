//! Integration tests, compiled into one binary: a module per command group
//! over the small harness in `support`.

mod support;

mod audit;
mod codes;
mod concurrency;
mod docs;
mod doctor;
mod errors;
mod hardening;
mod json;
mod keys;
mod library;
mod mail;
mod mail_signin;
mod mfa;
mod policy;
mod qr;
mod signin;
mod signin_interactive;
mod smtp;
mod subscribers;
mod users;
