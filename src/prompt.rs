//! Everything that asks the person at the terminal: confirmations and hidden
//! password entry.
//!
//! Rule: without a terminal nothing is asked; a destructive command then needs
//! `--yes`, and a password must come from `--password-stdin`.

use std::io::{self, BufRead, IsTerminal};

use dialoguer::{Confirm, Input, Password};
use zeroize::Zeroizing;

use mfactl::error::{Error, Kind, Result};

/// Whether stdin and stderr are a terminal a person can answer on.
pub fn interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Makes Ctrl-C at any prompt leave the terminal as it was found (echo on,
/// cursor shown) and end with exit code 130. dialoguer turns echo off for
/// hidden input and hides the cursor for choices; a SIGINT in between would
/// otherwise leave the shell without echo.
pub fn restore_terminal_on_interrupt() {
    #[cfg(unix)]
    {
        let saved = saved_terminal_mode();
        let _ = ctrlc::set_handler(move || {
            if let Some(mode) = saved {
                // SAFETY: `mode` is a termios read from this same descriptor.
                unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &mode) };
            }
            eprintln!("\x1b[?25h");
            std::process::exit(Kind::Cancelled.exit_code());
        });
    }
}

#[cfg(unix)]
fn saved_terminal_mode() -> Option<libc::termios> {
    let mut mode = std::mem::MaybeUninit::<libc::termios>::uninit();
    // SAFETY: tcgetattr fills the termios when it returns 0.
    let read = unsafe { libc::tcgetattr(libc::STDIN_FILENO, mode.as_mut_ptr()) };
    // SAFETY: only read after tcgetattr succeeded.
    (read == 0).then(|| unsafe { mode.assume_init() })
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

/// Reads one line from stdin as a password, without its line ending. When
/// stdin is a terminal the line is read without echo, so it never shows.
pub fn password_from_stdin() -> Result<String> {
    if io::stdin().is_terminal() {
        let password = hidden("Password")?;
        if password.is_empty() {
            return Err(Error::cancelled());
        }
        return Ok(password.to_string());
    }
    line_from_stdin("the password")
}

/// Reads one non-empty line from stdin (`what` names it in errors), without
/// its line ending.
pub fn line_from_stdin(what: &str) -> Result<String> {
    let mut line = String::new();
    io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| Error::usage(format!("cannot read {what} from stdin")).cause(err))?;
    let text = line.trim_end_matches(['\n', '\r']).to_string();
    if text.is_empty() {
        return Err(Error::usage(format!("{what} was not given on stdin"))
            .hint("pipe it in as one line, e.g. `printf '%s\\n' \"$VALUE\" | mfactl ...`"));
    }
    Ok(text)
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
