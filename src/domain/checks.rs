//! Validation and the legal checks of SPEC §2: what makes a definition wrong
//! (an error) or questionable (a warning). Each legal message cites its article
//! of the Aanbestedingswet 2012 (Aw).

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::bounds;
use super::definition::{Definition, Domain, Kind, PriceFormula, Regime};
use super::message::{Arg, Message, msg};
use super::money::Cents;
use super::schedule::{DEFAULT_TIMEZONE, Schedule};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub message: Message,
}

/// The threshold for social and other specific services (art. 2.38 Aw, EU directive 2014/24 art. 4(d)).
pub const SOCIAL_SERVICES_THRESHOLD: Cents = Cents(75_000_000);

/// The threshold for supplies of decentral authorities in 2026–27 (Dir. 2014/24 art. 4(c), as the
/// Commission revises it every two years): it applies to hulpmiddelen.
pub const SUPPLIES_THRESHOLD: Cents = Cents(21_600_000);

/// The findings and, when the dates could be resolved, the schedule.
pub struct Checked {
    pub schedule: Option<Schedule>,
    pub findings: Vec<Finding>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Validates a parsed definition and runs every legal check, with the periods
/// counted from the planned announcement.
pub fn check(def: &Definition) -> Checked {
    check_opened(def, None)
}

/// The checks `publish` runs: the periods counted from the actual moment of
/// publication rather than the planned announcement.
pub fn check_at_publication(def: &Definition, published_at: DateTime<Utc>) -> Checked {
    check_opened(def, Some(published_at))
}

fn check_opened(def: &Definition, published_at: Option<DateTime<Utc>>) -> Checked {
    let mut out = Findings::default();
    check_identity(def, &mut out);
    check_kind_fields(def, &mut out);
    check_lots(def, &mut out);
    check_regions(def, &mut out);
    check_requirement_lots(def, &mut out);
    check_ids(def, &mut out);
    bounds::problems(def).into_iter().for_each(|m| out.error(m));
    if def.kind == Kind::Classic {
        check_criteria(def, &mut out);
    }
    let schedule = resolve_schedule(def, &mut out);
    if let Some(schedule) = &schedule {
        check_dates(def, schedule, published_at.unwrap_or(schedule.announce), &mut out);
        bounds::joining(schedule).into_iter().for_each(|m| out.error(m));
    }
    Checked {
        schedule,
        findings: out.0,
    }
}

#[derive(Default)]
struct Findings(Vec<Finding>);

impl Findings {
    fn error(&mut self, message: Message) {
        self.0.push(Finding {
            severity: Severity::Error,
            message,
        });
    }
    fn warning(&mut self, message: Message) {
        self.0.push(Finding {
            severity: Severity::Warning,
            message,
        });
    }
    /// An error, or only a warning where the regime does not bind the authority to the rule.
    fn binding_if(&mut self, binding: bool, message: Message) {
        if binding {
            self.error(message)
        } else {
            self.warning(message)
        }
    }
}

/// Whether a tender id is 3–64 lowercase letters, digits and `-`.
pub fn is_valid_id(id: &str) -> bool {
    (3..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_identity(def: &Definition, out: &mut Findings) {
    if !is_valid_id(&def.id) {
        out.error(msg!("check-id-invalid", id = &def.id));
    }
    if def.title.trim().is_empty() {
        out.error(msg!("check-title-empty"));
    }
    if def.domain.is_empty() {
        out.error(msg!("check-domain-empty"));
    }
    let authority = &def.authority;
    if authority.members.is_empty() {
        out.error(msg!("check-members-empty"));
    } else if !authority.members.contains(&authority.lead) {
        out.error(msg!(
            "check-lead-not-member",
            lead = &authority.lead,
            members = authority.members.join(", ")
        ));
    }
    if let Some(name) = &def.timezone {
        if name.parse::<chrono_tz::Tz>().is_err() {
            out.error(msg!("check-timezone-unknown", timezone = name));
        }
    }
}

fn check_kind_fields(def: &Definition, out: &mut Findings) {
    let kind = def.kind;
    // `allowed` is `classic`, `raamovereenkomst` or `open-house` (an open-house raamovereenkomst).
    let only = |field: String, allowed: &str, out: &mut Findings| {
        out.error(msg!(
            "check-field-only-for",
            field = field,
            allowed = allowed,
            kind = kind.as_str()
        ));
    };
    if def.open_house.is_some() && kind != Kind::Raamovereenkomst {
        only("open_house".into(), "raamovereenkomst", out);
    }
    if def.timeline.joining.is_some() && !def.is_open_house() {
        if kind == Kind::Raamovereenkomst {
            out.error(msg!("check-joining-closed-framework"));
        } else {
            only("timeline.joining".into(), "open-house", out);
        }
    }
    if def.is_open_house() && def.timeline.joining.is_none() {
        out.error(msg!("check-joining-missing"));
    }
    if kind != Kind::Classic {
        if !def.criteria.is_empty() {
            only("[[criteria]]".into(), "classic", out);
        }
        if def.award.is_some() {
            only("[award]".into(), "classic", out);
        }
        for lot in &def.lots {
            if lot.max_awards.is_some() {
                only(format!("lots `{}` max_awards", lot.id), "classic", out);
            }
            if lot.price_floor.is_some() {
                only(format!("lots `{}` price_floor", lot.id), "classic", out);
            }
            for product in &lot.products {
                if product.weight.is_some() {
                    only(format!("product `{}` weight", product.code), "classic", out);
                }
                if product.price_floor.is_some() {
                    only(format!("product `{}` price_floor", product.code), "classic", out);
                }
            }
        }
    }
}

fn check_lots(def: &Definition, out: &mut Findings) {
    if def.lots.is_empty() {
        out.error(msg!("check-no-lots"));
    }
    for lot in &def.lots {
        let mut codes = HashSet::new();
        for product in &lot.products {
            let code = &product.code;
            if !codes.insert(code) {
                out.error(msg!("check-product-twice", lot = &lot.id, product = code));
            }
            check_product_code(def, &lot.id, code, out);
            if product.tariff.is_none() && def.kind != Kind::Classic {
                out.error(msg!(
                    "check-product-without-tariff",
                    product = code,
                    lot = &lot.id,
                    kind = def.kind.as_str()
                ));
            }
        }
        let weighted = lot.products.iter().filter(|p| p.weight.is_some()).count();
        if weighted > 0 && weighted < lot.products.len() {
            out.error(msg!(
                "check-some-weights",
                lot = &lot.id,
                weighted = weighted,
                products = lot.products.len()
            ));
        } else if weighted > 0 && lot.products.iter().filter_map(|p| p.weight).sum::<u32>() == 0 {
            out.error(msg!("check-weights-zero", lot = &lot.id));
        }
        if lot.max_awards == Some(0) {
            out.error(msg!("check-max-awards-zero", lot = &lot.id));
        }
    }
}

/// A lot's members are members of the authority, and its budget shares are
/// its own members' and sum to its budget.
fn check_regions(def: &Definition, out: &mut Findings) {
    let authority = &def.authority.members;
    let list = || authority.join(", ");
    for lot in &def.lots {
        for member in lot.members.iter().flatten() {
            if !authority.contains(member) {
                out.error(msg!(
                    "check-lot-member-unknown",
                    lot = &lot.id,
                    member = member,
                    members = list()
                ));
            }
        }
        if lot.members.as_ref().is_some_and(Vec::is_empty) {
            out.error(msg!("check-lot-members-empty", lot = &lot.id));
        }
        let Some(shares) = &lot.budget_by_member else {
            continue;
        };
        let members = lot.members(&def.authority);
        for member in shares.keys().filter(|m| !members.contains(m)) {
            out.error(msg!(
                "check-budget-member-not-served",
                lot = &lot.id,
                member = member,
                members = members.join(", ")
            ));
        }
        let sum = shares
            .values()
            .try_fold(Cents(0), |sum, share| sum.0.checked_add(share.0).map(Cents));
        match (lot.budget, sum) {
            (None, _) => out.error(msg!("check-budget-shares-without-budget", lot = &lot.id)),
            (Some(budget), Some(sum)) if sum == budget => {}
            (Some(budget), Some(sum)) => out.error(msg!(
                "check-budget-shares-sum",
                lot = &lot.id,
                sum = sum,
                budget = budget
            )),
            (Some(budget), None) => out.error(msg!("check-budget-shares-overflow", lot = &lot.id, budget = budget)),
        }
    }
}

/// A requirement's lots exist.
fn check_requirement_lots(def: &Definition, out: &mut Findings) {
    for requirement in &def.requirements {
        for lot in requirement.lots.iter().flatten().filter(|l| def.lot(l).is_none()) {
            let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
            out.error(msg!(
                "check-requirement-lot-unknown",
                requirement = &requirement.id,
                lot = lot,
                lots = lots.join(", ")
            ));
        }
    }
}

/// A product code as SPEC §3 writes it: 2 digits (the category) and 3 of A-Z, 0-9.
pub fn is_product_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 5
        && bytes[..2].iter().all(u8::is_ascii_digit)
        && bytes[2..].iter().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn check_product_code(def: &Definition, lot: &str, code: &str, out: &mut Findings) {
    let category = code
        .get(..2)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|c| c.parse::<u8>().ok());
    let product = code
        .get(2..)
        .is_some_and(|p| p.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
    let (Some(category), 5, true) = (category, code.len(), product) else {
        out.error(msg!(
            "check-product-code-invalid",
            product = super::text::escape(code).into_owned(),
            lot = lot
        ));
        return;
    };
    // An empty domain is reported once, not again for every product.
    if !def.domain.is_empty() && !def.domain.iter().any(|d| d.categories().contains(&category)) {
        let domains: Vec<String> = def
            .domain
            .iter()
            .map(|d| format!("{} {:02}–{:02}", d, d.categories().start(), d.categories().end()))
            .collect();
        out.error(msg!(
            "check-product-outside-domain",
            product = code,
            lot = lot,
            category = format!("{category:02}"),
            domains = domains.join(", ")
        ));
    }
}

fn check_ids(def: &Definition, out: &mut Findings) {
    unique("lot", def.lots.iter().map(|l| l.id.as_str()), out);
    unique("requirement", def.requirements.iter().map(|r| r.id.as_str()), out);
    unique("criterion", def.criteria.iter().map(|c| c.id.as_str()), out);
    unique("member", def.authority.members.iter().map(String::as_str), out);
}

fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>, out: &mut Findings) {
    let mut seen = HashSet::new();
    for id in ids {
        if id.trim().is_empty() {
            out.error(msg!("check-empty-id", what = what));
        } else if !seen.insert(id) {
            out.error(msg!("check-id-twice", what = what, id = id));
        }
    }
}

fn check_criteria(def: &Definition, out: &mut Findings) {
    let formula = def.award.as_ref().map_or(PriceFormula::Relative, |a| a.price_formula);
    if def.criteria.is_empty() {
        out.error(msg!("check-no-criteria"));
        return;
    }
    // In u64, so that huge weights cannot wrap around to 100.
    // A weight out of bounds is refused by `bounds`, and its sum says nothing more.
    let total: u64 = def.criteria.iter().map(|c| u64::from(c.weight)).sum();
    if total != 100 && def.criteria.iter().all(|c| bounds::WEIGHT.contains(&c.weight)) {
        out.error(msg!("check-weights-sum", total = total));
    }
    let prices: Vec<&str> = def.criteria.iter().filter(|c| c.price).map(|c| c.id.as_str()).collect();
    match (formula, prices.len()) {
        (PriceFormula::None, 0) | (PriceFormula::Relative | PriceFormula::Fictitious, 1) => {}
        (PriceFormula::None, _) => out.error(msg!("check-price-without-formula", criterion = prices[0])),
        (_, 0) => out.error(msg!("check-formula-without-price", formula = formula.as_str())),
        (_, _) => out.error(msg!("check-several-prices", criteria = prices.join(", "))),
    }
    for criterion in &def.criteria {
        let needs_value = formula == PriceFormula::Fictitious && !criterion.price;
        if needs_value && criterion.value.is_none() {
            out.error(msg!("check-criterion-without-value", criterion = &criterion.id));
        }
    }
    if let Some(min) = def.award.as_ref().and_then(|a| a.min_quality) {
        if min > 100 {
            out.error(msg!(
                "check-min-quality",
                min = min,
                fictitious = if formula == PriceFormula::Fictitious {
                    "yes"
                } else {
                    "no"
                }
            ));
        }
    }
}

fn resolve_schedule(def: &Definition, out: &mut Findings) -> Option<Schedule> {
    let timezone = def
        .timezone
        .as_deref()
        .map_or(Some(DEFAULT_TIMEZONE), |name| name.parse().ok())?;
    match Schedule::resolve(&def.timeline, timezone, def.standstill_days()) {
        Ok(schedule) => Some(schedule),
        Err(message) => {
            out.error(message);
            None
        }
    }
}

fn check_dates(def: &Definition, s: &Schedule, opened: DateTime<Utc>, out: &mut Findings) {
    let steps: Vec<(&str, DateTime<Utc>)> = [
        Some(("announce", s.announce)),
        s.questions_deadline.map(|t| ("questions_deadline", t)),
        Some(("registration_deadline", s.registration_deadline)),
        Some(("award_decision", s.award_decision)),
        Some(("contract_start", s.contract_start)),
        Some(("contract_end", s.contract_end)),
    ]
    .into_iter()
    .flatten()
    .collect();
    for pair in steps.windows(2) {
        let ((before, t0), (after, t1)) = (pair[0], pair[1]);
        if t1 <= t0 {
            out.error(msg!(
                "check-dates-out-of-order",
                after = after,
                after_at = moment(s, t1),
                before = before,
                before_at = moment(s, t0)
            ));
        }
    }
    check_periods(def, s, opened, out);
}

/// The day the revised Aanbestedingswet took effect: care stopped being a 2B service.
fn end_of_2b() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2016, 7, 1).expect("a valid date")
}

