//! A consistent copy of the database through SQLite's online backup API.

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};

use super::StoreError;
use super::open::create_private;
use super::sqlite::{BUSY_TIMEOUT, SqliteStore};

impl SqliteStore {
    /// Copies the database to `to`, which must not exist yet, as one snapshot:
    /// every change committed before it and none after, while other processes
    /// go on writing (WAL lets a reader copy without blocking them). The copy
    /// is a single file, owner-only like the database.
    pub fn backup(&self, to: &Path) -> Result<(), StoreError> {
        create_private(to)?;
        let sqlite = |e| StoreError::from_sqlite(to, e);
        let mut copy = Connection::open(to).map_err(sqlite)?;
        {
            let backup = Backup::new(&self.conn, &mut copy).map_err(sqlite)?;
            let started = Instant::now();
            // All pages in one step: one read transaction, so a writer cannot
            // make the backup start over.
            while backup.step(-1).map_err(sqlite)? != StepResult::Done {
                if started.elapsed() > BUSY_TIMEOUT {
                    return Err(StoreError::Locked {
                        path: self.path.clone(),
                    });
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        // journal_mode answers with the mode, so it is read rather than updated.
        let _mode: String = copy
            .query_row("PRAGMA journal_mode = DELETE", [], |row| row.get(0))
            .map_err(sqlite)?;
        copy.close().map_err(|(_, e)| sqlite(e))
    }
}
