//! What needs a person's attention, and when (SPEC §4 `remind` and `calendar`):
//! the agenda of a tender (its deadlines, the day the answers to questions are
//! due, its joining moments), the steps that are overdue at *now*, and which of
//! them a reminder run reports. Days are counted as calendar days in the
//! tender's time zone, so that a change of the clocks never shifts a count.

use std::collections::{BTreeMap, HashSet};
use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::deadlines::{ANSWERS_DAYS_BEFORE, DeadlineKind};
use super::definition::Kind;
use super::dossier::{Decision, Signature};
use super::intake::{Registration, Status};
use super::lifecycle::{Facts, History, Phase};
use super::message::{Arg, Message, msg};

/// One dated item of a tender's agenda, or an overdue step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: DeadlineKind,
    pub at: DateTime<Utc>,
    /// Unique and stable within the tender: the kind, with a suffix where a kind
    /// occurs more than once (`questions-deadline.answers`, `joining.2016-04-01`).
    pub key: String,
    /// What it is: "registration closes".
    pub label: Message,
    /// What to do about it.
    pub next: Message,
}

/// An entry in a reminder run: coming up within the window, or overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub entry: Entry,
    pub overdue: bool,
    /// Calendar days from now until the entry; negative when it is past.
    pub days: i64,
}

/// How far ahead a reminder run looks, in calendar days (`--within 14d`, `8w`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub days: u32,
}

impl Window {
    /// The longest window: about a hundred years.
    pub const MAX_DAYS: u32 = 36_500;

    /// A moment no entry that a run at `now` reports lies after: the window
    /// counts calendar days in each tender's own time zone, so one day more
    /// covers any offset and a change of the clocks.
    pub fn horizon(self, now: DateTime<Utc>) -> DateTime<Utc> {
        now + chrono::Duration::days(i64::from(self.days) + 2)
    }
}

impl Default for Window {
    fn default() -> Window {
        Window { days: 14 }
    }
}

impl FromStr for Window {
    type Err = String;

    /// `Nd` (days) or `Nw` (weeks), N a whole number.
    fn from_str(text: &str) -> Result<Window, String> {
        let invalid = || format!("`{text}` is not a duration; write a number of days or weeks, like 1d, 14d or 8w");
        let unit = text.chars().last().ok_or_else(invalid)?;
        let number = &text[..text.len() - unit.len_utf8()];
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let per_unit = match unit {
            'd' => 1,
            'w' => 7,
            _ => return Err(invalid()),
        };
        number
            .parse::<u32>()
            .ok()
            .and_then(|n| n.checked_mul(per_unit))
            .filter(|days| *days <= Window::MAX_DAYS)
            .map(|days| Window { days })
            .ok_or_else(|| {
                format!(
                    "`{text}` is too long; at most {} days (about 100 years)",
                    Window::MAX_DAYS
                )
            })
    }
}

/// Who still has to sign: what the lifecycle's history does not know.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signing {
    /// Providers awarded by the latest decision without a signed contract, as `Name (KvK n)`.
    pub unsigned_awarded: Vec<String>,
    /// Admitted newcomers to an open house without a signed accession, with their joining moment.
    pub unsigned_joiners: Vec<(DateTime<Utc>, String)>,
}

impl Signing {
    /// From the latest award decision, the registrations and the signatures of a tender.
    pub fn new(decision: Option<&Decision>, registrations: &[Registration], signatures: &[Signature]) -> Signing {
        let signed: HashSet<&str> = signatures.iter().map(|s| s.kvk.as_str()).collect();
        let mut seen = HashSet::new();
        let unsigned_awarded = decision
            .map(|d| d.lines.as_slice())
            .unwrap_or_default()
            .iter()
            .filter(|line| line.awarded && !signed.contains(line.kvk.as_str()))
            .filter(|line| seen.insert(line.kvk.as_str()))
            .map(|line| who(&line.name, &line.kvk))
            .collect();
        // A provider that joins again after a termination signed before: only a
        // signature since its new application counts.
        let signed_since = |r: &Registration| {
            signatures
                .iter()
                .any(|s| s.kvk == r.kvk && s.signed_on >= r.registered_at)
        };
        let unsigned_joiners = registrations
            .iter()
            .filter(|r| r.joining && r.status == Status::Qualified && !signed_since(r))
            .filter_map(|r| Some((r.joining_at?, who(&r.name, &r.kvk))))
            .collect();
        Signing {
            unsigned_awarded,
            unsigned_joiners,
        }
    }
}

