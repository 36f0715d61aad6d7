//! Everything that asks the person at the terminal: confirmations and hidden
//! password entry.
//!
//! Rule: without a terminal nothing is asked; a destructive command then needs
//! `--yes`, and a password must come from `--password-stdin`.

use std::io::{self, BufRead, IsTerminal};

use dialoguer::{Confirm, Input, Password};
use zeroize::Zeroizing;

use mfactl::error::{Error, Result};

/// Whether stdin and stderr are a terminal a person can answer on.
pub fn interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Asks to confirm `action`, a phrase like "remove the user `ana`" (default
/// no), or accepts `--yes`.
pub fn confirm(action: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !interactive() {
        return Err(Error::usage(format!(
            "refusing to {action} without confirmation: there is no terminal to ask on"
        ))
        .hint("add --yes to confirm"));
    }
    let mut question: Vec<char> = action.chars().collect();
    if let Some(first) = question.first_mut() {
        *first = first.to_ascii_uppercase();
    }
    let answer = Confirm::new()
        .with_prompt(format!("{}?", question.into_iter().collect::<String>()))
        .default(false)
        .interact()
        .map_err(|_| Error::cancelled())?;
    if answer {
        Ok(())
    } else {
        Err(Error::cancelled())
    }
}

/// Reads one line from stdin as a password, without its line ending.
pub fn password_from_stdin() -> Result<String> {
    let mut line = String::new();
    io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| Error::failed("cannot read the password from stdin").cause(err))?;
    let password = line.trim_end_matches(['\n', '\r']).to_string();
    if password.is_empty() {
        return Err(Error::usage("no password was given on stdin")
            .hint("pipe the password in, e.g. `printf '%s\\n' \"$PW\" | mfactl ...`"));
    }
    Ok(password)
}

/// Asks for a new password twice, hidden; or reads it from stdin.
pub fn new_password(from_stdin: bool) -> Result<String> {
    if from_stdin {
        return password_from_stdin();
    }
    if !interactive() {
        return Err(Error::usage("a password is needed and there is no terminal to ask on")
            .hint("pass it with --password-stdin"));
    }
    Password::new()
        .with_prompt("New password")
        .with_confirmation("Repeat it", "the two entries differ; try again")
        .interact()
        .map_err(|_| Error::cancelled())
}

/// Asks for a secret without echoing it.
pub fn hidden(prompt: &str) -> Result<Zeroizing<String>> {
    Password::new()
        .with_prompt(prompt)
        .allow_empty_password(true)
        .interact()
        .map(Zeroizing::new)
        .map_err(|_| Error::cancelled())
}

/// Asks for a line of text, e.g. a code.
pub fn text(prompt: &str) -> Result<String> {
    Input::<String>::new().with_prompt(prompt).interact_text().map_err(|_| Error::cancelled())
}

/// Asks a yes/no question with a default.
pub fn yes_no(question: &str, default: bool) -> Result<bool> {
    Confirm::new().with_prompt(question).default(default).interact().map_err(|_| Error::cancelled())
}
