//! `mfactl init`.

use anyhow::Result;

use mfactl::cli::InitArgs;

use super::Env;

/// Creates or completes the database and key file.
pub fn run(env: &Env, args: InitArgs) -> Result<()> {
    let (_, report) =
        mfactl::init::init(env.settings.clone(), args.issuer.as_deref(), args.sample_data)?;
    if env.out.json {
        return Ok(env.out.json(&report)?);
    }
    let db = if report.created_database { "created" } else { "already there" };
    let key = if report.created_key { "created, owner-only" } else { "already there" };
    let mut text =
        format!("database: {} ({db})\nkey file: {} ({key})\n", report.db, report.key_file);
    if args.sample_data {
        text.push_str(&format!("sample users loaded: {}\n", report.sample_users));
    }
    Ok(env.out.text(&text)?)
}
