//! Opening the file: what may be opened (SPEC §5: never a missing, empty,
//! damaged or foreign file, which a command would otherwise quietly make into
//! a new empty database), and how (read-write, or read-only without touching
//! the file where it may not be written).

use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::sqlite::{BUSY_TIMEOUT, SqliteStore};
use super::{StoreError, migrations};

/// The first 16 bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// How a file is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Read and write, in WAL mode.
    Write,
    /// Read only, through the WAL and `-shm` that a writer left.
    ReadOnly,
    /// Read only, with SQLite told the file cannot change (`immutable=1`):
    /// the file alone is the database, and no `-wal` or `-shm` is created.
    Immutable,
}

impl Mode {
    pub(super) fn writes(self) -> bool {
        self == Mode::Write
    }
}

impl SqliteStore {
    /// Opens and migrates an existing tender database. A missing, empty,
    /// truncated or foreign file is refused, so that a mistyped path or a
    /// damaged file (in a crontab, say) is never silently a new, empty
    /// database with nothing to remind of. Where the file or its folder may
    /// not be written, it is opened read-only and left exactly as it is.
    pub fn open_existing(path: &Path) -> Result<SqliteStore, StoreError> {
        let len = inspect_settled(path)?;
        if len == 0 {
            return Err(StoreError::Empty {
                path: path.to_path_buf(),
            });
        }
        let mode = if writable(path) {
            Mode::Write
        } else if wal_path(path).exists() {
            Mode::ReadOnly
        } else {
            Mode::Immutable
        };
        connect_settled(path, mode)
    }

    /// Opens (creating it with owner-only permissions) and migrates the database.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        SqliteStore::create(path).map(|(store, _)| store)
    }

    /// Opens the database for `tender new`, creating it with owner-only
    /// permissions; an existing file that others may read is tightened to
    /// owner-only. Returns the store and, when the mode was tightened, the old mode.
    pub fn create(path: &Path) -> Result<(SqliteStore, Option<u32>), StoreError> {
        let existed = match inspect_settled(path) {
            Err(StoreError::Missing { .. }) => false,
            Err(other) => return Err(other),
            Ok(_) => true,
        };
        if !existed {
            create_private(path)?;
        }
        if !writable(path) {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        let store = SqliteStore::connect(path, Mode::Write, true)?;
        let loosened = if existed { tighten(path)? } else { None };
        Ok((store, loosened))
    }

    fn connect(path: &Path, mode: Mode, create: bool) -> Result<SqliteStore, StoreError> {
        let sqlite = |e| StoreError::from_sqlite(path, e);
        let conn = match mode {
            Mode::Write => Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE),
            Mode::ReadOnly => Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY),
            Mode::Immutable => Connection::open_with_flags(
                immutable_uri(path),
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
            ),
        }
        .map_err(sqlite)?;
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
            mode,
        };
        // Whether this is a tender database is asked before anything is set
        // that could write to the file (journal_mode = WAL rewrites its header).
        store.conn.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
        let found = store.schema_version(create)?;
        store.configure().map_err(sqlite)?;
        if found < migrations::SCHEMA_VERSION && !mode.writes() {
            return Err(StoreError::ReadOnlyOld {
                path: path.to_path_buf(),
                found,
                known: migrations::SCHEMA_VERSION,
            });
        }
        if mode.writes() {
            migrations::migrate(&mut store.conn, path)?;
            store.fill_watches()?;
        } else if found > migrations::SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                known: migrations::SCHEMA_VERSION,
            });
        }
        Ok(store)
    }

    /// The schema version of a tender database; a SQLite file that is not one
    /// (another program's, or an empty database when `create` is false) is refused.
    fn schema_version(&self, create: bool) -> Result<i64, StoreError> {
        let sqlite = |e| StoreError::from_sqlite(&self.path, e);
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(sqlite)?;
        let (objects, tenders): (i64, i64) = self
            .conn
            .query_row(
                "SELECT count(*), count(*) FILTER (WHERE type = 'table' AND name = 'tender') FROM sqlite_schema",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(sqlite)?;
        let fresh = version == 0 && objects == 0;
        if (fresh && create) || (version > 0 && tenders == 1) {
            Ok(version)
        } else {
            Err(StoreError::NotTender {
                path: self.path.clone(),
                empty: fresh,
            })
        }
    }
}

/// [`SqliteStore::connect`], tried again a few times when it is refused at
/// once as locked: while another process converts the file (its journal mode,
/// a migration), SQLite answers busy without waiting for the busy timeout. A
/// lock that outlasted the busy timeout is reported as it is.
fn connect_settled(path: &Path, mode: Mode) -> Result<SqliteStore, StoreError> {
    let mut tries = 0;
    loop {
        let started = std::time::Instant::now();
        match SqliteStore::connect(path, mode, false) {
            Err(StoreError::Locked { .. }) if tries < 5 && started.elapsed() < std::time::Duration::from_secs(1) => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            result => return result,
        }
    }
}

/// [`inspect`], looked at again a few times when the file seems truncated:
/// another process closing the database checkpoints its WAL into the file and
/// then removes the WAL, and a file caught in that moment has a header that
/// promises more pages than are written yet. A truly truncated file stays so.
fn inspect_settled(path: &Path) -> Result<u64, StoreError> {
    let mut tries = 0;
    loop {
        match inspect(path) {
            Err(StoreError::Truncated { .. }) if tries < 5 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            result => return result,
        }
    }
}

