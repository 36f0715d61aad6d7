//! The single policy row and the exempt roles.

use rusqlite::{params, OptionalExtension};

use super::Tx;
use crate::error::Result;
use crate::policy::{Method, Policy};

impl Tx<'_> {
    /// Reads the policy with its exempt roles.
    pub fn policy(&self) -> Result<Policy> {
        let mut policy = self.tx.query_row(
            "SELECT enabled, method, remember_days, email_code_minutes,
                    emergency_code_minutes, device_authorisation, admin_local_only,
                    issuer, cloud_subscriber, code_max_attempts, lockout_failures,
                    lockout_minutes
             FROM policy WHERE id = 1",
            [],
            |row| {
                Ok(Policy {
                    enabled: row.get(0)?,
                    method: Method::parse(&row.get::<_, String>(1)?).unwrap_or(Method::App),
                    remember_days: row.get(2)?,
                    email_code_minutes: row.get(3)?,
                    emergency_code_minutes: row.get(4)?,
                    device_authorisation: row.get(5)?,
                    admin_local_only: row.get(6)?,
                    issuer: row.get(7)?,
                    cloud_subscriber: row.get(8)?,
                    code_max_attempts: row.get(9)?,
                    lockout_failures: row.get(10)?,
                    lockout_minutes: row.get(11)?,
                    exempt_roles: Vec::new(),
                })
            },
        )?;
        policy.exempt_roles = self.exempt_roles()?;
        Ok(policy)
    }

    /// Stores every setting of the policy except the exempt roles.
    pub fn save_policy(&self, p: &Policy) -> Result<()> {
        self.tx.execute(
            "UPDATE policy SET enabled = ?1, method = ?2, remember_days = ?3,
                email_code_minutes = ?4, emergency_code_minutes = ?5,
                device_authorisation = ?6, admin_local_only = ?7, issuer = ?8,
                cloud_subscriber = ?9, code_max_attempts = ?10, lockout_failures = ?11,
                lockout_minutes = ?12
             WHERE id = 1",
            params![
                p.enabled,
                p.method.as_str(),
                p.remember_days,
                p.email_code_minutes,
                p.emergency_code_minutes,
                p.device_authorisation,
                p.admin_local_only,
                p.issuer,
                p.cloud_subscriber,
                p.code_max_attempts,
                p.lockout_failures,
                p.lockout_minutes,
            ],
        )?;
        Ok(())
    }

    /// The exempt roles, sorted.
    pub fn exempt_roles(&self) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare("SELECT role FROM exempt_roles ORDER BY role")?;
        let roles = stmt.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        Ok(roles)
    }

    /// Marks a role exempt; returns false when it already was.
    pub fn add_exempt_role(&self, role: &str) -> Result<bool> {
        let n = self.tx.execute("INSERT OR IGNORE INTO exempt_roles (role) VALUES (?1)", [role])?;
        Ok(n > 0)
    }

    /// Ends a role's exemption; returns false when it was not exempt.
    pub fn remove_exempt_role(&self, role: &str) -> Result<bool> {
        let n = self.tx.execute("DELETE FROM exempt_roles WHERE role = ?1", [role])?;
        Ok(n > 0)
    }

    /// The identifier of the key the stored secrets are sealed with, if any.
    pub fn key_id(&self) -> Result<Option<String>> {
        let id = self.tx.query_row("SELECT key_id FROM policy WHERE id = 1", [], |r| r.get(0));
        Ok(id.optional()?.flatten())
    }

    /// Records which key the stored secrets are sealed with.
    pub fn set_key_id(&self, id: &str) -> Result<()> {
        self.tx.execute("UPDATE policy SET key_id = ?1 WHERE id = 1", [id])?;
        Ok(())
    }
}
