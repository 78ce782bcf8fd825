//! The lifecycle of a tender (SPEC §2) as pure functions: the phase follows from
//! the schedule, the recorded decisions and *now*; an action is allowed in a
//! phase or refused with the phase, the reason and the next step.

use chrono::{DateTime, Utc};

use super::definition::Kind;
use super::message::{Arg, Message, msg};
use super::schedule::Schedule;
use super::text_enum::text_enum;

text_enum! {
    /// The phase a tender is in; exactly one at any moment.
    pub enum Phase {
        Draft = "draft",
        Open = "open",
        Evaluation = "evaluation",
        Standstill = "standstill",
        Awarded = "awarded",
        Contracted = "contracted",
        Active = "active",
        Ended = "ended",
        Cancelled = "cancelled",
    }
}

/// The decisions recorded for a tender: the facts the phase follows from besides the clock.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub published_at: Option<DateTime<Utc>>,
    pub cancelled_at: Option<DateTime<Utc>>,
    /// The latest award decision (a re-award replaces it and restarts the standstill).
    pub decided_at: Option<DateTime<Utc>>,
    pub final_at: Option<DateTime<Utc>>,
    pub first_signed_at: Option<DateTime<Utc>>,
    pub extensions_used: u32,
    /// Objections against the award decision not yet resolved.
    pub open_objections: u32,
    /// An objection against the current decision was upheld: a re-award is due.
    pub redo_required: bool,
}

/// A recorded step that changes the decisions of a tender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    Publish,
    Cancel,
    /// An award decision, first or after an upheld objection: a new standstill starts.
    Award,
    FinalAward,
    Object,
    /// An objection closed; `upheld` against the current decision calls for a re-award.
    Resolve {
        upheld_against_current: bool,
    },
    /// A contract signed on that day (which may lie before *now*).
    Sign {
        on: DateTime<Utc>,
    },
    Extend,
}

impl History {
    /// The side effects of a transition, in one place.
    pub fn apply(&mut self, transition: Transition, now: DateTime<Utc>) {
        match transition {
            Transition::Publish => self.published_at = Some(now),
            Transition::Cancel => self.cancelled_at = Some(now),
            Transition::Award => {
                self.decided_at = Some(now);
                self.final_at = None;
                self.redo_required = false;
            }
            Transition::FinalAward => self.final_at = Some(now),
            Transition::Object => self.open_objections += 1,
            Transition::Resolve { upheld_against_current } => {
                self.open_objections = self.open_objections.saturating_sub(1);
                self.redo_required |= upheld_against_current;
            }
            Transition::Sign { on } => {
                self.first_signed_at = Some(self.first_signed_at.map_or(on, |first| first.min(on)));
            }
            Transition::Extend => self.extensions_used += 1,
        }
    }
}

/// What the lifecycle needs to know of a tender.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub kind: Kind,
    pub open_house: bool,
    pub schedule: &'a Schedule,
    pub history: &'a History,
}

/// A stretch of time in the plan of a tender: a phase, or the extension options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub name: &'static str,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

/// Everything a user can do to a tender that the lifecycle may forbid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Update,
    Rectify,
    Publish,
    Consult,
    Register,
    Withdraw,
    Qualify,
    Score,
    Award,
    Object,
    Resolve,
    Redo,
    FinalAward,
    Sign,
    Amend,
    Extend,
    Cancel,
    Terminate,
}

impl Action {
    pub const ALL: [Action; 18] = [
        Action::Update,
        Action::Rectify,
        Action::Publish,
        Action::Consult,
        Action::Register,
        Action::Withdraw,
        Action::Qualify,
        Action::Score,
        Action::Award,
        Action::Object,
        Action::Resolve,
        Action::Redo,
        Action::FinalAward,
        Action::Sign,
        Action::Amend,
        Action::Extend,
        Action::Cancel,
        Action::Terminate,
    ];