fn check_periods(def: &Definition, s: &Schedule, opened: DateTime<Utc>, out: &mut Findings) {
    if def.regime == Regime::TwoB && s.local_date(s.announce) >= end_of_2b() {
        out.error(msg!("check-2b-ended", announce = moment(s, s.announce)));
    }
    check_standstill(def, s, out);
    check_registration_period(def, s, opened, out);
    check_answers(s, out);
    let months_with_extensions = months_between(s, s.contract_start, s.max_extent());
    if is_closed_framework(def) && def.regime == Regime::Open && months_with_extensions > 48 {
        out.warning(msg!("check-framework-too-long", months = months_with_extensions));
    }
    check_supplies(def, out);
    check_threshold(def, s, out);
    check_real_price(def, out);
}

/// A raamovereenkomst where selection took place: a public contract, unlike an open house.
fn is_closed_framework(def: &Definition) -> bool {
    def.kind == Kind::Raamovereenkomst && !def.is_open_house()
}

/// The standstill of art. 2.127 Aw binds a classic tender under the light regime
/// or an announced open procedure; below the threshold it is advice. A 2B
/// service (before 1 July 2016) had no statutory standstill.
fn check_standstill(def: &Definition, s: &Schedule, out: &mut Findings) {
    if def.kind != Kind::Classic || def.regime == Regime::TwoB || s.standstill_days >= 20 {
        return;
    }
    let national = def.regime == Regime::National;
    out.binding_if(
        !national,
        msg!(
            "check-standstill-short",
            days = s.standstill_days,
            national = if national { "yes" } else { "no" }
        ),
    );
}

