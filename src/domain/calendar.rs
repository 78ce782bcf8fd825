//! The versions of a tender's calendar events (RFC 5545 `SEQUENCE`, `CREATED`,
//! `LAST-MODIFIED`), replayed from its audit trail: after every recorded event
//! the calendar is worked out as it stood then, and an event whose moment,
//! text or status differs from before is one version further. So the numbers
//! grow exactly when an event changes, the same in every export, and a calendar
//! program that updates by `SEQUENCE` (Outlook) takes every change.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::audit::{Event, EventKind, Trail};
use super::lifecycle::{Facts, History};
use super::message::Message;
use super::reminders::Entry;

/// One event of the calendar as it is written: when, what, and whether it is cancelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    pub entry: Entry,
    /// Why a deadline that no longer applies was withdrawn; `None` while it applies.
    pub withdrawn: Option<Message>,
}

/// How often an event changed, and when it first and last did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    /// 0 for the event as first recorded, one more for every change.
    pub sequence: u32,
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
}

/// Every event of a tender's calendar at `now`: the deadlines that apply,
/// then those of its plan that no longer do (cancelled in the file).
pub fn events(facts: &Facts, now: DateTime<Utc>) -> Vec<CalendarEvent> {
    let applying = facts
        .agenda(now)
        .into_iter()
        .map(|entry| CalendarEvent { entry, withdrawn: None });
    let withdrawn = facts.withdrawn(now).into_iter().map(|(entry, why)| CalendarEvent {
        entry,
        withdrawn: Some(why),
    });
    applying.chain(withdrawn).collect()
}

/// The version of every event key of the tender's calendar, replayed from `trail`.
/// The title is part of what an event says, so a new title is a new version too.
pub fn versions(trail: &Trail) -> HashMap<String, Version> {
    let mut versions: HashMap<String, Version> = HashMap::new();
    let mut said: HashMap<String, (String, CalendarEvent)> = HashMap::new();
    for event in trail.events.iter().filter(|e| changes_the_calendar(trail, e)) {
        let Some(revision) = trail.revisions.iter().rev().find(|r| r.event <= event.id) else {
            continue;
        };
        let tender = &revision.fact;
        let history = replayed(trail, event.id);
        let facts = Facts {
            kind: tender.definition.kind,
            open_house: tender.definition.is_open_house(),
            schedule: &tender.schedule,
            history: &history,
        };
        for shown in events(&facts, event.at) {
            let key = shown.entry.key.clone();
            let now_said = (tender.definition.title.clone(), shown);
            match said.get(&key) {
                Some(before) if *before == now_said => continue,
                Some(_) => {
                    let version = versions.get_mut(&key).expect("a said event has a version");
                    version.sequence += 1;
                    version.modified = event.at;
                }
                None => {
                    versions.insert(
                        key.clone(),
                        Version {
                            sequence: 0,
                            created: event.at,
                            modified: event.at,
                        },
                    );
                }
            }
            said.insert(key, now_said);
        }
    }
    versions
}

/// Whether the calendar can differ after `event`: what it shows follows from
/// the definition (a new revision) and from what `replayed` reads, and from
/// nothing else, so an intake of thousands of registrations is skipped.
fn changes_the_calendar(trail: &Trail, event: &Event) -> bool {
    matches!(
        event.kind,
        EventKind::Publish
            | EventKind::Cancel
            | EventKind::Award
            | EventKind::FinalAward
            | EventKind::Extend
            | EventKind::Sign
    ) || trail.revisions.iter().any(|r| r.event == event.id)
}

