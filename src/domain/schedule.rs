//! The timeline resolved to instants: local dates and times in the tender's
//! time zone become UTC, with bare dates meaning the start or the end of the day.

use chrono::{
    DateTime, Datelike, Days, FixedOffset, LocalResult, Months, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat,
    TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use toml::value::{Datetime, Offset};

use super::definition::{Frequency, Joining, TimelineSpec};
use super::message::{Message, msg};
use super::termijnen;

/// The time zone of a definition that names none, and of `--now` without an offset.
pub const DEFAULT_TIMEZONE: Tz = chrono_tz::Europe::Amsterdam;

/// What a bare date means: a start is its first second, a deadline its last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// The joining moments of an open house, resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum JoiningMoments {
    Every(Frequency),
    Dates(Vec<DateTime<Utc>>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub timezone: Tz,
    pub announce: DateTime<Utc>,
    pub questions_deadline: Option<DateTime<Utc>>,
    pub registration_deadline: DateTime<Utc>,
    pub award_decision: DateTime<Utc>,
    pub standstill_days: u32,
    pub contract_start: DateTime<Utc>,
    pub contract_end: DateTime<Utc>,
    pub extension_months: Vec<u32>,
    pub extension_notice_days: u32,
    pub joining: Option<JoiningMoments>,
}

impl Schedule {
    /// Resolves every date of the timeline; the error names the field and why.
    pub fn resolve(spec: &TimelineSpec, timezone: Tz, standstill_days: u32) -> Result<Schedule, Message> {
        let at = |field: &str, value: &Datetime, edge| {
            instant(value, timezone, edge)
                .map_err(|why| msg!("timeline-value", field = field, value = value.to_string(), why = why))
        };
        let joining = match &spec.joining {
            None => None,
            Some(Joining::Every(frequency)) => Some(JoiningMoments::Every(*frequency)),
            Some(Joining::Dates(dates)) => Some(JoiningMoments::Dates(
                dates
                    .iter()
                    .map(|d| at("joining", d, Edge::Start))
                    .collect::<Result<_, _>>()?,
            )),
        };
        Ok(Schedule {
            timezone,
            announce: at("announce", &spec.announce, Edge::Start)?,
            questions_deadline: spec
                .questions_deadline
                .as_ref()
                .map(|d| at("questions_deadline", d, Edge::End))
                .transpose()?,
            registration_deadline: at("registration_deadline", &spec.registration_deadline, Edge::End)?,
            award_decision: at("award_decision", &spec.award_decision, Edge::End)?,
            standstill_days,
            contract_start: at("contract_start", &spec.contract_start, Edge::Start)?,
            contract_end: at("contract_end", &spec.contract_end, Edge::End)?,
            extension_months: spec.extension_months.clone(),
            extension_notice_days: spec.extension_notice_days,
            joining,
        })
    }

    /// The contract end after the first `used` extension options.
    pub fn contract_end_after(&self, used: usize) -> DateTime<Utc> {
        // Months are added to the day after the end, so that a contract ending on
        // 30 June extended by 18 months ends on 31 December, not on the 30th.
        // Saturating: absurd options must not overflow; they leave the end unmoved below.
        let months = self
            .extension_months
            .iter()
            .take(used)
            .fold(0u32, |sum, m| sum.saturating_add(*m));
        let local = self.contract_end.with_timezone(&self.timezone).naive_local();
        let moved = local
            .date()
            .checked_add_days(Days::new(1))
            .and_then(|next| next.checked_add_months(Months::new(months)))
            .and_then(|next| next.checked_sub_days(Days::new(1)))
            .map_or(local, |day| day.and_time(local.time()));
        resolve_local(moved, self.timezone).unwrap_or(self.contract_end)
    }

    /// The latest possible end, with every extension option exercised.
    pub fn max_extent(&self) -> DateTime<Utc> {
        self.contract_end_after(self.extension_months.len())
    }

    /// The standstill ends at the end of the Nth calendar day after the day of
    /// the decision (art. 2.127 Aw), in the tender's time zone; where that day
    /// is a Saturday, Sunday or holiday, at the end of the next working day
    /// (Algemene termijnenwet art. 1 and 3). The one rule for every command.
    pub fn standstill_end(&self, decided_at: DateTime<Utc>) -> DateTime<Utc> {
        let day = decided_at.with_timezone(&self.timezone).date_naive();
        let last = day
            .checked_add_days(Days::new(self.standstill_days.into()))
            .unwrap_or(day);
        end_of_day(termijnen::last_day(last), self.timezone)
    }

    /// The same local time of day, `days` calendar days earlier.
    pub fn days_before(&self, at: DateTime<Utc>, days: u32) -> DateTime<Utc> {
        let local = at.with_timezone(&self.timezone).naive_local();
        local
            .checked_sub_days(Days::new(days.into()))
            .and_then(|earlier| resolve_local(earlier, self.timezone).ok())
            .or_else(|| at.checked_sub_signed(chrono::Duration::days(days.into())))
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }

    /// `2021-05-23 12:00` in the tender's time zone.
    pub fn local(&self, at: DateTime<Utc>) -> String {
        local_text(at, self.timezone)
    }

    /// The local calendar date of an instant.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.timezone).date_naive()
    }
}

