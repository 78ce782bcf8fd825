//! What can go wrong with the database, in words a user can act on.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no tender `{0}` in the database; `tender list` shows the tenders there are")]
    UnknownTender(String),
    #[error("a tender `{0}` already exists; change a draft with `tender update`, or give the new tender another id")]
    DuplicateTender(String),
    #[error("there is no database at {}; `tender new FILE` creates one there, or point --db or TENDER_DB at the existing file", path.display())]
    Missing { path: PathBuf },
    #[error("cannot create the database file {}: {source}", path.display())]
    Create { path: PathBuf, source: std::io::Error },
    #[error("{} is not a tender database (SQLite says it is not a database); point --db or TENDER_DB at a tender database, or at a new file", path.display())]
    NotADatabase { path: PathBuf },
    #[error("{} is damaged (SQLite reports corruption); restore it from a backup made with `tender backup`", path.display())]
    Corrupt { path: PathBuf },
    #[error("{} is locked by another process that is still writing; try again when it has finished", path.display())]
    Locked { path: PathBuf },
    #[error("{} has schema version {found}, newer than this tender knows (up to {known}); use a newer version of tender", path.display())]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("the stored data is not valid: {0}")]
    Invalid(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Names the file in the errors a user can do something about.
    pub fn from_sqlite(path: &Path, error: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        let path = path.to_path_buf();
        match error.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt { path },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked { path },
            _ => StoreError::Sqlite(error),
        }
    }

    /// A database error of a read shared by the store and its transactions,
    /// named with the file where the user can do something about it.
    pub fn in_file(self, path: &Path) -> StoreError {
        match self {
            StoreError::Sqlite(error) => StoreError::from_sqlite(path, error),
            other => other,
        }
    }
}
