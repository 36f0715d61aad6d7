//! The checked-in completions and man pages are what the code generates.

use std::path::Path;

const STALE: &str = "is stale: run `cargo run --example generate_docs` and commit the result";

#[test]
fn completion_scripts_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, name) in mfactl::docs::SHELLS {
        let on_disk = std::fs::read(dir.join(name)).unwrap_or_default();
        assert!(on_disk == mfactl::docs::completion_script(shell), "completions/{name} {STALE}");
    }
}

#[test]
fn man_pages_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages = mfactl::docs::man_pages();
    assert!(pages.len() > 10, "a page per subcommand group");
    for (name, page) in pages {
        let on_disk = std::fs::read(dir.join(&name)).unwrap_or_default();
        assert!(on_disk == page, "man/{name} {STALE}");
    }
}

#[test]
fn completions_command_prints_the_checked_in_script() {
    let out = assert_cmd::Command::cargo_bin("mfactl")
        .expect("binary")
        .args(["completions", "bash"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let on_disk =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/mfactl.bash"))
            .expect("completions/mfactl.bash");
    assert_eq!(out.stdout, on_disk);
}
