use super::*;
use crate::domain::definition::{Frequency, Kind};
use crate::domain::dossier::AwardLine;
use crate::domain::fixtures::{self, utc};
use crate::domain::lifecycle::History;
use crate::domain::schedule::{DEFAULT_TIMEZONE, JoiningMoments, Schedule};

fn schedule() -> Schedule {
    Schedule {
        joining: Some(JoiningMoments::Every(Frequency::Quarterly)),
        ..fixtures::schedule()
    }
}

fn published() -> History {
    History {
        published_at: Some(utc("2027-01-04T09:00:00+01:00")),
        ..History::default()
    }
}

fn decided() -> History {
    History {
        decided_at: Some(utc("2027-03-20T10:00:00+01:00")),
        ..published()
    }
}

fn signed() -> History {
    History {
        final_at: Some(utc("2027-04-15T10:00:00+02:00")),
        first_signed_at: Some(utc("2027-05-01T10:00:00+02:00")),
        ..decided()
    }
}

fn facts<'a>(schedule: &'a Schedule, history: &'a History, open_house: bool) -> Facts<'a> {
    Facts {
        kind: if open_house {
            Kind::Raamovereenkomst
        } else {
            Kind::Classic
        },
        open_house,
        schedule,
        history,
    }
}

/// `(key, overdue, days)` of every reminder.
fn report(facts: &Facts, now: &str, window: &str, signing: &Signing) -> Vec<(String, bool, i64)> {
    facts
        .reminders(utc(now), window.parse().unwrap(), signing)
        .into_iter()
        .map(|r| (r.entry.key, r.overdue, r.days))
        .collect()
}

fn keys(list: &[(String, bool, i64)]) -> Vec<&str> {
    list.iter().map(|(key, _, _)| key.as_str()).collect()
}

#[test]
fn windows_are_days_or_weeks() {
    assert_eq!("1d".parse(), Ok(Window { days: 1 }));
    assert_eq!("14d".parse(), Ok(Window { days: 14 }));
    assert_eq!("8w".parse(), Ok(Window { days: 56 }));
    assert_eq!("0d".parse(), Ok(Window { days: 0 }));
    assert_eq!(Window::default(), Window { days: 14 });
    for bad in ["", "14", "d", "2m", "-1d", "1.5w", "14 d", " 14d", "1dd", "é"] {
        let err = bad.parse::<Window>().unwrap_err();
        assert_eq!(
            err,
            format!("`{bad}` is not a duration; write a number of days or weeks, like 1d, 14d or 8w")
        );
    }
    assert_eq!(
        "5215w".parse::<Window>().unwrap_err(),
        "`5215w` is too long; at most 36500 days (about 100 years)"
    );
    assert!("99999999999d".parse::<Window>().unwrap_err().contains("too long"));
}

#[test]
fn days_are_told_in_words() {
    assert_eq!(relative_days(0), "today");
    assert_eq!(relative_days(1), "in 1 day");
    assert_eq!(relative_days(14), "in 14 days");
    assert_eq!(relative_days(-1), "1 day ago");
    assert_eq!(relative_days(-3), "3 days ago");
}

#[test]
fn days_are_calendar_days_across_the_spring_clock_change() {
    // The clocks go forward in the night of 27 to 28 March 2027: 12:00 to 12:00
    // is 23 hours, and still one day.
    let tz = DEFAULT_TIMEZONE;
    let from = utc("2027-03-27T12:00:00+01:00");
    let to = utc("2027-03-28T12:00:00+02:00");
    assert_eq!((to - from).num_hours(), 23);
    assert_eq!(days_between(from, to, tz), 1);
    assert_eq!(days_between(to, from, tz), -1);
    // Late in the evening to just after midnight is one calendar day too.
    assert_eq!(
        days_between(utc("2027-03-27T23:30:00+01:00"), utc("2027-03-28T00:30:00+01:00"), tz),
        1
    );
}

