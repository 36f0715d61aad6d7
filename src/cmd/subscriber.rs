//! `mfactl subscriber ...`.

use anyhow::Result;

use mfactl::cli::SubscriberCommand;

use super::Env;
use crate::{output, prompt};

/// Runs a `subscriber` subcommand.
pub fn run(env: &Env, command: SubscriberCommand) -> Result<()> {
    let ctx = env.open()?;
    match command {
        SubscriberCommand::List => {
            let rows = ctx.list_subscribers()?;
            Ok(env.out.show(&rows, |r| output::subscribers(r))?)
        }
        SubscriberCommand::Add(args) => {
            let row = ctx.add_subscriber(&args.name)?;
            Ok(env.out.show(&vec![row], |r| output::subscribers(r))?)
        }
        SubscriberCommand::Remove(args) => {
            prompt::confirm(&format!("remove the subscriber `{}`", args.name), env.yes)?;
            ctx.remove_subscriber(&args.name)?;
            let note = format!("removed subscriber `{}`", args.name);
            Ok(env.out.done(&serde_json::json!({ "removed": args.name }), &note)?)
        }
        SubscriberCommand::Bypass(args) => {
            let row = ctx.set_bypass(&args.name, args.state.is_on(), args.force)?;
            if row.bypass && row.cloud {
                env.out.warn("MFA is now bypassed on the cloud subscriber; sign-in through it fails until you turn bypass off");
            }
            Ok(env.out.show(&vec![row], |r| output::subscribers(r))?)
        }
        SubscriberCommand::Use(args) => {
            let row = ctx.use_cloud_subscriber(&args.name)?;
            Ok(env.out.show(&vec![row], |r| output::subscribers(r))?)
        }
    }
}
