//! Codes that people read and type: emergency, emailed sign-in and device
//! authorisation codes.
//!
//! Rule: six letters from an alphabet without look-alikes; input is compared
//! after uppercasing and dropping spaces and dashes.

use rand::Rng;

/// The 23 letters a code is drawn from: A–Z without I, L and O.
pub const ALPHABET: &[u8; 23] = b"ABCDEFGHJKMNPQRSTUVWXYZ";

/// How many letters a code has.
pub const LENGTH: usize = 6;

/// The kinds of typed code; a user holds at most one unused code of each kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// Created by an administrator for a user without their phone.
    Emergency,
    /// Mailed at sign-in when the policy's method is `email`.
    Email,
    /// Mailed to authorise a new device.
    Device,
}

impl CodeKind {
    /// The name stored in the database and shown in the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            CodeKind::Emergency => "emergency",
            CodeKind::Email => "email",
            CodeKind::Device => "device",
        }
    }

    /// The words used in messages, e.g. "emergency code".
    pub fn describe(self) -> &'static str {
        match self {
            CodeKind::Emergency => "emergency code",
            CodeKind::Email => "emailed sign-in code",
            CodeKind::Device => "device authorisation code",
        }
    }
}

/// Draws a new code from the thread's cryptographically secure generator.
pub fn generate() -> String {
    let mut rng = rand::rng();
    (0..LENGTH).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

/// Turns what a person typed into a code, or `None` when it cannot be one.
pub fn normalize(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let valid = code.len() == LENGTH && code.bytes().all(|b| ALPHABET.contains(&b));
    valid.then_some(code)
}

/// Whether the input looks like a six-digit authenticator code.
pub fn is_totp_code(input: &str) -> bool {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_forms_normalize_to_one_code() {
        for typed in ["bcdefg", "BCD-EFG", "  bcd efg  ", "b-c-d e-f-g"] {
            assert_eq!(normalize(typed).as_deref(), Some("BCDEFG"), "{typed:?}");
        }
    }

    #[test]
    fn look_alikes_and_wrong_lengths_are_not_codes() {
        for typed in ["ABCDEI", "ABCDEL", "ABCDE0", "ABCDEO", "ABCDE", "ABCDEFG", ""] {
            assert_eq!(normalize(typed), None, "{typed:?}");
        }
    }

    #[test]
    fn generated_codes_use_every_letter_and_nothing_else() {
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..500 {
            let code = generate();
            assert_eq!(code.len(), LENGTH);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            seen.extend(code.bytes());
        }
        assert_eq!(seen.len(), ALPHABET.len());
    }
}
