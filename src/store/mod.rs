//! Persistence behind one storage interface (SPEC §5): [`Read`] for the
//! queries, [`Txn`] for one change (its reads and its writes), [`Storage`] for
//! a backend that opens them. SQLite ([`SqliteStore`]) is the backend of a
//! file, PostgreSQL ([`PostgresStore`]) of a server database; both run the
//! same statements ([`sql`]) on tables of the same names and columns. All
//! SQL lives below this module.
//!
//! The rule the interface enforces: a change reads what it decides on inside
//! its transaction. [`Storage::begin`] takes the tender the change is about,
//! so that a server backend can lock that tender's row (`SELECT … FOR
//! UPDATE`); SQLite takes the whole file (`BEGIN IMMEDIATE`).

mod backup;
mod connected;
mod copy;
mod dossier;
mod error;
mod evidence;
mod migrations;
mod open;
mod postgres;
mod questions;
mod registrations;
pub(crate) mod sql;
mod sqlite;
mod tenders;
mod text;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::{DateTime, Utc};

use crate::domain::audit::{Event, EventKind, Recorded, Trail};
use crate::domain::award::{LotOutcome, ScoreValue, Scores};
use crate::domain::contracts::Termination;
use crate::domain::dossier::{Amendment, Consultation, Decision, Objection, Outcome, Signature};
use crate::domain::evidence::Evidence;
use crate::domain::intake::{Application, Registration, Status};
use crate::domain::lifecycle::History;
use crate::domain::notice::AwardNotice;
use crate::domain::notice::award_notice_due;
use crate::domain::questions::{PublishedAnswer, Question, unanswered};

use crate::domain::reminders::{Duties, Expiring, Signing, Watch};
use crate::domain::tender::Tender;

pub use copy::{Rows, copy, place};
pub use error::{IoReason, StoreError, UNNAMED_DATABASE, io_reason};
pub use open::{DatabaseFile, database_files};
pub use postgres::{PostgresStore, is_url};
pub use registrations::ProviderChange;
pub use sqlite::{SqliteStore, SqliteTxn};
pub use tenders::{StoredTender, TenderSummary};

/// Who makes a change, and when (the clock's *now*).
#[derive(Debug, Clone)]
pub struct Stamp {
    pub at: DateTime<Utc>,
    pub actor: String,
}

