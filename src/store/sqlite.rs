//! The SQLite backend: one file, WAL, writers one at a time (`BEGIN IMMEDIATE`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

use super::connected::{Connected, Open};
use super::open::Mode;
use super::sql::Db;
use super::{Rows, Stamp, Storage, StoreError, Txn};

/// How long a writer waits for another to finish before giving up.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct SqliteStore {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    pub(super) mode: Mode,
}

/// One IMMEDIATE transaction on the file.
pub struct SqliteTxn<'a> {
    tx: rusqlite::Transaction<'a>,
    path: &'a Path,
    stamp: Stamp,
    /// The operating-system user running the change (SPEC §4 `account`).
    account: String,
    events: usize,
    /// The connection's count of changed rows when the transaction began.
    changes_before: u64,
}

impl SqliteStore {
    pub(super) fn configure(&self) -> rusqlite::Result<()> {
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

    /// Computes the reminder watch of every tender recorded before schema 9 (migration 0011)
    /// (SQL cannot), each as of its last event: what that change would have
    /// stored. A quick look through an index when there is none.
    pub(super) fn fill_watches(&mut self) -> Result<(), StoreError> {
        if self.db().unwatched()?.is_empty() {
            return Ok(());
        }
        let path = self.path.as_path();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        let db = Db::sqlite(&tx, path);
        for id in db.unwatched()? {
            let at = db.latest_event(&id)?.map_or(DateTime::<Utc>::MIN_UTC, |e| e.at);
            match super::watch(&db, &id, at) {
                Ok(Some(watch)) => db.save_watch(&id, &watch)?,
                // A tender whose stored rows cannot be read stays without a
                // watch, and so is read by every reminder run, as before.
                Ok(None) | Err(StoreError::Invalid(_)) => {}
                Err(e) => return Err(e),
            }
        }
        tx.commit().map_err(|e| StoreError::from_sqlite(path, e))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one transaction (see `dyn Storage::change`), for callers
    /// that hold the SQLite store itself (tests, the benchmark).
    pub fn change<T, E: From<StoreError>>(
        &mut self,
        tender_id: &str,
        stamp: &Stamp,
        f: impl FnOnce(&mut dyn Txn) -> Result<T, E>,
    ) -> Result<T, E> {
        (self as &mut dyn Storage).change(tender_id, stamp, f)
    }
}

impl Storage for SqliteStore {
    /// SQLite locks the whole file: the tender id is not needed.
    fn begin<'s>(&'s mut self, _tender_id: &str, stamp: &Stamp) -> Result<Box<dyn Txn + 's>, StoreError> {
        if !self.mode.writes() {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
            });
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(&self.path, e))?;
        let changes_before = tx.total_changes();
        Ok(Box::new(SqliteTxn {
            tx,
            path: &self.path,
            stamp: stamp.clone(),
            account: os_user(),
            events: 0,
            changes_before,
        }))
    }

    fn file(&self) -> Option<&Path> {
        Some(&self.path)
    }

    fn backup(&self, to: &Path) -> Result<(), StoreError> {
        SqliteStore::backup(self, to)
    }

    fn read_all(&self) -> Result<Rows, StoreError> {
        let error = |e| StoreError::from_sqlite(&self.path, e);
        // One read transaction: the snapshot of every table is the same moment.
        let snapshot = self.conn.unchecked_transaction().map_err(error)?;
        let rows = super::copy::read(Db::sqlite(&snapshot, &self.path))?;
        snapshot.commit().map_err(error)?;
        Ok(rows)
    }

    fn place(&self) -> String {
        self.path.display().to_string()
    }
}

impl SqliteStore {
    /// Creates a new database file at `path`, which must not exist (the
    /// target of `copy --to` and of a server's backup).
    pub(super) fn create_empty(path: &Path) -> Result<SqliteStore, StoreError> {
        if path.exists() || path.symlink_metadata().is_ok() {
            return Err(StoreError::TargetNotEmpty {
                target: path.display().to_string(),
            });
        }
        SqliteStore::open(path)
    }

    /// Writes into the file in one transaction.
    pub(super) fn load<T>(&mut self, write: impl FnOnce(Db<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let path = self.path.as_path();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        let value = write(Db::sqlite(&tx, path))?;
        tx.commit().map_err(|e| StoreError::from_sqlite(path, e))?;
        Ok(value)
    }
}

impl Connected for SqliteStore {
    fn db(&self) -> Db<'_> {
        Db::sqlite(&self.conn, &self.path)
    }
}

impl Connected for SqliteTxn<'_> {
    fn db(&self) -> Db<'_> {
        Db::sqlite(&self.tx, self.path)
    }
}

impl Open for SqliteTxn<'_> {
    fn stamp(&self) -> &Stamp {
        &self.stamp
    }
    fn account(&self) -> &str {
        &self.account
    }
    fn events(&self) -> usize {
        self.events
    }
    fn count_event(&mut self) {
        self.events += 1;
    }
    fn finish(self: Box<Self>) -> Result<(), StoreError> {
        if self.events == 0 {
            assert_eq!(
                self.tx.total_changes(),
                self.changes_before,
                "a change that writes must record its audit event"
            );
            return Ok(());
        }
        let path = self.path;
        self.tx.commit().map_err(|e| StoreError::from_sqlite(path, e))
    }
}

/// The name of the operating-system user this process runs as (not `$USER`,
/// which anyone can set), or its number where the system has no name for it.
fn os_user() -> String {
    let uid = unsafe { libc::geteuid() };
    let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    let mut buffer = vec![0 as libc::c_char; 4096];
    // SAFETY: getpwuid_r writes the entry and the strings it points to into
    // `entry` and `buffer`, which outlive the name copied out of them.
    let status = unsafe { libc::getpwuid_r(uid, &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut found) };
    if status != 0 || found.is_null() || entry.pw_name.is_null() {
        return uid.to_string();
    }
    unsafe { std::ffi::CStr::from_ptr(entry.pw_name) }
        .to_string_lossy()
        .into_owned()
}
