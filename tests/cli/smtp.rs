//! A real SMTP server on 127.0.0.1 for the tests: aiosmtpd in a child process.
//!
//! `SmtpServer::start` runs tests/support/smtp_server.py and waits for its
//! READY line; dropping the server kills it. A missing python3 or aiosmtpd
//! fails the test with a pointer to scripts/install-test-deps, never a skip.

use std::fs::{self, File};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use tempfile::TempDir;

/// How long the server may take to print READY.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// What to run when python3 or aiosmtpd is missing.
const INSTALL_HINT: &str = "run scripts/install-test-deps to install python3's aiosmtpd";

/// The Python that runs the test server: the venv that scripts/install-test-deps
/// makes at target/test-venv when present, else python3 on the PATH.
pub fn python() -> PathBuf {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-venv/bin/python3");
    match venv.exists() {
        true => venv,
        false => PathBuf::from("python3"),
    }
}

/// A throwaway self-signed certificate for `localhost` and 127.0.0.1.
pub struct TestCert {
    dir: TempDir,
}

impl TestCert {
    /// Generates a fresh key and certificate as PEM files in a temporary folder.
    pub fn generate() -> TestCert {
        let names = vec!["localhost".to_owned(), "127.0.0.1".to_owned()];
        let mut params = rcgen::CertificateParams::new(names).expect("valid subject names");
        params.distinguished_name.push(rcgen::DnType::CommonName, "localhost");
        let key = rcgen::KeyPair::generate().expect("a key pair is generated");
        let cert = params.self_signed(&key).expect("the certificate is signed");

        let dir = tempfile::tempdir().expect("a temporary folder for the certificate");
        fs::write(dir.path().join("cert.pem"), cert.pem()).expect("cert.pem is written");
        fs::write(dir.path().join("key.pem"), key.serialize_pem()).expect("key.pem is written");
        TestCert { dir }
    }

    /// The PEM certificate, which a client trusts as its own CA.
    pub fn cert_path(&self) -> PathBuf {
        self.dir.path().join("cert.pem")
    }

    /// The PEM private key.
    pub fn key_path(&self) -> PathBuf {
        self.dir.path().join("key.pem")
    }
}

/// How the server secures connections.
#[derive(Clone, Copy, Default)]
pub enum Encryption<'a> {
    /// Plain text only; STARTTLS is not offered.
    #[default]
    None,
    /// Plain greeting, STARTTLS offered and required before AUTH and mail.
    StartTls(&'a TestCert),
    /// TLS from the first byte, port 465 style.
    ImplicitTls(&'a TestCert),
}

/// What the server offers and demands.
#[derive(Clone, Copy, Default)]
pub struct ServerOptions<'a> {
    /// Plain, STARTTLS or implicit TLS.
    pub encryption: Encryption<'a>,
    /// The only user and password accepted; `None` means no login at all.
    pub login: Option<(&'a str, &'a str)>,
}

/// A running test server; killed when dropped.
pub struct SmtpServer {
    child: Child,
    port: u16,
    dir: TempDir,
}

impl SmtpServer {
    /// Starts the server on a free loopback port and waits until it listens.
    pub fn start(options: ServerOptions<'_>) -> SmtpServer {
        let dir = tempfile::tempdir().expect("a temporary folder for the server");
        let stderr = File::create(dir.path().join("stderr.txt")).expect("stderr.txt is created");

        let mut child = server_command(&options, dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|err| {
                panic!("could not run {}: {err}; {INSTALL_HINT}", python().display())
            });

        match wait_for_port(&mut child) {
            Some(port) => SmtpServer { child, port, dir },
            None => {
                let _ = child.kill();
                let _ = child.wait();
                let log = fs::read_to_string(dir.path().join("stderr.txt")).unwrap_or_default();
                panic!("the test SMTP server did not start:\n{log}\n{INSTALL_HINT}");
            }
        }
    }

    /// The loopback port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The raw text of every accepted message, oldest first.
    pub fn messages(&self) -> Vec<String> {
        let mut paths: Vec<PathBuf> = fs::read_dir(self.dir.path().join("maildir"))
            .expect("the maildir is readable")
            .map(|entry| entry.expect("a maildir entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        paths.sort();

        let read = |path: &PathBuf| fs::read(path).expect("an .eml file is readable");
        paths.iter().map(|path| String::from_utf8_lossy(&read(path)).into_owned()).collect()
    }

    /// Every command the server handled, as `VERB tls=yes|no`, in order.
    pub fn commands(&self) -> Vec<String> {
        let log = fs::read_to_string(self.dir.path().join("commands.log")).unwrap_or_default();
        log.lines().map(str::to_owned).collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn server_command(options: &ServerOptions<'_>, dir: &Path) -> Command {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/smtp_server.py");
    let mut command = Command::new(python());
    command.arg(script).args(["--port", "0"]);
    command.arg("--maildir").arg(dir.join("maildir"));
    command.arg("--command-log").arg(dir.join("commands.log"));

    let tls = match options.encryption {
        Encryption::None => None,
        Encryption::StartTls(cert) => Some(("--starttls", cert)),
        Encryption::ImplicitTls(cert) => Some(("--implicit-tls", cert)),
    };
    if let Some((flag, cert)) = tls {
        command.arg(flag).arg(cert.cert_path()).arg(cert.key_path());
    }
    if let Some((user, password)) = options.login {
        command.arg("--auth").arg(format!("{user}:{password}"));
    }
    command
}

/// Reads `READY <port>` from the child's stdout; `None` if it exits or hangs.
fn wait_for_port(child: &mut Child) -> Option<u16> {
    let stdout = child.stdout.take().expect("the server's stdout is piped");
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = sender.send(line);
        }
    });

    let line = receiver.recv_timeout(START_TIMEOUT).ok()?;
    line.strip_prefix("READY ")?.trim().parse().ok()
}
