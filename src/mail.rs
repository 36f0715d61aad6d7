//! Placeholder until the mail module lands.
use serde::Deserialize;
/// SMTP settings.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
pub struct SmtpConfig {
    /// URL.
    pub url: Option<String>,
    /// Sender.
    pub from: Option<String>,
    /// CA.
    pub ca_file: Option<std::path::PathBuf>,
}
/// Mail.
pub struct Mail {
    /// To name.
    pub to_name: Option<String>,
    /// To.
    pub to_address: String,
    /// Subject.
    pub subject: String,
    /// Body.
    pub body: String,
}
/// Mailer.
pub struct Mailer;
impl Mailer {
    /// New.
    pub fn new(_config: &SmtpConfig) -> crate::error::Result<Mailer> {
        Err(crate::error::Error::failed("mail is not built yet"))
    }
    /// Send.
    pub fn send(&self, _mail: &Mail) -> crate::error::Result<()> {
        Ok(())
    }
}