/// Checks the registration period counted from `opened` (the planned
/// announcement, or at `publish` the actual moment), in calendar days in the
/// tender's time zone: an error for an open procedure, a warning under the
/// light or national regime, nothing for an open house or a 2B service.
fn check_registration_period(def: &Definition, s: &Schedule, opened: DateTime<Utc>, out: &mut Findings) {
    if def.is_open_house() || def.regime == Regime::TwoB {
        return;
    }
    let minimum = if def.electronic_submission { 40 } else { 45 };
    let days = calendar_days(s, opened, s.registration_deadline);
    if days < minimum {
        out.binding_if(
            def.regime == Regime::Open,
            msg!(
                "check-registration-period-short",
                days = days,
                opened = moment(s, opened),
                minimum = minimum,
                electronic = if def.electronic_submission { "yes" } else { "no" }
            ),
        );
    }
}

/// Calendar days from the local day of `from` to the local day of `to`: a
/// change of the clocks in between does not shorten the count.
fn calendar_days(s: &Schedule, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    (s.local_date(to) - s.local_date(from)).num_days()
}

fn check_answers(s: &Schedule, out: &mut Findings) {
    if let Some(questions) = s.questions_deadline {
        let answers_due = s.answers_due();
        if questions > answers_due {
            out.warning(msg!(
                "check-questions-late",
                questions = moment(s, questions),
                answers = moment(s, answers_due)
            ));
        }
    }
}

