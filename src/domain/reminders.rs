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
use super::plural::count;

/// One dated item of a tender's agenda, or an overdue step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: DeadlineKind,
    pub at: DateTime<Utc>,
    /// Unique and stable within the tender: the kind, with a suffix where a kind
    /// occurs more than once (`questions-deadline.answers`, `joining.2016-04-01`).
    pub key: String,
    /// What it is: "registration closes".
    pub label: String,
    /// What to do about it.
    pub next: String,
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
            label: format!("joining moment for {}", names(&who)),
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
pub fn relative_days(days: i64) -> String {
    match days {
        0 => "today".to_string(),
        n if n > 0 => format!("in {}", count(n, "day")),
        n => format!("{} ago", count(-n, "day")),
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
    pub fn withdrawn(&self, now: DateTime<Utc>) -> Vec<(Entry, String)> {
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
                    (Some(at), _, _) => format!("the tender was cancelled on {}", s.local(at)),
                    (None, Some(at), DeadlineKind::AwardDecision) => {
                        format!("the award decision was recorded on {}", s.local(at))
                    }
                    (None, _, DeadlineKind::ExtensionNotice) => "no extension option is left".to_string(),
                    _ => "it is no longer planned".to_string(),
                };
                (e, why)
            })
            .collect()
    }

    /// A deadline as an agenda entry, with what it is and what to do.
    fn entry(&self, kind: DeadlineKind, at: DateTime<Utc>) -> Entry {
        let s = self.schedule;
        let (label, next) = match kind {
            DeadlineKind::QuestionsDeadline => (
                "questions from providers close".to_string(),
                format!("answer every question by {}", s.local(s.answers_due())),
            ),
            DeadlineKind::AnswersDeadline => (
                "answers to questions due".to_string(),
                format!(
                    "publish the answers to every question to all providers with `tender nvi --publish`, {ANSWERS_DAYS_BEFORE} days before the registration deadline of {}",
                    s.local(s.registration_deadline)
                ),
            ),
            DeadlineKind::UnansweredQuestion => (
                "a question has no published answer".to_string(),
                "answer it and extend the registration deadline (rectificatie): `tender answer`, `tender nvi --publish`, then `tender update` with a later registration_deadline".to_string(),
            ),
            DeadlineKind::AwardNotice => (
                "notice of the awarded contract due".to_string(),
                "publish the notice of the awarded contract (TenderNed) and record it with `tender notice`".to_string(),
            ),
            DeadlineKind::EvidenceExpiry => (
                "evidence expires".to_string(),
                "ask the provider for a new piece now (a gedragsverklaring aanbesteden takes 8 weeks) and record it with `tender evidence`".to_string(),
            ),
            DeadlineKind::RegistrationDeadline => ("registration closes".to_string(), self.evaluation_step()),
            DeadlineKind::AwardDecision => (
                "award decision planned".to_string(),
                format!(
                    "{}, then record the decision with `tender award`",
                    self.evaluation_step()
                ),
            ),
            DeadlineKind::StandstillEnd => (
                "standstill ends".to_string(),
                "with no open objection, make the award final with `tender award --final`".to_string(),
            ),
            DeadlineKind::FinalAward => (
                "final award".to_string(),
                "make the award final with `tender award --final`".to_string(),
            ),
            DeadlineKind::ContractStart => (
                "contracts start".to_string(),
                "every awarded provider signs before the start; record it with `tender sign`".to_string(),
            ),
            DeadlineKind::Joining => (
                "joining moment".to_string(),
                "admitted newcomers join the framework; record their accession with `tender sign`".to_string(),
            ),
            DeadlineKind::ExtensionNotice => (format!("notice date for {}", self.next_option()), self.extension_step()),
            DeadlineKind::ContractEnd => ("contract ends".to_string(), self.end_step()),
        };
        Entry {
            kind,
            at,
            key: kind.to_string(),
            label,
            next,
        }
    }

    fn evaluation_step(&self) -> String {
        match self.kind {
            Kind::Classic => "qualify the providers with `tender qualify` and score the offers with `tender score`",
            Kind::Bestuurlijk | Kind::Raamovereenkomst => "qualify the providers with `tender qualify`",
        }
        .to_string()
    }

    fn options_left(&self) -> usize {
        let used = self.history.extensions_used as usize;
        self.schedule.extension_months.len().saturating_sub(used)
    }

    /// `extension option 1 of 2 (12 months)`.
    fn next_option(&self) -> String {
        let s = self.schedule;
        let n = self.history.extensions_used as usize;
        let months = s.extension_months.get(n).copied().unwrap_or(0);
        format!(
            "extension option {} of {} ({})",
            n + 1,
            s.extension_months.len(),
            count(months, "month")
        )
    }

    fn extension_step(&self) -> String {
        format!(
            "exercise it with `tender extend`, or let the contract end on {}",
            self.schedule.local(self.contract_end())
        )
    }

    fn end_step(&self) -> String {
        match self.options_left() {
            0 => "no extension option is left; the follow-up contracts must be in place".to_string(),
            _ => "unless extended with `tender extend`, the follow-up contracts must be in place".to_string(),
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
                label: "the planned award decision has passed".to_string(),
                ..self.entry(DeadlineKind::AwardDecision, s.award_decision)
            });
        }
        if let Some(end) = self
            .standstill_end()
            .filter(|end| phase == Phase::Standstill && now > *end)
        {
            all.push(Entry {
                label: "the standstill ended without a final award".to_string(),
                next: self.final_award_step(),
                ..self.entry(DeadlineKind::FinalAward, end)
            });
        }
        let signed_phase = running || phase == Phase::Awarded;
        if signed_phase && now >= s.contract_start && !signing.unsigned_awarded.is_empty() {
            all.push(Entry {
                label: format!(
                    "the contracts started, but {}",
                    not_signed(signing.unsigned_awarded.len(), "awarded provider")
                ),
                next: format!(
                    "record the signed contracts with `tender sign`: {}",
                    names(&signing.unsigned_awarded)
                ),
                ..self.entry(DeadlineKind::ContractStart, s.contract_start)
            });
        }
        if self.open_house && running {
            all.extend(self.unsigned_joiners(now, signing));
        }
        let notice = s.days_before(self.contract_end(), s.extension_notice_days);
        if running && self.options_left() > 0 && now > notice {
            all.push(Entry {
                label: format!("the notice date for {} has passed", self.next_option()),
                ..self.entry(DeadlineKind::ExtensionNotice, notice)
            });
        }
        all.sort_by(|a, b| (a.at, &a.key).cmp(&(b.at, &b.key)));
        all
    }

    fn final_award_step(&self) -> String {
        let h = self.history;
        if h.open_objections > 0 {
            "resolve the open objection with `tender resolve`, then make the award final with `tender award --final`"
                .to_string()
        } else if h.redo_required {
            "an objection was upheld: record a new decision with `tender award --redo`".to_string()
        } else {
            "make the award final with `tender award --final`".to_string()
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
                label: format!(
                    "the joining moment passed, but {}",
                    not_signed(who.len(), "admitted newcomer")
                ),
                next: format!("record the accessions with `tender sign`: {}", names(&who)),
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

/// `1 awarded provider has not signed`, `3 awarded providers have not signed`.
fn not_signed(count: usize, what: &str) -> String {
    match count {
        1 => format!("1 {what} has not signed"),
        n => format!("{n} {what}s have not signed"),
    }
}

/// At most five names, then how many more.
fn names(all: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = all.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    if all.len() > SHOWN {
        text.push_str(&format!(" and {} more", all.len() - SHOWN));
    }
    text
}

mod duties;
mod watch;
pub use watch::Watch;

#[cfg(test)]
mod tests;

pub use duties::{Duties, EVIDENCE_NOTICE_DAYS, Expiring};