/// RFC 3339 with the local offset, as JSON and exports carry times.
pub fn rfc3339(at: DateTime<Utc>, timezone: Tz) -> String {
    at.with_timezone(&timezone).to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// `2021-05-23 12:00` in `timezone`.
pub fn local_text(at: DateTime<Utc>, timezone: Tz) -> String {
    at.with_timezone(&timezone).format("%Y-%m-%d %H:%M").to_string()
}

/// The last second of a local day. Where the day ends in a gap, or was
/// skipped entirely (Samoa, 30 December 2011), the last second before it.
pub fn end_of_day(day: NaiveDate, timezone: Tz) -> DateTime<Utc> {
    let last_second = day.and_time(NaiveTime::from_hms_opt(23, 59, 59).expect("a valid time"));
    (0..=48)
        .find_map(|hours| resolve_local(last_second - chrono::Duration::hours(hours), timezone).ok())
        .expect("no time zone skips two days")
}

/// Resolves a TOML date or date-time in `timezone`.
pub fn instant(value: &Datetime, timezone: Tz, edge: Edge) -> Result<DateTime<Utc>, Message> {
    let Some(date) = value.date else {
        return Err(msg!("time-without-date"));
    };
    let day = NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
        .ok_or_else(|| msg!("not-a-calendar-date"))?;
    let Some(time) = value.time else {
        return Ok(match edge {
            Edge::Start => resolve_local(day.and_time(NaiveTime::MIN), timezone)?,
            Edge::End => end_of_day(day, timezone),
        });
    };
    let time = NaiveTime::from_hms_nano_opt(
        time.hour.into(),
        time.minute.into(),
        time.second.into(),
        time.nanosecond,
    )
    .ok_or_else(|| msg!("not-a-time-of-day"))?;
    let local = day.and_time(time);
    match value.offset {
        None => resolve_local(local, timezone),
        Some(offset) => {
            let seconds = match offset {
                Offset::Z => 0,
                Offset::Custom { minutes } => i32::from(minutes) * 60,
            };
            let offset = FixedOffset::east_opt(seconds).ok_or_else(|| msg!("not-an-offset"))?;
            offset
                .from_local_datetime(&local)
                .single()
                .map(|t| t.with_timezone(&Utc))
                .ok_or_else(|| msg!("not-a-date-time"))
        }
    }
}

/// A local date-time in `timezone`. In the autumn hour that occurs twice, the
/// first (summer-time) occurrence is meant; the spring hour that is skipped
/// does not exist and is refused.
pub fn resolve_local(local: NaiveDateTime, timezone: Tz) -> Result<DateTime<Utc>, Message> {
    match timezone.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Ok(t.with_timezone(&Utc)),
        LocalResult::None => Err(msg!(
            "skipped-hour",
            local = local.format("%Y-%m-%d %H:%M").to_string(),
            timezone = timezone.name()
        )),
    }
}

/// Parses a moment typed on the command line: `YYYY-MM-DD[THH:MM[:SS]]` in
/// `timezone` (a bare date meaning `edge` of that day) or RFC 3339, in the
/// years of `bounds::YEARS`. A leap second (`23:59:60`) is refused: no
/// deadline falls in one, and chrono would carry it as a second that sorts
/// oddly against the others.
pub fn parse_moment(text: &str, timezone: Tz, edge: Edge) -> Result<DateTime<Utc>, Message> {
    let at = parse_any_moment(text, timezone, edge)?;
    if at.nanosecond() >= 1_000_000_000 {
        return Err(msg!("leap-second", text = text));
    }
    let year = at.with_timezone(&timezone).year();
    if !super::bounds::YEARS.contains(&year) {
        return Err(msg!(
            "moment-year-out-of-bounds",
            text = text,
            year = year.to_string(),
            min = super::bounds::YEARS.start().to_string(),
            max = super::bounds::YEARS.end().to_string()
        ));
    }
    Ok(at)
}

