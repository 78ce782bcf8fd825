//! The SQLite backend: one file, WAL, writers one at a time (`BEGIN IMMEDIATE`).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

use super::open::Mode;
use super::{ProviderChange, Read, Stamp, Storage, StoreError, StoredTender, TenderSummary, Txn};
use crate::domain::audit::{Event, EventKind, Recorded, Trail};
use crate::domain::award::{LotOutcome, ScoreValue, Scores};
use crate::domain::contracts::Termination;
use crate::domain::dossier::{Amendment, Consultation, Decision, Objection, Outcome, Signature};
use crate::domain::evidence::Evidence;
use crate::domain::intake::{Application, Registration, Status};
use crate::domain::lifecycle::History;
use crate::domain::notice::AwardNotice;
use crate::domain::questions::{PublishedAnswer, Question};
use crate::domain::reminders::Watch;
use crate::domain::tender::Tender;

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
    events: usize,
    /// The connection's count of changed rows when the transaction began.
    changes_before: u64,
}

/// A connection and its file: what the SQL of the store runs on, the store's
/// own connection for reads or a transaction for a change.
#[derive(Clone, Copy)]
pub(super) struct Db<'a> {
    pub conn: &'a Connection,
    pub path: &'a Path,
}

impl Db<'_> {
    /// The error of a statement, naming the file where the user can act on it.
    pub fn error(&self, e: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(self.path, e)
    }
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
        let db = Db { conn: &tx, path };
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
}

/// Whatever has a connection reads through it.
trait Connected {
    fn db(&self) -> Db<'_>;
}

impl Connected for Db<'_> {
    fn db(&self) -> Db<'_> {
        *self
    }
}

impl Connected for SqliteStore {
    fn db(&self) -> Db<'_> {
        Db {
            conn: &self.conn,
            path: &self.path,
        }
    }
}

impl Connected for SqliteTxn<'_> {
    fn db(&self) -> Db<'_> {
        Db {
            conn: &self.tx,
            path: self.path,
        }
    }
}

impl<T: Connected> Read for T {
    fn tender(&self, id: &str) -> Result<StoredTender, StoreError> {
        self.db().tender(id)
    }
    fn tenders(&self) -> Result<Vec<TenderSummary>, StoreError> {
        self.db().tenders()
    }
    fn tender_ids(&self) -> Result<Vec<String>, StoreError> {
        self.db().tender_ids()
    }
    fn database_id(&self) -> Result<String, StoreError> {
        self.db().database_id()
    }
    fn revisions(&self, id: &str) -> Result<Vec<Recorded<Tender>>, StoreError> {
        self.db().revisions(id)
    }
    fn events(&self, id: &str) -> Result<Vec<Event>, StoreError> {
        self.db().events(id)
    }
    fn latest_event(&self, id: &str) -> Result<Option<Event>, StoreError> {
        self.db().latest_event(id)
    }
    fn registrations(&self, id: &str) -> Result<Vec<Registration>, StoreError> {
        self.db().registrations(id)
    }
    fn registration(&self, id: &str, kvk: &str) -> Result<Option<Registration>, StoreError> {
        self.db().registration(id, kvk)
    }
    fn registration_counts(&self) -> Result<HashMap<String, u64>, StoreError> {
        self.db().registration_counts()
    }
    fn registration_count(&self, id: &str) -> Result<u64, StoreError> {
        self.db().registration_count(id)
    }
    fn lot_counts(&self, id: &str) -> Result<HashMap<String, u64>, StoreError> {
        self.db().lot_counts(id)
    }
    fn scores(&self, id: &str) -> Result<Scores, StoreError> {
        self.db().scores(id)
    }
    fn decision(&self, id: &str) -> Result<Option<Decision>, StoreError> {
        self.db().decision(id)
    }
    fn objections(&self, id: &str) -> Result<Vec<Objection>, StoreError> {
        self.db().objections(id)
    }
    fn signatures(&self, id: &str) -> Result<Vec<Signature>, StoreError> {
        self.db().signatures(id)
    }
    fn terminations(&self, id: &str) -> Result<Vec<Termination>, StoreError> {
        self.db().terminations(id)
    }
    fn consultations(&self, id: &str) -> Result<Vec<Consultation>, StoreError> {
        self.db().consultations(id)
    }
    fn amendments(&self, id: &str) -> Result<Vec<Amendment>, StoreError> {
        self.db().amendments(id)
    }
    fn trail(&self, id: &str) -> Result<Trail, StoreError> {
        self.db().trail(id)
    }
    fn tenders_to_remind(&self, now: DateTime<Utc>, horizon: DateTime<Utc>) -> Result<Vec<TenderSummary>, StoreError> {
        self.db().tenders_to_remind(now, horizon)
    }
    fn questions(&self, id: &str) -> Result<Vec<Question>, StoreError> {
        self.db().questions(id)
    }
    fn notas(&self, id: &str) -> Result<u32, StoreError> {
        self.db().notas(id)
    }
    fn published_answers(&self, id: &str) -> Result<Vec<PublishedAnswer>, StoreError> {
        self.db().published_answers(id)
    }
    fn evidence(&self, id: &str) -> Result<Vec<Evidence>, StoreError> {
        self.db().evidence(id)
    }
    fn contracted_evidence(&self) -> Result<Vec<(String, Evidence)>, StoreError> {
        self.db().contracted_evidence()
    }
    fn award_notice(&self, id: &str) -> Result<Option<AwardNotice>, StoreError> {
        self.db().award_notice(id)
    }
}

