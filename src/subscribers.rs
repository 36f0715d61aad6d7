//! Web subscribers: external applications, and MFA bypass for them.
//!
//! Rule: bypassing MFA on the cloud subscriber (the one the cloud application
//! itself signs in through) would switch MFA off for every person, so it is
//! refused unless forced.

use serde::Serialize;

use crate::clock::rfc3339;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::store::{SubscriberRow, Tx};
use crate::validate::check_line;

/// A subscriber as shown to people and scripts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscriberView {
    /// Name.
    pub name: String,
    /// MFA is skipped for sign-ins through it.
    pub bypass: bool,
    /// It is the policy's cloud subscriber.
    pub cloud: bool,
    /// When it was added.
    pub created_at: String,
}

impl Context {
    /// Lists subscribers.
    pub fn list_subscribers(&self) -> Result<Vec<SubscriberView>> {
        self.store.read(|tx| {
            let cloud = tx.policy()?.cloud_subscriber;
            Ok(tx.list_subscribers()?.iter().map(|s| view(s, cloud.as_deref())).collect())
        })
    }

    /// Adds a subscriber.
    pub fn add_subscriber(&self, name: &str) -> Result<SubscriberView> {
        check_name(name)?;
        self.write(|tx| {
            if !tx.insert_subscriber(name, self.now())? {
                return Err(Error::failed(format!("the subscriber `{name}` already exists")));
            }
            self.audit(tx, "subscriber.add", Some(name), "ok", None)?;
            let cloud = tx.policy()?.cloud_subscriber;
            Ok(view(&self.subscriber(tx, name)?, cloud.as_deref()))
        })
    }

    /// Removes a subscriber; the cloud subscriber cannot be removed.
    pub fn remove_subscriber(&self, name: &str) -> Result<()> {
        self.write(|tx| {
            let row = self.subscriber(tx, name)?;
            if is_cloud(tx, &row)? {
                return Err(Error::failed(format!(
                    "`{}` is the cloud subscriber and cannot be removed",
                    row.name
                ))
                .hint("make another subscriber the cloud one with `mfactl subscriber use NAME`"));
            }
            tx.delete_subscriber(&row.name)?;
            self.audit(tx, "subscriber.remove", Some(&row.name), "ok", None)
        })
    }

    /// Turns MFA bypass on or off; on the cloud subscriber only with `force`.
    pub fn set_bypass(&self, name: &str, bypass: bool, force: bool) -> Result<SubscriberView> {
        self.write(|tx| {
            let row = self.subscriber(tx, name)?;
            let cloud = is_cloud(tx, &row)?;
            if bypass && cloud && !force {
                return Err(cloud_bypass_refused(&row.name));
            }
            tx.set_bypass(&row.name, bypass)?;
            let outcome = if bypass && cloud { "forced" } else { "ok" };
            let detail = if bypass { "bypass on" } else { "bypass off" };
            self.audit(tx, "subscriber.bypass", Some(&row.name), outcome, Some(detail))?;
            Ok(view(&self.subscriber(tx, name)?, cloud.then_some(row.name.as_str())))
        })
    }

    /// Makes a subscriber the policy's cloud subscriber.
    pub fn use_cloud_subscriber(&self, name: &str) -> Result<SubscriberView> {
        self.write(|tx| {
            let row = self.subscriber(tx, name)?;
            if row.bypass {
                return Err(Error::failed(format!(
                    "`{}` has MFA bypass on, and the cloud subscriber must not",
                    row.name
                ))
                .hint(format!("turn it off first: `mfactl subscriber bypass {} off`", row.name)));
            }
            let mut policy = tx.policy()?;
            policy.cloud_subscriber = Some(row.name.clone());
            tx.save_policy(&policy)?;
            self.audit(tx, "subscriber.use", Some(&row.name), "ok", None)?;
            Ok(view(&row, Some(&row.name)))
        })
    }

    pub(crate) fn subscriber(&self, tx: &Tx, name: &str) -> Result<SubscriberRow> {
        tx.subscriber(name)?.ok_or_else(|| {
            Error::failed(format!("there is no subscriber `{name}`"))
                .hint("list subscribers with `mfactl subscriber list`")
        })
    }
}

fn is_cloud(tx: &Tx, row: &SubscriberRow) -> Result<bool> {
    let cloud = tx.policy()?.cloud_subscriber;
    Ok(cloud.is_some_and(|c| c.eq_ignore_ascii_case(&row.name)))
}

fn cloud_bypass_refused(name: &str) -> Error {
    Error::failed(format!(
        "`{name}` is the cloud subscriber: bypassing MFA on it would switch MFA off for every \
         person who signs in to the cloud application"
    ))
    .hint("bypass MFA only on subscribers used by machines; add `--force` only if you must")
}

fn check_name(name: &str) -> Result<()> {
    check_line("a subscriber name", name, 100, "`mfactl subscriber add loan-portal`")
}

fn view(row: &SubscriberRow, cloud: Option<&str>) -> SubscriberView {
    SubscriberView {
        name: row.name.clone(),
        bypass: row.bypass,
        cloud: cloud.is_some_and(|c| c.eq_ignore_ascii_case(&row.name)),
        created_at: rfc3339(row.created_at),
    }
}
