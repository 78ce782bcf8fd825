//! The notice of the awarded contract (aankondiging van een gegunde opdracht,
//! Dir. 2014/24 art. 50 and 75(2)): when it is due, and whether it is needed.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};

use super::definition::{Definition, Regime};
use super::schedule::{Schedule, end_of_day};

/// The notice is due this many calendar days after the contract (art. 50(1)),
/// or after the end of the quarter for the light regime (art. 75(2)).
pub const NOTICE_DAYS: u64 = 30;

/// A recorded publication of the notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardNotice {
    pub published_on: DateTime<Utc>,
    pub reference: Option<String>,
}

/// When the notice of the awarded contract is due after the first signature,
/// or none where no notice is owed: an open house is no public contract
/// (Falk Pharma C-410/14), and a national procedure announces no award.
pub fn award_notice_due(def: &Definition, schedule: &Schedule, first_signed: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if def.is_open_house() || def.regime == Regime::National {
        return None;
    }
    let signed = schedule.local_date(first_signed);
    let from = match def.regime {
        Regime::Sas => end_of_quarter(signed)?,
        Regime::Open | Regime::National => signed,
    };
    Some(end_of_day(
        from.checked_add_days(Days::new(NOTICE_DAYS))?,
        schedule.timezone,
    ))
}

/// The last day of the calendar quarter of `day`.
fn end_of_quarter(day: NaiveDate) -> Option<NaiveDate> {
    let first_of_quarter = NaiveDate::from_ymd_opt(day.year(), day.month0() / 3 * 3 + 1, 1)?;
    first_of_quarter.checked_add_months(Months::new(3))?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::definition::Kind;
    use crate::domain::fixtures::{self, utc};
    use crate::domain::templates::template;

    #[test]
    fn the_light_regime_counts_from_the_end_of_the_quarter() {
        let mut def = Definition::parse(template(Kind::Classic)).unwrap();
        let schedule = fixtures::schedule();
        def.regime = Regime::Sas;
        assert_eq!(
            award_notice_due(&def, &schedule, utc("2027-05-01T10:00:00+02:00")),
            Some(utc("2027-07-30T23:59:59+02:00"))
        );
        def.regime = Regime::Open;
        assert_eq!(
            award_notice_due(&def, &schedule, utc("2027-05-01T10:00:00+02:00")),
            Some(utc("2027-05-31T23:59:59+02:00"))
        );
        def.regime = Regime::National;
        assert_eq!(
            award_notice_due(&def, &schedule, utc("2027-05-01T10:00:00+02:00")),
            None
        );
        assert_eq!(end_of_quarter("2027-12-05".parse().unwrap()), "2027-12-31".parse().ok());
    }
}
