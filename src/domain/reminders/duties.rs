//! The steps a tender owes beyond its deadlines and signatures: answers to
//! questions, the notice of the awarded contract, evidence that expires.

use chrono::{DateTime, Utc};

use super::{Entry, Reminder, Window, days_between};
use crate::domain::deadlines::DeadlineKind;
use crate::domain::evidence::{Evidence, EvidenceKind};
use crate::domain::lifecycle::{Facts, Phase};
use crate::domain::message::{Arg, msg};

/// Evidence is reminded of this many days before it expires: a gedragsverklaring
/// aanbesteden takes up to 8 weeks to obtain from Justis.
pub const EVIDENCE_NOTICE_DAYS: i64 = 70;

/// What a tender owes, as read from its dossier.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Duties {
    /// The questions without a published answer, by number.
    pub unanswered: Vec<u32>,
    /// When the notice of the awarded contract is due, while it is not published.
    pub award_notice: Option<DateTime<Utc>>,
    /// The latest piece of each kind of every contracted provider that expires.
    pub expiring: Vec<Expiring>,
}

/// A contracted provider's evidence that stops being valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expiring {
    pub kvk: String,
    /// `Name (KvK n)`.
    pub who: String,
    pub kind: EvidenceKind,
    /// The end of its last valid day.
    pub at: DateTime<Utc>,
}

impl Expiring {
    /// Per provider and kind, the piece valid longest; none where one of that kind never expires.
    pub fn latest(pieces: &[Evidence], timezone: chrono_tz::Tz) -> Vec<Expiring> {
        let mut latest: Vec<Expiring> = Vec::new();
        let mut lasting: Vec<(&str, EvidenceKind)> = Vec::new();
        for piece in pieces {
            let Some(at) = piece.expires_at(timezone) else {
                lasting.push((&piece.kvk, piece.kind));
                continue;
            };
            match latest.iter_mut().find(|e| e.kvk == piece.kvk && e.kind == piece.kind) {
                Some(known) => known.at = known.at.max(at),
                None => latest.push(Expiring {
                    kvk: piece.kvk.clone(),
                    who: super::who(&piece.name, &piece.kvk),
                    kind: piece.kind,
                    at,
                }),
            }
        }
        latest.retain(|e| !lasting.iter().any(|(kvk, kind)| *kind == e.kind && *kvk == e.kvk));
        latest
    }
}

impl Facts<'_> {
    /// What the duties of the tender add to a reminder run at `now`.
    pub fn duty_reminders(&self, now: DateTime<Utc>, window: Window, duties: &Duties) -> Vec<Reminder> {
        let phase = self.phase(now);
        if matches!(phase, Phase::Draft | Phase::Ended | Phase::Cancelled) {
            return Vec::new();
        }
        let s = self.schedule;
        let days = |at| days_between(now, at, s.timezone);
        let mut all = Vec::new();
        if phase == Phase::Open && now > s.answers_due() {
            all.extend(duties.unanswered.iter().map(|n| {
                let entry = Entry {
                    key: format!("{}.{n}", DeadlineKind::UnansweredQuestion),
                    label: msg!(
                        "remind-question-unanswered",
                        number = *n,
                        due = Arg::moment(s.answers_due(), s.timezone)
                    ),
                    ..self.entry(DeadlineKind::UnansweredQuestion, s.answers_due())
                };
                (entry, true)
            }));
        }
        if let Some(due) = duties.award_notice {
            let late = now > due;
            let entry = Entry {
                label: if late {
                    msg!("remind-award-notice-missing")
                } else {
                    msg!("remind-award-notice-due")
                },
                ..self.entry(DeadlineKind::AwardNotice, due)
            };
            if late || days(due) <= i64::from(window.days) {
                all.push((entry, late));
            }
        }
        if matches!(phase, Phase::Contracted | Phase::Active) {
            for e in &duties.expiring {
                let ahead = days(e.at);
                if ahead > EVIDENCE_NOTICE_DAYS.max(i64::from(window.days)) {
                    continue;
                }
                let expired = now > e.at;
                let entry = Entry {
                    key: format!("{}.{}.{}", DeadlineKind::EvidenceExpiry, e.kind, e.kvk),
                    label: msg!(
                        "remind-evidence-of",
                        kind = e.kind.as_str(),
                        who = &e.who,
                        expired = if expired { "yes" } else { "no" },
                        day = s.local_date(e.at)
                    ),
                    ..self.entry(DeadlineKind::EvidenceExpiry, e.at)
                };
                all.push((entry, expired));
            }
        }
        all.into_iter()
            .map(|(entry, overdue)| Reminder {
                days: days(entry.at),
                entry,
                overdue,
            })
            .collect()
    }
}
