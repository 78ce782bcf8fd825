//! Time runs forward per tender (SPEC §2): nothing is recorded at a moment
//! before the tender's latest event, and a date a command is given (`--on`)
//! does not lie before what it refers to. So `log` is in order and no
//! backdated change can reopen what a later event closed.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::audit::Event;
use super::schedule::local_text;

/// A change at a moment before the tender's latest recorded event.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "the moment {now} lies before event {event} of this tender ({kind}, recorded {at}); time runs forward per tender: act at {at} or later",
    now = local_text(*now, *timezone),
    event = latest.id,
    kind = latest.kind,
    at = local_text(latest.at, *timezone)
)]
pub struct Backdated {
    pub now: DateTime<Utc>,
    pub latest: Event,
    pub timezone: Tz,
}

/// Allows a change at `now` unless it lies before the latest event (the same
/// moment is fine: two steps of one meeting).
pub fn forward(latest: Option<&Event>, now: DateTime<Utc>, timezone: Tz) -> Result<(), Backdated> {
    match latest {
        Some(event) if now < event.at => Err(Backdated {
            now,
            latest: event.clone(),
            timezone,
        }),
        _ => Ok(()),
    }
}

/// A date given to a command (`--on`) that lies before what it refers to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("--on {on} lies before {what} ({at}); give {at} or later", on = local_text(*on, *timezone), at = local_text(*at, *timezone))]
pub struct TooEarly {
    pub on: DateTime<Utc>,
    pub what: String,
    pub at: DateTime<Utc>,
    pub timezone: Tz,
}

/// Allows a given date `on` at or after `at`, the moment of `what` it refers to.
pub fn not_before(on: DateTime<Utc>, what: &str, at: DateTime<Utc>, timezone: Tz) -> Result<(), TooEarly> {
    if on < at {
        return Err(TooEarly {
            on,
            what: what.to_string(),
            at,
            timezone,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::audit::EventKind;
    use crate::domain::fixtures::utc;
    use crate::domain::schedule::DEFAULT_TIMEZONE;

    fn event(at: &str) -> Event {
        Event {
            id: 7,
            at: utc(at),
            actor: "inkoper".into(),
            kind: EventKind::Qualify,
            detail: String::new(),
            account: None,
        }
    }

    #[test]
    fn a_change_before_the_latest_event_is_refused_naming_it_in_local_time() {
        let latest = event("2027-03-02T09:00:00Z");
        let refused = forward(Some(&latest), utc("2027-03-01T09:00:00Z"), DEFAULT_TIMEZONE).unwrap_err();
        assert_eq!(
            refused.to_string(),
            "the moment 2027-03-01 10:00 lies before event 7 of this tender (qualify, recorded 2027-03-02 10:00); \
             time runs forward per tender: act at 2027-03-02 10:00 or later"
        );
    }

    #[test]
    fn the_same_moment_or_later_and_a_first_event_are_allowed() {
        let latest = event("2027-03-02T09:00:00Z");
        assert!(forward(Some(&latest), utc("2027-03-02T09:00:00Z"), DEFAULT_TIMEZONE).is_ok());
        assert!(forward(Some(&latest), utc("2027-03-02T09:00:01Z"), DEFAULT_TIMEZONE).is_ok());
        assert!(forward(None, utc("2000-01-01T00:00:00Z"), DEFAULT_TIMEZONE).is_ok());
    }

    #[test]
    fn a_date_before_what_it_refers_to_is_refused() {
        let at = utc("2027-07-10T10:00:00Z");
        let early = not_before(utc("2027-07-09T22:00:00Z"), "the final award", at, DEFAULT_TIMEZONE).unwrap_err();
        assert_eq!(
            early.to_string(),
            "--on 2027-07-10 00:00 lies before the final award (2027-07-10 12:00); give 2027-07-10 12:00 or later"
        );
        assert!(not_before(at, "the final award", at, DEFAULT_TIMEZONE).is_ok());
    }
}
