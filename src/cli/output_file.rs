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

use crate::store::{database_files, io_reason};

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
/// the output ("calendar", "backup") in the message.
pub fn check(path: &Path, database: &Path, what: &str) -> anyhow::Result<()> {
    let shown = path.display();
    let folder = folder(path);
    if path.file_name().is_none() || path.as_os_str().to_string_lossy().ends_with('/') {
        bail!("{shown} names a folder, not a file; give a file name for the {what}");
    }
    match std::fs::metadata(&folder) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => bail!(
            "{} is not a folder, so the {what} cannot be written in it",
            folder.display()
        ),
        Err(e) => bail!(
            "cannot write the {what} to {shown}: the folder {} {}",
            folder.display(),
            missing(&e)
        ),
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
            bail!(
                "{shown} is {role} ({}); writing the {what} there would destroy the database, so choose another file",
                database.display()
            );
        }
    }
    match existing {
        Some(meta) if meta.is_dir() => {
            bail!("{shown} is a folder; give a file name inside it for the {what}")
        }
        Some(meta) if !meta.is_file() => {
            bail!("{shown} is not a regular file (a device, socket or pipe); write the {what} to a regular file")
        }
        _ => Ok(()),
    }
}

/// Writes `path` whole: `fill` writes a temporary file in the same folder,
/// which is flushed to disk and then renamed into place, so that a failure
/// leaves the old file (or none) and never half of a new one.
pub fn write(
    path: &Path,
    database: &Path,
    what: &str,
    access: Access,
    fill: impl FnOnce(&Path) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    check(path, database, what)?;
    let fail = |e: std::io::Error| anyhow::anyhow!("cannot write the {what} to {}: {}", path.display(), io_reason(&e));
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
    fill(temporary.path()).with_context(|| format!("cannot write the {what} to {}", path.display()))?;
    temporary.as_file().sync_all().map_err(fail)?;
    temporary.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Writes `text` to `path` whole, as `write` does.
pub fn write_text(path: &Path, database: &Path, what: &str, access: Access, text: &str) -> anyhow::Result<()> {
    write(path, database, what, access, |partial| {
        let mut file = std::fs::OpenOptions::new().write(true).truncate(true).open(partial)?;
        file.write_all(text.as_bytes())?;
        Ok(())
    })
}

/// "does not exist", or why it cannot be used.
fn missing(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "does not exist".to_string(),
        _ => format!("cannot be used: {}", io_reason(error)),
    }
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
