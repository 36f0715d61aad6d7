//! The library without the binary: sign-in and verification on a `Context`
//! whose clock the test sets.

use std::time::Duration;

use zeroize::Zeroizing;

use mfactl::clock::Clock;
use mfactl::config::Settings;
use mfactl::mail::SmtpConfig;
use mfactl::policy::PolicyChange;
use mfactl::signin::{wrong_credentials, SigninOutcome, SigninRequest, SigninStep};
use mfactl::store::NewUser;
use mfactl::verification::Verdict;
use mfactl::Context;

use crate::support::{oathtool, RFC_SECRET};

/// 2026-12-04T09:00:00Z.
const T0: i64 = 1_796_374_800;
const PASSWORD: &str = "correct horse battery";

fn settings(dir: &std::path::Path, now: i64) -> Settings {
    Settings {
        db: dir.join("lib.db"),
        key_file: dir.join("lib.db.key"),
        clock: Clock::Fixed(now),
        actor: "library-test".into(),
        smtp: SmtpConfig::default(),
        busy_timeout: Duration::from_secs(5),
    }
}

/// A database with MFA on, device authorisation off, and `ana` enrolled with
/// the RFC key and confirmed at T0 - 300.
fn setup(dir: &std::path::Path) {
    let (ctx, _) =
        mfactl::init::init(settings(dir, T0 - 300), Some("Example"), false).expect("init");
    let change = PolicyChange {
        enabled: Some(true),
        device_authorisation: Some(false),
        remember_days: Some(30),
        ..Default::default()
    };
    ctx.set_policy(&change).expect("policy");
    let hash = mfactl::crypto::hash_password(PASSWORD).expect("hash");
    let user = NewUser {
        user_id: "ana".into(),
        name: "Ana".into(),
        email: None,
        role: "officer".into(),
        password_hash: Some(hash),
    };
    ctx.add_user(user).expect("user");
    ctx.enroll_with_secret("ana", RFC_SECRET).expect("enrol");
    let code = oathtool(RFC_SECRET, T0 - 300);
    assert!(matches!(ctx.verify("ana", &code), Ok(Verdict::Accepted(_))));
}

fn request(user: &str, password: &str) -> SigninRequest {
    SigninRequest {
        user_id: user.into(),
        password: Zeroizing::new(password.into()),
        ..Default::default()
    }
}

fn step(ctx: &Context, request: &SigninRequest) -> SigninStep {
    match ctx.signin(request).expect("sign-in runs") {
        SigninOutcome::Step(step) => step,
        SigninOutcome::Rejected(err) => panic!("rejected: {}", err.message),
    }
}

#[test]
fn wrong_password_and_unknown_user_are_the_same_refusal() {
    let dir = tempfile::tempdir().expect("dir");
    setup(dir.path());
    let ctx = Context::open(settings(dir.path(), T0)).expect("open");
    let wrong = ctx.signin(&request("ana", "nope")).expect("runs");
    let unknown = ctx.signin(&request("nobody", PASSWORD)).expect("runs");
    assert_eq!(wrong, SigninOutcome::Rejected(wrong_credentials()));
    assert_eq!(unknown, wrong);
}

#[test]
fn remembered_device_skips_mfa_until_its_fixed_end() {
    let dir = tempfile::tempdir().expect("dir");
    setup(dir.path());
    let ctx = Context::open(settings(dir.path(), T0)).expect("open");
    let SigninStep::CodeRequired { device_token } = step(&ctx, &request("ana", PASSWORD)) else {
        panic!("MFA is asked")
    };
    let mut answer = request("ana", PASSWORD);
    answer.device_token = Some(device_token.clone());
    answer.code = Some(oathtool(RFC_SECRET, T0));
    answer.remember = true;
    let SigninStep::SignedIn { remembered_until, .. } = step(&ctx, &answer) else {
        panic!("signed in")
    };
    assert_eq!(remembered_until.as_deref(), Some("2027-01-03T09:00:00Z"));

    let mut again = request("ana", PASSWORD);
    again.device_token = Some(device_token);
    let later = Context::open(settings(dir.path(), T0 + 30 * 86_400 - 1)).expect("open");
    let skipped = step(&later, &again);
    assert!(
        matches!(&skipped, SigninStep::SignedIn { mfa, .. } if mfa == "remembered"),
        "{skipped:?}"
    );
    let after = Context::open(settings(dir.path(), T0 + 30 * 86_400 + 1)).expect("open");
    assert!(matches!(step(&after, &again), SigninStep::CodeRequired { .. }));
}
