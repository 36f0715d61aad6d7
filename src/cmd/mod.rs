//! One module per subcommand group. A command turns its arguments into a call
//! to the library and hands the result to `output`.

mod audit;
mod device;
mod init;
mod mfa;
mod policy;
mod signin;
mod subscriber;
mod user;

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use anyhow::Result;

use mfactl::cli::{Cli, Command};
use mfactl::clock::Clock;
use mfactl::config::{self, Settings};
use mfactl::{Context, Error};

use crate::output::Output;

/// Everything a command gets: the parsed global flags and the output.
pub struct Env {
    /// The settings resolved from flags, environment and config file.
    pub settings: Settings,
    /// Where results go.
    pub out: Output,
    /// `--yes` was given.
    pub yes: bool,
    ctx: OnceCell<Context>,
}

impl Env {
    /// The existing database, opened on first use.
    pub fn open(&self) -> mfactl::Result<&Context> {
        if let Some(ctx) = self.ctx.get() {
            return Ok(ctx);
        }
        let ctx = Context::open(self.settings.clone())?;
        Ok(self.ctx.get_or_init(|| ctx))
    }

    /// Prints the warnings the library gathered while the command ran.
    fn print_warnings(&self) {
        if let Some(ctx) = self.ctx.get() {
            ctx.take_warnings().iter().for_each(|w| self.out.warn(w));
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    if let Command::Completions(args) = &cli.command {
        return print_completions(args.shell);
    }
    let env = Env {
        settings: settings(&cli)?,
        out: Output { json: cli.json, quiet: cli.quiet },
        yes: cli.yes,
        ctx: OnceCell::new(),
    };
    log::info!("database {}", env.settings.db.display());
    if crate::prompt::interactive() {
        crate::prompt::restore_terminal_on_interrupt();
    }
    let result = match cli.command {
        Command::Init(args) => init::run(&env, args),
        Command::Policy(command) => policy::run(&env, command),
        Command::User(command) => user::run(&env, command),
        Command::Mfa(command) => mfa::run(&env, command),
        Command::EmergencyCode(args) => mfa::emergency_code(&env, &args.user),
        Command::Signin(args) => signin::run(&env, args),
        Command::Doctor => audit::doctor(&env),
        Command::Verify(args) => mfa::verify(&env, &args.user, &args.code),
        Command::Device(command) => device::run(&env, command),
        Command::Subscriber(command) => subscriber::run(&env, command),
        Command::Audit(args) => audit::audit(&env, args),
        Command::Key(command) => audit::key(&env, command),
        Command::Completions(_) => Ok(()),
    };
    env.print_warnings();
    result
}

fn print_completions(shell: clap_complete::Shell) -> Result<()> {
    use std::io::Write;
    let script = mfactl::docs::completion_script(shell);
    std::io::stdout().lock().write_all(&script)?;
    Ok(())
}

/// Resolves where everything is: flag, then environment, then config file,
/// then the platform default.
fn settings(cli: &Cli) -> mfactl::Result<Settings> {
    let file = config::load_config(cli.config.as_deref())?;
    let config_path = cli.config.clone().or_else(config::default_config_path);
    let base = config_path.as_deref().and_then(Path::parent).map(Path::to_path_buf);
    let relative = |p: PathBuf| match &base {
        Some(dir) if p.is_relative() => dir.join(p),
        _ => p,
    };
    let db = cli.db.clone().or(file.db.clone().map(relative)).or_else(config::default_db_path);
    let db = db.ok_or_else(|| {
        Error::failed("no home directory was found for the default database")
            .hint("give the database with --db FILE or MFACTL_DB")
    })?;
    let key_file = env_path("MFACTL_KEY_FILE")
        .or(file.key_file.clone().map(relative))
        .unwrap_or_else(|| config::default_key_file(&db));
    let mut smtp = file.smtp.clone();
    smtp.ca_file = smtp.ca_file.map(relative);
    if let Ok(url) = std::env::var("MFACTL_SMTP_URL") {
        smtp.url = Some(url);
    }
    if let Ok(from) = std::env::var("MFACTL_SMTP_FROM") {
        smtp.from = Some(from);
    }
    Ok(Settings {
        db,
        key_file,
        clock: clock_from_env()?,
        actor: actor(cli)?,
        smtp,
        busy_timeout: config::busy_timeout(&file)?,
    })
}

/// Who is acting: `--actor` or `MFACTL_ACTOR`, else the environment's user.
fn actor(cli: &Cli) -> mfactl::Result<String> {
    let actor = cli.actor.clone().unwrap_or_else(config::default_actor);
    mfactl::validate::check_line("an actor", &actor, 100, "--actor helpdesk-bob")?;
    Ok(actor)
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// `MFACTL_NOW` fixes the clock for tests. Only debug builds (what `cargo
/// test` runs) honour it: a release build that let anyone set the time could
/// backdate audit entries and stretch code lifetimes and locks.
fn clock_from_env() -> mfactl::Result<Clock> {
    match std::env::var("MFACTL_NOW") {
        Ok(text) if !text.is_empty() && cfg!(debug_assertions) => Clock::parse_fixed(&text),
        Ok(text) if !text.is_empty() => {
            Err(Error::usage("MFACTL_NOW is honoured by test builds only")
                .hint("unset MFACTL_NOW; release builds always use the system clock"))
        }
        _ => Ok(Clock::System),
    }
}
