//! Files written beside the database (`calendar -o`, `export -o`, `backup`,
//! and every later output file): never the database or a file SQLite keeps
//! beside it, never a directory, device or other non-regular file, and
//! always written whole (SPEC §5). A typo such as `calendar -o tender.db`
//! must not destroy the dossier.

use std::fs::Permissions;
use std::io::Write as _;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::errors;
use super::i18n::{Lang, tr};
use crate::store::{DatabaseFile, database_files, io_reason};

/// What is written, as the messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Calendar,
    Export,
    Backup,
    Letter,
}

impl Output {
    fn key(self) -> &'static str {
        match self {
            Output::Calendar => "calendar",
            Output::Export => "export",
            Output::Backup => "backup",
            Output::Letter => "letter",
        }
    }
}

/// Who may read the file once written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Owner only (0600): a copy of the database, letters to bidders.
    Private,
    /// Readable by all (0644): a calendar or open data meant to be shared.
    Shared,
}

impl Access {
    fn mode(self) -> u32 {
        match self {
            Access::Private => 0o600,
            Access::Shared => 0o644,
        }
    }
}

/// Refuses `path` as an output file for the database `database`; `what` names
/// the output in the message.
pub fn check(path: &Path, database: &Path, what: Output, lang: Lang) -> anyhow::Result<()> {
    let shown = path.display().to_string();
    let folder = folder(path);
    let what = what.key();
    if path.file_name().is_none() || path.as_os_str().to_string_lossy().ends_with('/') {
        bail!(tr!(lang, "output-names-a-folder", path = shown, what = what));
    }
    match std::fs::metadata(&folder) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => bail!(tr!(
            lang,
            "output-parent-not-a-folder",
            folder = folder.display().to_string(),
            what = what
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(tr!(
            lang,
            "output-no-folder",
            path = shown,
            folder = folder.display().to_string(),
            what = what
        )),
        Err(e) => bail!(tr!(
            lang,
            "output-folder-unusable",
            path = shown,
            folder = folder.display().to_string(),
            what = what,
            reason = errors::io(lang, &io_reason(&e))
        )),
    }
    let target = resolved(path);
    let existing = std::fs::metadata(path).ok();
    for (side, role) in database_files(database) {
        let same_name = target.is_some() && target == resolved(&side);
        let same_inode = match (&existing, std::fs::metadata(&side)) {
            (Some(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        };
        if same_name || same_inode {
            let role = match role {
                DatabaseFile::Database => "database",
                DatabaseFile::WriteAheadLog => "wal",
                DatabaseFile::SharedMemory => "shm",
                DatabaseFile::Journal => "journal",
            };
            bail!(tr!(
                lang,
                "output-is-the-database",
                path = shown,
                role = role,
                database = database.display().to_string(),
                what = what
            ));
        }
    }
    match existing {
        Some(meta) if meta.is_dir() => bail!(tr!(lang, "output-is-a-folder", path = shown, what = what)),
        Some(meta) if !meta.is_file() => bail!(tr!(lang, "output-not-a-file", path = shown, what = what)),
        _ => Ok(()),
    }
}

/// Writes `path` whole: `fill` writes a temporary file in the same folder,
/// which is flushed to disk and then renamed into place, so that a failure
/// leaves the old file (or none) and never half of a new one.
pub fn write(
    path: &Path,
    database: &Path,
    what: Output,
    lang: Lang,
    access: Access,
    fill: impl FnOnce(&Path) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    check(path, database, what, lang)?;
    let cannot = || {
        tr!(
            lang,
            "output-cannot-write",
            path = path.display().to_string(),
            what = what.key()
        )
    };
    let fail = |e: std::io::Error| anyhow::anyhow!("{}: {}", cannot(), errors::io(lang, &io_reason(&e)));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .permissions(Permissions::from_mode(access.mode()))
        .tempfile_in(folder(path))
        .map_err(fail)?;
    fill(temporary.path()).with_context(cannot)?;
    temporary.as_file().sync_all().map_err(fail)?;
    temporary.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Writes `text` to `path` whole, as `write` does.
pub fn write_text(
    path: &Path,
    database: &Path,
    what: Output,
    lang: Lang,
    access: Access,
    text: &str,
) -> anyhow::Result<()> {
    write(path, database, what, lang, access, |partial| {
        let mut file = std::fs::OpenOptions::new().write(true).truncate(true).open(partial)?;
        file.write_all(text.as_bytes())?;
        Ok(())
    })
}

/// The folder a file is written in.
fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The absolute path of a file, its links resolved, whether or not it exists.
fn resolved(path: &Path) -> Option<PathBuf> {
    path.canonicalize()
        .ok()
        .or_else(|| Some(folder(path).canonicalize().ok()?.join(path.file_name()?)))
}
