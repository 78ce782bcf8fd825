//! Persistence: the one SQLite file (SPEC §5). All SQL lives below this module,
//! so that a server database can take its place later.

mod backup;
mod dossier;
mod error;
mod migrations;
mod registrations;
mod tenders;
mod text;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

use crate::domain::audit::EventKind;

pub use dossier::{ScoreValue, Scores};
pub use error::StoreError;
pub use registrations::ProviderChange;
pub use tenders::{StoredTender, TenderSummary};

/// How long a writer waits for another to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Store {
    conn: Connection,
    path: PathBuf,
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
    /// Opens and migrates an existing database; a missing file is refused, so
    /// that a mistyped path (in a crontab, say) is not silently a new, empty
    /// database with nothing to remind of.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        Store::open(path)
    }

    /// Opens (creating it with owner-only permissions) and migrates the database.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        create_private(path)?;
        let conn = Connection::open(path).map_err(|e| StoreError::from_sqlite(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure().map_err(|e| StoreError::from_sqlite(path, e))?;
        migrations::migrate(&mut store.conn, path)?;
        Ok(store)
    }

    fn configure(&self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        // journal_mode answers with the mode, so it is read rather than updated.
        let _mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        // The WAL is copied into the database by the automatic checkpoints of
        // later commits, not by every process on its way out: a command that
        // wrote a large decision would otherwise pay for the copy and its fsync.
        self.conn
            .set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
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

/// Creates the file with mode 0600 before SQLite does, since it holds contact data.
fn create_private(path: &Path) -> Result<(), StoreError> {
    if path.exists() {
        return Ok(());
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(StoreError::Create {
            path: path.to_path_buf(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests;
