//! Devices: listing and revoking them. Sign-in creates them.
//!
//! Rule: a device token is `<id>.<random>`; only a sealed digest of the random
//! part is stored, so the token cannot be read back from the database.

use serde::Serialize;

use crate::clock::rfc3339;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::notify::NoticeKind;
use crate::store::DeviceRow;

/// A device as shown to people and scripts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceView {
    /// The id to revoke it by.
    pub id: i64,
    /// The owner.
    pub user_id: String,
    /// Browser and OS, as given at sign-in.
    pub label: String,
    /// First use, RFC 3339.
    pub first_used: String,
    /// Last use, RFC 3339.
    pub last_used: String,
    /// Whether the device is authorised now.
    pub authorised: bool,
    /// Until when MFA is skipped on it, if it is.
    pub remembered_until: Option<String>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

/// Which devices to revoke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RevokeTarget {
    /// These device ids.
    Ids(Vec<i64>),
    /// Every device of this user.
    AllOf(String),
}

impl DeviceView {
    /// Builds the view of a stored device at `now`.
    pub fn new(row: &DeviceRow, now: i64) -> DeviceView {
        DeviceView {
            id: row.id,
            user_id: row.user_id.clone(),
            label: row.label.clone(),
            first_used: rfc3339(row.first_used),
            last_used: rfc3339(row.last_used),
            authorised: row.authorised_at.is_some() && row.revoked_at.is_none(),
            remembered_until: row.remembered_until.filter(|t| *t > now).map(rfc3339),
            revoked_at: row.revoked_at.map(rfc3339),
        }
    }
}

impl Context {
    /// Lists devices of one user, or of everyone.
    pub fn list_devices(&self, user_id: Option<&str>) -> Result<Vec<DeviceView>> {
        self.store.read(|tx| {
            let user = user_id.map(|id| self.user(tx, id)).transpose()?;
            let rows = tx.list_devices(user.map(|u| u.id))?;
            Ok(rows.iter().map(|row| DeviceView::new(row, self.now())).collect())
        })
    }

    /// Revokes devices: they lose authorisation and remembered MFA. Returns
    /// the devices revoked.
    pub fn revoke_devices(&self, target: &RevokeTarget) -> Result<Vec<DeviceView>> {
        self.write(|tx| {
            let rows = match target {
                RevokeTarget::Ids(ids) => ids.iter().map(|id| self.device_row(tx, *id)).collect(),
                RevokeTarget::AllOf(user_id) => {
                    let user = self.user(tx, user_id)?;
                    tx.list_devices(Some(user.id))
                }
            }?;
            let mut revoked = Vec::new();
            let mut labels: Vec<(String, Vec<String>)> = Vec::new();
            for mut row in rows.into_iter().filter(|r| r.revoked_at.is_none()) {
                row.revoked_at = Some(self.now());
                row.authorised_at = None;
                row.remembered_until = None;
                tx.update_device(&row)?;
                let detail = format!("device {}", row.id);
                self.audit(tx, "device.revoke", Some(&row.user_id), "ok", Some(&detail))?;
                match labels.iter_mut().find(|(user, _)| *user == row.user_id) {
                    Some((_, of_user)) => of_user.push(row.label.clone()),
                    None => labels.push((row.user_id.clone(), vec![row.label.clone()])),
                }
                revoked.push(DeviceView::new(&row, self.now()));
            }
            for (user_id, of_user) in labels {
                let owner = self.user(tx, &user_id)?;
                self.queue_notice(&owner, NoticeKind::DevicesRevoked(of_user));
            }
            Ok(revoked)
        })
    }

    fn device_row(&self, tx: &crate::store::Tx, id: i64) -> Result<DeviceRow> {
        tx.device(id)?.ok_or_else(|| {
            Error::failed(format!("there is no device {id}"))
                .hint("list devices with `mfactl device list`")
        })
    }
}