impl Signing {
    /// Whether an admitted newcomer waits for the joining moment `at`.
    pub fn waits_for(&self, at: DateTime<Utc>) -> bool {
        self.unsigned_joiners.iter().any(|(moment, _)| *moment == at)
    }

    /// A joining moment's entry, naming the newcomers that wait for it.
    fn waiting(&self, entry: Entry) -> Entry {
        let who: Vec<String> = self
            .unsigned_joiners
            .iter()
            .filter(|(moment, _)| *moment == entry.at)
            .map(|(_, who)| who.clone())
            .collect();
        Entry {
            label: msg!("remind-joining-for", who = names(&who)),
            ..entry
        }
    }
}

fn who(name: &str, kvk: &str) -> String {
    format!("{name} (KvK {kvk})")
}

/// Calendar days from the local day of `from` to the local day of `to`.
pub fn days_between(from: DateTime<Utc>, to: DateTime<Utc>, timezone: Tz) -> i64 {
    let day = |at: DateTime<Utc>| at.with_timezone(&timezone).date_naive();
    (day(to) - day(from)).num_days()
}

/// `in 3 days`, `in 1 day`, `today`, `1 day ago`.
pub fn relative_days(days: i64) -> Message {
    match days {
        0 => msg!("days-today"),
        n if n > 0 => msg!("days-ahead", days = n),
        n => msg!("days-ago", days = -n),
    }
}

