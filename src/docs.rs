//! Shell completions and man pages, generated from the clap definitions; the
//! copies in `completions/` and `man/` are checked against these by the tests.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The shells completions are made for, with their file names.
pub const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "mfactl.bash"),
    (Shell::Zsh, "_mfactl"),
    (Shell::Fish, "mfactl.fish"),
    (Shell::Elvish, "mfactl.elv"),
    (Shell::PowerShell, "_mfactl.ps1"),
];

/// The completion script for a shell.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "mfactl", &mut script);
    script
}

/// The man pages: `mfactl.1` and one page per subcommand group, with their
/// file names.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let command = Cli::command();
    let mut pages = vec![("mfactl.1".to_string(), render(command.clone()))];
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("mfactl-{}", sub.get_name());
        let page = sub.clone().name(name.clone()).display_name(name.clone());
        pages.push((format!("{name}.1"), render(page)));
    }
    pages
}

fn render(command: clap::Command) -> Vec<u8> {
    let mut page = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = clap_mangen::Man::new(command).render(&mut page);
    page
}