/// What can be read of the database: by a read-only command through the
/// store itself, by a change through its transaction (the same methods).
pub trait Read {
    /// One tender with its definition and decisions; an unknown id is refused.
    fn tender(&self, id: &str) -> Result<StoredTender, StoreError>;
    /// Every tender, ordered by id.
    fn tenders(&self) -> Result<Vec<TenderSummary>, StoreError>;
    /// The id of every tender, in order (for completions).
    fn tender_ids(&self) -> Result<Vec<String>, StoreError>;
    /// The random id chosen once for this database (schema 0010), which keeps
    /// what it exports apart from what another database exports.
    fn database_id(&self) -> Result<String, StoreError>;
    /// The definitions a tender has had, each with the event after which it held, oldest first.
    fn revisions(&self, id: &str) -> Result<Vec<Recorded<Tender>>, StoreError>;
    /// The audit trail of a tender, oldest first.
    fn events(&self, id: &str) -> Result<Vec<Event>, StoreError>;
    /// The latest event of a tender (the forward clock's reference).
    fn latest_event(&self, id: &str) -> Result<Option<Event>, StoreError>;
    /// The registrations of a tender, in order of KvK number.
    fn registrations(&self, id: &str) -> Result<Vec<Registration>, StoreError>;
    /// One registration of a tender, if the provider ever registered for it.
    fn registration(&self, id: &str, kvk: &str) -> Result<Option<Registration>, StoreError>;
    /// Active (not withdrawn) registrations per tender, for `list`.
    fn registration_counts(&self) -> Result<HashMap<String, u64>, StoreError>;
    /// Active (not withdrawn) registrations of one tender.
    fn registration_count(&self, id: &str) -> Result<u64, StoreError>;
    /// Active (not withdrawn) registrations per lot of a tender.
    fn lot_counts(&self, id: &str) -> Result<HashMap<String, u64>, StoreError>;
    /// The scores of a tender by (KvK, lot), then by criterion.
    fn scores(&self, id: &str) -> Result<Scores, StoreError>;
    /// The latest award decision, with its lines in ranking order per lot.
    fn decision(&self, id: &str) -> Result<Option<Decision>, StoreError>;
    fn objections(&self, id: &str) -> Result<Vec<Objection>, StoreError>;
    /// Signatures in order of signing day, then KvK.
    fn signatures(&self, id: &str) -> Result<Vec<Signature>, StoreError>;
    /// Every termination of a contract of the tender, by day it takes effect, then KvK.
    fn terminations(&self, id: &str) -> Result<Vec<Termination>, StoreError>;
    fn consultations(&self, id: &str) -> Result<Vec<Consultation>, StoreError>;
    fn amendments(&self, id: &str) -> Result<Vec<Amendment>, StoreError>;
    /// The whole history of a tender, for the export.
    fn trail(&self, id: &str) -> Result<Trail, StoreError>;
    /// The tenders a reminder run at `now` reaching to `horizon` must look
    /// at (their watch concerns it), ordered by id.
    fn tenders_to_remind(&self, now: DateTime<Utc>, horizon: DateTime<Utc>) -> Result<Vec<TenderSummary>, StoreError>;
    /// Every question of a tender, by number.
    fn questions(&self, id: &str) -> Result<Vec<Question>, StoreError>;
    /// How many notas van inlichtingen a tender has published.
    fn notas(&self, id: &str) -> Result<u32, StoreError>;
    /// Every answer every nota published, in order of nota and question.
    fn published_answers(&self, id: &str) -> Result<Vec<PublishedAnswer>, StoreError>;
    /// Every piece of evidence of a tender's providers, by KvK number and issue.
    fn evidence(&self, id: &str) -> Result<Vec<Evidence>, StoreError>;
    /// The evidence of the providers with a signed contract not terminated, of every tender, with the tender.
    fn contracted_evidence(&self) -> Result<Vec<(String, Evidence)>, StoreError>;
    /// The recorded notice of the awarded contract, if any.
    fn award_notice(&self, id: &str) -> Result<Option<AwardNotice>, StoreError>;
}

