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
