//! What the user reads when something went wrong: the chain of an error, with
//! the store's errors and the reasons a file could not be used worded from
//! the catalogue. The store stays language-free; its English `Display` is for
//! logs and tests.

use std::path::Path;

use super::i18n::{Lang, tr};
use crate::store::{IoReason, StoreError, UNNAMED_DATABASE};

/// The error and its causes, outermost first, joined by `: ` as `{:#}` does.
pub fn sentence(lang: Lang, error: &anyhow::Error) -> String {
    error
        .chain()
        .map(|cause| match cause.downcast_ref::<StoreError>() {
            Some(store_error) => store(lang, store_error),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}

/// Why a file could not be used, in words.
pub fn io(lang: Lang, reason: &IoReason) -> String {
    use std::io::ErrorKind;
    match reason.kind {
        ErrorKind::NotFound => tr!(lang, "io-folder-missing"),
        ErrorKind::PermissionDenied => tr!(lang, "io-permission-denied"),
        ErrorKind::StorageFull => tr!(lang, "io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => tr!(lang, "io-read-only"),
        ErrorKind::IsADirectory => tr!(lang, "io-is-a-folder"),
        // The operating system's own words.
        _ => reason.system.clone(),
    }
}

/// A store error in the user's language.
pub fn store(lang: Lang, error: &StoreError) -> String {
    let file = |path: &Path| {
        if path == Path::new(UNNAMED_DATABASE) {
            tr!(lang, "store-unnamed-database")
        } else {
            path.display().to_string()
        }
    };
    match error {
        StoreError::UnknownTender(id) => tr!(lang, "store-unknown-tender", id = id.as_str()),
        StoreError::DuplicateTender(id) => tr!(lang, "store-duplicate-tender", id = id.as_str()),
        StoreError::Missing { path } => tr!(lang, "store-missing", path = file(path)),
        StoreError::Create { path, reason } => tr!(lang, "store-create", path = file(path), reason = io(lang, reason)),
        StoreError::Unreadable { path, reason } => {
            tr!(lang, "store-unreadable", path = file(path), reason = io(lang, reason))
        }
        StoreError::Directory { path } => tr!(lang, "store-directory", path = file(path)),
        StoreError::NotAFile { path } => tr!(lang, "store-not-a-file", path = file(path)),
        StoreError::Empty { path } => tr!(lang, "store-empty", path = file(path)),
        StoreError::NotADatabase { path } => tr!(lang, "store-not-a-database", path = file(path)),
        StoreError::NotTender { path, empty } => tr!(
            lang,
            "store-not-tender",
            path = file(path),
            tables = if *empty { "none" } else { "other" }
        ),
        StoreError::Truncated { path, size, declared } => tr!(
            lang,
            "store-truncated",
            path = file(path),
            size = size.to_string(),
            declared = declared.to_string()
        ),
        StoreError::Corrupt { path } => tr!(lang, "store-corrupt", path = file(path)),
        StoreError::Locked { path } => tr!(lang, "store-locked", path = file(path)),
        StoreError::ReadOnly { path } => tr!(lang, "store-read-only", path = file(path)),
        StoreError::CannotOpen { path } => tr!(lang, "store-cannot-open", path = file(path)),
        StoreError::Full { path } => tr!(lang, "store-full", path = file(path)),
        StoreError::Tighten { path, mode, reason } => tr!(
            lang,
            "store-tighten",
            path = file(path),
            mode = format!("{mode:04o}"),
            reason = io(lang, reason)
        ),
        StoreError::TooNew { path, found, known } => {
            tr!(lang, "store-too-new", path = file(path), found = *found, known = *known)
        }
        StoreError::ReadOnlyOld { path, found, known } => {
            tr!(
                lang,
                "store-read-only-old",
                path = file(path),
                found = *found,
                known = *known
            )
        }
        StoreError::UnknownScheme { scheme, url } => {
            tr!(
                lang,
                "store-unknown-scheme",
                scheme = scheme.as_str(),
                url = url.as_str()
            )
        }
        StoreError::BadUrl { url, reason } => {
            tr!(lang, "store-bad-url", url = url.as_str(), reason = reason.as_str())
        }
        StoreError::TlsSetup { place, reason } => {
            tr!(
                lang,
                "store-tls-setup",
                place = place.as_str(),
                reason = reason.as_str()
            )
        }
        StoreError::ServerUnreachable { host, dbname, reason } => tr!(
            lang,
            "store-server-unreachable",
            host = host.as_str(),
            dbname = dbname.as_str(),
            reason = reason.as_str()
        ),
        StoreError::NoServerDatabase { host, dbname } => {
            tr!(
                lang,
                "store-no-server-database",
                host = host.as_str(),
                dbname = dbname.as_str()
            )
        }
        StoreError::NoSchema { place } => tr!(lang, "store-no-schema", place = place.as_str()),
        StoreError::NotTenderServer { place } => tr!(lang, "store-not-tender-server", place = place.as_str()),
        StoreError::ServerTooNew { place, found, known } => tr!(
            lang,
            "store-server-too-new",
            place = place.as_str(),
            found = *found,
            known = *known
        ),
        StoreError::RoleMayNotChange { role } => tr!(lang, "store-role-may-not-change", role = role.as_str()),
        StoreError::Server { place, reason } => {
            tr!(lang, "store-server", place = place.as_str(), reason = reason.as_str())
        }
        StoreError::ServerGone { place, reason } => {
            tr!(
                lang,
                "store-server-gone",
                place = place.as_str(),
                reason = reason.as_str()
            )
        }
        StoreError::TargetNotEmpty { target } => tr!(lang, "store-target-not-empty", target = target.as_str()),
        StoreError::CopyToItself { target } => tr!(lang, "store-copy-to-itself", target = target.as_str()),
        StoreError::CopyMismatch { table, expected, found } => tr!(
            lang,
            "store-copy-mismatch",
            table = table.as_str(),
            expected = *expected,
            found = *found
        ),
        StoreError::Invalid(what) => tr!(lang, "store-invalid", what = what.as_str()),
        StoreError::Sqlite(e) => tr!(lang, "store-sqlite", what = e.to_string()),
        #[allow(unreachable_patterns, reason = "variants added for other backends say it in English")]
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_are_worded_in_both_languages() {
        let locked = StoreError::Locked {
            path: "/srv/inkoop/tender.db".into(),
        };
        assert_eq!(store(Lang::En, &locked), locked.to_string());
        assert!(store(Lang::Nl, &locked).starts_with("/srv/inkoop/tender.db is vergrendeld"));
        let full = StoreError::Full {
            path: UNNAMED_DATABASE.into(),
        };
        assert_eq!(store(Lang::En, &full), full.to_string());
        assert!(store(Lang::Nl, &full).starts_with("de schijf met de database is vol"));
        let create = StoreError::Create {
            path: "/nowhere/t.db".into(),
            reason: crate::store::io_reason(&std::io::Error::from_raw_os_error(2)),
        };
        assert_eq!(store(Lang::En, &create), create.to_string());
        assert!(store(Lang::Nl, &create).contains("de map bestaat niet"));
    }

    #[test]
    fn the_english_wording_is_the_stores_own() {
        let path = std::path::PathBuf::from("/srv/t.db");
        let errors = [
            StoreError::NotTender {
                path: path.clone(),
                empty: true,
            },
            StoreError::NotTender {
                path: path.clone(),
                empty: false,
            },
            StoreError::Truncated {
                path: path.clone(),
                size: 4096,
                declared: 8192,
            },
            StoreError::Tighten {
                path: path.clone(),
                mode: 0o644,
                reason: crate::store::io_reason(&std::io::Error::from_raw_os_error(1)),
            },
            StoreError::ReadOnlyOld {
                path,
                found: 3,
                known: 7,
            },
            StoreError::ServerUnreachable {
                host: "db.gemeente.nl".into(),
                dbname: "inkoop".into(),
                reason: "timed out".into(),
            },
            StoreError::CopyMismatch {
                table: "events".into(),
                expected: 12,
                found: 11,
            },
            StoreError::RoleMayNotChange { role: "lezer".into() },
        ];
        for error in errors {
            assert_eq!(store(Lang::En, &error), error.to_string());
            assert_ne!(store(Lang::Nl, &error), error.to_string());
        }
    }

    #[test]
    fn a_chain_words_the_store_error_inside_it() {
        let error = anyhow::Error::from(StoreError::UnknownTender("x".into())).context("first");
        assert_eq!(
            sentence(Lang::Nl, &error),
            "first: er is geen aanbesteding `x` in de database; `tender list` toont de aanbestedingen die er zijn"
        );
    }
}