fn parse_any_moment(text: &str, timezone: Tz, edge: Edge) -> Result<DateTime<Utc>, Message> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(t.with_timezone(&Utc));
    }
    let invalid = || msg!("not-a-moment", text = text);
    if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return match edge {
            Edge::Start => resolve_local(day.and_time(NaiveTime::MIN), timezone),
            Edge::End => Ok(end_of_day(day, timezone)),
        };
    }
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
        .map_err(|_| invalid())?;
    resolve_local(local, timezone).map_err(|why| msg!("moment-named", text = text, why = why))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{self, utc};

    fn toml_date(text: &str) -> Datetime {
        text.parse().unwrap()
    }

    #[test]
    fn a_bare_deadline_is_the_end_of_the_day_and_a_start_its_beginning() {
        let day = toml_date("2021-05-23");
        assert_eq!(
            instant(&day, DEFAULT_TIMEZONE, Edge::End).unwrap(),
            utc("2021-05-23T23:59:59+02:00")
        );
        assert_eq!(
            instant(&day, DEFAULT_TIMEZONE, Edge::Start).unwrap(),
            utc("2021-05-23T00:00:00+02:00")
        );
    }

    #[test]
    fn local_times_follow_daylight_saving() {
        let winter = toml_date("2027-01-15T12:00:00");
        let summer = toml_date("2027-07-15T12:00:00");
        assert_eq!(
            instant(&winter, DEFAULT_TIMEZONE, Edge::End).unwrap(),
            utc("2027-01-15T11:00:00Z")
        );
        assert_eq!(
            instant(&summer, DEFAULT_TIMEZONE, Edge::End).unwrap(),
            utc("2027-07-15T10:00:00Z")
        );
    }

    #[test]
    fn the_skipped_spring_hour_is_refused() {
        let err = instant(&toml_date("2027-03-28T02:30:00"), DEFAULT_TIMEZONE, Edge::End).unwrap_err();
        assert!(err.contains("does not exist in Europe/Amsterdam"), "{err}");
    }

    #[test]
    fn the_doubled_autumn_hour_means_its_first_occurrence() {
        let t = instant(&toml_date("2027-10-31T02:30:00"), DEFAULT_TIMEZONE, Edge::End).unwrap();
        assert_eq!(t, utc("2027-10-31T02:30:00+02:00"));
    }

    #[test]
    fn an_explicit_offset_is_kept() {
        let t = instant(&toml_date("2027-01-15T12:00:00Z"), DEFAULT_TIMEZONE, Edge::End).unwrap();
        assert_eq!(t, utc("2027-01-15T12:00:00Z"));
    }

    /// Decided on 20 March; two options, of 12 and 6 months.
    fn schedule() -> Schedule {
        Schedule {
            questions_deadline: None,
            award_decision: utc("2027-03-20T23:59:59+01:00"),
            extension_months: vec![12, 6],
            ..fixtures::schedule()
        }
    }

    #[test]
    fn the_standstill_ends_at_the_end_of_the_twentieth_day_across_the_clock_change() {
        // Decided on 20 March 2027 (winter time); day 20 is Friday 9 April (summer time).
        let end = schedule().standstill_end(utc("2027-03-20T10:00:00+01:00"));
        assert_eq!(end, utc("2027-04-09T23:59:59+02:00"));
    }

    /// Art. 2.127 Aw with Atw art. 1 and 3: decisions whose 20th day is not a working day.
    #[test]
    fn the_standstill_end_moves_past_weekends_and_holidays_atw_art_1() {
        for (case, decided, end) in [
            (
                "20th day Sunday 14 March",
                "2027-02-22T10:00:00+01:00",
                "2027-03-15T23:59:59+01:00",
            ),
            (
                "20th day Saturday 13 March",
                "2027-02-21T10:00:00+01:00",
                "2027-03-15T23:59:59+01:00",
            ),
            (
                "20th day Goede Vrijdag",
                "2027-03-06T10:00:00+01:00",
                "2027-03-30T23:59:59+02:00",
            ),
            (
                "20th day Koningsdag",
                "2027-04-07T10:00:00+02:00",
                "2027-04-28T23:59:59+02:00",
            ),
            (
                "20th day 5 mei, then Hemelvaartsdag",
                "2027-04-15T10:00:00+02:00",
                "2027-05-07T23:59:59+02:00",
            ),
            (
                "20th day Hemelvaartsdag",
                "2027-04-16T10:00:00+02:00",
                "2027-05-07T23:59:59+02:00",
            ),
            (
                "20th day tweede Pinksterdag",
                "2027-04-27T10:00:00+02:00",
                "2027-05-18T23:59:59+02:00",
            ),
            (
                "20th day eerste Kerstdag, a Saturday",
                "2027-12-05T10:00:00+01:00",
                "2027-12-27T23:59:59+01:00",
            ),
            (
                "20th day Nieuwjaarsdag, a Saturday, into the new year",
                "2027-12-12T10:00:00+01:00",
                "2028-01-03T23:59:59+01:00",
            ),
            (
                "20th day Nieuwjaarsdag",
                "2026-12-12T10:00:00+01:00",
                "2027-01-04T23:59:59+01:00",
            ),
        ] {
            assert_eq!(schedule().standstill_end(utc(decided)), utc(end), "{case}");
        }
    }

    #[test]
    fn the_standstill_counts_calendar_days_over_a_month_end_and_a_leap_day() {
        // Decided late on 15 February 2028 (a leap year): day 20 is 6 March.
        let end = schedule().standstill_end(utc("2028-02-15T23:30:00+01:00"));
        assert_eq!(end, utc("2028-03-06T23:59:59+01:00"));
        // Decided on 31 October 2027, the day the clocks go back: day 20 is
        // Saturday 20 November, so the standstill runs to Monday 22 November (Atw art. 1).
        let end = schedule().standstill_end(utc("2027-10-31T02:30:00+01:00"));
        assert_eq!(end, utc("2027-11-22T23:59:59+01:00"));
    }

    #[test]
    fn extensions_move_the_contract_end_by_whole_months() {
        let s = schedule();
        assert_eq!(s.contract_end_after(0), s.contract_end);
        assert_eq!(s.contract_end_after(1), utc("2030-06-30T23:59:59+02:00"));
        assert_eq!(s.max_extent(), utc("2030-12-31T23:59:59+01:00"));
    }

    #[test]
    fn absurd_extension_options_and_notice_periods_do_not_overflow() {
        let s = Schedule {
            extension_months: vec![u32::MAX, u32::MAX],
            extension_notice_days: u32::MAX,
            ..schedule()
        };
        assert_eq!(
            s.max_extent(),
            s.contract_end,
            "an end beyond the calendar stays where it was"
        );
        assert_eq!(s.days_before(s.contract_end, u32::MAX), DateTime::<Utc>::MIN_UTC);
    }

    #[test]
    fn a_day_the_time_zone_skipped_ends_where_the_day_before_ended() {
        // Samoa moved across the date line: 30 December 2011 never happened there.
        let apia = chrono_tz::Pacific::Apia;
        let skipped = NaiveDate::from_ymd_opt(2011, 12, 30).unwrap();
        assert_eq!(end_of_day(skipped, apia), utc("2011-12-29T23:59:59-10:00"));
        assert_eq!(
            instant(&toml_date("2011-12-30"), apia, Edge::End).unwrap(),
            utc("2011-12-30T09:59:59Z")
        );
    }

    #[test]
    fn moments_on_the_command_line() {
        let tz = DEFAULT_TIMEZONE;
        assert_eq!(
            parse_moment("2021-05-23T13:00", tz, Edge::Start).unwrap(),
            utc("2021-05-23T13:00:00+02:00")
        );
        assert_eq!(
            parse_moment("2021-05-23", tz, Edge::Start).unwrap(),
            utc("2021-05-23T00:00:00+02:00")
        );
        assert_eq!(
            parse_moment("2021-05-23T11:00:00Z", tz, Edge::Start).unwrap(),
            utc("2021-05-23T11:00:00Z")
        );
        assert!(parse_moment("23-05-2021", tz, Edge::Start).is_err());
        assert!(parse_moment("2027-03-28T02:30", tz, Edge::Start).is_err());
    }

    #[test]
    fn a_leap_second_or_a_year_out_of_bounds_is_refused() {
        let tz = DEFAULT_TIMEZONE;
        for text in ["2021-05-01T23:59:60", "2016-12-31T23:59:60Z"] {
            let err = parse_moment(text, tz, Edge::Start).unwrap_err();
            assert!(err.contains("leap second"), "{text}: {err}");
        }
        let err = parse_moment("2101-01-01", tz, Edge::Start).unwrap_err();
        assert!(err.contains("the year 2101 must be 1990 to 2100"), "{err}");
        assert!(
            parse_moment("1989-12-31T23:00:00Z", tz, Edge::Start).is_ok(),
            "1990 in Amsterdam"
        );
        assert!(parse_moment("1989-12-31T22:00:00Z", tz, Edge::Start).is_err());
    }
}
