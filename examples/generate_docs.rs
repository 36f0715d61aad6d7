//! Regenerates the shell completions in `completions/` and the man pages in
//! `man/` from the clap definitions: `cargo run --example generate_docs`.

use std::fs;
use std::path::Path;

fn main() -> std::io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::create_dir_all(root.join("completions"))?;
    fs::create_dir_all(root.join("man"))?;
    for (shell, name) in mfactl::docs::SHELLS {
        fs::write(root.join("completions").join(name), mfactl::docs::completion_script(shell))?;
    }
    for (name, page) in mfactl::docs::man_pages() {
        fs::write(root.join("man").join(name), page)?;
    }
    Ok(())
}
