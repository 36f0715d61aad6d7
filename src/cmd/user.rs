//! `mfactl user ...`.

use std::fs::File;
use std::io::Read;

use anyhow::Result;
use serde_json::json;

use mfactl::cli::{ImportArgs, UserAddArgs, UserCommand, UserSetArgs};
use mfactl::store::NewUser;
use mfactl::users::{new_password_hash, UserChange};
use mfactl::Error;

use super::Env;
use crate::{output, progress, prompt};

/// Runs a `user` subcommand.
pub fn run(env: &Env, command: UserCommand) -> Result<()> {
    match command {
        UserCommand::Add(args) => add(env, args),
        UserCommand::Import(args) => import(env, args),
        UserCommand::List(args) => {
            let users = env.open()?.list_users(args.role.as_deref())?;
            Ok(env.out.show(&users, |u| output::users(u))?)
        }
        UserCommand::Show(args) => {
            let user = env.open()?.show_user(&args.user)?;
            Ok(env.out.show(&user, output::user)?)
        }
        UserCommand::Set(args) => set(env, args),
        UserCommand::Remove(args) => {
            let ctx = env.open()?;
            let user = ctx.show_user(&args.user)?;
            prompt::confirm(
                &format!("remove the user `{}` with their devices", user.user_id),
                env.yes,
            )?;
            ctx.remove_user(&user.user_id)?;
            let note = format!("removed user `{}`", user.user_id);
            Ok(env.out.done(&json!({ "removed": user.user_id }), &note)?)
        }
        UserCommand::Passwd(args) => {
            let ctx = env.open()?;
            ctx.show_user(&args.user)?;
            let password = prompt::new_password(args.password_stdin)?;
            let forgotten = ctx.set_password(&args.user, &password)?;
            let doc = json!({ "user_id": args.user, "remembered_devices_forgotten": forgotten });
            let note = format!(
                "password changed; {} must pass MFA again",
                output::count(forgotten, "remembered device")
            );
            Ok(env.out.done(&doc, &note)?)
        }
        UserCommand::Unlock(args) => {
            let was_locked = env.open()?.unlock_user(&args.user)?;
            let word =
                if was_locked { "unlocked" } else { "was not locked; failure count cleared" };
            let doc = json!({ "user_id": args.user, "was_locked": was_locked });
            Ok(env.out.done(&doc, &format!("`{}` {word}", args.user))?)
        }
    }
}

fn add(env: &Env, args: UserAddArgs) -> Result<()> {
    let ctx = env.open()?;
    let password_hash = if args.password_stdin {
        Some(new_password_hash(&prompt::password_from_stdin()?)?)
    } else {
        None
    };
    let user = ctx.add_user(NewUser {
        name: args.name.unwrap_or_else(|| args.user.clone()),
        user_id: args.user,
        email: args.email,
        role: args.role,
        password_hash,
    })?;
    Ok(env.out.show(&user, output::user)?)
}

fn import(env: &Env, args: ImportArgs) -> Result<()> {
    let ctx = env.open()?;
    let input: Box<dyn Read> = if args.file.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(File::open(&args.file).map_err(|err| {
            Error::failed(format!("cannot open {}", args.file.display()))
                .cause(err)
                .hint("check the path of the CSV file")
        })?)
    };
    let bar = progress::bar("importing users");
    let count = ctx.import_users(input, &mut |n| bar.inc(n as u64))?;
    bar.finish_and_clear();
    Ok(env.out.done(
        &json!({ "imported": count }),
        &format!("imported {}", output::count(count, "user")),
    )?)
}

fn set(env: &Env, args: UserSetArgs) -> Result<()> {
    let email = match (args.email, args.no_email) {
        (_, true) => Some(None),
        (Some(email), false) => Some(Some(email)),
        (None, false) => None,
    };
    let change = UserChange {
        name: args.name,
        email,
        role: args.role,
        enabled: args.enabled.map(|s| s.is_on()),
    };
    if change == UserChange::default() {
        return Err(Error::usage("no change was given")
            .hint("see `mfactl user set --help`")
            .into());
    }
    let user = env.open()?.update_user(&args.user, &change)?;
    Ok(env.out.show(&user, output::user)?)
}
