//! Authenticator app codes (RFC 6238: SHA-1, 6 digits, 30-second steps) and
//! the otpauth URI that enrols them.
//!
//! Rule: a code is accepted for the current step or one step either side.

use totp_rs::{Algorithm, TOTP};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Length of a step in seconds.
pub const STEP_SECONDS: i64 = 30;
/// Bytes in a fresh secret (160 bits, as RFC 4226 recommends).
pub const SECRET_BYTES: usize = 20;

/// Makes a fresh random secret.
pub fn new_secret() -> Zeroizing<Vec<u8>> {
    use rand::RngCore;
    let mut secret = Zeroizing::new(vec![0u8; SECRET_BYTES]);
    rand::rng().fill_bytes(&mut secret);
    secret
}

/// The time step a Unix time falls in.
pub fn step_at(unix: i64) -> i64 {
    unix.div_euclid(STEP_SECONDS)
}

/// The 6-digit code for a step.
pub fn code_for_step(secret: &[u8], step: i64) -> String {
    let step = u64::try_from(step).unwrap_or(0);
    totp(secret, None, String::new()).generate(step * STEP_SECONDS as u64)
}

/// The step within one of `now` whose code equals `code`, if any. Every step
/// in the window is compared, so timing does not reveal which one matched.
pub fn matching_step(secret: &[u8], code: &str, now: i64) -> Option<i64> {
    use subtle::ConstantTimeEq;
    let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let mut found = None;
    for step in step_at(now) - 1..=step_at(now) + 1 {
        let expected = code_for_step(secret, step);
        if bool::from(expected.as_bytes().ct_eq(typed.as_bytes())) && found.is_none() {
            found = Some(step);
        }
    }
    found
}

/// Reads a base32 secret as people write it (any case, spaces and padding
/// ignored); it must hold at least 128 bits, as RFC 4226 requires, and at most
/// 512, and not be all zero bits.
pub fn decode_secret(text: &str) -> Result<Zeroizing<Vec<u8>>> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '=')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let bytes = totp_rs::Secret::Encoded(cleaned).to_bytes().ok().map(Zeroizing::new);
    match bytes {
        Some(bytes) if (16..=64).contains(&bytes.len()) && bytes.iter().any(|b| *b != 0) => {
            Ok(bytes)
        }
        _ => Err(Error::usage("the secret is not base32 of 128 to 512 bits, not all zero").hint(
            "give the secret as the authenticator app shows it, e.g. 32 letters A-Z and 2-7",
        )),
    }
}

/// The base32 secret without padding, as apps expect it.
pub fn secret_base32(secret: &[u8]) -> String {
    totp(secret, None, String::new()).get_secret_base32()
}

/// The base32 secret in groups of four, for typing by hand.
pub fn secret_grouped(secret: &[u8]) -> String {
    let plain = secret_base32(secret);
    let groups: Vec<&str> =
        plain.as_bytes().chunks(4).filter_map(|c| std::str::from_utf8(c).ok()).collect();
    groups.join(" ")
}

/// The otpauth URI for enrolment, label and issuer percent-encoded.
pub fn otpauth_uri(secret: &[u8], issuer: &str, account: &str) -> Result<String> {
    if issuer.contains(':') || account.contains(':') {
        return Err(Error::failed("issuer and user id must not contain ':' in an otpauth URI")
            .hint("change the issuer with `mfactl policy set --issuer NAME`"));
    }
    Ok(totp(secret, Some(issuer.to_string()), account.to_string()).get_url())
}

fn totp(secret: &[u8], issuer: Option<String>, account: String) -> TOTP {
    TOTP::new_unchecked(
        Algorithm::SHA1,
        6,
        1,
        STEP_SECONDS as u64,
        secret.to_vec(),
        issuer,
        account,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_KEY: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc6238_appendix_b_sha1_vectors() {
        let vectors = [
            (59, "287082"),
            (1111111109, "081804"),
            (1111111111, "050471"),
            (1234567890, "005924"),
            (2000000000, "279037"),
        ];
        for (time, code) in vectors {
            assert_eq!(code_for_step(RFC_KEY, step_at(time)), code, "t={time}");
        }
    }

    #[test]
    fn rfc_key_in_base32() {
        assert_eq!(secret_base32(RFC_KEY), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(secret_grouped(RFC_KEY), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    }

    #[test]
    fn drift_window_is_one_step() {
        let now = 1111111109;
        assert_eq!(matching_step(RFC_KEY, "150727", now), None);
        assert_eq!(matching_step(RFC_KEY, "266759", now), None);
        assert_eq!(matching_step(RFC_KEY, "731029", now), Some(37037035));
        assert_eq!(matching_step(RFC_KEY, "081804", now), Some(37037036));
        assert_eq!(matching_step(RFC_KEY, "050471", now), Some(37037037));
        assert_eq!(matching_step(RFC_KEY, "731029", 1111111110), None);
        assert_eq!(matching_step(RFC_KEY, "266759", 1111111110), Some(37037038));
    }
}
