//! `mfactl signin`: one scripted step, or the whole conversation on a terminal.

use anyhow::Result;
use serde_json::json;
use zeroize::Zeroizing;

use mfactl::cli::SigninArgs;
use mfactl::signin::{SigninOutcome, SigninRequest, SigninStep};
use mfactl::{qr, Context, Error};

use super::Env;
use crate::{output, prompt};

/// Runs `signin`.
pub fn run(env: &Env, args: SigninArgs) -> Result<()> {
    let request = SigninRequest {
        user_id: args.user,
        password: Zeroizing::new(String::new()),
        device_token: args.device,
        device_label: args.device_label,
        code: args.code,
        remember: args.remember,
        subscriber: args.subscriber,
    };
    if args.password_stdin {
        return scripted(env, request);
    }
    if !prompt::interactive() {
        return Err(Error::usage("signin needs a terminal to ask the password on")
            .hint("for scripts, pass the password with --password-stdin")
            .into());
    }
    conversation(env, request)
}

/// One step: the JSON (or a line) says where the sign-in stands.
fn scripted(env: &Env, mut request: SigninRequest) -> Result<()> {
    request.password = Zeroizing::new(prompt::password_from_stdin()?);
    match env.open()?.signin(&request)? {
        SigninOutcome::Step(step) => Ok(env.out.show(&step, output::signin_step)?),
        SigninOutcome::Rejected(err) => {
            if env.out.json {
                // A closed stdout must not turn the refusal into exit 0.
                let _ = env.out.json(&json!({ "status": "rejected", "reason": err.message }));
            }
            Err(err.into())
        }
    }
}

/// The help-desk conversation: asks for each code as the sign-in needs it.
fn conversation(env: &Env, mut request: SigninRequest) -> Result<()> {
    let ctx = env.open()?;
    let remember_days = ctx.policy()?.remember_days;
    request.password = prompt::hidden("Password")?;
    if request.password.is_empty() {
        // Ctrl-D or an empty line: nobody's password is empty.
        return Err(mfactl::Error::cancelled().into());
    }
    let mut last: Option<SigninStep> = None;
    loop {
        let step = match ctx.signin(&request)? {
            SigninOutcome::Step(step) => step,
            SigninOutcome::Rejected(err) if last.is_some() && !is_locked(ctx, &request)? => {
                env.out.warn(&err.message);
                request.code = Some(prompt::text("Try the code again")?);
                continue;
            }
            SigninOutcome::Rejected(err) => return Err(err.into()),
        };
        if let SigninStep::SignedIn { .. } = step {
            return Ok(env.out.show(&step, output::signin_step)?);
        }
        request.device_token = Some(token_of(&step).to_string());
        request.code = Some(ask_code(env, &step)?);
        request.remember = remember_days > 0 && asks_mfa(&step) && ask_remember(remember_days)?;
        last = Some(step);
    }
}

/// Whether the user is locked now: a locked user is not asked again.
fn is_locked(ctx: &Context, request: &SigninRequest) -> Result<bool> {
    Ok(ctx.show_user(&request.user_id)?.locked_until.is_some())
}

fn token_of(step: &SigninStep) -> &str {
    match step {
        SigninStep::DeviceCodeSent { device_token, .. }
        | SigninStep::EnrolmentRequired { device_token, .. }
        | SigninStep::CodeRequired { device_token }
        | SigninStep::EmailCodeSent { device_token, .. }
        | SigninStep::SignedIn { device_token, .. } => device_token,
    }
}

fn asks_mfa(step: &SigninStep) -> bool {
    !matches!(step, SigninStep::DeviceCodeSent { .. })
}

fn ask_code(env: &Env, step: &SigninStep) -> Result<String> {
    let prompt_text = match step {
        SigninStep::DeviceCodeSent { sent_to, .. } => {
            env.out.note(&format!(
                "This device is new: a code to authorise it was mailed to {sent_to}."
            ));
            "Device authorisation code"
        }
        SigninStep::EnrolmentRequired { otpauth_uri, secret_grouped, .. } => {
            env.out.text(&qr::render_terminal(otpauth_uri, false)?)?;
            env.out.note(&format!(
                "Scan the QR code with an authenticator app (or type {secret_grouped})."
            ));
            "Code from the authenticator app"
        }
        SigninStep::CodeRequired { .. } => "Code from the authenticator app (or an emergency code)",
        SigninStep::EmailCodeSent { sent_to, .. } => {
            env.out.note(&format!("A sign-in code was mailed to {sent_to}."));
            "Emailed code (or an emergency code)"
        }
        SigninStep::SignedIn { .. } => "",
    };
    Ok(prompt::text(prompt_text)?)
}

fn ask_remember(days: u32) -> Result<bool> {
    Ok(prompt::yes_no(&format!("Remember this device for {days} days?"), false)?)
}
