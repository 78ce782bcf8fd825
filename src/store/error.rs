//! What can go wrong with the database, in words a user can act on: one
//! sentence each, naming the file and what to do. None of these has a
//! `source`, so that a cause chain never repeats the same text.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no tender `{0}` in the database; `tender list` shows the tenders there are")]
    UnknownTender(String),
    #[error("a tender `{0}` already exists; change a draft with `tender update`, or give the new tender another id")]
    DuplicateTender(String),
    #[error("there is no database at {}; `tender new FILE` creates one there, or point --db or TENDER_DB at the existing file", path.display())]
    Missing { path: PathBuf },
    #[error("cannot create the database file {}: {reason}; choose a folder that exists and that you may write to", path.display())]
    Create { path: PathBuf, reason: IoReason },
    #[error("cannot read {}: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: IoReason },
    #[error("{} is a directory, not a database file; point --db or TENDER_DB at the tender.db file inside it, or at a new file name", path.display())]
    Directory { path: PathBuf },
    #[error("{} is not a regular file (a device, socket or pipe), so it cannot be a tender database; point --db or TENDER_DB at a tender database", path.display())]
    NotAFile { path: PathBuf },
    #[error("{} is empty (0 bytes), not a tender database: it may have been truncated; restore it from a backup made with `tender backup`, or remove it and start again with `tender new FILE`", path.display())]
    Empty { path: PathBuf },
    #[error("{} is not a tender database (it is not a SQLite file); point --db or TENDER_DB at a tender database, or at a new file", path.display())]
    NotADatabase { path: PathBuf },
    #[error("{} is a SQLite database {}, not a tender database; point --db or TENDER_DB at a tender database, or at a new file", path.display(), if *empty { "without any tables" } else { "of another program" })]
    NotTender { path: PathBuf, empty: bool },
    #[error("{} is truncated: it has {size} bytes where its header promises {declared}; restore it from a backup made with `tender backup`", path.display())]
    Truncated { path: PathBuf, size: u64, declared: u64 },
    #[error("{} is damaged (SQLite reports corruption); restore it from a backup made with `tender backup`", path.display())]
    Corrupt { path: PathBuf },
    #[error("{} is locked by another process that is still writing; try again when it has finished", path.display())]
    Locked { path: PathBuf },
    #[error("{} cannot be changed: you may only read it (the file or its folder is not writable, or the disk is read-only); run this command as a user who may write there, or on a copy made with `tender backup`", path.display())]
    ReadOnly { path: PathBuf },
    #[error("cannot open {}: SQLite could not open it or the -wal and -shm files beside it; check that you may read them and write to their folder", path.display())]
    CannotOpen { path: PathBuf },
    #[error("the disk holding {} is full, so nothing was written; free some space and run the command again", path.display())]
    Full { path: PathBuf },
    #[error("cannot make {} owner-only (it is mode {mode:04o} and holds contact data): {reason}; run `chmod 600` on it as its owner", path.display())]
    Tighten { path: PathBuf, mode: u32, reason: IoReason },
    #[error("{} has schema version {found}, newer than this tender knows (up to {known}); use a newer version of tender", path.display())]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("{} has schema version {found} and needs an upgrade to {known}, but it may only be read; run a command once where the file is writable, or use the version of tender that wrote it", path.display())]
    ReadOnlyOld { path: PathBuf, found: i64, known: i64 },
    #[error(
        "`{scheme}://` in {url} is not a kind of database tender knows; name a file, or a server as postgres://user@host:port/dbname"
    )]
    UnknownScheme { scheme: String, url: String },
    #[error(
        "the database URL {url} is not valid ({reason}); write it as postgres://user@host:port/dbname?sslmode=require"
    )]
    BadUrl { url: String, reason: String },
    #[error("cannot connect to the PostgreSQL server {place} over TLS: {reason}")]
    TlsSetup { place: String, reason: String },
    #[error(
        "cannot connect to the PostgreSQL server at {host} (database `{dbname}`): {reason}; check that the server runs there and that the URL's user and password are right"
    )]
    ServerUnreachable {
        host: String,
        dbname: String,
        reason: String,
    },
    #[error(
        "there is no database `{dbname}` on the PostgreSQL server at {host}; create it (`createdb {dbname}`) or name an existing one"
    )]
    NoServerDatabase { host: String, dbname: String },
    #[error(
        "the database {place} has no tender schema; loading a tender definition there with `tender new DEFINITION.toml` creates it, or point --db or TENDER_DB at the tender database"
    )]
    NoSchema { place: String },
    #[error(
        "the database {place} is not a tender database (its tables were not made by tender, or its audit log is not guarded); point --db or TENDER_DB at a tender database, or at an empty one for `tender new`"
    )]
    NotTenderServer { place: String },
    #[error(
        "the database {place} has schema version {found}, newer than this tender knows (up to {known}); use a newer version of tender"
    )]
    ServerTooNew { place: String, found: i64, known: i64 },
    #[error(
        "the database role `{role}` may not change the dossier; ask for an officer's role, or only read (list, show, remind)"
    )]
    RoleMayNotChange { role: String },
    #[error("the PostgreSQL server {place} refused: {reason}")]
    Server { place: String, reason: String },
    #[error(
        "the connection to the PostgreSQL server {place} was lost ({reason}), so nothing of this command was kept; run it again"
    )]
    ServerGone { place: String, reason: String },
    #[error(
        "{target} is not empty; `tender copy --to` writes only into a new file or an empty server database, so nothing was copied"
    )]
    TargetNotEmpty { target: String },
    #[error("{target} is the database being copied; name another file or server database with --to")]
    CopyToItself { target: String },
    #[error("the copy holds {found} rows of `{table}` where the source has {expected}, so nothing was copied")]
    CopyMismatch { table: String, expected: usize, found: u64 },
    #[error("the stored data is not valid: {0}")]
    Invalid(String),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