/// One change in one transaction: the reads of [`Read`] see the transaction's
/// own writes; nothing is kept unless [`Txn::commit`] succeeds (dropping a
/// `Txn` rolls it back). Every change records at least one audit event, and
/// the rows an event recorded name its id (returned by [`Txn::record`]).
pub trait Txn: Read {
    /// Who changes and when.
    fn stamp(&self) -> &Stamp;
    /// How many audit events the change has recorded so far.
    fn recorded(&self) -> usize;
    /// Appends an audit event for a tender at the stamp; returns its id.
    fn record(&mut self, tender_id: &str, kind: EventKind, detail: &str) -> Result<i64, StoreError>;
    /// Stores a new draft tender; an id in use is `StoreError::DuplicateTender`.
    fn insert_tender(&mut self, tender: &Tender, source: &str) -> Result<(), StoreError>;
    /// Replaces the definition of a tender (same id).
    fn replace_definition(&mut self, tender: &Tender, source: &str) -> Result<(), StoreError>;
    /// Keeps the definition as it is after `event` (new, update, rectify).
    fn add_revision(&mut self, event: i64, tender: &Tender, source: &str) -> Result<(), StoreError>;
    /// Records the decisions of a tender, as the domain changed them.
    fn save_history(&mut self, id: &str, history: &History) -> Result<(), StoreError>;
    /// Creates or updates the providers and registers them for the tender,
    /// replacing withdrawn registrations; returns, in order, what changed of
    /// each known provider.
    fn register(
        &mut self,
        id: &str,
        applications: &[&Application],
        joining: bool,
    ) -> Result<Vec<Option<ProviderChange>>, StoreError>;
    /// Stores status, requirements met, reason and joining moment of a registration.
    fn set_registration_status(&mut self, id: &str, registration: &Registration) -> Result<(), StoreError>;
    /// Sets the status of many registrations of a tender at once (an award
    /// decision's outcome), each by KvK number.
    fn set_statuses(&mut self, id: &str, statuses: &BTreeMap<&str, Status>) -> Result<(), StoreError>;
    /// Records a score of (KvK, lot, criterion); returns the value it replaced.
    fn save_score(
        &mut self,
        id: &str,
        key: (&str, &str, &str),
        value: ScoreValue,
    ) -> Result<Option<ScoreValue>, StoreError>;
    /// Records award decision `number` (recorded by `event`) with its lines.
    fn save_decision(
        &mut self,
        id: &str,
        number: u32,
        event: i64,
        draw: &[String],
        lots: &[LotOutcome],
    ) -> Result<(), StoreError>;
    /// Records an objection against decision `decision`; returns its number.
    fn add_objection(&mut self, id: &str, kvk: &str, reason: &str, decision: u32) -> Result<u32, StoreError>;
    /// Closes an open objection at the stamp.
    fn resolve_objection(&mut self, id: &str, number: u32, outcome: Outcome) -> Result<(), StoreError>;
    /// Records a signature (recorded by `event`).
    fn add_signature(&mut self, id: &str, event: i64, signature: &Signature) -> Result<(), StoreError>;
    /// Ends a provider's signed contract (recorded by `event`) at the stamp;
    /// its registration becomes `terminated`.
    fn add_termination(&mut self, id: &str, event: i64, termination: &Termination) -> Result<(), StoreError>;
    /// Records a consultation round; returns its number.
    fn add_consultation(&mut self, id: &str, held_on: DateTime<Utc>, summary: &str) -> Result<u32, StoreError>;
    /// Records an amendment (recorded by `event`) at the stamp.
    fn add_amendment(&mut self, id: &str, event: i64, amendment: &Amendment) -> Result<(), StoreError>;
    /// Replaces the reminder watch of a tender (`Storage::change` keeps it).
    fn save_watch(&mut self, id: &str, watch: &Watch) -> Result<(), StoreError>;
    /// Records a question; returns its number.
    fn add_question(&mut self, id: &str, question: &Question) -> Result<u32, StoreError>;
    /// Records the answer to question `number` at the stamp; returns the answer it replaced.
    fn answer(&mut self, id: &str, number: u32, text: &str) -> Result<Option<String>, StoreError>;
    /// Publishes every new answer as nota `number` at the stamp; returns how many.
    fn publish_nota(&mut self, id: &str, number: u32) -> Result<usize, StoreError>;
    /// Records a piece of evidence.
    fn add_evidence(&mut self, id: &str, piece: &Evidence) -> Result<(), StoreError>;
    /// Records that the notice of the awarded contract was published.
    fn save_award_notice(&mut self, id: &str, notice: &AwardNotice) -> Result<(), StoreError>;
    /// Makes the change durable. A change that found nothing to do records no
    /// event and must have written nothing; writing without an event is a bug.
    fn commit(self: Box<Self>) -> Result<(), StoreError>;
}

/// A database backend: reads, one transaction at a time for changes, a backup.
pub trait Storage: Read {
    /// Begins a change of tender `tender_id` (which need not exist yet, for
    /// `new`): from here until commit no other change of that tender runs.
    fn begin<'s>(&'s mut self, tender_id: &str, stamp: &Stamp) -> Result<Box<dyn Txn + 's>, StoreError>;
    /// The database file, for a backend that is one.
    fn file(&self) -> Option<&Path>;
    /// Writes a consistent copy of the database to `to`, which must not exist.
    fn backup(&self, to: &Path) -> Result<(), StoreError>;
    /// Every row of the dossier, read in one snapshot (`tender copy`).
    fn read_all(&self) -> Result<Rows, StoreError>;
    /// Where the database is, as a user names it: the file, or host:port/dbname.
    fn place(&self) -> String;
}

