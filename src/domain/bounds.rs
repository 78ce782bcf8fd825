//! The sane bounds of a definition (SPEC §3): numbers, dates, ids and text.
//! A value outside them is not a policy question but a typo or an attack
//! (`standstill_days = 4294967295` wrapped to a standstill of 0 days), so
//! each is refused, naming the field, the value and the bound.

use std::ops::RangeInclusive;

use chrono::{DateTime, Utc};
use toml::value::Datetime;

use super::definition::{Definition, Joining};
use super::message::{Arg, Message, msg};
use super::schedule::{JoiningMoments, Schedule};
use super::text::{self, Lines};

pub const STANDSTILL_DAYS: RangeInclusive<u32> = 0..=365;
pub const EXTENSION_MONTHS: RangeInclusive<u32> = 1..=120;
pub const EXTENSION_NOTICE_DAYS: RangeInclusive<u32> = 0..=730;
pub const MAX_POINTS: RangeInclusive<u32> = 1..=1000;
pub const WEIGHT: RangeInclusive<u32> = 0..=100;
/// The years a date may lie in: older or later dates are typos.
pub const YEARS: RangeInclusive<i32> = 1990..=2100;
/// Lengths of the ids of lots, requirements and criteria.
const PART_ID_LENGTH: RangeInclusive<usize> = 1..=40;

/// Every value of the definition outside its bound, as error messages.
pub fn problems(def: &Definition) -> Vec<Message> {
    let mut out = Vec::new();
    numbers(def, &mut out);
    dates(def, &mut out);
    part_ids(def, &mut out);
    texts(def, &mut out);
    for lot in def.lots.iter().filter(|lot| lot.products.is_empty()) {
        out.push(msg!("lot-without-products", lot = &lot.id));
    }
    out
}

/// The unit of a bounded number, as the catalogue selects its word.
#[derive(Clone, Copy)]
enum Unit {
    Days,
    Months,
    Points,
    None,
}

/// `field = value` outside `range`, in words.
fn outside(field: impl Into<Arg>, value: u32, range: &RangeInclusive<u32>, unit: Unit) -> Option<Message> {
    (!range.contains(&value)).then(|| {
        msg!(
            "out-of-bounds",
            field = field.into(),
            value = value.to_string(),
            min = *range.start(),
            max = *range.end(),
            unit = match unit {
                Unit::Days => "days",
                Unit::Months => "months",
                Unit::Points => "points",
                Unit::None => "none",
            }
        )
    })
}

fn numbers(def: &Definition, out: &mut Vec<Message>) {
    let t = &def.timeline;
    let mut found = vec![
        t.standstill_days
            .and_then(|d| outside("timeline.standstill_days", d, &STANDSTILL_DAYS, Unit::Days)),
        outside(
            "timeline.extension_notice_days",
            t.extension_notice_days,
            &EXTENSION_NOTICE_DAYS,
            Unit::Days,
        ),
    ];
    for (i, &months) in t.extension_months.iter().enumerate() {
        let field = format!("timeline.extension_months[{}]", i + 1);
        found.push(outside(field, months, &EXTENSION_MONTHS, Unit::Months));
    }
    for c in &def.criteria {
        let field = |name: &str| format!("criteria `{}` {name}", c.id);
        found.push(outside(field("max_points"), c.max_points, &MAX_POINTS, Unit::Points));
        found.push(outside(field("weight"), c.weight, &WEIGHT, Unit::None));
    }
    for lot in &def.lots {
        for p in &lot.products {
            let field = format!("lots `{}` product `{}` weight", lot.id, p.code);
            found.push(p.weight.and_then(|w| outside(field, w, &WEIGHT, Unit::None)));
        }
    }
    out.extend(found.into_iter().flatten());
}