/// What an error names where the file's path is not at hand.
pub const UNNAMED_DATABASE: &str = "the database";

impl From<rusqlite::Error> for StoreError {
    /// An error from a statement, where the file's path is not at hand: the
    /// cases a user can act on say "the database", the rest is SQLite's own
    /// text, never repeated by a cause chain.
    fn from(error: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(Path::new(UNNAMED_DATABASE), error)
    }
}

/// Why a file could not be used: the kind of the IO error, which the CLI
/// words in the user's language, and the system's own text for the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoReason {
    pub kind: std::io::ErrorKind,
    /// The system's text, without its error number.
    pub system: String,
}

/// An IO error as a reason a file could not be used.
pub fn io_reason(error: &std::io::Error) -> IoReason {
    let text = error.to_string();
    let system = match text.find(" (os error") {
        Some(end) => text[..end].to_string(),
        None => text,
    };
    IoReason {
        kind: error.kind(),
        system,
    }
}

/// In English, for logs and tests: the cases a user meets, else the system's text.
impl std::fmt::Display for IoReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::io::ErrorKind;
        f.write_str(match self.kind {
            ErrorKind::NotFound => "its folder does not exist",
            ErrorKind::PermissionDenied => "permission denied",
            ErrorKind::StorageFull => "the disk is full",
            ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
            _ => &self.system,
        })
    }
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
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
            Some(ErrorCode::DiskFull) => StoreError::Full { path },
            Some(ErrorCode::CannotOpen) => StoreError::CannotOpen { path },
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite(code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
    }

    #[test]
    fn database_errors_are_sentences_in_the_users_terms() {
        let path = Path::new("/srv/inkoop/tender.db");
        let full = StoreError::from_sqlite(path, sqlite(rusqlite::ffi::SQLITE_FULL)).to_string();
        assert!(
            full.starts_with("the disk holding /srv/inkoop/tender.db is full"),
            "{full}"
        );
        let read_only = StoreError::from_sqlite(path, sqlite(rusqlite::ffi::SQLITE_READONLY)).to_string();
        assert!(
            read_only.contains("cannot be changed: you may only read it"),
            "{read_only}"
        );
        let busy = StoreError::from_sqlite(path, sqlite(rusqlite::ffi::SQLITE_BUSY)).to_string();
        assert!(busy.contains("is locked by another process"), "{busy}");
    }

    #[test]
    fn a_statement_that_fills_the_disk_says_so_without_a_path() {
        let full = StoreError::from(sqlite(rusqlite::ffi::SQLITE_FULL)).to_string();
        assert!(full.starts_with("the disk holding the database is full"), "{full}");
    }

    #[test]
    fn no_error_repeats_its_cause() {
        use std::error::Error as _;
        let errors = [
            StoreError::from(sqlite(rusqlite::ffi::SQLITE_CONSTRAINT)),
            StoreError::Create {
                path: "/nowhere/t.db".into(),
                reason: io_reason(&std::io::Error::from_raw_os_error(2)),
            },
        ];
        for error in errors {
            assert!(error.source().is_none(), "{error}");
            let text = format!("{:#}", anyhow::Error::from(error));
            assert!(!text.contains("os error"), "{text}");
            let halves = text.split(": ").collect::<Vec<_>>();
            let unique: std::collections::HashSet<_> = halves.iter().collect();
            assert_eq!(unique.len(), halves.len(), "{text}");
        }
    }
}
