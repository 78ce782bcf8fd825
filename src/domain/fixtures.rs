//! What the domain's unit tests share: instants written as RFC 3339, and one
//! schedule (a tender of 2027 in Europe/Amsterdam) that each test varies.

use chrono::{DateTime, Utc};

use super::schedule::{DEFAULT_TIMEZONE, Schedule};

pub fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

/// Published in January 2027, registration until 1 March, the decision planned
/// for 1 April, a 20-day standstill, contracts from 1 July 2027 to 30 June 2029
/// with one 12-month option (90 days' notice), no joining moments.
pub fn schedule() -> Schedule {
    Schedule {
        timezone: DEFAULT_TIMEZONE,
        announce: utc("2027-01-04T09:00:00+01:00"),
        questions_deadline: Some(utc("2027-02-15T12:00:00+01:00")),
        registration_deadline: utc("2027-03-01T12:00:00+01:00"),
        award_decision: utc("2027-04-01T23:59:59+02:00"),
        standstill_days: 20,
        contract_start: utc("2027-07-01T00:00:00+02:00"),
        contract_end: utc("2029-06-30T23:59:59+02:00"),
        extension_months: vec![12],
        extension_notice_days: 90,
        joining: None,
    }
}