#[test]
fn days_are_calendar_days_across_the_autumn_clock_change() {
    // The clocks go back in the night of 30 to 31 October 2027: 25 hours, one day.
    let tz = DEFAULT_TIMEZONE;
    let from = utc("2027-10-30T12:00:00+02:00");
    let to = utc("2027-10-31T12:00:00+01:00");
    assert_eq!((to - from).num_hours(), 25);
    assert_eq!(days_between(from, to, tz), 1);
    // 23:59:59 the next day is still one day, not two.
    assert_eq!(days_between(from, utc("2027-10-31T23:59:59+01:00"), tz), 1);
}

#[test]
fn a_deadline_the_day_after_the_clocks_change_is_in_one_day_and_in_a_one_day_window() {
    let s = Schedule {
        registration_deadline: utc("2027-03-28T12:00:00+02:00"),
        questions_deadline: None,
        ..schedule()
    };
    let h = published();
    let f = facts(&s, &h, false);
    let none = Signing::default();
    let now = "2027-03-27T12:00:00+01:00";
    assert_eq!(
        report(&f, now, "1d", &none),
        [("registration-deadline".to_string(), false, 1)]
    );
    assert!(report(&f, now, "0d", &none).is_empty());
    let line = &f.reminders(utc(now), Window { days: 1 }, &none)[0];
    assert_eq!(relative_days(line.days), "in 1 day");
}

#[test]
fn an_open_tender_is_reminded_of_its_questions_answers_and_registration() {
    let s = schedule();
    let h = published();
    let f = facts(&s, &h, false);
    let none = Signing::default();
    // Answers are due 23 February 12:00, six days before 1 March 12:00.
    let got = report(&f, "2027-02-10T09:00:00+01:00", "14d", &none);
    assert_eq!(
        got,
        [
            ("questions-deadline".to_string(), false, 5),
            ("answers-deadline".to_string(), false, 13)
        ]
    );
    assert_eq!(keys(&report(&f, "2027-02-10T09:00:00+01:00", "1d", &none)).len(), 0);
    assert_eq!(
        keys(&report(&f, "2027-02-10T09:00:00+01:00", "3w", &none)),
        ["questions-deadline", "answers-deadline", "registration-deadline"]
    );
    let answers = f
        .agenda(utc("2027-02-10T09:00:00+01:00"))
        .into_iter()
        .find(|e| e.key == "answers-deadline")
        .unwrap();
    assert_eq!(answers.kind, DeadlineKind::AnswersDeadline);
    assert_eq!(answers.at, utc("2027-02-23T12:00:00+01:00"));
    assert_eq!(answers.label, "answers to questions due");
}

#[test]
fn drafts_ended_and_cancelled_tenders_are_silent() {
    let s = schedule();
    let none = Signing::default();
    let draft = History::default();
    assert!(report(&facts(&s, &draft, false), "2027-02-10T09:00:00+01:00", "8w", &none).is_empty());
    let cancelled = History {
        cancelled_at: Some(utc("2027-02-01T09:00:00+01:00")),
        ..published()
    };
    assert!(report(&facts(&s, &cancelled, false), "2027-02-10T09:00:00+01:00", "8w", &none).is_empty());
    assert!(
        facts(&s, &cancelled, false)
            .agenda(utc("2027-02-10T09:00:00Z"))
            .is_empty()
    );
    let ended = signed();
    let awarded = Signing {
        unsigned_awarded: vec!["Zorg B.V. (KvK 12345678)".to_string()],
        ..Signing::default()
    };
    assert!(report(&facts(&s, &ended, false), "2029-07-01T09:00:00+02:00", "8w", &awarded).is_empty());
}

#[test]
fn the_planned_award_decision_is_overdue_in_evaluation() {
    let s = schedule();
    let h = published();
    let f = facts(&s, &h, false);
    let none = Signing::default();
    assert!(report(&f, "2027-04-01T23:59:59+02:00", "0d", &none).is_empty());
    let got = f.reminders(utc("2027-04-03T09:00:00+02:00"), Window { days: 0 }, &none);
    assert_eq!(got.len(), 1);
    let line = &got[0];
    assert_eq!(
        (line.entry.kind, line.overdue, line.days),
        (DeadlineKind::AwardDecision, true, -2)
    );
    assert_eq!(line.entry.label, "the planned award decision has passed");
    assert_eq!(
        line.entry.next,
        "qualify the providers with `tender qualify` and score the offers with `tender score`, then record the decision with `tender award`"
    );
}

