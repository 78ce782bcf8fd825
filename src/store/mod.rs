//! Persistence: the one SQLite file (SPEC §5). All SQL lives below this module,
//! so that a server database can take its place later.

mod backup;
mod dossier;
mod error;
mod evidence;
mod migrations;
mod open;
mod questions;
mod registrations;
mod tenders;
mod text;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

use crate::domain::audit::EventKind;

pub use dossier::{ScoreValue, Scores};
pub use error::{StoreError, io_reason};
pub use open::database_files;
pub use registrations::ProviderChange;
pub use tenders::{StoredTender, TenderSummary};

/// How long a writer waits for another to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Store {
    conn: Connection,
    path: PathBuf,
    mode: open::Mode,
}

/// Who makes a change, and when (the clock's *now*).
#[derive(Debug, Clone)]
pub struct Stamp {
    pub at: DateTime<Utc>,
    pub actor: String,
}

/// One write transaction; every change records its audit event through it.
pub struct Change<'a> {
    tx: rusqlite::Transaction<'a>,
    stamp: &'a Stamp,
    events: usize,
}

impl Store {
    fn configure(&self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        if self.mode.writes() {
            // journal_mode answers with the mode, so it is read rather than updated.
            let _mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
            self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        // The last connection to close checkpoints the WAL into the file and
        // removes it (SQLite's default), so that the file alone is the whole
        // database whenever nobody is using it (SPEC §5).
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The random id chosen once for this database (schema 0010), which keeps
    /// what it exports apart from what another database exports.
    pub fn database_id(&self) -> Result<String, StoreError> {
        self.conn
            .query_row("SELECT value FROM setting WHERE name = 'database_id'", [], |row| {
                row.get(0)
            })
            .map_err(|e| StoreError::from_sqlite(&self.path, e))
    }

    /// Runs `f` in one IMMEDIATE transaction, committed only when `f` succeeds
    /// and has recorded at least one audit event.
    pub fn change<T, E: From<StoreError>>(
        &mut self,
        stamp: &Stamp,
        f: impl FnOnce(&mut Change) -> Result<T, E>,
    ) -> Result<T, E> {
        let path = self.path.clone();
        if !self.mode.writes() {
            return Err(StoreError::ReadOnly { path }.into());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(&path, e))?;
        let mut change = Change { tx, stamp, events: 0 };
        let value = f(&mut change)?;
        assert!(change.events > 0, "a change must record its audit event");
        change.tx.commit().map_err(|e| StoreError::from_sqlite(&path, e))?;
        Ok(value)
    }
}

impl Change<'_> {
    /// Appends an audit event for a tender.
    pub fn record(&mut self, tender_id: &str, kind: EventKind, detail: &str) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO event (tender_id, at, actor, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            (
                tender_id,
                text::from_time(self.stamp.at),
                &self.stamp.actor,
                kind.as_str(),
                detail,
            ),
        )?;
        self.events += 1;
        Ok(())
    }

    pub fn at(&self) -> DateTime<Utc> {
        self.stamp.at
    }
}

#[cfg(test)]
mod tests;