impl Facts<'_> {
    /// Every dated entry of the tender as far as it is known at `now`, in time
    /// order: its deadlines, the day the answers to questions are due and, for an
    /// open house, every joining moment after the contract start. A draft's
    /// entries are its plan; a cancelled tender has none.
    pub fn agenda(&self, now: DateTime<Utc>) -> Vec<Entry> {
        let deadlines = self.deadlines(now);
        if deadlines.is_empty() {
            return Vec::new();
        }
        let s = self.schedule;
        let mut all: Vec<Entry> = deadlines
            .into_iter()
            .filter(|d| d.kind != DeadlineKind::Joining)
            .map(|d| self.entry(d.kind, d.at))
            .collect();
        all.push(self.entry(DeadlineKind::AnswersDeadline, s.answers_due()));
        if self.open_house {
            all.extend(s.joining_moments(self.contract_end()).into_iter().map(|at| Entry {
                key: format!("{}.{}", DeadlineKind::Joining, s.local_date(at)),
                ..self.entry(DeadlineKind::Joining, at)
            }));
        }
        all.sort_by(|a, b| (a.at, &a.key).cmp(&(b.at, &b.key)));
        all
    }

    /// The entries of the tender's plan (as published, before any decision,
    /// and as decided before a cancellation) that no longer apply at `now`,
    /// each with the reason: all of them once it is cancelled (the standstill
    /// end of a decision too), the planned award decision once one is recorded,
    /// the notice date once no extension option is left. A calendar keeps them,
    /// cancelled, so that a re-import removes them instead of leaving them.
    pub fn withdrawn(&self, now: DateTime<Utc>) -> Vec<(Entry, Message)> {
        let h = self.history;
        let s = self.schedule;
        let as_published = History {
            published_at: h.published_at,
            ..History::default()
        };
        let uncancelled = History {
            cancelled_at: None,
            ..h.clone()
        };
        let mut seen: HashSet<String> = self.agenda(now).into_iter().map(|e| e.key).collect();
        let mut planned: Vec<Entry> = Vec::new();
        for history in [&as_published, &uncancelled] {
            let plan = Facts { history, ..*self };
            planned.extend(plan.agenda(now).into_iter().filter(|e| seen.insert(e.key.clone())));
        }
        planned.sort_by(|a, b| (a.at, &a.key).cmp(&(b.at, &b.key)));
        planned
            .into_iter()
            .map(|e| {
                let why = match (h.cancelled_at, h.decided_at, e.kind) {
                    (Some(at), _, _) => msg!("withdrawn-cancelled", at = Arg::moment(at, s.timezone)),
                    (None, Some(at), DeadlineKind::AwardDecision) => {
                        msg!("withdrawn-decided", at = Arg::moment(at, s.timezone))
                    }
                    (None, _, DeadlineKind::ExtensionNotice) => msg!("refusal-no-extension-left"),
                    _ => msg!("withdrawn-unplanned"),
                };
                (e, why)
            })
            .collect()
    }

    /// A deadline as an agenda entry, with what it is and what to do.
    fn entry(&self, kind: DeadlineKind, at: DateTime<Utc>) -> Entry {
        let s = self.schedule;
        let moment = |at| Arg::moment(at, s.timezone);
        let (label, next) = match kind {
            DeadlineKind::QuestionsDeadline => (
                msg!("remind-questions-close"),
                msg!("remind-answer-by", due = moment(s.answers_due())),
            ),
            DeadlineKind::AnswersDeadline => (
                msg!("remind-answers-due"),
                msg!(
                    "remind-publish-answers",
                    days = ANSWERS_DAYS_BEFORE,
                    deadline = moment(s.registration_deadline)
                ),
            ),
            DeadlineKind::UnansweredQuestion => (msg!("remind-unanswered"), msg!("remind-answer-and-rectify")),
            DeadlineKind::AwardNotice => (msg!("remind-award-notice-due"), msg!("remind-publish-award-notice")),
            DeadlineKind::EvidenceExpiry => (msg!("remind-evidence-expires"), msg!("remind-renew-evidence")),
            DeadlineKind::RegistrationDeadline => (msg!("remind-registration-closes"), self.evaluation_step()),
            DeadlineKind::AwardDecision => (
                msg!("remind-award-decision-planned"),
                msg!("remind-then-award", evaluation = self.evaluation_step()),
            ),
            DeadlineKind::StandstillEnd => (msg!("remind-standstill-ends"), msg!("remind-final-if-no-objection")),
            DeadlineKind::FinalAward => (msg!("remind-final-award"), msg!("next-standstill-final")),
            DeadlineKind::ContractStart => (msg!("remind-contracts-start"), msg!("remind-sign-before-start")),
            DeadlineKind::Joining => (msg!("remind-joining-moment"), msg!("remind-record-accessions")),
            DeadlineKind::ExtensionNotice => (
                msg!("remind-notice-date", option = self.next_option()),
                self.extension_step(),
            ),
            DeadlineKind::ContractEnd => (msg!("remind-contract-ends"), self.end_step()),
        };
        Entry {
            kind,
            at,
            key: kind.to_string(),
            label,
            next,
        }
    }

    fn evaluation_step(&self) -> Message {
        match self.kind {
            Kind::Classic => msg!("remind-qualify-and-score"),
            Kind::Bestuurlijk | Kind::Raamovereenkomst => msg!("remind-qualify"),
        }
    }

    fn options_left(&self) -> usize {
        let used = self.history.extensions_used as usize;
        self.schedule.extension_months.len().saturating_sub(used)
    }

    /// `extension option 1 of 2 (12 months)`.
    fn next_option(&self) -> Message {
        let s = self.schedule;
        let n = self.history.extensions_used as usize;
        let months = s.extension_months.get(n).copied().unwrap_or(0);
        msg!(
            "remind-extension-option",
            number = n + 1,
            of = s.extension_months.len(),
            months = months
        )
    }

    fn extension_step(&self) -> Message {
        msg!(
            "remind-extend-or-end",
            end = Arg::moment(self.contract_end(), self.schedule.timezone)
        )
    }

    fn end_step(&self) -> Message {
        match self.options_left() {
            0 => msg!("remind-end-no-option"),
            _ => msg!("remind-end-unless-extended"),
        }
    }

    /// The steps that should have been taken by `now` and were not, in time order.
    pub fn overdue(&self, now: DateTime<Utc>, signing: &Signing) -> Vec<Entry> {
        let s = self.schedule;
        let phase = self.phase(now);
        let running = matches!(phase, Phase::Contracted | Phase::Active);
        let mut all = Vec::new();
        if phase == Phase::Evaluation && now > s.award_decision {
            all.push(Entry {
                label: msg!("remind-award-decision-passed"),
                ..self.entry(DeadlineKind::AwardDecision, s.award_decision)
            });
        }
        if let Some(end) = self
            .standstill_end()
            .filter(|end| phase == Phase::Standstill && now > *end)
        {
            all.push(Entry {
                label: msg!("remind-standstill-ended"),
                next: self.final_award_step(),
                ..self.entry(DeadlineKind::FinalAward, end)
            });
        }
        let signed_phase = running || phase == Phase::Awarded;
        if signed_phase && now >= s.contract_start && !signing.unsigned_awarded.is_empty() {
            all.push(Entry {
                label: msg!(
                    "remind-contracts-started-unsigned",
                    count = signing.unsigned_awarded.len()
                ),
                next: msg!("remind-record-signatures", who = names(&signing.unsigned_awarded)),
                ..self.entry(DeadlineKind::ContractStart, s.contract_start)
            });
        }
        if self.open_house && running {
            all.extend(self.unsigned_joiners(now, signing));
        }
        let notice = s.days_before(self.contract_end(), s.extension_notice_days);
        if running && self.options_left() > 0 && now > notice {
            all.push(Entry {
                label: msg!("remind-notice-date-passed", option = self.next_option()),
                ..self.entry(DeadlineKind::ExtensionNotice, notice)
            });
        }
        all.sort_by(|a, b| (a.at, &a.key).cmp(&(b.at, &b.key)));
        all
    }

    fn final_award_step(&self) -> Message {
        let h = self.history;
        if h.open_objections > 0 {
            msg!("remind-resolve-then-final")
        } else if h.redo_required {
            msg!("remind-upheld-redo")
        } else {
            msg!("next-standstill-final")
        }
    }

    /// One entry per passed joining moment with admitted newcomers not signed.
    fn unsigned_joiners(&self, now: DateTime<Utc>, signing: &Signing) -> Vec<Entry> {
        let mut by_moment: BTreeMap<DateTime<Utc>, Vec<String>> = BTreeMap::new();
        for (at, who) in signing.unsigned_joiners.iter().filter(|(at, _)| *at <= now) {
            by_moment.entry(*at).or_default().push(who.clone());
        }
        by_moment
            .into_iter()
            .map(|(at, who)| Entry {
                key: format!("{}.{}", DeadlineKind::Joining, self.schedule.local_date(at)),
                label: msg!("remind-joining-passed-unsigned", count = who.len()),
                next: msg!("remind-record-accessions-of", who = names(&who)),
                ..self.entry(DeadlineKind::Joining, at)
            })
            .collect()
    }

    /// Whether who has signed can matter for the overdue steps at `now`, so that
    /// a caller reads the signatures only then.
    pub fn signing_matters(&self, now: DateTime<Utc>) -> bool {
        let phase = self.phase(now);
        let running = matches!(phase, Phase::Contracted | Phase::Active);
        (running || phase == Phase::Awarded) && (now >= self.schedule.contract_start || self.open_house)
    }

    /// What a reminder run at `now` reports: every agenda entry after `now`
    /// within the window (counted in calendar days) and every overdue step. A
    /// draft, an ended and a cancelled tender report nothing; a joining moment
    /// is reported while the framework runs and an admitted newcomer waits for it.
    pub fn reminders(&self, now: DateTime<Utc>, window: Window, signing: &Signing) -> Vec<Reminder> {
        let phase = self.phase(now);
        if !reminds(phase) {
            return Vec::new();
        }
        let running = matches!(phase, Phase::Contracted | Phase::Active);
        let timezone = self.schedule.timezone;
        let days = |at| days_between(now, at, timezone);
        let upcoming = self
            .agenda(now)
            .into_iter()
            .filter(|e| e.kind != DeadlineKind::Joining || (running && signing.waits_for(e.at)))
            .filter(|e| e.at > now && days(e.at) <= i64::from(window.days))
            .map(|entry| match entry.kind {
                DeadlineKind::Joining => (signing.waiting(entry), false),
                _ => (entry, false),
            });
        let overdue = self.overdue(now, signing).into_iter().map(|entry| (entry, true));
        let mut all: Vec<Reminder> = upcoming
            .chain(overdue)
            .map(|(entry, overdue)| Reminder {
                days: days(entry.at),
                entry,
                overdue,
            })
            .collect();
        all.sort_by(|a, b| (a.entry.at, &a.entry.key).cmp(&(b.entry.at, &b.entry.key)));
        all
    }
}

/// Whether a tender in `phase` is reminded of at all: drafts, ended and
/// cancelled tenders are silent.
fn reminds(phase: Phase) -> bool {
    !matches!(phase, Phase::Draft | Phase::Ended | Phase::Cancelled)
}

/// At most five names, then how many more.
fn names(all: &[String]) -> Message {
    const SHOWN: usize = 5;
    let shown = all.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    msg!("remind-names", names = shown, more = all.len().saturating_sub(SHOWN))
}

mod duties;
mod watch;
pub use watch::Watch;

#[cfg(test)]
mod tests;

pub use duties::{Duties, EVIDENCE_NOTICE_DAYS, Expiring};