#[test]
fn a_standstill_without_a_final_award_is_overdue_and_names_the_objection() {
    let s = schedule();
    let h = decided();
    let none = Signing::default();
    // Decided 20 March; the standstill ends 9 April 23:59:59.
    let during = report(&facts(&s, &h, false), "2027-04-05T09:00:00+02:00", "7d", &none);
    assert_eq!(during, [("standstill-end".to_string(), false, 4)]);
    let after = facts(&s, &h, false).overdue(utc("2027-04-12T09:00:00+02:00"), &none);
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].kind, DeadlineKind::FinalAward);
    assert_eq!(after[0].at, utc("2027-04-09T23:59:59+02:00"));
    assert_eq!(after[0].next, "make the award final with `tender award --final`");
    let objected = History {
        open_objections: 1,
        ..decided()
    };
    let after = facts(&s, &objected, false).overdue(utc("2027-04-12T09:00:00+02:00"), &none);
    assert!(
        after[0].next.starts_with("resolve the open objection"),
        "{}",
        after[0].next
    );
}

#[test]
fn awarded_providers_who_have_not_signed_at_the_contract_start_are_overdue() {
    let s = schedule();
    let h = History {
        final_at: Some(utc("2027-04-15T10:00:00+02:00")),
        ..decided()
    };
    let f = facts(&s, &h, false);
    let signing = Signing {
        unsigned_awarded: vec!["Zorg B.V. (KvK 12345678)".to_string()],
        ..Signing::default()
    };
    assert!(f.signing_matters(utc("2027-07-01T00:00:00+02:00")));
    assert!(!f.signing_matters(utc("2027-06-30T00:00:00+02:00")));
    assert!(f.overdue(utc("2027-06-30T23:59:59+02:00"), &signing).is_empty());
    let late = f.overdue(utc("2027-07-02T08:00:00+02:00"), &signing);
    assert_eq!(late.len(), 1);
    assert_eq!(late[0].kind, DeadlineKind::ContractStart);
    assert_eq!(
        late[0].label,
        "the contracts started, but 1 awarded provider has not signed"
    );
    assert_eq!(
        late[0].next,
        "record the signed contracts with `tender sign`: Zorg B.V. (KvK 12345678)"
    );
    assert!(
        f.overdue(utc("2027-07-02T08:00:00+02:00"), &Signing::default())
            .is_empty()
    );
}

#[test]
fn newcomers_not_signed_at_their_joining_moment_are_overdue() {
    let s = schedule();
    let h = signed();
    let f = facts(&s, &h, true);
    let signing = Signing {
        unsigned_joiners: vec![
            (utc("2027-10-01T00:00:00+02:00"), "A (KvK 11111111)".to_string()),
            (utc("2027-10-01T00:00:00+02:00"), "B (KvK 22222222)".to_string()),
            (utc("2028-01-01T00:00:00+01:00"), "C (KvK 33333333)".to_string()),
        ],
        ..Signing::default()
    };
    let got = f.overdue(utc("2027-10-05T09:00:00+02:00"), &signing);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].key, "joining.2027-10-01");
    assert_eq!(
        got[0].label,
        "the joining moment passed, but 2 admitted newcomers have not signed"
    );
    // While the framework runs, the next joining moment is reminded too.
    let next = report(&f, "2027-12-20T09:00:00+01:00", "14d", &signing);
    assert_eq!(
        next,
        [
            ("joining.2027-10-01".to_string(), true, -80),
            ("joining.2028-01-01".to_string(), false, 12)
        ]
    );
}

