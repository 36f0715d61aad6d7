//! `mfactl mfa ...`, `emergency-code` and `verify`.

use anyhow::Result;
use serde_json::json;

use mfactl::challenge::Factor;
use mfactl::cli::{EnrollArgs, MfaCommand, ResetArgs};
use mfactl::enrolment::{Enrolment, ResetTarget};
use mfactl::qr;
use mfactl::verification::Verdict;

use super::Env;
use crate::{output, progress, prompt};

/// Runs an `mfa` subcommand.
pub fn run(env: &Env, command: MfaCommand) -> Result<()> {
    match command {
        MfaCommand::Status(args) => {
            let rows = env.open()?.mfa_status(args.user.as_deref())?;
            Ok(env.out.show(&rows, |r| output::mfa_status(r))?)
        }
        MfaCommand::Enroll(args) => enroll(env, args),
        MfaCommand::Reset(args) => reset(env, args),
    }
}

fn enroll(env: &Env, args: EnrollArgs) -> Result<()> {
    let secret = match args.secret_stdin {
        true => Some(zeroize::Zeroizing::new(prompt::line_from_stdin("the secret")?)),
        false => None,
    };
    let written = std::cell::RefCell::new(Vec::new());
    let write_files = |enrolment: &Enrolment| {
        if let Some(path) = &args.png {
            qr::write_png(&enrolment.otpauth_uri, path)?;
            written.borrow_mut().push(path.clone());
        }
        if let Some(path) = &args.svg {
            qr::write_svg(&enrolment.otpauth_uri, path)?;
            written.borrow_mut().push(path.clone());
        }
        Ok(())
    };
    let given = secret.as_deref().map(|s| s.as_str());
    let enrolled = env.open()?.enroll_then(&args.user, given, write_files);
    let enrolment = enrolled.inspect_err(|_| {
        // The enrolment was not stored: a QR file of its secret must not stay.
        written.borrow().iter().for_each(|path| drop(std::fs::remove_file(path)));
    })?;
    if env.out.json {
        return Ok(env.out.json(&enrolment)?);
    }
    let code = qr::render_terminal(&enrolment.otpauth_uri, args.invert)?;
    Ok(env.out.text(&output::enrolment(&enrolment, &code))?)
}

fn reset(env: &Env, args: ResetArgs) -> Result<()> {
    let ctx = env.open()?;
    let target = match (args.all, args.role) {
        (true, _) => ResetTarget::All,
        (false, Some(role)) => ResetTarget::Role(role),
        (false, None) => ResetTarget::Users(args.users),
    };
    let users = ctx.reset_targets(&target)?;
    let question = match users.as_slice() {
        [one] => format!("remove the authenticator of `{one}`"),
        many => format!("remove the authenticators of {} users", many.len()),
    };
    prompt::confirm(&question, env.yes)?;
    let bar = progress::bar("resetting MFA");
    bar.set_length(users.len() as u64);
    let users = ctx.reset_mfa(&target, &mut |n| bar.inc(n as u64))?;
    bar.finish_and_clear();
    let note = format!(
        "reset MFA for {}; they enrol afresh at their next sign-in",
        output::count(users.len(), "user")
    );
    Ok(env.out.done(&json!({ "reset": users }), &note)?)
}

/// `mfactl emergency-code USER`.
pub fn emergency_code(env: &Env, user: &str) -> Result<()> {
    let code = env.open()?.create_emergency_code(user)?;
    Ok(env.out.show(&code, |c| {
        format!(
            "{}\nemergency code for `{}`, valid once until {}\n",
            c.code, c.user_id, c.expires_at
        )
    })?)
}

/// `mfactl verify USER CODE`: exit 0 when accepted, 3 when rejected.
pub fn verify(env: &Env, user: &str, code: &str) -> Result<()> {
    match env.open()?.verify(user, code)? {
        Verdict::Accepted(factor) => {
            let confirmed = matches!(factor, Factor::Authenticator { confirmed: true });
            let doc = json!({ "accepted": true, "factor": factor.as_str(), "confirmed_enrolment": confirmed });
            if env.out.json {
                return Ok(env.out.json(&doc)?);
            }
            let extra = if confirmed { "; enrolment confirmed" } else { "" };
            Ok(env.out.text(&format!("accepted ({}{extra})", factor.as_str()))?)
        }
        Verdict::Rejected(err) => {
            if env.out.json {
                // A closed stdout must not turn the refusal into exit 0.
                let _ = env.out.json(&json!({ "accepted": false, "reason": err.message }));
            }
            Err(err.into())
        }
    }
}