/// Hulpmiddelen are supplies: the light regime for social services does not cover them.
fn check_supplies(def: &Definition, out: &mut Findings) {
    if !matches!(def.regime, Regime::Sas | Regime::TwoB) {
        return;
    }
    for lot in &def.lots {
        for product in lot.products.iter().filter(|p| p.is_hulpmiddel()) {
            out.error(msg!(
                "check-hulpmiddel-light-regime",
                product = &product.code,
                lot = &lot.id,
                category = format!("{:02}", product.category().unwrap_or_default()),
                threshold = SUPPLIES_THRESHOLD
            ));
        }
    }
}

fn has_hulpmiddelen(def: &Definition) -> bool {
    def.lots.iter().flat_map(|l| &l.products).any(|p| p.is_hulpmiddel())
}

fn check_threshold(def: &Definition, s: &Schedule, out: &mut Findings) {
    if def.regime != Regime::National || def.is_open_house() {
        return;
    }
    let Some(value) = estimated_value_with_extensions(def, s) else {
        return;
    };
    let (threshold, what) = if has_hulpmiddelen(def) {
        (SUPPLIES_THRESHOLD, "supplies")
    } else {
        (SOCIAL_SERVICES_THRESHOLD, "services")
    };
    if value >= threshold {
        out.warning(msg!(
            "check-above-threshold",
            value = value,
            threshold = threshold,
            what = what
        ));
    }
}

/// A classic Wmo or Jeugd tender that competes on price needs a reële prijs:
/// a floor under every product (Uitvoeringsbesluit Wmo 2015 art. 5.4, Besluit
/// Jeugdwet art. 2.3). A lot floor covers a lot of one product. Both rules came
/// after 2016, so a 2B tender is not held to them.
fn check_real_price(def: &Definition, out: &mut Findings) {
    let formula = def.award.as_ref().map_or(PriceFormula::Relative, |a| a.price_formula);
    let competes = def.kind == Kind::Classic && formula != PriceFormula::None && def.criteria.iter().any(|c| c.price);
    if !competes || def.regime == Regime::TwoB {
        return;
    }
    for lot in &def.lots {
        let lot_floor = lot.price_floor.is_some() && lot.products.len() == 1;
        for product in lot.products.iter().filter(|p| p.price_floor.is_none() && !lot_floor) {
            // The article is a name of Dutch law, the same in both languages.
            let article = match product.category().and_then(Domain::of_category) {
                Some(Domain::Jeugd) => "Besluit Jeugdwet art. 2.3",
                _ => "Uitvoeringsbesluit Wmo 2015 art. 5.4",
            };
            out.warning(msg!(
                "check-no-price-floor",
                product = &product.code,
                lot = &lot.id,
                article = article
            ));
        }
    }
}

/// A moment of the tender, in its time zone.
fn moment(s: &Schedule, at: DateTime<Utc>) -> Arg {
    Arg::moment(at, s.timezone)
}