#[test]
fn the_extension_notice_is_overdue_until_extended_or_ended() {
    let s = schedule();
    let h = signed();
    let f = facts(&s, &h, false);
    let none = Signing::default();
    // The contract ends 30 June 2029; 90 days before is 1 April 2029, 23:59:59.
    let before = report(&f, "2029-03-25T09:00:00+01:00", "14d", &none);
    assert_eq!(before, [("extension-notice".to_string(), false, 7)]);
    let after = f.overdue(utc("2029-04-03T09:00:00+02:00"), &none);
    assert_eq!(after.len(), 1);
    assert_eq!(
        after[0].label,
        "the notice date for extension option 1 of 1 (12 months) has passed"
    );
    assert_eq!(
        after[0].next,
        "exercise it with `tender extend`, or let the contract end on 2029-06-30 23:59"
    );
    let extended = History {
        extensions_used: 1,
        ..signed()
    };
    assert!(
        facts(&s, &extended, false)
            .overdue(utc("2029-04-03T09:00:00+02:00"), &none)
            .is_empty()
    );
}

#[test]
fn the_agenda_of_an_open_house_lists_every_joining_moment() {
    let s = schedule();
    let h = published();
    let agenda = facts(&s, &h, true).agenda(utc("2027-02-01T09:00:00+01:00"));
    let joining: Vec<&str> = agenda
        .iter()
        .filter(|e| e.kind == DeadlineKind::Joining)
        .map(|e| e.key.as_str())
        .collect();
    assert_eq!(
        joining.len(),
        7,
        "quarterly from October 2027 to April 2029: {joining:?}"
    );
    assert_eq!(joining[0], "joining.2027-10-01");
    let keys: HashSet<&str> = agenda.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys.len(), agenda.len(), "keys are unique");
    assert!(agenda.windows(2).all(|w| w[0].at <= w[1].at));
}

#[test]
fn who_has_to_sign_follows_the_decision_and_the_signatures() {
    let line = |kvk: &str, lot: &str, awarded: bool| AwardLine {
        lot: lot.to_string(),
        kvk: kvk.to_string(),
        name: format!("Zorg {kvk}"),
        rank: Some(1),
        score: None,
        awarded,
        excluded: None,
    };
    let decision = Decision {
        number: 1,
        decided_at: utc("2027-03-20T10:00:00+01:00"),
        draw: Vec::new(),
        lines: vec![
            line("11111111", "a", true),
            line("11111111", "b", true),
            line("22222222", "a", true),
            line("33333333", "a", false),
        ],
    };
    let signature = Signature {
        kvk: "22222222".to_string(),
        name: "Zorg 22222222".to_string(),
        signed_on: utc("2027-05-01T10:00:00+02:00"),
        effective_at: utc("2027-07-01T00:00:00+02:00"),
    };
    let signing = Signing::new(Some(&decision), &[], &[signature]);
    assert_eq!(signing.unsigned_awarded, ["Zorg 11111111 (KvK 11111111)"]);
    assert!(signing.unsigned_joiners.is_empty());
    assert_eq!(Signing::new(None, &[], &[]), Signing::default());
}

#[test]
fn what_no_longer_applies_is_withdrawn_with_its_reason() {
    let s = schedule();
    let now = utc("2028-01-10T09:00:00+01:00");
    let withdrawn = |h: &History| -> Vec<(String, String)> {
        facts(&s, h, false)
            .withdrawn(now)
            .into_iter()
            .map(|(e, why)| (e.key, why.to_string()))
            .collect()
    };
    assert_eq!(withdrawn(&published()), [], "nothing before a decision");
    assert_eq!(
        withdrawn(&decided()),
        [(
            "award-decision".to_string(),
            "the award decision was recorded on 2027-03-20 10:00".to_string()
        )]
    );
    let extended = History {
        extensions_used: 1,
        ..signed()
    };
    let keys: Vec<String> = withdrawn(&extended).into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["award-decision", "extension-notice"], "the only option is used");
    let cancelled = History {
        cancelled_at: Some(utc("2027-02-01T10:00:00+01:00")),
        ..published()
    };
    let all = withdrawn(&cancelled);
    assert_eq!(all.len(), facts(&s, &published(), false).agenda(now).len());
    assert!(
        all.iter()
            .all(|(_, why)| why == "the tender was cancelled on 2027-02-01 10:00")
    );
}

/// Every 25 hours (so that every hour of the day comes round) from a month
/// before the announcement to a year after the contract end.
fn moments(schedule: &Schedule) -> Vec<DateTime<Utc>> {
    let mut at = schedule.announce - chrono::Duration::days(30);
    let mut all = Vec::new();
    while at < schedule.contract_end + chrono::Duration::days(400) {
        all.push(at);
        at += chrono::Duration::hours(25);
    }
    all
}

