//! `mfa enroll|status|reset` and authenticator codes through `verify`: the
//! otpauth URI apps read (C1, C2), the drift window (C5), enrolment that a
//! wrong code cannot spoil (C4) and codes that work once (C6).

use crate::support::{
    assert_exit, assert_stderr_has, oathtool, stderr, wrong_totp, Db, RFC_SECRET,
};

/// A fixed Unix time, RFC 6238's step 37037036.
const NOW: i64 = 1_111_111_109;

/// A database with `ana` enrolled (pending) with the RFC 6238 key.
fn rfc_db() -> Db {
    let db = Db::new();
    db.add_user("ana", "admin");
    db.enroll_secret("ana", RFC_SECRET);
    db
}

/// Decodes `%XX` escapes as bytes, then reads the bytes as UTF-8; `+` stays `+`.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("two hex digits");
            out.push(u8::from_str_radix(hex, 16).expect("hex escape"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8 after decoding")
}

/// Splits an otpauth TOTP URI into its raw label and its raw query parameters.
fn split_uri(uri: &str) -> (&str, Vec<(&str, &str)>) {
    let rest = uri.strip_prefix("otpauth://totp/").expect("an otpauth TOTP URI");
    let (label, query) = rest.split_once('?').expect("a query");
    let params = query.split('&').map(|p| p.split_once('=').expect("name=value")).collect();
    (label, params)
}

/// The raw value of a query parameter, if present.
fn param<'a>(params: &[(&'a str, &'a str)], name: &str) -> Option<&'a str> {
    params.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// Whether text is 32 characters of the RFC 4648 base32 alphabet.
fn is_base32_secret(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
}

#[test]
fn enroll_prints_qr_uri_and_grouped_secret() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let text = db.ok(&["mfa", "enroll", "ana"]);
    let doc = db.json(&["mfa", "enroll", "ana"]);

    assert!(text.contains('█') && (text.contains('▀') || text.contains('▄')), "{text}");
    assert!(text.contains(doc["otpauth_uri"].as_str().unwrap()), "{text}");
    let line = text.lines().find_map(|l| l.strip_prefix("secret:")).expect("a secret line");
    let groups: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(groups.len(), 8, "{line}");
    assert!(groups.iter().all(|g| g.len() == 4), "{line}");
    assert_eq!(groups.concat(), doc["secret"].as_str().unwrap());
}

#[test]
fn json_enroll_has_the_otpauth_uri() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let doc = db.json(&["mfa", "enroll", "ana"]);

    let uri = doc["otpauth_uri"].as_str().expect("otpauth_uri");
    assert!(uri.starts_with("otpauth://totp/Example:ana?"), "{uri}");
}

#[test]
fn c1_label_and_issuer_are_percent_encoded() {
    let db = Db::new();
    db.ok(&["policy", "set", "--issuer", "Préstamos Nube"]);
    db.ok(&["user", "add", "ana.maria+ops@example.com"]);

    let doc = db.json(&["mfa", "enroll", "ana.maria+ops@example.com"]);

    let uri = doc["otpauth_uri"].as_str().unwrap();
    let (label, params) = split_uri(uri);
    let issuer = param(&params, "issuer").expect("an issuer parameter");
    for raw in [label, issuer] {
        assert!(!raw.contains(' ') && !raw.contains('+'), "raw space or plus in {raw}");
        assert!(raw.contains("%20"), "no %20 in {raw}");
    }
    assert!(label.contains("%2B"), "no %2B in {label}");
    assert_eq!(percent_decode(label), "Préstamos Nube:ana.maria+ops@example.com");
    assert_eq!(percent_decode(issuer), "Préstamos Nube");
}

#[test]
fn c2_secret_is_unpadded_base32_of_160_bits() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let doc = db.json(&["mfa", "enroll", "ana"]);

    let uri = doc["otpauth_uri"].as_str().unwrap();
    let (_, params) = split_uri(uri);
    let secret = param(&params, "secret").expect("a secret parameter");
    assert!(is_base32_secret(secret), "{secret}");
    assert!(!secret.contains('='), "{secret}");
    assert_eq!(doc["secret"], secret);
    let grouped = doc["secret_grouped"].as_str().unwrap();
    let groups: Vec<&str> = grouped.split(' ').collect();
    assert_eq!(groups.len(), 8, "{grouped}");
    assert!(groups.iter().all(|g| g.len() == 4), "{grouped}");
    assert_eq!(groups.concat(), secret);
}

