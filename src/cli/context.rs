//! What every command gets: the global options resolved, and the store on demand.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context as _;
use chrono::{DateTime, Utc};

use super::i18n::{Lang, tr};
use super::output::Format;
use crate::domain::schedule::{DEFAULT_TIMEZONE, Edge, parse_moment};
use crate::store::{Stamp, Storage};

pub struct Ctx {
    pub db: PathBuf,
    pub now: DateTime<Utc>,
    pub format: Format,
    pub actor: String,
    pub lang: Lang,
}

impl Ctx {
    pub fn new(
        db: PathBuf,
        now: Option<&str>,
        format: Format,
        actor: Option<String>,
        lang: Lang,
    ) -> anyhow::Result<Ctx> {
        // Refused before anything is recorded: a workbook is bytes, not text for a terminal.
        if format == Format::Xlsx && std::io::stdout().is_terminal() {
            anyhow::bail!(tr!(lang, "xlsx-terminal"));
        }
        Ok(Ctx {
            db,
            now: clock(now).with_context(|| tr!(lang, "now-invalid"))?,
            format,
            actor: actor.unwrap_or_else(|| "unknown".to_string()),
            lang,
        })
    }

    /// Opens the database, migrating it when needed; it must exist. Commands
    /// see only the storage interface, whichever backend holds the data.
    pub fn store(&self) -> anyhow::Result<Box<dyn Storage>> {
        Ok(crate::store::open_existing(&self.db)?)
    }

    /// Opens the database, creating it on first use (`tender new`); a file
    /// that others could read is made owner-only, and the user told so.
    pub fn create_store(&self) -> anyhow::Result<Box<dyn Storage>> {
        let (store, loosened) = crate::store::create(&self.db)?;
        if let Some(mode) = loosened {
            let warning = tr!(
                self.lang,
                "database-loosened",
                path = self.db.display().to_string(),
                mode = format!("{mode:04o}"),
                tightened = format!("{:04o}", mode & 0o700)
            );
            eprintln!("{}: {warning}", tr!(self.lang, "warning-prefix"));
        }
        Ok(store)
    }

    /// Who changes something now.
    pub fn stamp(&self) -> Stamp {
        Stamp {
            at: self.now,
            actor: self.actor.clone(),
        }
    }
}

/// The one clock: `--now` / `TENDER_NOW` when given, else the system clock.
fn clock(now: Option<&str>) -> anyhow::Result<DateTime<Utc>> {
    match now {
        Some(text) => parse_moment(text, DEFAULT_TIMEZONE, Edge::Start).map_err(anyhow::Error::msg),
        #[allow(clippy::disallowed_methods, reason = "the one place that reads the system clock")]
        None => Ok(Utc::now()),
    }
}
