//! Checks for text that people type and other people later read: names, ids,
//! labels. One rule for all of it.
//!
//! Rule: one line, within a length limit, without control characters and
//! without the invisible formatting characters (zero-width, bidirectional
//! overrides) that make two different strings look the same.

use crate::error::{Error, Result};

/// Invisible characters that change how text looks without showing: zero-width
/// spaces and joiners, bidirectional marks and overrides, the BOM.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Whether `text` is one visible line of 1 to `max` characters.
pub fn is_clean_line(text: &str, max: usize) -> bool {
    let count = text.chars().count();
    count > 0 && count <= max && !text.chars().any(|c| c.is_control() || is_invisible_format(c))
}

/// Checks `text` as one visible line of 1 to `max` characters; `what` names it
/// in the error, `example` shows a good value in the hint.
pub fn check_line(what: &str, text: &str, max: usize, example: &str) -> Result<()> {
    if is_clean_line(text, max) {
        return Ok(());
    }
    Err(Error::usage(format!("`{}` cannot be {what}", shorten(text)))
        .hint(format!("give 1 to {max} visible characters on one line, e.g. {example}")))
}

/// The first 60 characters of `text`, escaped, for naming it in a message.
pub fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        short.push('…');
    }
    short.escape_debug().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_and_control_characters_are_refused() {
        for bad in ["", "a\nb", "a\u{1b}[31m", "ad\u{200B}min", "abc\u{202E}gpj", &"x".repeat(101)]
        {
            assert!(!is_clean_line(bad, 100), "{bad:?}");
        }
        assert!(is_clean_line("Ana María Núñez", 100));
    }
}