/// What the lifecycle knew of the tender right after event `upto`, as far as
/// its calendar depends on it: publication, the latest decision, the final
/// award, the first signature, extensions and the cancellation.
fn replayed(trail: &Trail, upto: i64) -> History {
    let mut history = History::default();
    for event in trail.events.iter().take_while(|e| e.id <= upto) {
        match event.kind {
            EventKind::Publish => history.published_at = history.published_at.or(Some(event.at)),
            EventKind::Cancel => history.cancelled_at = Some(event.at),
            EventKind::Award => {
                history.decided_at = Some(event.at);
                history.final_at = None;
            }
            EventKind::FinalAward => history.final_at = Some(event.at),
            EventKind::Extend => history.extensions_used += 1,
            EventKind::Sign if history.first_signed_at.is_none() => {
                let first = trail.signatures.iter().find(|s| s.event <= upto);
                history.first_signed_at = Some(first.map_or(event.at, |s| s.fact.signed_on));
            }
            _ => {}
        }
    }
    history
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::audit::Recorded;
    use crate::domain::tender::Tender;

    fn event(id: i64, at: &str, kind: EventKind) -> Event {
        Event {
            id,
            at: at.parse().unwrap(),
            actor: "inkoper".to_string(),
            kind,
            detail: String::new(),
            account: None,
        }
    }

    fn trail(events: Vec<Event>, revisions: Vec<(i64, &str)>) -> Trail {
        Trail {
            events,
            revisions: revisions
                .into_iter()
                .map(|(event, source)| Recorded {
                    event,
                    fact: Tender::from_source(source).unwrap().0,
                })
                .collect(),
            decisions: Vec::new(),
            signatures: Vec::new(),
            amendments: Vec::new(),
            terminations: Vec::new(),
            enquiries: Vec::new(),
        }
    }

    const CLASSIC: &str = include_str!("../templates/classic.toml");

    #[test]
    fn an_event_is_one_version_further_only_when_it_changes() {
        let later = CLASSIC.replacen(
            "registration_deadline = 2027-03-01T12:00:00",
            "registration_deadline = 2027-03-08T12:00:00",
            1,
        );
        let t = trail(
            vec![
                event(1, "2026-12-01T09:00:00Z", EventKind::New),
                event(2, "2027-01-11T08:00:00Z", EventKind::Publish),
                event(3, "2027-01-20T08:00:00Z", EventKind::Register),
                event(4, "2027-02-01T08:00:00Z", EventKind::Rectify),
                event(5, "2027-05-03T08:00:00Z", EventKind::Award),
                event(6, "2027-05-04T08:00:00Z", EventKind::Cancel),
            ],
            vec![(1, CLASSIC), (4, &later)],
        );
        let versions = versions(&t);
        let v = |key: &str| versions[key];
        let created: DateTime<Utc> = "2026-12-01T09:00:00Z".parse().unwrap();
        // Moved by the rectificatie, then cancelled with the tender.
        let registration = v("registration-deadline");
        assert_eq!((registration.sequence, registration.created), (2, created));
        assert_eq!(
            registration.modified,
            "2027-05-04T08:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        // The answers are due 6 days before it: moved too.
        assert_eq!(v("answers-deadline").sequence, 2);
        // The questions deadline did not move, but its text names the answers'
        // date, which did; then the cancellation.
        assert_eq!(v("questions-deadline").sequence, 2);
        // The contract start: only the cancellation changed it.
        assert_eq!(v("contract-start").sequence, 1);
        // The award decision: withdrawn by the decision, then cancelled with the tender
        // (a new reason, so a new version).
        assert_eq!(v("award-decision").sequence, 2);
        // The standstill end appeared with the decision.
        let standstill = v("standstill-end");
        assert_eq!(
            standstill.created,
            "2027-05-03T08:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert_eq!(standstill.sequence, 1, "then cancelled");
    }

    #[test]
    fn the_replay_is_the_same_every_time_and_only_grows_with_the_trail() {
        let events = vec![
            event(1, "2026-12-01T09:00:00Z", EventKind::New),
            event(2, "2027-01-11T08:00:00Z", EventKind::Publish),
            event(3, "2027-05-03T08:00:00Z", EventKind::Award),
        ];
        let short = trail(events[..2].to_vec(), vec![(1, CLASSIC)]);
        let long = trail(events, vec![(1, CLASSIC)]);
        assert_eq!(versions(&long), versions(&long));
        for (key, before) in versions(&short) {
            let after = versions(&long)[&key];
            assert!(after.sequence >= before.sequence, "{key}");
            assert_eq!(after.created, before.created, "{key}");
        }
    }
}
