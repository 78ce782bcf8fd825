//! The deadlines of a tender (SPEC §4 deadline kinds): what is due when, given
//! what has been decided.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};

use super::definition::Frequency;
use super::lifecycle::{Facts, Phase};
use super::schedule::{JoiningMoments, Schedule, resolve_local};
use super::text_enum::text_enum;

text_enum! {
    /// The kinds of deadline that `remind` and `calendar` report.
    pub enum DeadlineKind {
        QuestionsDeadline = "questions-deadline",
        AnswersDeadline = "answers-deadline",
        UnansweredQuestion = "unanswered-question",
        RegistrationDeadline = "registration-deadline",
        AwardDecision = "award-decision",
        StandstillEnd = "standstill-end",
        FinalAward = "final-award",
        ContractStart = "contract-start",
        AwardNotice = "award-notice",
        Joining = "joining",
        EvidenceExpiry = "evidence-expiry",
        ExtensionNotice = "extension-notice",
        ContractEnd = "contract-end",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub at: DateTime<Utc>,
}

impl Facts<'_> {
    /// Every deadline of the tender in time order, as far as it is known at `now`:
    /// the planned award decision until one is recorded, the standstill end once
    /// it is, the contract end moved by extensions. A cancelled tender has none.
    pub fn deadlines(&self, now: DateTime<Utc>) -> Vec<Deadline> {
        let s = self.schedule;
        let h = self.history;
        if h.cancelled_at.is_some() {
            return Vec::new();
        }
        let options_left = (h.extensions_used as usize) < s.extension_months.len();
        let end = self.contract_end();
        let joining = (self.open_house && matches!(self.phase(now), Phase::Contracted | Phase::Active))
            .then(|| s.next_joining(now))
            .flatten()
            .filter(|at| *at <= end);
        let mut all: Vec<Deadline> = [
            s.questions_deadline.map(|at| (DeadlineKind::QuestionsDeadline, at)),
            Some((DeadlineKind::RegistrationDeadline, s.registration_deadline)),
            h.decided_at
                .is_none()
                .then_some((DeadlineKind::AwardDecision, s.award_decision)),
            self.standstill_end().map(|at| (DeadlineKind::StandstillEnd, at)),
            Some((DeadlineKind::ContractStart, s.contract_start)),
            joining.map(|at| (DeadlineKind::Joining, at)),
            options_left.then(|| {
                (
                    DeadlineKind::ExtensionNotice,
                    s.days_before(end, s.extension_notice_days),
                )
            }),
            Some((DeadlineKind::ContractEnd, end)),
        ]
        .into_iter()
        .flatten()
        .map(|(kind, at)| Deadline { kind, at })
        .collect();
        all.sort_by_key(|d| d.at);
        all
    }

    /// The first deadline after `now`.
    pub fn next_deadline(&self, now: DateTime<Utc>) -> Option<Deadline> {
        self.deadlines(now).into_iter().find(|d| d.at > now)
    }
}

/// Answers to the questions of providers must be out this many calendar days
/// before the registration deadline (art. 2.107 Aw).
pub const ANSWERS_DAYS_BEFORE: u32 = 6;

/// At most this many joining moments are listed for one tender.
const MAX_JOINING_MOMENTS: usize = 1_000;

impl Schedule {
    /// When the answers to questions are due: the registration deadline minus
    /// six calendar days, at the same local time.
    pub fn answers_due(&self) -> DateTime<Utc> {
        self.days_before(self.registration_deadline, ANSWERS_DAYS_BEFORE)
    }

    /// Every joining moment after the contract start up to `until`, in order.
    pub fn joining_moments(&self, until: DateTime<Utc>) -> Vec<DateTime<Utc>> {
        let mut moments = Vec::new();
        let mut after = self.contract_start + chrono::Duration::seconds(1);
        while let Some(at) = self.next_joining(after).filter(|at| *at <= until) {
            if moments.len() == MAX_JOINING_MOMENTS {
                break;
            }
            moments.push(at);
            after = at + chrono::Duration::seconds(1);
        }
        moments
    }

    /// The first joining moment (toetredingsmoment) after `after`, at the start
    /// of its day, never before the contract starts.
    pub fn next_joining(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let from = after.max(self.contract_start);
        match self.joining.as_ref()? {
            JoiningMoments::Dates(dates) => dates.iter().copied().filter(|d| *d >= from).min(),
            JoiningMoments::Every(frequency) => {
                let day = self.local_date(from);
                let start = |d: NaiveDate| resolve_local(d.and_time(chrono::NaiveTime::MIN), self.timezone).ok();
                let today = start(day)?;
                if today == from && is_moment(day, *frequency) {
                    return Some(today);
                }
                start(next_moment(day, *frequency)?)
            }
        }
    }
}

fn is_moment(day: NaiveDate, frequency: Frequency) -> bool {
    day.day() == 1
        && match frequency {
            Frequency::Monthly => true,
            Frequency::Quarterly => day.month0() % 3 == 0,
            Frequency::Yearly => day.month() == 1,
        }
}