/// `estimated_value` (else the sum of the lot budgets) is for the base period;
/// the options count pro rata (art. 2.15 Aw: options are part of the value).
fn estimated_value_with_extensions(def: &Definition, s: &Schedule) -> Option<Cents> {
    let value = def.estimated_value.or_else(|| {
        let budgets: Vec<Cents> = def.lots.iter().filter_map(|l| l.budget).collect();
        (!budgets.is_empty()).then(|| Cents(budgets.iter().fold(0i64, |sum, b| sum.saturating_add(b.0))))
    })?;
    let base = months_between(s, s.contract_start, s.contract_end).max(1);
    let extra: i64 = s.extension_months.iter().map(|&m| i64::from(m)).sum();
    Some(Cents(value.0.saturating_add(value.0.saturating_mul(extra) / base)))
}

/// Whole calendar months from a start to an end (inclusive), a started month counting as one.
fn months_between(s: &Schedule, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    use chrono::Datelike;
    let from = s.local_date(from);
    let to = s.local_date(to).succ_opt().unwrap_or(s.local_date(to));
    let months = i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    months + i64::from(to.day() > from.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"
id = "regio-2027"
title = "Regio Wmo 2027"
kind = "classic"
domain = ["wmo"]
[authority]
lead = "Alkmaar"
members = ["Alkmaar", "Bergen"]
[timeline]
announce = 2027-01-04T09:00:00
questions_deadline = 2027-02-15T12:00:00
registration_deadline = 2027-03-01T12:00:00
award_decision = 2027-04-01
contract_start = 2027-07-01
contract_end = 2029-06-30
[[lots]]
id = "begeleiding"
name = "Begeleiding"
[[lots.products]]
code = "02A01"
name = "Individuele begeleiding"
unit = "uur"
funding = "inspanning"
price_floor = 55.00
[[requirements]]
id = "gva"
text = "Gedragsverklaring aanbesteden"
[[criteria]]
id = "plan"
name = "Plan van aanpak"
weight = 60
[[criteria]]
id = "prijs"
name = "Prijs"
weight = 40
price = true
"#;

    fn findings(source: &str) -> Vec<Finding> {
        check(&Definition::parse(source).unwrap()).findings
    }

    fn messages(source: &str, severity: Severity) -> Vec<String> {
        findings(source)
            .into_iter()
            .filter(|f| f.severity == severity)
            .map(|f| f.message.to_string())
            .collect()
    }

    #[test]
    fn a_sound_definition_has_no_findings() {
        assert_eq!(findings(BASE), vec![]);
    }

    /// BASE with `lines` added to its first lot (after its `name`).
    fn with_lot_lines(lines: &str) -> String {
        let at = BASE.find("name = \"Begeleiding\"\n").expect("the first lot") + "name = \"Begeleiding\"\n".len();
        format!("{}{lines}\n{}", &BASE[..at], &BASE[at..])
    }

    #[test]
    fn budget_shares_belong_to_the_lots_members_and_sum_to_its_budget() {
        let sound = with_lot_lines(
            "budget = 300\nmembers = [\"Alkmaar\", \"Bergen\"]\nbudget_by_member = { Alkmaar = 100, Bergen = 200 }",
        );
        assert_eq!(messages(&sound, Severity::Error), Vec::<String>::new());
        let stranger = with_lot_lines("budget = 300\nbudget_by_member = { Alkmaar = 100, Zwolle = 200 }");
        let errors = messages(&stranger, Severity::Error);
        assert!(
            errors[0].contains("`Zwolle`, which the lot does not serve"),
            "{errors:?}"
        );
        let short = with_lot_lines("budget = 300\nbudget_by_member = { Alkmaar = 100, Bergen = 100 }");
        let errors = messages(&short, Severity::Error);
        assert!(
            errors[0].contains("sums to €200.00, not to its budget of €300.00"),
            "{errors:?}"
        );
        let unknown = with_lot_lines("members = [\"Zwolle\"]");
        assert!(messages(&unknown, Severity::Error)[0].contains("member `Zwolle`, which is not a member"));
    }

    #[test]
    fn dates_out_of_order_are_an_error() {
        let source = BASE.replace("award_decision = 2027-04-01", "award_decision = 2027-02-01");
        let errors = messages(&source, Severity::Error);
        assert!(
            errors.iter().any(|m| m
                .contains("timeline.award_decision (2027-02-01 23:59) is not after timeline.registration_deadline")),
            "{errors:?}"
        );
    }

    #[test]
    fn a_short_standstill_in_a_classic_tender_is_an_error() {
        let source = BASE.replace(
            "contract_start = 2027-07-01",
            "standstill_days = 10\ncontract_start = 2027-07-01",
        );
        assert!(
            messages(&source, Severity::Error)
                .iter()
                .any(|m| m.contains("art. 2.127"))
        );
    }

    #[test]
    fn a_short_registration_period_binds_only_an_open_procedure() {
        let short = BASE
            .replace(
                "registration_deadline = 2027-03-01T12:00:00",
                "registration_deadline = 2027-02-10T12:00:00",
            )
            .replace(
                "questions_deadline = 2027-02-15T12:00:00",
                "questions_deadline = 2027-02-01T12:00:00",
            );
        assert!(
            messages(&short, Severity::Warning)
                .iter()
                .any(|m| m.contains("art. 2.71"))
        );
        let open = short.replace("domain = [\"wmo\"]", "domain = [\"wmo\"]\nregime = \"open\"");
        assert!(messages(&open, Severity::Error).iter().any(|m| m.contains("art. 2.71")));
    }

    #[test]
    fn a_late_questions_deadline_is_a_warning() {
        let source = BASE.replace(
            "questions_deadline = 2027-02-15T12:00:00",
            "questions_deadline = 2027-02-26T12:00:00",
        );
        assert!(
            messages(&source, Severity::Warning)
                .iter()
                .any(|m| m.contains("Dir. 2014/24 art. 47(3), 53(2)"))
        );
    }

    #[test]
    fn a_closed_framework_over_four_years_is_a_warning_under_open_art_2_140() {
        let source = BASE
            .replace(
                "kind = \"classic\"",
                "kind = \"raamovereenkomst\"\nopen_house = false\nregime = \"open\"",
            )
            .replace("price_floor = 55.00\n", "")
            .replace(
                "contract_end = 2029-06-30",
                "contract_end = 2030-06-30\nextension_months = [12, 12]",
            )
            .replace("funding = \"inspanning\"", "funding = \"inspanning\"\ntariff = 61.20");
        let source = source.split("[[criteria]]").next().unwrap();
        assert_eq!(messages(source, Severity::Error), Vec::<String>::new());
        assert!(
            messages(source, Severity::Warning)
                .iter()
                .any(|m| m.contains("art. 2.140"))
        );
    }

    #[test]
    fn a_national_regime_above_the_threshold_is_a_warning() {
        let source = BASE
            .replace(
                "domain = [\"wmo\"]",
                "domain = [\"wmo\"]\nregime = \"national\"\nestimated_value = 600000",
            )
            .replace(
                "contract_end = 2029-06-30",
                "contract_end = 2029-06-30\nextension_months = [12]",
            );
        // 600,000 for 24 months plus 12 months of option = 900,000.
        assert!(
            messages(&source, Severity::Warning)
                .iter()
                .any(|m| m.contains("art. 2.38") && m.contains("€900,000.00"))
        );
    }

    #[test]
    fn weights_must_sum_to_100() {
        let source = BASE.replace("weight = 60", "weight = 50");
        assert!(
            messages(&source, Severity::Error)
                .iter()
                .any(|m| m.contains("sum to 90, not 100"))
        );
    }

    #[test]
    fn the_largest_estimated_value_with_extensions_does_not_overflow() {
        let source = BASE
            .replace(
                "domain = [\"wmo\"]",
                "domain = [\"wmo\"]\nregime = \"national\"\nestimated_value = 10_000_000_000",
            )
            .replace(
                "contract_end = 2029-06-30",
                "contract_end = 2029-06-30\nextension_months = [12]",
            );
        let warnings = messages(&source, Severity::Warning);
        assert!(warnings.iter().any(|m| m.contains("art. 2.38")), "{warnings:?}");
    }

    #[test]
    fn weights_that_would_wrap_around_to_100_are_an_error() {
        // 4294967295 + 40 + 61 is 100 in 32-bit arithmetic.
        let source = BASE.replace("weight = 60", "weight = 4294967295");
        let source = format!("{source}\n[[criteria]]\nid = \"x\"\nname = \"X\"\nweight = 61\n");
        let errors = messages(&source, Severity::Error);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("weight = 4294967295 is out of bounds"), "{errors:?}");
    }

    #[test]
    fn an_empty_domain_is_one_error() {
        let errors = messages(&BASE.replace("domain = [\"wmo\"]", "domain = []"), Severity::Error);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("domain is empty"), "{errors:?}");
    }

    #[test]
    fn a_price_criterion_without_a_price_formula_is_an_error() {
        let source = format!("{BASE}\n[award]\nprice_formula = \"none\"\n");
        assert!(
            messages(&source, Severity::Error)
                .iter()
                .any(|m| m.contains("price_formula is `none`"))
        );
    }

    #[test]
    fn a_product_outside_the_domain_is_an_error() {
        let source = BASE.replace("code = \"02A01\"", "code = \"45A01\"");
        let errors = messages(&source, Severity::Error);
        assert!(
            errors
                .iter()
                .any(|m| m.contains("category 45, outside the tender's domain (wmo 01–18")),
            "{errors:?}"
        );
    }

    #[test]
    fn tariffs_are_required_for_fixed_tariff_kinds() {
        let source = BASE.replace("kind = \"classic\"", "kind = \"bestuurlijk\"");
        let source = source.split("[[criteria]]").next().unwrap();
        assert!(
            messages(source, Severity::Error)
                .iter()
                .any(|m| m.contains("has no tariff"))
        );
    }

    /// BASE as an open-house raamovereenkomst (fixed tariffs, no criteria).
    fn open_house(extra: &str) -> String {
        let source = BASE
            .replace("kind = \"classic\"", &format!("kind = \"raamovereenkomst\"\n{extra}"))
            .replace("price_floor = 55.00\n", "tariff = 61.20\n")
            .replace(
                "contract_end = 2029-06-30",
                "contract_end = 2032-06-30\nextension_months = [12]\njoining = \"quarterly\"",
            );
        source.split("[[criteria]]").next().unwrap().to_string()
    }

    #[test]
    fn an_open_house_gets_no_period_threshold_four_year_or_standstill_rule_falk_pharma_c_410_14() {
        // A 10-day registration period, 7 years, far above the threshold under `national`.
        let source = open_house("regime = \"national\"\nestimated_value = 90_000_000")
            .replace(
                "registration_deadline = 2027-03-01T12:00:00",
                "registration_deadline = 2027-01-14T12:00:00",
            )
            .replace("questions_deadline = 2027-02-15T12:00:00\n", "");
        assert_eq!(findings(&source), vec![]);
        let open = open_house("regime = \"open\"")
            .replace(
                "registration_deadline = 2027-03-01T12:00:00",
                "registration_deadline = 2027-01-14T12:00:00",
            )
            .replace("questions_deadline = 2027-02-15T12:00:00\n", "");
        assert_eq!(findings(&open), vec![], "not even under an announced open procedure");
    }

    #[test]
    fn a_closed_framework_over_four_years_is_silent_under_the_light_regime_art_2_140() {
        let source = open_house("open_house = false").replace("joining = \"quarterly\"\n", "");
        assert_eq!(findings(&source), vec![]);
    }

    #[test]
    fn a_short_standstill_is_a_warning_under_national_and_nothing_under_2b_art_2_127() {
        let short = |regime: &str| {
            BASE.replace(
                "domain = [\"wmo\"]",
                &format!("domain = [\"wmo\"]\nregime = \"{regime}\""),
            )
            .replace(
                "contract_start = 2027-07-01",
                "standstill_days = 10\ncontract_start = 2027-07-01",
            )
        };
        for regime in ["sas", "open"] {
            let errors = messages(&short(regime), Severity::Error);
            assert!(errors.iter().any(|m| m.contains("art. 2.127")), "{regime}: {errors:?}");
        }
        let national = findings(&short("national"));
        assert!(
            national
                .iter()
                .all(|f| f.severity == Severity::Warning && f.message.contains("advised, not required")),
            "{national:?}"
        );
        assert_eq!(national.len(), 1);
        assert_eq!(
            findings(&in_2015(&short("2b"))),
            vec![],
            "a 2B service had no statutory standstill"
        );
    }

    #[test]
    fn a_2b_tender_has_no_minimum_period_art_2_71_does_not_apply() {
        let source = BASE
            .replace("domain = [\"wmo\"]", "domain = [\"wmo\"]\nregime = \"2b\"")
            .replace(
                "registration_deadline = 2027-03-01T12:00:00",
                "registration_deadline = 2027-01-20T12:00:00",
            )
            .replace("questions_deadline = 2027-02-15T12:00:00\n", "");
        assert_eq!(findings(&in_2015(&source)), vec![]);
    }

    /// The same tender twelve years earlier, under the old Aanbestedingswet.
    fn in_2015(source: &str) -> String {
        source.replace("2027-", "2015-").replace("2029-", "2017-")
    }

    #[test]
    fn the_period_counts_calendar_days_across_the_clock_change_art_2_74a() {
        // 1 March 12:00 (winter time) to 10 April 12:00 (summer time) is 40 calendar
        // days but only 959 elapsed hours: still 40 days, enough with electronic submission.
        let source = BASE
            .replace("domain = [\"wmo\"]", "domain = [\"wmo\"]\nregime = \"open\"")
            .replace("announce = 2027-01-04T09:00:00", "announce = 2027-03-01T12:00:00")
            .replace(
                "questions_deadline = 2027-02-15T12:00:00",
                "questions_deadline = 2027-03-20T12:00:00",
            )
            .replace(
                "registration_deadline = 2027-03-01T12:00:00",
                "registration_deadline = 2027-04-10T12:00:00",
            )
            .replace("award_decision = 2027-04-01", "award_decision = 2027-05-01");
        assert_eq!(findings(&source), vec![]);
    }

    #[test]
    fn publication_counts_the_period_from_its_actual_moment_art_2_71() {
        let source = BASE.replace("domain = [\"wmo\"]", "domain = [\"wmo\"]\nregime = \"open\"");
        let def = Definition::parse(&source).unwrap();
        let announce = check(&def).schedule.unwrap().announce;
        assert_eq!(check_at_publication(&def, announce).findings, vec![]);
        // Published a day before the deadline: 1 calendar day.
        let late = crate::domain::fixtures::utc("2027-02-28T12:00:00+01:00");
        let found = check_at_publication(&def, late).findings;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert!(
            found[0]
                .message
                .starts_with("the registration period is 1 calendar day "),
            "{found:?}"
        );
        let sas = Definition::parse(BASE).unwrap();
        assert_eq!(check_at_publication(&sas, late).findings[0].severity, Severity::Warning);
    }

    /// BASE with a lot of hulpmiddelen (Wmo category 12, rolstoelen).
    fn hulpmiddelen(regime: &str, budget: &str) -> String {
        BASE.replace(
            "domain = [\"wmo\"]",
            &format!("domain = [\"wmo\"]\nregime = \"{regime}\""),
        )
        .replace("name = \"Begeleiding\"", &format!("name = \"Begeleiding\"\n{budget}"))
        .replace("code = \"02A01\"", "code = \"12A01\"")
    }

    #[test]
    fn hulpmiddelen_are_supplies_an_error_under_the_light_regime_art_2_38() {
        let errors = messages(&hulpmiddelen("sas", ""), Severity::Error);
        assert!(
            errors
                .iter()
                .any(|m| m.contains("`12A01`") && m.contains("hulpmiddel") && m.contains("art. 2.38")),
            "{errors:?}"
        );
        assert_eq!(
            messages(&hulpmiddelen("open", ""), Severity::Error),
            Vec::<String>::new()
        );
    }

    #[test]
    fn hulpmiddelen_under_national_meet_the_supplies_threshold_dir_2014_24_art_4c() {
        // A budget of 250,000 is under the 750,000 of social services, over the 216,000 of supplies.
        let warnings = messages(&hulpmiddelen("national", "budget = 250_000"), Severity::Warning);
        assert!(
            warnings
                .iter()
                .any(|m| m.contains("€216,000.00") && m.contains("supplies")),
            "{warnings:?}"
        );
        assert_eq!(
            messages(&hulpmiddelen("national", "budget = 200_000"), Severity::Warning),
            Vec::<String>::new()
        );
    }

    #[test]
    fn without_an_estimated_value_the_lot_budgets_are_summed_art_2_15() {
        let source = BASE
            .replace("domain = [\"wmo\"]", "domain = [\"wmo\"]\nregime = \"national\"")
            .replace("name = \"Begeleiding\"", "name = \"Begeleiding\"\nbudget = 800_000");
        assert!(
            messages(&source, Severity::Warning)
                .iter()
                .any(|m| m.contains("€800,000.00") && m.contains("art. 2.38"))
        );
    }

    #[test]
    fn price_competition_without_a_price_floor_warns_uitvoeringsbesluit_wmo_art_5_4_besluit_jeugdwet_art_2_3() {
        let warnings = messages(&BASE.replace("price_floor = 55.00\n", ""), Severity::Warning);
        assert!(
            warnings
                .iter()
                .any(|m| m.contains("`02A01`") && m.contains("Uitvoeringsbesluit Wmo 2015 art. 5.4")),
            "{warnings:?}"
        );
        let jeugd = BASE
            .replace("domain = [\"wmo\"]", "domain = [\"jeugd\"]")
            .replace("code = \"02A01\"", "code = \"45A01\"")
            .replace("price_floor = 55.00\n", "");
        assert!(
            messages(&jeugd, Severity::Warning)
                .iter()
                .any(|m| m.contains("Besluit Jeugdwet art. 2.3"))
        );
        let lot_floor = BASE
            .replace("price_floor = 55.00\n", "")
            .replace("name = \"Begeleiding\"", "name = \"Begeleiding\"\nprice_floor = 50");
        assert_eq!(findings(&lot_floor), vec![], "a lot floor covers a lot of one product");
        let quality_only = format!(
            "{}\n[award]\nprice_formula = \"none\"\n",
            BASE.replace("price_floor = 55.00\n", "")
                .replace("weight = 60", "weight = 100")
                .split("[[criteria]]\nid = \"prijs\"")
                .next()
                .unwrap()
        );
        assert_eq!(
            findings(&quality_only),
            vec![],
            "no price competition, no reële prijs rule"
        );
    }

    #[test]
    fn the_weights_rule_says_it_is_the_tools_convention_art_2_115() {
        let errors = messages(&BASE.replace("weight = 60", "weight = 50"), Severity::Error);
        assert!(
            errors
                .iter()
                .any(|m| m.contains("this tool states it as weights summing to 100")),
            "{errors:?}"
        );
    }

    #[test]
    fn basket_weights_are_given_to_every_product_or_none() {
        let two = BASE.replace(
            "price_floor = 55.00\n",
            "price_floor = 55.00\nweight = 60\n[[lots.products]]\ncode = \"02A02\"\nname = \"Groep\"\nunit = \"uur\"\nfunding = \"inspanning\"\nprice_floor = 30\n",
        );
        let errors = messages(&two, Severity::Error);
        assert!(
            errors.iter().any(|m| m.contains("weight to 1 of its 2 products")),
            "{errors:?}"
        );
        let too_heavy = BASE.replace("price_floor = 55.00\n", "price_floor = 55.00\nweight = 101\n");
        assert!(
            messages(&too_heavy, Severity::Error)
                .iter()
                .any(|m| m.contains("product `02A01` weight = 101 is out of bounds"))
        );
    }

    #[test]
    fn regime_2b_is_for_tenders_announced_before_1_july_2016() {
        let source = BASE.replace("domain = [\"wmo\"]", "domain = [\"wmo\"]\nregime = \"2b\"");
        let errors = messages(&source, Severity::Error);
        assert!(
            errors.iter().any(|m| m.contains("the 2B regime ended on 1 July 2016")),
            "{errors:?}"
        );
    }
}