    /// What the user tried, for messages.
    pub fn command(self) -> Message {
        match self {
            Action::Update => msg!("action-update"),
            Action::Rectify => msg!("action-rectify"),
            Action::Publish => msg!("action-publish"),
            Action::Consult => msg!("action-consult"),
            Action::Register => msg!("action-register"),
            Action::Withdraw => msg!("action-withdraw"),
            Action::Qualify => msg!("action-qualify"),
            Action::Score => msg!("action-score"),
            Action::Award => msg!("action-award"),
            Action::Object => msg!("action-object"),
            Action::Resolve => msg!("action-resolve"),
            Action::Redo => msg!("action-redo"),
            Action::FinalAward => msg!("action-final-award"),
            Action::Sign => msg!("action-sign"),
            Action::Amend => msg!("action-amend"),
            Action::Extend => msg!("action-extend"),
            Action::Cancel => msg!("action-cancel"),
            Action::Terminate => msg!("action-terminate"),
        }
    }

    /// When the action is possible, for the reason of a refusal.
    fn when(self, open_house: bool) -> Message {
        match (self, open_house) {
            (Action::Update, _) => msg!("when-update"),
            (Action::Rectify, _) => msg!("when-rectify"),
            (Action::Publish, _) => msg!("when-publish"),
            (Action::Consult, _) => msg!("when-consult"),
            (Action::Register, false) => msg!("when-register"),
            (Action::Register, true) => msg!("when-register-open-house"),
            (Action::Withdraw, false) => msg!("when-withdraw"),
            (Action::Withdraw, true) => msg!("when-withdraw-open-house"),
            (Action::Qualify, false) => msg!("when-qualify"),
            (Action::Qualify, true) => msg!("when-qualify-open-house"),
            (Action::Score | Action::Award, _) => msg!("when-score"),
            (Action::Object | Action::Resolve | Action::Redo, _) => msg!("when-object"),
            (Action::FinalAward, _) => msg!("when-final-award"),
            (Action::Sign, false) => msg!("when-sign"),
            (Action::Sign, true) => msg!("when-sign-open-house"),
            (Action::Amend, _) => msg!("when-amend"),
            (Action::Terminate, _) => msg!("when-terminate"),
            (Action::Extend, _) => msg!("when-extend"),
            (Action::Cancel, _) => msg!("when-cancel"),
        }
    }
}

/// Why an action is not possible now, and what the user can do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub action: Action,
    pub phase: Phase,
    pub reason: Message,
    pub next: Message,
}

impl From<Refusal> for Message {
    fn from(refusal: Refusal) -> Message {
        msg!(
            "lifecycle-refusal",
            action = refusal.action.command(),
            phase = refusal.phase.as_str(),
            reason = refusal.reason,
            next = refusal.next
        )
    }
}

