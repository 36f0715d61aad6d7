//! `mfactl policy show | set | exempt`.

use anyhow::Result;

use mfactl::cli::{ExemptCommand, MethodArg, PolicyCommand, PolicySetArgs};
use mfactl::policy::{Method, PolicyChange, PolicyView};

use super::Env;
use crate::output;

/// Runs a `policy` subcommand.
pub fn run(env: &Env, command: PolicyCommand) -> Result<()> {
    let ctx = env.open()?;
    match command {
        PolicyCommand::Show => {
            let view = PolicyView::from(ctx.policy()?);
            Ok(env.out.show(&view, output::policy)?)
        }
        PolicyCommand::Set(args) => {
            let (policy, warnings) = ctx.set_policy(&change(args))?;
            warnings.iter().for_each(|w| env.out.warn(w));
            Ok(env.out.show(&PolicyView::from(policy), output::policy)?)
        }
        PolicyCommand::Exempt(ExemptCommand::Add(args)) => {
            let roles = ctx.add_exempt_roles(&args.roles)?;
            Ok(env.out.show(&roles, |r| output::names(r))?)
        }
        PolicyCommand::Exempt(ExemptCommand::Remove(args)) => {
            let roles = ctx.remove_exempt_roles(&args.roles)?;
            Ok(env.out.show(&roles, |r| output::names(r))?)
        }
        PolicyCommand::Exempt(ExemptCommand::List) => {
            let roles = ctx.policy()?.exempt_roles;
            Ok(env.out.show(&roles, |r| output::names(r))?)
        }
    }
}

fn change(args: PolicySetArgs) -> PolicyChange {
    PolicyChange {
        enabled: args.enabled.map(|s| s.is_on()),
        method: args.method.map(|m| match m {
            MethodArg::App => Method::App,
            MethodArg::Email => Method::Email,
        }),
        remember_days: args.remember_days,
        email_code_minutes: args.email_code_minutes,
        emergency_code_minutes: args.emergency_code_minutes,
        device_authorisation: args.device_authorisation.map(|s| s.is_on()),
        admin_local_only: args.admin_local_only.map(|s| s.is_on()),
        issuer: args.issuer,
        code_max_attempts: args.code_max_attempts,
        lockout_failures: args.lockout_failures,
        lockout_minutes: args.lockout_minutes,
    }
}