/// The size of the file at `path`, when it can be a tender database:
/// a regular file that starts as a SQLite file does and is not shorter
/// than its header says.
fn inspect(path: &Path) -> Result<u64, StoreError> {
    let path_buf = || path.to_path_buf();
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(StoreError::Missing { path: path_buf() }),
        Err(e) => {
            return Err(StoreError::Unreadable {
                path: path_buf(),
                reason: super::error::io_reason(&e),
            });
        }
    };
    if meta.is_dir() {
        return Err(StoreError::Directory { path: path_buf() });
    }
    if !meta.is_file() {
        return Err(StoreError::NotAFile { path: path_buf() });
    }
    if meta.len() == 0 {
        return Ok(0);
    }
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path)
        .and_then(|mut file| read_up_to(&mut file, &mut header))
        .map_err(|e| StoreError::Unreadable {
            path: path_buf(),
            reason: super::error::io_reason(&e),
        })?;
    if read < header.len() || &header[..16] != SQLITE_HEADER {
        return Err(StoreError::NotADatabase { path: path_buf() });
    }
    if meta.len() < declared_size(&header) && !wal_path(path).exists() {
        return Err(StoreError::Truncated {
            path: path_buf(),
            size: meta.len(),
            declared: declared_size(&header),
        });
    }
    Ok(meta.len())
}

fn read_up_to(file: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut read = 0;
    while read < buf.len() {
        match file.read(&mut buf[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read)
}

/// The size the header gives (page size × page count), when it is valid:
/// SQLite trusts the count only when the header was written by a version
/// that keeps it (the "version-valid-for" number equals the change counter).
fn declared_size(header: &[u8; 100]) -> u64 {
    let be32 = |at: usize| u32::from_be_bytes(header[at..at + 4].try_into().expect("4 bytes"));
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        size => u64::from(size),
    };
    if be32(92) == be32(24) {
        page_size * u64::from(be32(28))
    } else {
        0
    }
}

/// Whether this process may write the file and create files beside it (the
/// `-wal` and `-shm` a writer needs).
fn writable(path: &Path) -> bool {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    may_write(path) && may_write(folder)
}

fn may_write(path: &Path) -> bool {
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: access(2) only reads the NUL-terminated path it is given.
    unsafe { libc::access(c_path.as_ptr(), libc::W_OK) == 0 }
}

/// `tender.db-wal` beside `tender.db`.
pub(super) fn wal_path(path: &Path) -> PathBuf {
    beside(path, "-wal")
}

/// What a file of a database is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseFile {
    Database,
    WriteAheadLog,
    SharedMemory,
    Journal,
}

/// The files that make up a database: the file itself and those SQLite
/// keeps beside it while it is in use, each with what it is.
pub fn database_files(path: &Path) -> [(PathBuf, DatabaseFile); 4] {
    [
        (path.to_path_buf(), DatabaseFile::Database),
        (beside(path, "-wal"), DatabaseFile::WriteAheadLog),
        (beside(path, "-shm"), DatabaseFile::SharedMemory),
        (beside(path, "-journal"), DatabaseFile::Journal),
    ]
}

/// The file SQLite keeps beside the database with this suffix.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A `file:` URI for `path` with `immutable=1`; bytes other than unreserved
/// characters and `/` are percent-encoded, so `?`, `#` and `%` in a name stay
/// part of it.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Creates the file with mode 0600 before SQLite does, since it holds contact data.
pub(super) fn create_private(path: &Path) -> Result<(), StoreError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Create {
            path: path.to_path_buf(),
            reason: super::error::io_reason(&e),
        }),
    }
}

/// Makes an existing database owner-only (it holds contact data); returns
/// the old mode when it was looser.
fn tighten(path: &Path) -> Result<Option<u32>, StoreError> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).map_err(|e| StoreError::Unreadable {
        path: path.to_path_buf(),
        reason: super::error::io_reason(&e),
    })?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 == 0 {
        return Ok(None);
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700)).map_err(|e| StoreError::Tighten {
        path: path.to_path_buf(),
        mode,
        reason: super::error::io_reason(&e),
    })?;
    Ok(Some(mode))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_immutable_uri_keeps_special_characters_in_the_name() {
        assert_eq!(
            immutable_uri(Path::new("/a b/t?x#1%.db")),
            "file:/a%20b/t%3Fx%231%25.db?immutable=1"
        );
    }

    #[test]
    fn the_declared_size_is_page_size_times_pages_when_valid() {
        let mut header = [0u8; 100];
        header[16..18].copy_from_slice(&4096u16.to_be_bytes());
        header[24..28].copy_from_slice(&7u32.to_be_bytes());
        header[28..32].copy_from_slice(&3u32.to_be_bytes());
        header[92..96].copy_from_slice(&7u32.to_be_bytes());
        assert_eq!(declared_size(&header), 3 * 4096);
        header[92..96].copy_from_slice(&6u32.to_be_bytes());
        assert_eq!(declared_size(&header), 0);
    }
}
