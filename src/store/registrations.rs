//! Providers (kept once across tenders, by KvK number) and registrations.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};

use super::StoreError;
use super::sqlite::Db;
use super::text::{from_time, to_optional_time, to_time};
use crate::domain::intake::{Application, Registration};

/// A provider's name or e-mail as it was before a registration changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderChange {
    pub old_name: String,
    pub old_email: Option<String>,
}

const SELECT: &str = "SELECT r.kvk, p.name, p.agb, p.email, r.meets, r.small, r.status, r.reason, r.registered_at,
        r.joining, r.joining_at,
        (SELECT group_concat(lot, '|') FROM (SELECT lot FROM registration_lot l
          WHERE l.tender_id = r.tender_id AND l.kvk = r.kvk ORDER BY rowid))
    FROM registration r JOIN provider p ON p.kvk = r.kvk";

fn split(text: Option<String>) -> Vec<String> {
    text.filter(|t| !t.is_empty())
        .map_or_else(Vec::new, |t| t.split('|').map(str::to_string).collect())
}

fn registration(row: &Row) -> Result<Registration, StoreError> {
    let status: String = row.get(6)?;
    Ok(Registration {
        kvk: row.get(0)?,
        name: row.get(1)?,
        agb: row.get(2)?,
        email: row.get(3)?,
        meets: split(row.get(4)?),
        small: row.get(5)?,
        status: status.parse().map_err(StoreError::Invalid)?,
        reason: row.get(7)?,
        registered_at: to_time(&row.get::<_, String>(8)?)?,
        joining: row.get(9)?,
        joining_at: to_optional_time(row.get(10)?)?,
        lots: split(row.get(11)?),
    })
}

impl Db<'_> {
    pub fn registrations(&self, tender_id: &str) -> Result<Vec<Registration>, StoreError> {
        self.query(
            &format!("{SELECT} WHERE r.tender_id = ?1 ORDER BY r.kvk"),
            [tender_id],
            registration,
        )
    }

    pub fn registration_counts(&self) -> Result<HashMap<String, u64>, StoreError> {
        let rows = self.query("SELECT tender_id, active FROM registration_count", [], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
        Ok(rows.into_iter().collect())
    }

    pub fn registration_count(&self, tender_id: &str) -> Result<u64, StoreError> {
        let count = self
            .conn
            .query_row(
                "SELECT active FROM registration_count WHERE tender_id = ?1",
                [tender_id],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(e))?;
        Ok(count.unwrap_or(0))
    }

    pub fn lot_counts(&self, tender_id: &str) -> Result<HashMap<String, u64>, StoreError> {
        let rows = self.query(
            "SELECT l.lot, count(*) FROM registration_lot l JOIN registration r USING (tender_id, kvk)
             WHERE l.tender_id = ?1 AND r.status <> 'withdrawn' GROUP BY l.lot",
            [tender_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok(rows.into_iter().collect())
    }

    pub fn registration(&self, tender_id: &str, kvk: &str) -> Result<Option<Registration>, StoreError> {
        let sql = format!("{SELECT} WHERE r.tender_id = ?1 AND r.kvk = ?2");
        let found = self
            .conn
            .prepare_cached(&sql)?
            .query_row([tender_id, kvk], |row| Ok(registration(row)))
            .optional()?;
        found.transpose()
    }

    /// Creates or updates the provider; returns what changed of a known one.
    pub fn save_provider(&self, a: &Application) -> Result<Option<ProviderChange>, StoreError> {
        let known: Option<(String, Option<String>, Option<String>)> = self
            .conn
            .prepare_cached("SELECT name, email, agb FROM provider WHERE kvk = ?1")?
            .query_row([&a.kvk], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .optional()?;
        let Some((old_name, old_email, old_agb)) = known else {
            self.conn
                .prepare_cached("INSERT INTO provider (kvk, name, agb, email) VALUES (?1, ?2, ?3, ?4)")?
                .execute(params![a.kvk, a.name, a.agb, a.email])?;
            return Ok(None);
        };
        // A registration without an e-mail or AGB code keeps the known one.
        let email = a.email.clone().or(old_email.clone());
        let agb = a.agb.clone().or(old_agb.clone());
        if old_name == a.name && old_email == email && old_agb == agb {
            return Ok(None);
        }
        self.conn
            .prepare_cached("UPDATE provider SET name = ?2, agb = ?3, email = ?4 WHERE kvk = ?1")?
            .execute(params![a.kvk, a.name, agb, email])?;
        Ok(Some(ProviderChange { old_name, old_email }).filter(|c| c.old_name != a.name || c.old_email != email))
    }

    /// Registers the provider for the tender, replacing a withdrawn registration.
    pub fn insert_registration(
        &self,
        tender_id: &str,
        a: &Application,
        joining: bool,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        // Cached statements: a bulk intake runs these once per row.
        self.conn
            .prepare_cached("DELETE FROM registration_lot WHERE tender_id = ?1 AND kvk = ?2")?
            .execute([tender_id, &a.kvk])?;
        self.conn
            .prepare_cached(
                "INSERT INTO registration (tender_id, kvk, status, small, meets, reason, registered_at, joining, joining_at)
                 VALUES (?1, ?2, 'registered', ?3, ?4, NULL, ?5, ?6, NULL)
                 ON CONFLICT (tender_id, kvk) DO UPDATE SET status = 'registered', small = ?3, meets = ?4,
                    reason = NULL, registered_at = ?5, joining = ?6, joining_at = NULL",
            )?
            .execute(params![tender_id, a.kvk, a.small, a.meets.join("|"), from_time(at), joining])?;
        let mut add = self
            .conn
            .prepare_cached("INSERT INTO registration_lot (tender_id, kvk, lot) VALUES (?1, ?2, ?3)")?;
        for lot in &a.lots {
            add.execute([tender_id, &a.kvk, lot])?;
        }
        Ok(())
    }

    /// Records the outcome of an admission check or a withdrawal.
    pub fn set_registration_status(&self, tender_id: &str, r: &Registration) -> Result<(), StoreError> {
        // Cached: an award sets the status of every ranked registration.
        self.conn
            .prepare_cached(
                "UPDATE registration SET status = ?3, meets = ?4, reason = ?5, joining_at = ?6
                 WHERE tender_id = ?1 AND kvk = ?2",
            )?
            .execute(params![
                tender_id,
                r.kvk,
                r.status.as_str(),
                r.meets.join("|"),
                r.reason,
                r.joining_at.map(from_time)
            ])?;
        Ok(())
    }
}