#[test]
fn c2_uri_names_only_the_parameters_every_app_reads() {
    let db = Db::new();
    db.add_user("ana", "admin");

    let doc = db.json(&["mfa", "enroll", "ana"]);

    let uri = doc["otpauth_uri"].as_str().unwrap();
    assert!(!uri.contains("%3D") && !uri.contains("%3d"), "{uri}");
    let (_, params) = split_uri(uri);
    assert!(matches!(param(&params, "algorithm"), None | Some("SHA1")), "{uri}");
    assert!(matches!(param(&params, "digits"), None | Some("6")), "{uri}");
    assert!(matches!(param(&params, "period"), None | Some("30")), "{uri}");
}

#[test]
fn oathtool_codes_are_accepted() {
    let db = Db::new();
    db.add_user("ana", "admin");
    let secret = db.enroll("ana");

    assert_exit(&db.verify_at(NOW, "ana", &oathtool(&secret, NOW)), 0);
    assert_exit(&db.verify_at(NOW + 90, "ana", &oathtool(&secret, NOW + 90)), 0);

    assert_eq!(db.mfa_status("ana")["mfa"], "confirmed");
}

#[test]
fn rfc6238_table_codes_are_accepted_at_their_times() {
    let db = rfc_db();
    let table = [
        (59, "287082"),
        (1_111_111_109, "081804"),
        (1_234_567_890, "005924"),
        (2_000_000_000, "279037"),
    ];

    for (unix, code) in table {
        assert_exit(&db.verify_at(unix, "ana", code), 0);
    }
}

#[test]
fn c5_codes_two_steps_away_are_rejected() {
    let db = rfc_db();

    assert_exit(&db.verify_at(NOW, "ana", "150727"), 3);
    assert_exit(&db.verify_at(NOW, "ana", "266759"), 3);
}

#[test]
fn c5_one_step_back_is_accepted() {
    assert_exit(&rfc_db().verify_at(NOW, "ana", "731029"), 0);
}

#[test]
fn c5_the_current_step_is_accepted() {
    assert_exit(&rfc_db().verify_at(NOW, "ana", "081804"), 0);
}

#[test]
fn c5_one_step_ahead_is_accepted() {
    assert_exit(&rfc_db().verify_at(NOW, "ana", "050471"), 0);
}

#[test]
fn c5_the_window_moves_with_the_clock() {
    let db = rfc_db();

    assert_exit(&db.verify_at(1_111_111_110, "ana", "731029"), 3);
    assert_exit(&db.verify_at(1_111_111_110, "ana", "266759"), 0);
}

#[test]
fn c4_a_wrong_code_keeps_the_pending_secret() {
    let db = Db::new();
    db.add_user("ana", "admin");
    let first = db.enroll("ana");

    assert_exit(&db.verify_at(NOW, "ana", &wrong_totp(&first, NOW)), 3);

    assert_eq!(db.mfa_status("ana")["mfa"], "pending");
    assert_eq!(db.enroll("ana"), first);
    assert_exit(&db.verify_at(NOW, "ana", &oathtool(&first, NOW)), 0);
    assert_eq!(db.mfa_status("ana")["mfa"], "confirmed");
}

#[test]
fn c4_enroll_on_a_confirmed_user_names_reset_and_keeps_the_secret() {
    let db = Db::new();
    db.add_user("ana", "admin");
    let secret = db.enroll_confirmed("ana", NOW);

    let out = db.run(&["mfa", "enroll", "ana"]);

    assert_exit(&out, 1);
    assert_stderr_has(&out, "mfa reset");
    assert_eq!(db.mfa_status("ana")["mfa"], "confirmed");
    assert_exit(&db.verify_at(NOW + 60, "ana", &oathtool(&secret, NOW + 60)), 0);
}

