//! Integration tests, compiled into one binary: a module per command group
//! over the small harness in `support`.

mod support;

mod docs;
mod doctor;
mod qr;
mod signin;
mod signin_interactive;
