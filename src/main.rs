//! The `mfactl` binary: parse the command line, run the command, report an
//! error as one sentence with a hint, and exit with the code SPEC.md fixes
//! (0 done, 1 failed, 2 usage, 3 rejected, 130 cancelled).

mod cmd;
mod output;
mod progress;
mod prompt;

use std::io::ErrorKind;
use std::process::ExitCode;

use clap::Parser;

use mfactl::cli::Cli;
use mfactl::Error;
use output::one_line;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => report(&err),
    }
}

fn init_logging(verbose: u8) {
    let level = match verbose {
        0 => log::LevelFilter::Warn,
        1 => log::LevelFilter::Info,
        _ => log::LevelFilter::Debug,
    };
    env_logger::Builder::new()
        .filter_module("mfactl", level)
        .format_timestamp(None)
        .target(env_logger::Target::Stderr)
        .init();
}

/// Prints the error and picks the exit code. A closed stdout ends quietly.
fn report(err: &anyhow::Error) -> ExitCode {
    if let Some(io) = err.downcast_ref::<std::io::Error>() {
        if io.kind() == ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    match err.downcast_ref::<Error>() {
        Some(err) => {
            eprintln!("error: {}", one_line(&err.message));
            if let Some(cause) = &err.cause {
                eprintln!("caused by: {}", one_line(cause));
            }
            if let Some(hint) = &err.hint {
                eprintln!("hint: {}", one_line(hint));
            }
            ExitCode::from(err.kind.exit_code() as u8)
        }
        None => {
            eprintln!("error: {}", one_line(&err.to_string()));
            for cause in err.chain().skip(1) {
                eprintln!("caused by: {}", one_line(&cause.to_string()));
            }
            ExitCode::FAILURE
        }
    }
}