/// The first joining day strictly after `day`.
fn next_moment(day: NaiveDate, frequency: Frequency) -> Option<NaiveDate> {
    let first_of_month = day.with_day(1)?;
    let step = match frequency {
        Frequency::Monthly => 1,
        Frequency::Quarterly => 3 - day.month0() % 3,
        Frequency::Yearly => 13 - day.month(),
    };
    first_of_month
        .checked_add_months(Months::new(step))
        .or_else(|| day.checked_add_days(Days::new(1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::definition::Kind;
    use crate::domain::fixtures::{self, utc};
    use crate::domain::lifecycle::History;

    fn schedule(joining: Option<JoiningMoments>) -> Schedule {
        Schedule {
            joining,
            ..fixtures::schedule()
        }
    }

    #[test]
    fn joining_moments_follow_the_frequency() {
        let s = schedule(Some(JoiningMoments::Every(Frequency::Quarterly)));
        assert_eq!(
            s.next_joining(utc("2027-08-15T10:00:00+02:00")),
            Some(utc("2027-10-01T00:00:00+02:00"))
        );
        assert_eq!(
            s.next_joining(utc("2027-11-15T10:00:00+01:00")),
            Some(utc("2028-01-01T00:00:00+01:00"))
        );
        assert_eq!(
            s.next_joining(utc("2027-10-01T00:00:00+02:00")),
            Some(utc("2027-10-01T00:00:00+02:00"))
        );
        // Before the contract starts, the first moment is the start itself.
        assert_eq!(
            s.next_joining(utc("2027-05-01T00:00:00+02:00")),
            Some(utc("2027-07-01T00:00:00+02:00"))
        );
        let monthly = schedule(Some(JoiningMoments::Every(Frequency::Monthly)));
        assert_eq!(
            monthly.next_joining(utc("2027-12-05T00:00:00+01:00")),
            Some(utc("2028-01-01T00:00:00+01:00"))
        );
        let yearly = schedule(Some(JoiningMoments::Every(Frequency::Yearly)));
        assert_eq!(
            yearly.next_joining(utc("2027-08-15T10:00:00+02:00")),
            Some(utc("2028-01-01T00:00:00+01:00"))
        );
        let listed = schedule(Some(JoiningMoments::Dates(vec![utc("2028-03-01T00:00:00+01:00")])));
        assert_eq!(
            listed.next_joining(utc("2027-08-15T10:00:00+02:00")),
            Some(utc("2028-03-01T00:00:00+01:00"))
        );
        assert_eq!(listed.next_joining(utc("2028-03-02T00:00:00+01:00")), None);
    }

    #[test]
    fn every_joining_moment_after_the_start() {
        let s = schedule(Some(JoiningMoments::Every(Frequency::Quarterly)));
        let moments = s.joining_moments(utc("2028-01-01T00:00:00+01:00"));
        assert_eq!(
            moments,
            [utc("2027-10-01T00:00:00+02:00"), utc("2028-01-01T00:00:00+01:00")]
        );
        assert!(schedule(None).joining_moments(s.contract_end).is_empty());
    }

    #[test]
    fn answers_are_due_six_calendar_days_before_the_deadline_across_the_clock_change() {
        // Registration closes 2 April 2027 at 12:00 (summer time); six calendar days
        // earlier is 27 March at 12:00 (still winter time), not 11:00.
        let s = Schedule {
            registration_deadline: utc("2027-04-02T12:00:00+02:00"),
            ..schedule(None)
        };
        assert_eq!(s.answers_due(), utc("2027-03-27T12:00:00+01:00"));
    }

    #[test]
    fn deadlines_follow_the_decisions() {
        let s = schedule(None);
        let open = History {
            published_at: Some(utc("2027-01-04T09:00:00+01:00")),
            ..History::default()
        };
        let facts = Facts {
            kind: Kind::Classic,
            open_house: false,
            schedule: &s,
            history: &open,
        };
        let kinds: Vec<DeadlineKind> = facts
            .deadlines(utc("2027-02-01T00:00:00Z"))
            .iter()
            .map(|d| d.kind)
            .collect();
        use DeadlineKind::*;
        assert_eq!(
            kinds,
            [
                QuestionsDeadline,
                RegistrationDeadline,
                AwardDecision,
                ContractStart,
                ExtensionNotice,
                ContractEnd
            ]
        );
        assert_eq!(
            facts.next_deadline(utc("2027-02-20T00:00:00Z")).map(|d| d.kind),
            Some(RegistrationDeadline)
        );

        let decided = History {
            decided_at: Some(utc("2027-03-20T10:00:00+01:00")),
            ..open
        };
        let facts = Facts {
            history: &decided,
            ..facts
        };
        let next = facts.next_deadline(utc("2027-03-21T00:00:00Z")).unwrap();
        assert_eq!((next.kind, next.at), (StandstillEnd, utc("2027-04-09T23:59:59+02:00")));
    }
}
