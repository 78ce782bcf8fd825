//! Time runs forward per tender (SPEC §2): nothing is recorded at a moment
//! before the tender's latest event, and a date a command is given (`--on`)
//! does not lie before what it refers to. So `log` is in order and no
//! backdated change can reopen what a later event closed.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::audit::Event;
use super::message::{Arg, Message, msg};

/// A change at a moment before the tender's latest recorded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Backdated {
    pub now: DateTime<Utc>,
    pub latest: Event,
    pub timezone: Tz,
}

impl From<Backdated> for Message {
    fn from(b: Backdated) -> Message {
        msg!(
            "backdated",
            now = Arg::moment(b.now, b.timezone),
            event = b.latest.id,
            kind = b.latest.kind.as_str(),
            at = Arg::moment(b.latest.at, b.timezone)
        )
    }
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

/// What a date given to a command refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// The day the tender was loaded (its first event).
    Loaded,
    /// A joiner's application.
    Application,
}

/// A date given to a command (`--on`) that lies before what it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooEarly {
    pub on: DateTime<Utc>,
    pub what: Reference,
    pub at: DateTime<Utc>,
    pub timezone: Tz,
}

impl From<TooEarly> for Message {
    fn from(t: TooEarly) -> Message {
        msg!(
            "too-early",
            on = Arg::moment(t.on, t.timezone),
            what = match t.what {
                Reference::Loaded => "loaded",
                Reference::Application => "application",
            },
            at = Arg::moment(t.at, t.timezone)
        )
    }
}

/// Allows a given date `on` at or after `at`, the moment of `what` it refers to.
pub fn not_before(on: DateTime<Utc>, what: Reference, at: DateTime<Utc>, timezone: Tz) -> Result<(), TooEarly> {
    if on < at {
        return Err(TooEarly { on, what, at, timezone });
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
            Message::from(refused).to_string(),
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
        let early = not_before(
            utc("2027-07-09T22:00:00Z"),
            Reference::Application,
            at,
            DEFAULT_TIMEZONE,
        )
        .unwrap_err();
        assert_eq!(
            Message::from(early),
            msg!(
                "too-early",
                on = Arg::moment(utc("2027-07-09T22:00:00Z"), DEFAULT_TIMEZONE),
                what = "application",
                at = Arg::moment(at, DEFAULT_TIMEZONE)
            )
        );
        assert!(not_before(at, Reference::Application, at, DEFAULT_TIMEZONE).is_ok());
    }
}
