//! The Algemene termijnenwet (Atw): a statutory period that ends on a Saturday,
//! a Sunday or a general holiday is extended to the next day that is none of
//! these (art. 1). The holidays are those of art. 3, computed for any year.
//!
//! Art. 3 lid 1 lists Nieuwjaarsdag, tweede Paasdag, tweede Pinksterdag, both
//! Kerstdagen, Hemelvaartsdag, the day the King's birthday is celebrated and
//! "de vijfde mei" — every year, not only in lustrum years (the once-in-five-years
//! rule is a matter of collective labour agreements, not of the Atw). Art. 3
//! lid 2 adds Goede Vrijdag. Days that a Koninklijk Besluit makes equal to a
//! holiday for one year (art. 3 lid 3, published in the Staatscourant) cannot be
//! computed and are not included; `docs/legal-rules.md` says so.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus,
/// Meeus/Jones/Butcher).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter falls in March or April")
}

/// The day the King's (before 2014: the Queen's) birthday is celebrated:
/// 27 April, or the Saturday 26 April when the 27th is a Sunday (Besluit
/// Koningsdag); until 2013 Koninginnedag on 30 April, or the 29th when the
/// 30th was a Sunday.
pub fn koningsdag(year: i32) -> NaiveDate {
    let (day, moved) = if year >= 2014 { (27, 26) } else { (30, 29) };
    let date = ymd(year, 4, day);
    if date.weekday() == Weekday::Sun {
        ymd(year, 4, moved)
    } else {
        date
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a date of every year")
}

/// Whether `day` is a general holiday of Atw art. 3 (lid 1 and 2).
pub fn is_holiday(day: NaiveDate) -> bool {
    let year = day.year();
    let easter = easter(year);
    let from_easter = |days: u64| easter.checked_add_days(Days::new(days));
    let fixed = [ymd(year, 1, 1), ymd(year, 5, 5), ymd(year, 12, 25), ymd(year, 12, 26)];
    let moving = [
        easter.checked_sub_days(Days::new(2)), // Goede Vrijdag (lid 2)
        from_easter(1),                        // tweede Paasdag
        from_easter(39),                       // Hemelvaartsdag
        from_easter(50),                       // tweede Pinksterdag
    ];
    fixed.contains(&day) || moving.contains(&Some(day)) || koningsdag(year) == day
}

/// Whether a period may end on `day`: not a Saturday, Sunday or holiday.
pub fn is_working_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(day)
}

/// The last day of a statutory period that would end on `day` (Atw art. 1):
/// `day` itself, or the next working day.
pub fn last_day(day: NaiveDate) -> NaiveDate {
    day.iter_days()
        .find(|d| is_working_day(*d))
        .expect("a working day follows within a week")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn easter_by_the_computus() {
        // Known Easter Sundays, from the lowest to the highest possible date.
        for (year, sunday) in [
            (1818, "1818-03-22"),
            (1943, "1943-04-25"),
            (2016, "2016-03-27"),
            (2019, "2019-04-21"),
            (2024, "2024-03-31"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2100, "2100-03-28"),
        ] {
            assert_eq!(easter(year), date(sunday), "Easter {year}");
        }
    }

    #[test]
    fn koningsdag_moves_to_the_26th_when_the_27th_is_a_sunday_atw_art_3() {
        assert_eq!(koningsdag(2025), date("2025-04-26"), "27 April 2025 is a Sunday");
        assert_eq!(koningsdag(2027), date("2027-04-27"));
        assert_eq!(
            koningsdag(2006),
            date("2006-04-29"),
            "Koninginnedag: 30 April 2006 is a Sunday"
        );
        assert_eq!(koningsdag(2013), date("2013-04-30"));
    }

    #[test]
    fn every_holiday_of_atw_art_3_in_2027() {
        let holidays: Vec<NaiveDate> = date("2027-01-01")
            .iter_days()
            .take_while(|d| d.year() == 2027)
            .filter(|d| is_holiday(*d))
            .collect();
        let expected = [
            "2027-01-01", // Nieuwjaarsdag
            "2027-03-26", // Goede Vrijdag (lid 2)
            "2027-03-29", // tweede Paasdag
            "2027-04-27", // Koningsdag
            "2027-05-05", // 5 mei, every year (lid 1)
            "2027-05-06", // Hemelvaartsdag
            "2027-05-17", // tweede Pinksterdag
            "2027-12-25", // eerste Kerstdag
            "2027-12-26", // tweede Kerstdag
        ]
        .map(date);
        assert_eq!(holidays, expected);
    }

    #[test]
    fn a_period_ending_on_a_weekend_or_holiday_ends_on_the_next_working_day_atw_art_1() {
        for (case, day, last) in [
            ("a Saturday", "2027-03-13", "2027-03-15"),
            ("a Sunday", "2027-03-14", "2027-03-15"),
            ("a Wednesday stays", "2027-03-17", "2027-03-17"),
            ("Goede Vrijdag into tweede Paasdag", "2027-03-26", "2027-03-30"),
            ("Koningsdag", "2027-04-27", "2027-04-28"),
            ("5 mei into Hemelvaartsdag", "2027-05-05", "2027-05-07"),
            ("tweede Pinksterdag", "2027-05-17", "2027-05-18"),
            ("Christmas into the weekend", "2027-12-25", "2027-12-27"),
            ("Christmas into New Year", "2026-12-26", "2026-12-28"),
            ("Nieuwjaarsdag on a Friday", "2027-01-01", "2027-01-04"),
        ] {
            assert_eq!(last_day(date(day)), date(last), "{case}");
        }
    }
}