impl Txn for SqliteTxn<'_> {
    fn stamp(&self) -> &Stamp {
        &self.stamp
    }
    fn recorded(&self) -> usize {
        self.events
    }
    fn record(&mut self, tender_id: &str, kind: EventKind, detail: &str) -> Result<i64, StoreError> {
        let id = self.db().record(tender_id, kind, detail, &self.stamp)?;
        self.events += 1;
        Ok(id)
    }
    fn insert_tender(&mut self, tender: &Tender, source: &str) -> Result<(), StoreError> {
        self.db().insert_tender(tender, source, self.stamp.at)
    }
    fn replace_definition(&mut self, tender: &Tender, source: &str) -> Result<(), StoreError> {
        self.db().replace_definition(tender, source)
    }
    fn add_revision(&mut self, event: i64, tender: &Tender, source: &str) -> Result<(), StoreError> {
        self.db().add_revision(event, tender, source)
    }
    fn save_history(&mut self, id: &str, history: &History) -> Result<(), StoreError> {
        self.db().save_history(id, history)
    }
    fn save_provider(&mut self, application: &Application) -> Result<Option<ProviderChange>, StoreError> {
        self.db().save_provider(application)
    }
    fn insert_registration(&mut self, id: &str, application: &Application, joining: bool) -> Result<(), StoreError> {
        self.db().insert_registration(id, application, joining, self.stamp.at)
    }
    fn set_registration_status(&mut self, id: &str, registration: &Registration) -> Result<(), StoreError> {
        self.db().set_registration_status(id, registration)
    }
    fn set_statuses(&mut self, id: &str, statuses: &BTreeMap<&str, Status>) -> Result<(), StoreError> {
        self.db().set_statuses(id, statuses)
    }
    fn save_score(
        &mut self,
        id: &str,
        key: (&str, &str, &str),
        value: ScoreValue,
    ) -> Result<Option<ScoreValue>, StoreError> {
        self.db().save_score(id, key, value, self.stamp.at)
    }
    fn save_decision(
        &mut self,
        id: &str,
        number: u32,
        event: i64,
        draw: &[String],
        lots: &[LotOutcome],
    ) -> Result<(), StoreError> {
        self.db().save_decision(id, number, event, draw, lots, self.stamp.at)
    }
    fn add_objection(&mut self, id: &str, kvk: &str, reason: &str, decision: u32) -> Result<u32, StoreError> {
        self.db().add_objection(id, kvk, reason, decision, self.stamp.at)
    }
    fn resolve_objection(&mut self, id: &str, number: u32, outcome: Outcome) -> Result<(), StoreError> {
        self.db().resolve_objection(id, number, outcome, self.stamp.at)
    }
    fn add_signature(&mut self, id: &str, event: i64, signature: &Signature) -> Result<(), StoreError> {
        self.db().add_signature(id, event, signature)
    }
    fn add_termination(&mut self, id: &str, event: i64, termination: &Termination) -> Result<(), StoreError> {
        self.db().add_termination(id, event, termination, self.stamp.at)
    }
    fn add_consultation(&mut self, id: &str, held_on: DateTime<Utc>, summary: &str) -> Result<u32, StoreError> {
        self.db().add_consultation(id, held_on, summary)
    }
    fn add_amendment(&mut self, id: &str, event: i64, amendment: &Amendment) -> Result<(), StoreError> {
        self.db().add_amendment(id, event, amendment, self.stamp.at)
    }
    fn save_watch(&mut self, id: &str, watch: &Watch) -> Result<(), StoreError> {
        self.db().save_watch(id, watch)
    }
    fn add_question(&mut self, id: &str, question: &Question) -> Result<u32, StoreError> {
        self.db().add_question(id, question)
    }
    fn answer(&mut self, id: &str, number: u32, text: &str) -> Result<Option<String>, StoreError> {
        self.db().answer(id, number, text, self.stamp.at)
    }
    fn publish_nota(&mut self, id: &str, number: u32) -> Result<usize, StoreError> {
        self.db().publish_nota(id, number, self.stamp.at)
    }
    fn add_evidence(&mut self, id: &str, piece: &Evidence) -> Result<(), StoreError> {
        self.db().add_evidence(id, piece, self.stamp.at)
    }
    fn save_award_notice(&mut self, id: &str, notice: &AwardNotice) -> Result<(), StoreError> {
        self.db().save_award_notice(id, notice, self.stamp.at)
    }
    fn commit(self: Box<Self>) -> Result<(), StoreError> {
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
