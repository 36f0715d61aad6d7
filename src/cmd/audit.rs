//! `mfactl audit` and `mfactl key ...`.

use anyhow::Result;

use mfactl::cli::{AuditArgs, KeyCommand};

use super::Env;
use crate::{output, prompt};

/// Shows the audit log.
pub fn audit(env: &Env, args: AuditArgs) -> Result<()> {
    let rows = env.open()?.audit_log(
        args.user.as_deref(),
        args.action.as_deref(),
        args.since.as_deref(),
        args.limit,
    )?;
    Ok(env.out.show(&rows, |r| output::audit(r))?)
}

/// Shows or rotates the key.
pub fn key(env: &Env, command: KeyCommand) -> Result<()> {
    let ctx = env.open()?;
    match command {
        KeyCommand::Status => {
            let status = ctx.key_status()?;
            env.out.show(&status, output::key_status)?;
            if !status.matches {
                let message =
                    format!("the key file {} is not this database's key", status.key_file);
                let hint = "point MFACTL_KEY_FILE or `key_file` at the key `mfactl init` made";
                return Err(mfactl::Error::failed(message).hint(hint).into());
            }
            Ok(())
        }
        KeyCommand::Rotate => {
            prompt::confirm("replace the key file and re-seal every secret", env.yes)?;
            let id = ctx.rotate_key()?;
            let note = format!("key rotated; the database now expects key id {id}");
            Ok(env.out.done(&serde_json::json!({ "key_id": id }), &note)?)
        }
    }
}

/// Reports configuration errors and risks; exit 1 when an error is found.
pub fn doctor(env: &Env) -> Result<()> {
    use mfactl::doctor::{system_clock_sync, Severity};
    let findings = env.open()?.doctor(system_clock_sync())?;
    env.out.show(&findings, |f| output::findings(f))?;
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    if errors > 0 {
        let message = format!("doctor found {errors} configuration error(s)");
        return Err(mfactl::Error::failed(message).hint("fix them as each hint says").into());
    }
    Ok(())
}
