//! What both backends share above their SQL: the reads of [`Read`] and the
//! writes of [`Txn`] on a connection, each through the same [`Db`] statement.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};

use super::sql::Db;
use super::{ProviderChange, Read, Stamp, StoreError, StoredTender, TenderSummary, Txn};
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

/// Whatever has a connection reads through it.
pub(super) trait Connected {
    fn db(&self) -> Db<'_>;
}

impl Connected for Db<'_> {
    fn db(&self) -> Db<'_> {
        *self
    }
}

/// An open transaction of a backend: what [`Txn`] needs of it besides its connection.
pub(super) trait Open: Connected {
    fn stamp(&self) -> &Stamp;
    /// Who is really connected (the operating-system user, the database role).
    fn account(&self) -> &str;
    /// How many audit events the change has recorded so far.
    fn events(&self) -> usize;
    /// Counts one more recorded event.
    fn count_event(&mut self);
    /// Commits: a change that recorded no event must have written nothing.
    fn finish(self: Box<Self>) -> Result<(), StoreError>;
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

impl<T: Open> Txn for T {
    fn stamp(&self) -> &Stamp {
        Open::stamp(self)
    }
    fn recorded(&self) -> usize {
        self.events()
    }
    fn record(&mut self, tender_id: &str, kind: EventKind, detail: &str) -> Result<i64, StoreError> {
        let id = self
            .db()
            .record(tender_id, kind, detail, Open::stamp(self), self.account())?;
        self.count_event();
        Ok(id)
    }
    fn insert_tender(&mut self, tender: &Tender, source: &str) -> Result<(), StoreError> {
        self.db().insert_tender(tender, source, Open::stamp(self).at)
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
    fn register(
        &mut self,
        id: &str,
        applications: &[&Application],
        joining: bool,
    ) -> Result<Vec<Option<ProviderChange>>, StoreError> {
        self.db().register(id, applications, joining, Open::stamp(self).at)
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
        self.db().save_score(id, key, value, Open::stamp(self).at)
    }
    fn save_decision(
        &mut self,
        id: &str,
        number: u32,
        event: i64,
        draw: &[String],
        lots: &[LotOutcome],
    ) -> Result<(), StoreError> {
        self.db()
            .save_decision(id, number, event, draw, lots, Open::stamp(self).at)
    }
    fn add_objection(&mut self, id: &str, kvk: &str, reason: &str, decision: u32) -> Result<u32, StoreError> {
        self.db().add_objection(id, kvk, reason, decision, Open::stamp(self).at)
    }
    fn resolve_objection(&mut self, id: &str, number: u32, outcome: Outcome) -> Result<(), StoreError> {
        self.db().resolve_objection(id, number, outcome, Open::stamp(self).at)
    }
    fn add_signature(&mut self, id: &str, event: i64, signature: &Signature) -> Result<(), StoreError> {
        self.db().add_signature(id, event, signature)
    }
    fn add_termination(&mut self, id: &str, event: i64, termination: &Termination) -> Result<(), StoreError> {
        self.db().add_termination(id, event, termination, Open::stamp(self).at)
    }
    fn add_consultation(&mut self, id: &str, held_on: DateTime<Utc>, summary: &str) -> Result<u32, StoreError> {
        self.db().add_consultation(id, held_on, summary)
    }
    fn add_amendment(&mut self, id: &str, event: i64, amendment: &Amendment) -> Result<(), StoreError> {
        self.db().add_amendment(id, event, amendment, Open::stamp(self).at)
    }
    fn save_watch(&mut self, id: &str, watch: &Watch) -> Result<(), StoreError> {
        self.db().save_watch(id, watch)
    }
    fn add_question(&mut self, id: &str, question: &Question) -> Result<u32, StoreError> {
        self.db().add_question(id, question)
    }
    fn answer(&mut self, id: &str, number: u32, text: &str) -> Result<Option<String>, StoreError> {
        self.db().answer(id, number, text, Open::stamp(self).at)
    }
    fn publish_nota(&mut self, id: &str, number: u32) -> Result<usize, StoreError> {
        self.db().publish_nota(id, number, Open::stamp(self).at)
    }
    fn add_evidence(&mut self, id: &str, piece: &Evidence) -> Result<(), StoreError> {
        self.db().add_evidence(id, piece, Open::stamp(self).at)
    }
    fn save_award_notice(&mut self, id: &str, notice: &AwardNotice) -> Result<(), StoreError> {
        self.db().save_award_notice(id, notice, Open::stamp(self).at)
    }
    fn commit(self: Box<Self>) -> Result<(), StoreError> {
        self.finish()
    }
}
