//! When a reminder run must look at a tender, as far as its last change tells:
//! the cached output of the reminder rules, so that `remind` reads only the
//! tenders that have something due in its window or overdue, not every one.
//!
//! Between two changes of a tender the rules compare the clock only with the
//! tender's agenda moments (its deadlines, the answers day, its joining
//! moments) and the joining moments of its admitted newcomers: what they
//! report is the same throughout each stretch between two such moments. So
//! probing every moment and one instant inside every stretch tells, without a
//! clock, from when a step is overdue and which moments a window can reach.
//!
//! The duties (unanswered questions, the award notice, expiring evidence)
//! change only with a change of the tender too (ask, nvi, notice, evidence,
//! sign); the watch covers each from when a run can report it until the phase
//! that reports it ends, and its due moment for windows that reach it.

use chrono::{DateTime, Utc};

use chrono::Duration;

use super::duties::EVIDENCE_NOTICE_DAYS;
use super::{Duties, Signing, reminds};
use crate::domain::lifecycle::Facts;

/// What a reminder run needs to know of a tender until its next change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Watch {
    /// As of when (the change that computed it): a run at an earlier moment
    /// cannot rely on it.
    pub at: DateTime<Utc>,
    /// The moments from `at` on at which an agenda entry falls: a run whose
    /// window reaches one may report it.
    pub moments: Vec<DateTime<Utc>>,
    /// From when to when some step is overdue or a duty can be reported (the
    /// end open when it stays so until a change); a run within it reads the tender.
    pub overdue: Option<(DateTime<Utc>, Option<DateTime<Utc>>)>,
}

impl Watch {
    /// Whether a run at `now` reaching to `horizon` can report something of
    /// the tender; when this is false, its reminders at `now` are none.
    pub fn concerns(&self, now: DateTime<Utc>, horizon: DateTime<Utc>) -> bool {
        now < self.at
            || self.moments.iter().any(|m| *m > now && *m <= horizon)
            || self
                .overdue
                .is_some_and(|(from, until)| from <= now && until.is_none_or(|u| u >= now))
    }
}

/// One probe of the rules: a moment, and the stretch of time it stands for.
struct Probe {
    at: DateTime<Utc>,
    from: DateTime<Utc>,
    until: Option<DateTime<Utc>>,
}

impl Facts<'_> {
    /// Whether who has signed can matter to the reminders at any moment from
    /// `at` until the next change, so that a caller reads the signatures only then.
    pub fn signing_matters_from(&self, at: DateTime<Utc>) -> bool {
        self.probes(at, &Signing::default())
            .iter()
            .any(|p| self.signing_matters(p.at))
    }

    /// The watch of the tender as of `at`, the moment of its last change.
    pub fn watch(&self, at: DateTime<Utc>, signing: &Signing, duties: &Duties) -> Watch {
        if !reminds(self.phase(at)) {
            // Draft and cancelled stay so until a change; ended stays ended.
            return Watch { at, ..Watch::default() };
        }
        let mut moments: Vec<DateTime<Utc>> = self
            .agenda(at)
            .into_iter()
            .map(|e| e.at)
            .chain(duties.award_notice)
            .chain(duties.expiring.iter().map(|e| e.at))
            .filter(|m| *m >= at)
            .collect();
        moments.sort();
        moments.dedup();
        let overdue: Vec<Probe> = self
            .probes(at, signing)
            .into_iter()
            .filter(|p| reminds(self.phase(p.at)) && !self.overdue(p.at, signing).is_empty())
            .collect();
        let overdue = overdue
            .first()
            .zip(overdue.last())
            .map(|(first, last)| (first.from, last.until));
        let overdue = self
            .duty_spans(duties)
            .into_iter()
            .chain(overdue)
            .reduce(|(from, until), (f, u)| (from.min(f), until.zip(u).map(|(a, b)| a.max(b))));
        Watch { at, moments, overdue }
    }

    /// From when to when a run can report each duty, whatever its window
    /// (a wider window reaches the due moment, kept among the moments).
    fn duty_spans(&self, duties: &Duties) -> Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> {
        let s = self.schedule;
        // Reported while open, once the answers are due.
        let unanswered = (!duties.unanswered.is_empty()).then(|| (s.answers_due(), Some(s.registration_deadline)));
        // Reported until the contract ends (a later extension is a change).
        let end = Some(self.contract_end());
        let notice = duties.award_notice.map(|due| (due, end));
        // Counted in calendar days: two days' margin covers the time of day and a DST shift.
        let expiring = duties
            .expiring
            .iter()
            .map(|e| (e.at - Duration::days(EVIDENCE_NOTICE_DAYS + 2), end));
        unanswered.into_iter().chain(notice).chain(expiring).collect()
    }

    /// Every moment from `at` on at which the rules can change their answer,
    /// each probed itself, and one instant inside each stretch between them
    /// (the last stretch has no end).
    fn probes(&self, at: DateTime<Utc>, signing: &Signing) -> Vec<Probe> {
        let mut moments: Vec<DateTime<Utc>> = self
            .agenda(at)
            .into_iter()
            .map(|e| e.at)
            .chain(signing.unsigned_joiners.iter().map(|(m, _)| *m))
            .filter(|m| *m > at)
            .collect();
        moments.sort();
        moments.dedup();
        let mut probes = vec![Probe {
            at,
            from: at,
            until: Some(at),
        }];
        let mut from = at;
        for m in moments {
            probes.push(Probe {
                at: from + (m - from) / 2,
                from,
                until: Some(m),
            });
            probes.push(Probe {
                at: m,
                from: m,
                until: Some(m),
            });
            from = m;
        }
        probes.push(Probe {
            at: from + chrono::Duration::days(1),
            from,
            until: None,
        });
        probes
    }
}