#[test]
fn c6_a_code_works_once_in_its_step() {
    let db = rfc_db();
    assert_exit(&db.verify_at(NOW, "ana", "081804"), 0);

    let again = db.verify_at(NOW, "ana", "081804");

    assert_exit(&again, 3);
    assert!(!stderr(&again).contains("081804"), "{}", stderr(&again));
}

#[test]
fn c6_a_code_is_refused_30_seconds_later_in_the_window() {
    let db = rfc_db();
    assert_exit(&db.verify_at(NOW, "ana", "081804"), 0);

    assert_exit(&db.verify_at(NOW + 30, "ana", "081804"), 3);
}

#[test]
fn c6_refusals_are_audited_without_the_code() {
    let db = rfc_db();
    assert_exit(&db.verify_at(NOW, "ana", "081804"), 0);
    assert_exit(&db.verify_at(NOW, "ana", "081804"), 3);
    assert_exit(&db.verify_at(NOW + 30, "ana", "081804"), 3);

    let audit = db.audit();

    let refused = audit.iter().filter(|e| e["action"] == "verify" && e["outcome"] == "rejected");
    assert_eq!(refused.count(), 2, "{audit:#?}");
    let text = serde_json::to_string(&audit).unwrap();
    assert!(!text.contains("081804"), "{text}");
}

#[test]
fn status_goes_from_none_to_pending_to_confirmed() {
    let db = Db::new();
    db.add_user("ana", "admin");
    assert_eq!(db.mfa_status("ana")["mfa"], "none");

    let secret = db.enroll("ana");
    assert_eq!(db.mfa_status("ana")["mfa"], "pending");

    assert_exit(&db.verify_at(NOW, "ana", &oathtool(&secret, NOW)), 0);
    assert_eq!(db.mfa_status("ana")["mfa"], "confirmed");
}

#[test]
fn reset_without_a_terminal_needs_yes() {
    let db = Db::new();
    db.add_user("ana", "admin");
    db.enroll_confirmed("ana", NOW);

    let out = db.run(&["mfa", "reset", "ana"]);

    assert_exit(&out, 2);
    assert_stderr_has(&out, "--yes");
    assert_eq!(db.mfa_status("ana")["mfa"], "confirmed");
}

#[test]
fn reset_with_yes_removes_the_authenticator() {
    let db = Db::new();
    db.add_user("ana", "admin");
    let old = db.enroll_confirmed("ana", NOW);

    db.ok(&["mfa", "reset", "ana", "--yes"]);

    assert_eq!(db.mfa_status("ana")["mfa"], "none");
    let new = db.enroll("ana");
    assert_ne!(new, old);
    assert_exit(&db.verify_at(NOW + 60, "ana", &oathtool(&old, NOW + 60)), 3);
}

#[test]
fn reset_of_an_unknown_user_changes_nothing() {
    let db = Db::new();
    db.add_user("ana", "admin");
    db.enroll_confirmed("ana", NOW);

    assert_exit(&db.run(&["mfa", "reset", "ana", "nobody", "--yes"]), 1);

    assert_eq!(db.mfa_status("ana")["mfa"], "confirmed");
}

#[test]
fn reset_by_role_touches_only_that_role() {
    let db = Db::new();
    for (user, role) in [("ana", "admin"), ("bruno", "broker"), ("carla", "broker")] {
        db.add_user(user, role);
        db.enroll_confirmed(user, NOW);
    }

    db.ok(&["mfa", "reset", "--role", "broker", "--yes"]);

    assert_eq!(db.mfa_status("ana")["mfa"], "confirmed");
    assert_eq!(db.mfa_status("bruno")["mfa"], "none");
    assert_eq!(db.mfa_status("carla")["mfa"], "none");
}

#[test]
fn reset_all_touches_every_user() {
    let db = Db::new();
    for (user, role) in [("ana", "admin"), ("bruno", "broker")] {
        db.add_user(user, role);
        db.enroll_confirmed(user, NOW);
    }

    db.ok(&["mfa", "reset", "--all", "--yes"]);

    let status = db.json(&["mfa", "status"]);
    let states: Vec<&str> =
        status.as_array().unwrap().iter().map(|s| s["mfa"].as_str().unwrap()).collect();
    assert_eq!(states, ["none", "none"]);
}