#[test]
fn the_watch_of_a_tender_covers_every_run_that_reports_it() {
    let schedule = schedule();
    let awarded = Signing {
        unsigned_awarded: vec!["Zorg (KvK 10000001)".to_string()],
        unsigned_joiners: vec![(utc("2027-10-01T00:00:00+02:00"), "Nieuw (KvK 10000002)".to_string())],
    };
    let extended = History {
        extensions_used: 1,
        ..signed()
    };
    let cancelled = History {
        cancelled_at: Some(utc("2027-02-01T10:00:00+01:00")),
        ..published()
    };
    let histories = [
        History::default(),
        published(),
        decided(),
        signed(),
        extended,
        cancelled,
    ];
    let owing = Duties {
        unanswered: vec![1],
        award_notice: Some(utc("2027-07-30T23:59:59+02:00")),
        expiring: vec![Expiring {
            kvk: "12345678".to_string(),
            who: "Zorg (KvK 12345678)".to_string(),
            kind: crate::domain::evidence::EvidenceKind::Gva,
            at: utc("2027-12-31T23:59:59+01:00"),
        }],
    };
    let all = moments(&schedule);
    for history in &histories {
        for open_house in [false, true] {
            let facts = facts(&schedule, history, open_house);
            for (signing, duties) in [Signing::default(), awarded.clone()]
                .into_iter()
                .flat_map(|signing| [(signing.clone(), Duties::default()), (signing, owing.clone())])
            {
                // Changes at a few moments; runs at every moment after each.
                for changed in all.iter().step_by(211) {
                    let watch = facts.watch(*changed, &signing, &duties);
                    for now in all.iter().filter(|now| *now >= changed) {
                        for window in [Window { days: 1 }, Window::default(), Window { days: 120 }] {
                            if !facts.reminders(*now, window, &signing).is_empty()
                                || !facts.duty_reminders(*now, window, &duties).is_empty()
                            {
                                assert!(
                                    watch.concerns(*now, window.horizon(*now)),
                                    "{history:?} open house {open_house}, {duties:?}, changed {changed}, run at {now} \
                                     within {} days reports something the watch {watch:?} misses",
                                    window.days
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_signed_tender_is_watched_until_its_end_and_a_draft_not_at_all() {
    let schedule = schedule();
    let signed = signed();
    let facts = facts(&schedule, &signed, false);
    let watch = facts.watch(
        utc("2027-05-01T10:00:00+02:00"),
        &Signing::default(),
        &Duties::default(),
    );
    // Every provider signed: overdue only once the notice date of the option passes.
    assert_eq!(
        watch.overdue.map(|(from, _)| from),
        Some(facts.schedule.days_before(facts.contract_end(), 90))
    );
    let ended = facts.watch(
        utc("2029-08-01T10:00:00+02:00"),
        &Signing::default(),
        &Duties::default(),
    );
    assert!(ended.moments.is_empty() && ended.overdue.is_none(), "{ended:?}");
    let draft = History::default();
    let draft = self::facts(&schedule, &draft, false).watch(
        utc("2027-01-01T10:00:00+01:00"),
        &Signing::default(),
        &Duties::default(),
    );
    assert!(draft.moments.is_empty() && draft.overdue.is_none(), "{draft:?}");
}

#[test]
fn a_provider_that_joins_again_after_a_termination_is_reminded_until_it_signs_again() {
    let joiner = crate::domain::intake::Registration {
        kvk: "44444444".to_string(),
        name: "Zorg 44444444".to_string(),
        agb: None,
        email: None,
        lots: vec!["a".to_string()],
        meets: Vec::new(),
        small: false,
        status: crate::domain::intake::Status::Qualified,
        reason: None,
        registered_at: utc("2027-09-01T10:00:00+02:00"),
        joining: true,
        joining_at: Some(utc("2027-10-01T00:00:00+02:00")),
    };
    let old = Signature {
        kvk: "44444444".to_string(),
        name: "Zorg 44444444".to_string(),
        signed_on: utc("2027-05-01T10:00:00+02:00"),
        effective_at: utc("2027-07-01T00:00:00+02:00"),
    };
    let registrations = [joiner];
    let signing = Signing::new(None, &registrations, std::slice::from_ref(&old));
    assert_eq!(
        signing.unsigned_joiners.len(),
        1,
        "the old signature was terminated before it applied again"
    );
    let again = Signature {
        signed_on: utc("2027-10-01T10:00:00+02:00"),
        ..old.clone()
    };
    assert!(
        Signing::new(None, &registrations, &[old, again])
            .unsigned_joiners
            .is_empty()
    );
}

#[test]
fn a_joining_moment_is_reminded_only_when_a_newcomer_waits_for_it() {
    let s = schedule();
    let h = signed();
    let f = facts(&s, &h, true);
    let now = "2027-09-20T09:00:00+02:00";
    let joining = |signing: &Signing| -> Vec<String> {
        report(&f, now, "3w", signing)
            .into_iter()
            .map(|(key, _, _)| key)
            .filter(|key| key.starts_with("joining"))
            .collect()
    };
    assert!(joining(&Signing::default()).is_empty(), "nobody waits");
    let waiting = Signing {
        unsigned_joiners: vec![(utc("2027-10-01T00:00:00+02:00"), "Zorg (KvK 12345678)".to_string())],
        ..Signing::default()
    };
    assert_eq!(joining(&waiting), ["joining.2027-10-01"]);
}

#[test]
fn duties_remind_of_unanswered_questions_the_award_notice_and_expiring_evidence() {
    use crate::domain::evidence::{Evidence, EvidenceKind};
    let s = schedule();
    let open = published();
    let duties = Duties {
        unanswered: vec![2],
        ..Duties::default()
    };
    let f = facts(&s, &open, false);
    let window = Window::default();
    assert!(
        f.duty_reminders(utc("2027-02-23T12:00:00+01:00"), window, &duties)
            .is_empty(),
        "not yet due"
    );
    let late = f.duty_reminders(utc("2027-02-23T12:00:01+01:00"), window, &duties);
    assert_eq!(late.len(), 1);
    assert_eq!(
        (late[0].entry.key.as_str(), late[0].overdue),
        ("unanswered-question.2", true)
    );

    let h = signed();
    let piece = |issued: &str, expires: Option<&str>| Evidence {
        kvk: "12345678".to_string(),
        name: "Zorg".to_string(),
        kind: EvidenceKind::Gva,
        issued: issued.parse().unwrap(),
        expires: expires.map(|d| d.parse().unwrap()),
        reference: None,
    };
    let expiring = Expiring::latest(
        &[
            piece("2026-01-01", Some("2027-12-31")),
            piece("2025-01-01", Some("2026-12-31")),
        ],
        DEFAULT_TIMEZONE,
    );
    assert_eq!(expiring.len(), 1, "the piece valid longest counts");
    assert!(
        Expiring::latest(
            &[piece("2026-01-01", Some("2027-12-31")), piece("2027-01-01", None)],
            DEFAULT_TIMEZONE
        )
        .is_empty()
    );
    let duties = Duties {
        award_notice: Some(utc("2027-07-30T23:59:59+02:00")),
        expiring,
        ..Duties::default()
    };
    let f = facts(&s, &h, false);
    let keys = |now: &str| -> Vec<(String, bool)> {
        f.duty_reminders(utc(now), window, &duties)
            .into_iter()
            .map(|r| (r.entry.key, r.overdue))
            .collect()
    };
    assert!(keys("2027-07-10T09:00:00+02:00").is_empty());
    assert_eq!(keys("2027-07-20T09:00:00+02:00"), [("award-notice".to_string(), false)]);
    assert_eq!(
        keys("2027-10-22T09:00:00+02:00"),
        [
            ("award-notice".to_string(), true),
            ("evidence-expiry.gva.12345678".to_string(), false)
        ]
    );
    assert_eq!(
        keys("2028-01-01T09:00:00+01:00")[1],
        ("evidence-expiry.gva.12345678".to_string(), true)
    );
}
