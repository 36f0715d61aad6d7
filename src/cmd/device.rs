//! `mfactl device list | revoke`.

use anyhow::Result;

use mfactl::cli::{DeviceCommand, RevokeArgs};
use mfactl::devices::RevokeTarget;

use super::Env;
use crate::{output, prompt};

/// Runs a `device` subcommand.
pub fn run(env: &Env, command: DeviceCommand) -> Result<()> {
    match command {
        DeviceCommand::List(args) => {
            let rows = env.open()?.list_devices(args.user.as_deref())?;
            Ok(env.out.show(&rows, |r| output::devices(r))?)
        }
        DeviceCommand::Revoke(args) => revoke(env, args),
    }
}

fn revoke(env: &Env, args: RevokeArgs) -> Result<()> {
    let ctx = env.open()?;
    let (target, question) = match args.user {
        Some(user) if args.all => {
            let q = format!("revoke every device of `{user}`");
            (RevokeTarget::AllOf(user), q)
        }
        _ => {
            let q = format!("revoke {} device(s)", args.ids.len());
            (RevokeTarget::Ids(args.ids), q)
        }
    };
    prompt::confirm(&question, env.yes)?;
    let revoked = ctx.revoke_devices(&target)?;
    let note = format!(
        "revoked {}; they must be authorised again",
        output::count(revoked.len(), "device")
    );
    Ok(env.out.done(&revoked, &note)?)
}