/// Every date of the timeline lies in `YEARS`.
fn dates(def: &Definition, out: &mut Vec<Message>) {
    let t = &def.timeline;
    let mut all: Vec<(&str, &Datetime)> = vec![
        ("announce", &t.announce),
        ("registration_deadline", &t.registration_deadline),
        ("award_decision", &t.award_decision),
        ("contract_start", &t.contract_start),
        ("contract_end", &t.contract_end),
    ];
    all.extend(t.questions_deadline.as_ref().map(|d| ("questions_deadline", d)));
    if let Some(Joining::Dates(dates)) = &t.joining {
        all.extend(dates.iter().map(|d| ("joining", d)));
    }
    for (field, value) in all {
        if let Some(year) = value.date.map(|d| i32::from(d.year)).filter(|y| !YEARS.contains(y)) {
            out.push(msg!(
                "year-out-of-bounds",
                field = field,
                value = value.to_string(),
                year = year.to_string(),
                min = YEARS.start().to_string(),
                max = YEARS.end().to_string()
            ));
        }
    }
}

/// Whether an id of a lot, requirement or criterion is 1–40 lowercase
/// letters, digits and `-` (so never `|` or `,`, which separate lists).
pub fn is_valid_part_id(id: &str) -> bool {
    PART_ID_LENGTH.contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn part_ids(def: &Definition, out: &mut Vec<Message>) {
    let ids = def
        .lots
        .iter()
        .map(|l| ("lot", &l.id))
        .chain(def.requirements.iter().map(|r| ("requirement", &r.id)))
        .chain(def.criteria.iter().map(|c| ("criterion", &c.id)));
    for (what, id) in ids.filter(|(_, id)| !id.is_empty() && !is_valid_part_id(id)) {
        out.push(msg!("part-id-invalid", what = what, id = text::escape(id).into_owned()));
    }
}

/// No text of the definition holds a control character.
fn texts(def: &Definition, out: &mut Vec<Message>) {
    let a = &def.authority;
    let escaped = |id: &str| text::escape(id).into_owned();
    let mut one: Vec<(Arg, &str)> = vec![("id".into(), &def.id), ("title".into(), &def.title)];
    one.extend(def.reference.as_deref().map(|r| ("reference".into(), r)));
    one.extend(def.ocid_prefix.as_deref().map(|p| ("ocid_prefix".into(), p)));
    one.extend(def.timezone.as_deref().map(|z| ("timezone".into(), z)));
    one.push(("authority.lead".into(), &a.lead));
    one.extend(a.members.iter().map(|m| ("authority.members".into(), m.as_str())));
    one.extend(a.contact.as_deref().map(|c| ("authority.contact".into(), c)));
    for lot in &def.lots {
        one.push((msg!("field-a-lot-id").into(), &lot.id));
        one.push((msg!("field-lot-name", lot = escaped(&lot.id)).into(), &lot.name));
        for p in &lot.products {
            one.push((msg!("field-lot-product-code", lot = escaped(&lot.id)).into(), &p.code));
            one.push((msg!("field-product-name", product = escaped(&p.code)).into(), &p.name));
        }
    }
    for c in &def.criteria {
        one.push((msg!("field-a-criterion-id").into(), &c.id));
        one.push((msg!("field-criterion-name", criterion = escaped(&c.id)).into(), &c.name));
    }
    let mut many: Vec<(Arg, &str)> = Vec::new();
    for r in &def.requirements {
        one.push((msg!("field-a-requirement-id").into(), &r.id));
        many.push((
            msg!("field-requirement-text", requirement = escaped(&r.id)).into(),
            &r.text,
        ));
    }
    let found = one
        .into_iter()
        .map(|(field, value)| text::check(field, value, Lines::One))
        .chain(
            many.into_iter()
                .map(|(field, value)| text::check(field, value, Lines::Many)),
        );
    let mut seen = Vec::new();
    for problem in found.filter_map(Result::err) {
        if !seen.contains(&problem) {
            seen.push(problem);
        }
    }
    out.extend(seen);
}

/// Joining dates are unique, in order, and at least one lies within the
/// contract period (else nobody could ever join).
pub fn joining(schedule: &Schedule) -> Vec<Message> {
    let Some(JoiningMoments::Dates(dates)) = &schedule.joining else {
        return Vec::new();
    };
    let moment = |at| Arg::moment(at, schedule.timezone);
    let mut out = Vec::new();
    for pair in dates.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b == a {
            out.push(msg!("joining-twice", date = moment(a)));
        } else if b < a {
            out.push(msg!("joining-out-of-order", later = moment(b), earlier = moment(a)));
        }
    }
    let within = |at: &DateTime<Utc>| (schedule.contract_start..=schedule.max_extent()).contains(at);
    if !dates.is_empty() && !dates.iter().any(within) {
        out.push(msg!(
            "joining-outside-contract",
            start = moment(schedule.contract_start),
            end = moment(schedule.max_extent())
        ));
    }
    if dates.is_empty() {
        out.push(msg!("joining-empty"));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::{Severity, check};
    use crate::domain::definition::{Definition, Kind};
    use crate::domain::templates::template;

    /// The errors of `kind`'s template with the first `from` replaced by `to`.
    fn errors(kind: Kind, from: &str, to: &str) -> Vec<String> {
        let source = template(kind);
        assert!(source.contains(from), "the template has no {from:?}");
        let def = Definition::parse(&source.replacen(from, to, 1)).expect("it parses");
        check(&def)
            .findings
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.message.to_string())
            .collect()
    }

    /// Asserts exactly one error, containing every word.
    #[track_caller]
    fn refused(kind: Kind, from: &str, to: &str, words: &[&str]) {
        let errors = errors(kind, from, to);
        assert_eq!(errors.len(), 1, "{errors:?}");
        for word in words {
            assert!(errors[0].contains(word), "{word:?} missing from {errors:?}");
        }
    }

    #[track_caller]
    fn accepted(kind: Kind, from: &str, to: &str) {
        assert_eq!(errors(kind, from, to), Vec::<String>::new());
    }

    const STANDSTILL: &str = "standstill_days = 20 ";
    const NOTICE: &str = "extension_notice_days = 90 ";
    const MONTHS: &str = "extension_months = [12, 12] ";

    #[test]
    fn standstill_days_are_0_to_365() {
        accepted(Kind::Classic, STANDSTILL, "standstill_days = 365 ");
        let huge = "standstill_days = 4294967295 ";
        refused(
            Kind::Classic,
            STANDSTILL,
            huge,
            &["timeline.standstill_days = 4294967295", "0 to 365"],
        );
        refused(
            Kind::Classic,
            STANDSTILL,
            "standstill_days = 366 ",
            &["366", "0 to 365"],
        );
    }

    #[test]
    fn each_extension_is_1_to_120_months() {
        accepted(Kind::Classic, MONTHS, "extension_months = [1, 120] ");
        let words = ["timeline.extension_months[2] = 0", "1 to 120 months"];
        refused(Kind::Classic, MONTHS, "extension_months = [12, 0] ", &words);
        refused(
            Kind::Classic,
            MONTHS,
            "extension_months = [121] ",
            &["[1] = 121", "1 to 120"],
        );
    }

    #[test]
    fn the_extension_notice_is_0_to_730_days() {
        accepted(Kind::Classic, NOTICE, "extension_notice_days = 730 ");
        let words = ["timeline.extension_notice_days = 4000000000", "0 to 730"];
        refused(Kind::Classic, NOTICE, "extension_notice_days = 4000000000 ", &words);
    }

    #[test]
    fn max_points_are_1_to_1000_and_weights_0_to_100() {
        let points = "max_points = 10 ";
        accepted(Kind::Classic, points, "max_points = 1000 ");
        refused(
            Kind::Classic,
            points,
            "max_points = 0 ",
            &["criteria `plan` max_points = 0", "1 to 1000"],
        );
        let words = ["max_points = 4294967295", "1 to 1000 points"];
        refused(Kind::Classic, points, "max_points = 4294967295 ", &words);
        // 101 is out of bounds, and the weights no longer sum to 100.
        let errors = errors(Kind::Classic, "weight = 40 ", "weight = 101 ");
        assert!(
            errors
                .iter()
                .any(|e| e.contains("criteria `plan` weight = 101 is out of bounds; it must be 0 to 100")),
            "{errors:?}"
        );
    }

    #[test]
    fn dates_lie_from_1990_to_2100() {
        let words = ["timeline.contract_end = 2101-06-30", "1990 to 2100"];
        refused(
            Kind::Classic,
            "contract_end = 2029-06-30",
            "contract_end = 2101-06-30",
            &words,
        );
        let errors = errors(Kind::Classic, "announce = 2027-", "announce = 1989-");
        assert!(
            errors
                .iter()
                .any(|e| e.contains("timeline.announce = 1989-") && e.contains("year 1989")),
            "{errors:?}"
        );
    }

    #[test]
    fn ids_of_lots_are_lowercase_words_without_list_separators() {
        for bad in [
            "beg|eleiding",
            "beg,eleiding",
            "Begeleiding",
            "beg eleiding",
            &"x".repeat(41),
        ] {
            let to = format!("id = \"{bad}\"");
            refused(
                Kind::Classic,
                "id = \"begeleiding\"",
                &to,
                &["lot id", "1 to 40 lowercase letters"],
            );
        }
        accepted(
            Kind::Classic,
            "id = \"begeleiding\"",
            &format!("id = \"{}\"", "x".repeat(40)),
        );
        let words = ["requirement id `G.V.A`", "never `|`"];
        refused(Kind::Classic, "id = \"gva\"", "id = \"G.V.A\"", &words);
    }

    #[test]
    fn product_codes_are_two_digits_and_three_of_a_z_0_9() {
        for bad in ["02a01", "+2A01", "02A0", "02A012", "02-01"] {
            let to = format!("code = \"{bad}\"");
            refused(
                Kind::Classic,
                "code = \"02A01\"",
                &to,
                &["product code", "2 digits", "A-Z and 0-9"],
            );
        }
        accepted(Kind::Classic, "code = \"02A01\"", "code = \"02Z9Q\"");
    }

    #[test]
    fn a_lot_without_products_is_refused() {
        let source = template(Kind::Classic);
        let start = source.find("[[lots.products]]\ncode = \"07A01\"").unwrap();
        let end = source[start..].find("\n\n").unwrap() + start;
        let def = Definition::parse(&format!("{}{}", &source[..start], &source[end..])).unwrap();
        let errors: Vec<String> = check(&def)
            .findings
            .into_iter()
            .map(|f| f.message.to_string())
            .collect();
        assert!(
            errors.iter().any(|e| e.contains("lot `dagbesteding` has no products")),
            "{errors:?}"
        );
    }

    #[test]
    fn joining_dates_are_unique_in_order_and_within_the_contract() {
        let quarterly = "joining = \"quarterly\"";
        let dates = |list: &str| format!("joining = [{list}]");
        accepted(Kind::Raamovereenkomst, quarterly, &dates("2027-10-01, 2028-01-01"));
        refused(
            Kind::Raamovereenkomst,
            quarterly,
            &dates("2027-10-01, 2027-10-01"),
            &["twice"],
        );
        refused(
            Kind::Raamovereenkomst,
            quarterly,
            &dates("2028-01-01, 2027-10-01"),
            &["in order"],
        );
        refused(
            Kind::Raamovereenkomst,
            quarterly,
            &dates("2026-01-01, 2040-01-01"),
            &["no date within the contract period"],
        );
        refused(Kind::Raamovereenkomst, quarterly, &dates(""), &["empty list"]);
    }

    #[test]
    fn control_characters_in_definition_texts_are_refused() {
        let source = template(Kind::Classic);
        let line = source.lines().find(|l| l.starts_with("title = ")).unwrap();
        let to = line.replacen("title = \"", "title = \"\\u001b[2J", 1);
        refused(
            Kind::Classic,
            line,
            &to,
            &["title holds the control character U+001B at position 1"],
        );
        refused(
            Kind::Classic,
            "name = \"",
            "name = \"\\u009b",
            &["name holds the control character U+009B"],
        );
    }
}
