//! Providers (kept once across tenders, by KvK number) and registrations.

use std::collections::{BTreeMap, HashMap};

use super::StoreError;
use super::sql::{Backend, Db, Param, Row, Value, params};
use super::text::{from_time, to_optional_time, to_time};
use crate::domain::intake::{Application, Registration, Status};
use chrono::{DateTime, Utc};

/// A provider's name or e-mail as it was before a registration changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderChange {
    pub old_name: String,
    pub old_email: Option<String>,
}

/// A provider as stored: name, e-mail and AGB code.
type KnownProvider = (String, Option<String>, Option<String>);

/// A registration's columns; its lots, when it is read alone, as a 12th.
const COLUMNS: &str = "r.kvk, p.name, p.agb, p.email, r.meets, r.small, r.status, r.reason, r.registered_at,
        r.joining, r.joining_at";
const FROM: &str = "FROM registration r JOIN provider p ON p.kvk = r.kvk";

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
        registered_at: to_time(&row.get::<String>(8)?)?,
        joining: row.get(9)?,
        joining_at: to_optional_time(row.get(10)?)?,
        lots: match row.len() {
            12 => split(row.get(11)?),
            _ => Vec::new(),
        },
    })
}

impl Db<'_> {
    pub fn registrations(&self, tender_id: &str) -> Result<Vec<Registration>, StoreError> {
        // The lots of all of them in one pass, in the same order, rather than
        // one subquery per registration (5,000 for a large award).
        let mut registrations = self.query(
            &format!("SELECT {COLUMNS} {FROM} WHERE r.tender_id = ?1 ORDER BY r.kvk"),
            params![tender_id],
            registration,
        )?;
        let lots: Vec<(String, String)> = self.query(
            "SELECT kvk, lot FROM registration_lot WHERE tender_id = ?1 ORDER BY kvk, rowid",
            params![tender_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let mut lots = lots.into_iter().peekable();
        for r in &mut registrations {
            while let Some((_, lot)) = lots.next_if(|(kvk, _)| *kvk == r.kvk) {
                r.lots.push(lot);
            }
        }
        Ok(registrations)
    }

    pub fn registration_counts(&self) -> Result<HashMap<String, u64>, StoreError> {
        let rows = self.query("SELECT tender_id, active FROM registration_count", params![], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
        Ok(rows.into_iter().collect())
    }

    pub fn registration_count(&self, tender_id: &str) -> Result<u64, StoreError> {
        let count = self.optional(
            "SELECT active FROM registration_count WHERE tender_id = ?1",
            params![tender_id],
            |row| row.get(0),
        )?;
        Ok(count.unwrap_or(0))
    }

    pub fn lot_counts(&self, tender_id: &str) -> Result<HashMap<String, u64>, StoreError> {
        let rows = self.query(
            "SELECT l.lot, count(*) FROM registration_lot l JOIN registration r USING (tender_id, kvk)
             WHERE l.tender_id = ?1 AND r.status <> 'withdrawn' GROUP BY l.lot",
            params![tender_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok(rows.into_iter().collect())
    }

    pub fn registration(&self, tender_id: &str, kvk: &str) -> Result<Option<Registration>, StoreError> {
        // The lots in the order they were given, as a 12th column.
        let lots = match self.backend() {
            Backend::Sqlite => {
                "(SELECT group_concat(lot, '|') FROM (SELECT lot FROM registration_lot l
                   WHERE l.tender_id = r.tender_id AND l.kvk = r.kvk ORDER BY rowid))"
            }
            Backend::Postgres => {
                "(SELECT string_agg(lot, '|' ORDER BY rowid) FROM registration_lot l
                   WHERE l.tender_id = r.tender_id AND l.kvk = r.kvk)"
            }
        };
        let sql = format!("SELECT {COLUMNS}, {lots} {FROM} WHERE r.tender_id = ?1 AND r.kvk = ?2");
        self.optional(&sql, params![tender_id, kvk], registration)
    }

    /// Creates or updates the providers and registers them for the tender,
    /// replacing withdrawn registrations; returns, in order, what changed of
    /// each known provider. A few statements for all of them, however many:
    /// on a server every statement is a round trip.
    pub fn register(
        &self,
        tender_id: &str,
        applications: &[&Application],
        joining: bool,
        at: DateTime<Utc>,
    ) -> Result<Vec<Option<ProviderChange>>, StoreError> {
        let listed = |n: usize| match self.backend() {
            Backend::Sqlite => format!("SELECT value FROM json_each(?{n})"),
            Backend::Postgres => format!("SELECT json_array_elements_text(CAST(?{n} AS text)::json)"),
        };
        let mut changes: HashMap<&str, Option<ProviderChange>> = HashMap::new();
        let mut pending = applications.to_vec();
        while !pending.is_empty() {
            let kvks = serde_json::Value::from(pending.iter().map(|a| a.kvk.as_str()).collect::<Vec<_>>()).to_string();
            let known: HashMap<String, KnownProvider> = self
                .query(
                    &format!(
                        "SELECT kvk, name, email, agb FROM provider WHERE kvk IN ({})",
                        listed(1)
                    ),
                    params![kvks],
                    |row| Ok((row.get(0)?, (row.get(1)?, row.get(2)?, row.get(3)?))),
                )?
                .into_iter()
                .collect();
            let mut new = Vec::new();
            for a in pending {
                match known.get(&a.kvk) {
                    Some(found) => {
                        changes.insert(&a.kvk, self.update_provider(a, found)?);
                    }
                    None => new.push(a),
                }
            }
            let rows: Vec<Vec<Value>> = new
                .iter()
                .map(|a| vec![a.kvk.value(), a.name.value(), a.agb.value(), a.email.value()])
                .collect();
            // On a server, a change of another tender may register the same
            // new provider at the same moment: the first one to commit
            // creates it, and this one then reads it as known and updates it
            // (its own new ones read back unchanged).
            let inserted = self.insert_rows(
                "provider",
                "kvk, name, agb, email",
                &rows,
                "ON CONFLICT (kvk) DO NOTHING",
            )?;
            pending = if inserted == new.len() { Vec::new() } else { new };
        }
        let changes = applications
            .iter()
            .map(|a| changes.remove(a.kvk.as_str()).flatten())
            .collect();
        let kvks = serde_json::Value::from(applications.iter().map(|a| a.kvk.as_str()).collect::<Vec<_>>()).to_string();
        self.execute(
            &format!(
                "DELETE FROM registration_lot WHERE tender_id = ?1 AND kvk IN ({})",
                listed(2)
            ),
            params![tender_id, kvks],
        )?;
        let registered_at = from_time(at);
        let registrations: Vec<Vec<Value>> = applications
            .iter()
            .map(|a| {
                vec![
                    tender_id.value(),
                    a.kvk.value(),
                    Value::Text("registered".into()),
                    a.small.value(),
                    Value::Text(a.meets.join("|").into()),
                    Value::Null,
                    registered_at.value(),
                    joining.value(),
                    Value::Null,
                ]
            })
            .collect();
        self.insert_rows(
            "registration",
            "tender_id, kvk, status, small, meets, reason, registered_at, joining, joining_at",
            &registrations,
            "ON CONFLICT (tender_id, kvk) DO UPDATE SET status = 'registered', small = excluded.small,
             meets = excluded.meets, reason = NULL, registered_at = excluded.registered_at,
             joining = excluded.joining, joining_at = NULL",
        )?;
        let lots: Vec<Vec<Value>> = applications
            .iter()
            .flat_map(|a| {
                a.lots
                    .iter()
                    .map(move |lot| vec![tender_id.value(), a.kvk.value(), lot.value()])
            })
            .collect();
        self.insert_rows("registration_lot", "tender_id, kvk, lot", &lots, "")?;
        Ok(changes)
    }

    /// Updates a known provider as application `a` names it; returns what changed.
    fn update_provider(&self, a: &Application, found: &KnownProvider) -> Result<Option<ProviderChange>, StoreError> {
        let (old_name, old_email, old_agb) = found;
        // A registration without an e-mail or AGB code keeps the known one.
        let email = a.email.clone().or(old_email.clone());
        let agb = a.agb.clone().or(old_agb.clone());
        if *old_name == a.name && *old_email == email && *old_agb == agb {
            return Ok(None);
        }
        self.execute(
            "UPDATE provider SET name = ?2, agb = ?3, email = ?4 WHERE kvk = ?1",
            params![a.kvk, a.name, agb, email],
        )?;
        Ok(Some(ProviderChange {
            old_name: old_name.clone(),
            old_email: old_email.clone(),
        })
        .filter(|c| c.old_name != a.name || c.old_email != email))
    }

    /// Records the outcome of an admission check or a withdrawal.
    pub fn set_statuses(&self, tender_id: &str, statuses: &BTreeMap<&str, Status>) -> Result<(), StoreError> {
        // One statement for all of them: 5,000 single updates took a third of
        // an award's time. The statuses, decided in Rust, travel as one JSON
        // object of KvK number to status.
        let json: serde_json::Map<String, serde_json::Value> = statuses
            .iter()
            .map(|(kvk, status)| (kvk.to_string(), status.as_str().into()))
            .collect();
        let each = match self.backend() {
            Backend::Sqlite => "json_each(?2)",
            Backend::Postgres => "json_each_text(CAST(?2 AS text)::json)",
        };
        self.execute(
            &format!(
                "UPDATE registration SET status = s.value FROM {each} s
                 WHERE registration.tender_id = ?1 AND registration.kvk = s.key"
            ),
            params![tender_id, serde_json::Value::Object(json).to_string()],
        )?;
        Ok(())
    }

    pub fn set_registration_status(&self, tender_id: &str, r: &Registration) -> Result<(), StoreError> {
        // Cached: an award sets the status of every ranked registration.
        self.execute(
            "UPDATE registration SET status = ?3, meets = ?4, reason = ?5, joining_at = ?6
             WHERE tender_id = ?1 AND kvk = ?2",
            params![
                tender_id,
                r.kvk,
                r.status.as_str(),
                r.meets.join("|"),
                r.reason,
                r.joining_at.map(from_time)
            ],
        )?;
        Ok(())
    }
}