/// Opens the existing tender database that `db` names: a file, or a
/// PostgreSQL URL (`postgres://…`, `postgresql://…`).
pub fn open_existing(db: &Path) -> Result<Box<dyn Storage>, StoreError> {
    match db.to_str().filter(|text| is_url(text)) {
        Some(url) => Ok(Box::new(PostgresStore::open_existing(url)?)),
        None => Ok(Box::new(SqliteStore::open_existing(db)?)),
    }
}

/// Opens the database for `tender new`, creating the file or the server
/// schema; for a file that others could read, also the mode it had.
pub fn create(db: &Path) -> Result<(Box<dyn Storage>, Option<u32>), StoreError> {
    match db.to_str().filter(|text| is_url(text)) {
        Some(url) => Ok((Box::new(PostgresStore::create(url)?), None)),
        None => {
            let (store, loosened) = SqliteStore::create(db)?;
            Ok((Box::new(store), loosened))
        }
    }
}

impl dyn Storage + '_ {
    /// Runs `f` in one transaction on tender `tender_id`, committed only when
    /// `f` succeeds: load, decide and write inside `f`, print after.
    pub fn change<T, E: From<StoreError>>(
        &mut self,
        tender_id: &str,
        stamp: &Stamp,
        f: impl FnOnce(&mut dyn Txn) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut tx = self.begin(tender_id, stamp)?;
        let value = f(tx.as_mut())?;
        // Whatever the command changed, the reminders it leaves are known
        // here, in the same transaction: no command can forget them.
        if tx.recorded() > 0 {
            if let Some(watch) = watch(tx.as_ref(), tender_id, stamp.at)? {
                tx.save_watch(tender_id, &watch)?;
            }
        }
        tx.commit()?;
        Ok(value)
    }
}

/// The reminder watch of tender `id` as of `at` (its last change), from what
/// `read` holds; none for a tender that does not exist.
fn watch(read: &dyn Read, id: &str, at: DateTime<Utc>) -> Result<Option<Watch>, StoreError> {
    let stored = match read.tender(id) {
        Ok(stored) => stored,
        Err(StoreError::UnknownTender(_)) => return Ok(None),
        Err(e) => return Err(e),
    };
    let facts = stored.facts();
    let signing = if facts.signing_matters_from(at) {
        // Joining newcomers exist only in an open house: elsewhere the
        // registrations need not be read.
        let registrations = if facts.open_house {
            read.registrations(id)?
        } else {
            Vec::new()
        };
        Signing::new(read.decision(id)?.as_ref(), &registrations, &read.signatures(id)?)
    } else {
        Signing::default()
    };
    Ok(Some(facts.watch(at, &signing, &duties(read, id, &stored)?)))
}

/// Everything tender `id` owes as of its last change, whenever a run reports it.
fn duties(read: &dyn Read, id: &str, stored: &StoredTender) -> Result<Duties, StoreError> {
    let schedule = &stored.tender.schedule;
    let first_signed = stored.history.first_signed_at;
    let award_notice = match first_signed {
        Some(first) if read.award_notice(id)?.is_none() => award_notice_due(&stored.tender.definition, schedule, first),
        _ => None,
    };
    let expiring = if first_signed.is_some() {
        let signed = read.signatures(id)?;
        let contracted: Vec<Evidence> = read
            .evidence(id)?
            .into_iter()
            .filter(|piece| signed.iter().any(|s| s.kvk == piece.kvk))
            .collect();
        Expiring::latest(&contracted, schedule.timezone)
    } else {
        Vec::new()
    };
    Ok(Duties {
        unanswered: unanswered(&read.questions(id)?),
        award_notice,
        expiring,
    })
}

#[cfg(test)]
mod tests;