impl Facts<'_> {
    /// The phase at `now`.
    pub fn phase(&self, now: DateTime<Utc>) -> Phase {
        let h = self.history;
        if h.cancelled_at.is_some() {
            return Phase::Cancelled;
        }
        if h.published_at.is_none() {
            return Phase::Draft;
        }
        if h.decided_at.is_none() {
            return if now <= self.schedule.registration_deadline {
                Phase::Open
            } else {
                Phase::Evaluation
            };
        }
        if self.schedule.standstill_days > 0 && h.final_at.is_none() {
            return Phase::Standstill;
        }
        if h.first_signed_at.is_none() {
            return Phase::Awarded;
        }
        if now > self.contract_end() {
            Phase::Ended
        } else if now >= self.schedule.contract_start {
            Phase::Active
        } else {
            Phase::Contracted
        }
    }

    /// The contract end, moved by the extensions exercised so far.
    pub fn contract_end(&self) -> DateTime<Utc> {
        self.schedule.contract_end_after(self.history.extensions_used as usize)
    }

    /// The end of the current standstill, once an award decision is recorded;
    /// none for a tender without a standstill.
    pub fn standstill_end(&self) -> Option<DateTime<Utc>> {
        let decided_at = self.history.decided_at.filter(|_| self.schedule.standstill_days > 0)?;
        Some(self.schedule.standstill_end(decided_at))
    }

    /// Allows the action at `now`, returning the phase, or refuses it.
    pub fn allow(&self, action: Action, now: DateTime<Utc>) -> Result<Phase, Refusal> {
        let phase = self.phase(now);
        let refuse = |reason: Message| Refusal {
            action,
            phase,
            reason,
            next: self.next_step(phase, now),
        };
        if let Some(reason) = self.kind_refusal(action) {
            return Err(refuse(reason));
        }
        if !self.permitted(phase, action) {
            return Err(refuse(self.reason(phase, action)));
        }
        if action == Action::FinalAward {
            if let Some(end) = self.standstill_end().filter(|end| now <= *end) {
                return Err(refuse(msg!("refusal-standstill-runs", end = self.moment(end))));
            }
        }
        if let Some(reason) = self.standstill_refusal(action, now) {
            return Err(refuse(reason));
        }
        if action == Action::Extend && self.history.extensions_used as usize >= self.schedule.extension_months.len() {
            return Err(refuse(msg!("refusal-no-extension-left")));
        }
        Ok(phase)
    }

    /// The rules of objections within the standstill (Alcatel-termijn).
    fn standstill_refusal(&self, action: Action, now: DateTime<Utc>) -> Option<Message> {
        let h = self.history;
        let end = self.standstill_end()?;
        match action {
            Action::FinalAward if now <= end => Some(msg!("refusal-standstill-runs", end = self.moment(end))),
            Action::FinalAward if h.open_objections > 0 => Some(msg!("refusal-objection-open")),
            Action::FinalAward if h.redo_required => Some(msg!("refusal-objection-upheld")),
            Action::Object if now > end => Some(msg!("refusal-objection-too-late", end = self.moment(end))),
            Action::Resolve if h.open_objections == 0 => Some(msg!("refusal-no-objection-open")),
            Action::Redo if !h.redo_required => Some(msg!("refusal-nothing-to-redo")),
            _ => None,
        }
    }

    fn kind_refusal(&self, action: Action) -> Option<Message> {
        match (action, self.kind) {
            (Action::Score, Kind::Bestuurlijk | Kind::Raamovereenkomst) => {
                Some(msg!("refusal-only-classic-scored", kind = self.kind.dutch()))
            }
            (Action::Consult, Kind::Classic | Kind::Raamovereenkomst) => Some(msg!("refusal-consult-bestuurlijk")),
            _ => None,
        }
    }

    /// A moment of this tender, in its time zone.
    fn moment(&self, at: DateTime<Utc>) -> Arg {
        Arg::moment(at, self.schedule.timezone)
    }

    fn permitted(&self, phase: Phase, action: Action) -> bool {
        use Phase::*;
        let running = matches!(phase, Contracted | Active);
        match action {
            Action::Update | Action::Publish => phase == Draft,
            Action::Rectify => phase == Open,
            Action::Consult => !matches!(phase, Ended | Cancelled),
            Action::Register => phase == Open || (self.open_house && running),
            // An offer is withdrawn until the award decision; a joining application while the framework runs.
            Action::Withdraw => matches!(phase, Open | Evaluation) || (self.open_house && running),
            // After an upheld objection the evaluation is redone within the standstill.
            Action::Qualify => {
                phase == Evaluation
                    || (self.open_house && running)
                    || (phase == Standstill && self.history.redo_required)
            }
            Action::Score => phase == Evaluation || (phase == Standstill && self.history.redo_required),
            Action::Award => phase == Evaluation,
            Action::Object | Action::Resolve | Action::Redo | Action::FinalAward => phase == Standstill,
            // A provider that signs late, while the contract is already active, is signed.
            Action::Sign => matches!(phase, Awarded | Contracted | Active),
            Action::Amend => matches!(phase, Awarded | Contracted | Active),
            Action::Extend => running,
            Action::Cancel => matches!(phase, Draft | Open | Evaluation | Standstill | Awarded | Contracted),
            Action::Terminate => running,
        }
    }

    fn reason(&self, phase: Phase, action: Action) -> Message {
        let s = self.schedule;
        match (phase, action) {
            (Phase::Cancelled, _) => msg!("refusal-cancelled"),
            (
                Phase::Evaluation
                | Phase::Standstill
                | Phase::Awarded
                | Phase::Contracted
                | Phase::Active
                | Phase::Ended,
                Action::Register,
            ) => msg!(
                "refusal-registration-closed",
                deadline = self.moment(s.registration_deadline),
                timezone = s.timezone.name()
            ),
            (Phase::Draft, Action::Register) => msg!("refusal-registration-not-open"),
            _ => action.when(self.open_house),
        }
    }

    /// The periods of the tender as planned, with what has been decided put in
    /// place of the plan: the stretch of time each phase covers, in order.
    pub fn plan(&self) -> Vec<Span> {
        let s = self.schedule;
        let h = self.history;
        let opened = h.published_at.unwrap_or(s.announce);
        let decided = h.decided_at.unwrap_or(s.award_decision);
        let mut spans = vec![
            Span {
                name: Phase::Open.as_str(),
                from: opened,
                to: s.registration_deadline,
            },
            Span {
                name: Phase::Evaluation.as_str(),
                from: s.registration_deadline,
                to: decided,
            },
        ];
        let mut awarded = decided;
        if s.standstill_days > 0 {
            awarded = h.final_at.unwrap_or_else(|| s.standstill_end(decided));
            spans.push(Span {
                name: Phase::Standstill.as_str(),
                from: decided,
                to: awarded,
            });
        }
        spans.push(Span {
            name: Phase::Awarded.as_str(),
            from: awarded,
            to: s.contract_start,
        });
        spans.push(Span {
            name: Phase::Active.as_str(),
            from: s.contract_start,
            to: self.contract_end(),
        });
        if self.contract_end() < s.max_extent() {
            spans.push(Span {
                name: "options",
                from: self.contract_end(),
                to: s.max_extent(),
            });
        }
        if let Some(cancelled) = h.cancelled_at {
            spans.retain(|span| span.from < cancelled);
            if let Some(last) = spans.last_mut() {
                last.to = last.to.min(cancelled);
            }
        }
        spans
    }

    /// What the user can do next in a phase.
    pub fn next_step(&self, phase: Phase, now: DateTime<Utc>) -> Message {
        let s = self.schedule;
        match phase {
            Phase::Draft => msg!("next-draft"),
            Phase::Open => msg!("next-open", deadline = self.moment(s.registration_deadline)),
            Phase::Evaluation if self.kind == Kind::Classic => msg!("next-evaluation-classic"),
            Phase::Evaluation => msg!("next-evaluation"),
            Phase::Standstill if self.history.open_objections > 0 => msg!("next-standstill-objection"),
            Phase::Standstill if self.history.redo_required => msg!("next-standstill-redo"),
            Phase::Standstill => match self.standstill_end() {
                Some(end) if now <= end => msg!("next-standstill-wait", end = self.moment(end)),
                _ => msg!("next-standstill-final"),
            },
            Phase::Awarded => msg!("next-awarded"),
            Phase::Contracted => msg!("next-contracted", start = self.moment(s.contract_start)),
            Phase::Active if self.open_house => msg!("next-active-open-house", end = self.moment(self.contract_end())),
            Phase::Active => msg!("next-active", end = self.moment(self.contract_end())),
            Phase::Ended => msg!("next-ended", end = self.moment(self.contract_end())),
            Phase::Cancelled => msg!("next-cancelled"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{self, utc};

    fn schedule(standstill_days: u32) -> Schedule {
        Schedule {
            questions_deadline: None,
            standstill_days,
            ..fixtures::schedule()
        }
    }

    /// A history and a moment that put a tender (with a standstill) in `phase`.
    fn situation(phase: Phase) -> (History, DateTime<Utc>) {
        let published = History {
            published_at: Some(utc("2027-01-04T09:00:00+01:00")),
            ..History::default()
        };
        let decided = History {
            decided_at: Some(utc("2027-03-20T10:00:00+01:00")),
            ..published.clone()
        };
        let final_ = History {
            final_at: Some(utc("2027-04-15T10:00:00+02:00")),
            ..decided.clone()
        };
        let signed = History {
            first_signed_at: Some(utc("2027-05-01T10:00:00+02:00")),
            ..final_.clone()
        };
        match phase {
            Phase::Draft => (History::default(), utc("2027-01-01T00:00:00Z")),
            Phase::Open => (published, utc("2027-02-01T00:00:00Z")),
            Phase::Evaluation => (published, utc("2027-03-01T12:00:01+01:00")),
            // After the standstill has ended, so that a final award is possible.
            Phase::Standstill => (decided, utc("2027-04-10T00:00:00+02:00")),
            Phase::Awarded => (final_, utc("2027-04-20T00:00:00+02:00")),
            Phase::Contracted => (signed, utc("2027-06-01T00:00:00+02:00")),
            Phase::Active => (signed, utc("2027-07-01T00:00:00+02:00")),
            Phase::Ended => (signed, utc("2029-07-01T00:00:00+02:00")),
            Phase::Cancelled => (
                History {
                    cancelled_at: Some(utc("2027-02-01T00:00:00Z")),
                    ..published
                },
                utc("2027-02-02T00:00:00Z"),
            ),
        }
    }

    /// Expected outcome per phase, one letter per action in `Action::ALL` order:
    /// update rectify publish consult register withdraw qualify score award object
    /// resolve redo final sign amend extend cancel terminate.
    fn expected(kind: Kind, open_house: bool, phase: Phase) -> &'static str {
        match (kind, open_house, phase) {
            //                                          urpcrwqsaorRfsaect
            (_, _, Phase::Draft) if kind == Kind::Bestuurlijk => "Y.YY............Y.",
            (_, _, Phase::Draft) => "Y.Y.............Y.",
            (Kind::Bestuurlijk, _, Phase::Open) => ".Y.YYY..........Y.",
            (_, _, Phase::Open) => ".Y..YY..........Y.",
            (Kind::Classic, _, Phase::Evaluation) => ".....YYYY.......Y.",
            (Kind::Bestuurlijk, _, Phase::Evaluation) => "...Y.YY.Y.......Y.",
            (_, _, Phase::Evaluation) => ".....YY.Y.......Y.",
            (Kind::Bestuurlijk, _, Phase::Standstill) => "...Y........Y...Y.",
            (_, _, Phase::Standstill) => "............Y...Y.",
            (Kind::Bestuurlijk, _, Phase::Awarded) => "...Y.........YY.Y.",
            (_, _, Phase::Awarded) => ".............YY.Y.",
            (Kind::Bestuurlijk, _, Phase::Contracted) => "...Y.........YYYYY",
            (_, true, Phase::Contracted) => "....YYY......YYYYY",
            (_, _, Phase::Contracted) => ".............YYYYY",
            (Kind::Bestuurlijk, _, Phase::Active) => "...Y.........YYY.Y",
            (_, true, Phase::Active) => "....YYY......YYY.Y",
            (_, _, Phase::Active) => ".............YYY.Y",
            (_, _, Phase::Ended | Phase::Cancelled) => "..................",
        }
    }

    #[test]
    fn every_phase_and_action_for_every_kind() {
        let schedule = schedule(20);
        for (kind, open_house) in [
            (Kind::Classic, false),
            (Kind::Bestuurlijk, false),
            (Kind::Raamovereenkomst, true),
            (Kind::Raamovereenkomst, false),
        ] {
            for &phase in Phase::ALL {
                let (history, now) = situation(phase);
                let facts = Facts {
                    kind,
                    open_house,
                    schedule: &schedule,
                    history: &history,
                };
                assert_eq!(facts.phase(now), phase, "{kind} setup for {phase}");
                let outcome: String = Action::ALL
                    .iter()
                    .map(|&a| if facts.allow(a, now).is_ok() { 'Y' } else { '.' })
                    .collect();
                assert_eq!(
                    outcome,
                    expected(kind, open_house, phase),
                    "{kind} (open house {open_house}) in {phase}"
                );
            }
        }
    }

    #[test]
    fn objections_within_the_standstill() {
        let schedule = schedule(20);
        let (mut history, _) = situation(Phase::Standstill);
        let during = utc("2027-04-01T12:00:00+02:00");
        let facts = |h: &History| {
            Facts {
                kind: Kind::Classic,
                open_house: false,
                schedule: &schedule,
                history: h,
            }
            .allow(Action::Object, during)
        };
        assert!(facts(&history).is_ok(), "an objection during the standstill");
        history.open_objections = 1;
        let with_open = Facts {
            kind: Kind::Classic,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        assert!(with_open.allow(Action::Resolve, during).is_ok());
        let after = utc("2027-04-10T00:00:00+02:00");
        let refusal = with_open.allow(Action::FinalAward, after).unwrap_err();
        assert_eq!(refusal.reason, msg!("refusal-objection-open"));
        assert_eq!(refusal.next, msg!("next-standstill-objection"), "{refusal:?}");
        let end = utc("2027-04-09T23:59:59+02:00");
        assert_eq!(
            with_open.allow(Action::Object, after).unwrap_err().reason,
            msg!("refusal-objection-too-late", end = Arg::moment(end, schedule.timezone))
        );
        history.open_objections = 0;
        history.redo_required = true;
        let upheld = Facts {
            kind: Kind::Classic,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        let refusal = upheld.allow(Action::FinalAward, after).unwrap_err();
        assert_eq!(refusal.reason, msg!("refusal-objection-upheld"));
        assert_eq!(refusal.next, msg!("next-standstill-redo"), "not `--final` again");
        assert!(upheld.allow(Action::Redo, after).is_ok());
        assert!(upheld.allow(Action::Score, after).is_ok(), "the evaluation is redone");
    }

    #[test]
    fn without_a_standstill_the_award_is_final_at_once() {
        let schedule = schedule(0);
        let (history, now) = situation(Phase::Standstill);
        let facts = Facts {
            kind: Kind::Bestuurlijk,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        assert_eq!(facts.phase(now), Phase::Awarded);
    }

    #[test]
    fn the_final_award_waits_for_the_end_of_the_standstill() {
        let schedule = schedule(20);
        let (history, _) = situation(Phase::Standstill);
        let facts = Facts {
            kind: Kind::Classic,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        // Decided 20 March; the 20th day after is 9 April, ending at 23:59:59.
        let end = utc("2027-04-09T23:59:59+02:00");
        let refusal = facts.allow(Action::FinalAward, end).unwrap_err();
        assert_eq!(
            refusal.reason,
            msg!("refusal-standstill-runs", end = Arg::moment(end, schedule.timezone))
        );
        assert!(
            facts
                .allow(Action::FinalAward, utc("2027-04-10T00:00:00+02:00"))
                .is_ok()
        );
    }

    #[test]
    fn a_late_registration_names_the_deadline() {
        let schedule = schedule(20);
        let (history, _) = situation(Phase::Open);
        let facts = Facts {
            kind: Kind::Classic,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        assert!(facts.allow(Action::Register, utc("2027-03-01T12:00:00+01:00")).is_ok());
        let refusal = facts
            .allow(Action::Register, utc("2027-03-01T13:00:00+01:00"))
            .unwrap_err();
        assert_eq!(
            Message::from(refusal),
            msg!(
                "lifecycle-refusal",
                action = msg!("action-register"),
                phase = "evaluation",
                reason = msg!(
                    "refusal-registration-closed",
                    deadline = Arg::moment(schedule.registration_deadline, schedule.timezone),
                    timezone = "Europe/Amsterdam"
                ),
                next = msg!("next-evaluation-classic")
            )
        );
    }

    #[test]
    fn extensions_run_out_and_move_the_end() {
        let schedule = schedule(20);
        let (mut history, _) = situation(Phase::Active);
        history.extensions_used = 1;
        let facts = Facts {
            kind: Kind::Classic,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        let now = utc("2029-07-01T00:00:00+02:00");
        assert_eq!(facts.phase(now), Phase::Active, "the extension moved the end to 2030");
        assert_eq!(
            facts.allow(Action::Extend, now).unwrap_err().reason,
            msg!("refusal-no-extension-left")
        );
    }

    #[test]
    fn every_transition_changes_the_history_in_one_place() {
        let at = utc("2027-04-01T10:00:00+02:00");
        let mut h = History::default();
        h.apply(Transition::Publish, at);
        h.apply(Transition::Award, at);
        assert_eq!((h.published_at, h.decided_at, h.final_at), (Some(at), Some(at), None));
        h.apply(Transition::Object, at);
        h.apply(Transition::Object, at);
        h.apply(
            Transition::Resolve {
                upheld_against_current: false,
            },
            at,
        );
        assert_eq!((h.open_objections, h.redo_required), (1, false));
        h.apply(
            Transition::Resolve {
                upheld_against_current: true,
            },
            at,
        );
        assert_eq!((h.open_objections, h.redo_required), (0, true));
        let redo = utc("2027-04-05T10:00:00+02:00");
        h.apply(Transition::Award, redo);
        assert_eq!(
            (h.decided_at, h.redo_required),
            (Some(redo), false),
            "a re-award clears the redo"
        );
        h.apply(Transition::FinalAward, redo);
        assert_eq!(h.final_at, Some(redo));
        let later = utc("2027-05-02T00:00:00+02:00");
        let earlier = utc("2027-05-01T00:00:00+02:00");
        h.apply(Transition::Sign { on: later }, later);
        h.apply(Transition::Sign { on: earlier }, later);
        assert_eq!(
            h.first_signed_at,
            Some(earlier),
            "the first signature counts, whenever recorded"
        );
        h.apply(Transition::Extend, later);
        h.apply(Transition::Cancel, later);
        assert_eq!((h.extensions_used, h.cancelled_at), (1, Some(later)));
    }
}
