//! Schema versions, tracked by `PRAGMA user_version`. Append-only: a released
//! migration is never edited; a change is a new file.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use super::StoreError;

/// The migrations in order; the schema version is the number applied.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_tenders.sql"),
    include_str!("migrations/0002_intake.sql"),
    include_str!("migrations/0003_award.sql"),
    include_str!("migrations/0004_history.sql"),
    include_str!("migrations/0005_listing.sql"),
    include_str!("migrations/0006_event_kinds.sql"),
    include_str!("migrations/0007_rules_in_rust.sql"),
    include_str!("migrations/0008_law.sql"),
    include_str!("migrations/0009_questions_evidence.sql"),
    include_str!("migrations/0010_database_id.sql"),
    include_str!("migrations/0011_reminder_watch.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies the missing migrations, each in one transaction with its version.
/// Foreign keys are off while they run (a migration may rebuild a table that
/// others refer to, as SQLite's procedure for it asks) and are checked before
/// each migration commits.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let sqlite = |e| StoreError::from_sqlite(path, e);
    conn.pragma_update(None, "foreign_keys", false).map_err(sqlite)?;
    let migrated = apply(conn, path);
    conn.pragma_update(None, "foreign_keys", true).map_err(sqlite)?;
    migrated
}

fn apply(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let sqlite = |e| StoreError::from_sqlite(path, e);
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(sqlite)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            known: SCHEMA_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        // Another process may have migrated while this one waited for the lock.
        let current: i64 = tx
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(sqlite)?;
        if current > index as i64 {
            continue;
        }
        tx.execute_batch(sql).map_err(sqlite)?;
        let broken: Option<String> = tx
            .query_row("PRAGMA foreign_key_check", [], |row| row.get(0))
            .optional()
            .map_err(sqlite)?;
        if let Some(table) = broken {
            return Err(StoreError::Invalid(format!(
                "migration {} leaves a row of `{table}` without the row it refers to",
                index + 1
            )));
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)
            .map_err(sqlite)?;
        tx.commit().map_err(sqlite)?;
    }
    Ok(())
}
