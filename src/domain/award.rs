//! The award decision (gunningsbeslissing) per lot (SPEC §3 scoring): ranking
//! on the best price-quality ratio for a classic tender, admission of every
//! qualified provider for the fixed-tariff kinds. Exact fractions throughout.

use std::collections::BTreeMap;

use super::definition::{Criterion, Kind, Lot, PriceFormula, Product};
use super::intake::{Registration, Status};
use super::message::{Message, msg};
use super::money::Cents;
use super::ratio::Ratio;
use super::scoring;
use super::tender::Tender;

pub use super::scoring::ScoreValue;

/// Scores of a tender by (KvK, lot), then by criterion (a product's price as
/// `prijs:CODE`); ordered, so that everything computed from them comes out
/// the same way every time.
pub type Scores = BTreeMap<(String, String), BTreeMap<String, ScoreValue>>;

/// One provider's offer for one lot: points per quality criterion in
/// hundredths of a point, and the price per product for the price criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub kvk: String,
    pub name: String,
    pub points: BTreeMap<String, i64>,
    pub prices: BTreeMap<String, Cents>,
}

/// Why an offer takes no part in the ranking of its lot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exclusion {
    /// The criteria the offer has no score for yet.
    MissingScore(Vec<String>),
    /// The quality share, in percent, under the definition's minimum.
    BelowMinimum { share: Ratio, min: u32 },
    /// An abnormally low price (no realistic price).
    BelowFloor { price: Cents, floor: Cents },
    /// A product's price under that product's reële prijs.
    ProductBelowFloor {
        product: String,
        price: Cents,
        floor: Cents,
    },
}

impl std::fmt::Display for Exclusion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exclusion::MissingScore(criteria) => write!(f, "missing score: {}", criteria.join(", ")),
            Exclusion::BelowMinimum { share, min } => write!(f, "quality {share}% is below the minimum of {min}%"),
            Exclusion::BelowFloor { price, floor } => {
                write!(
                    f,
                    "price {price} is below the price floor of {floor} (no realistic price)"
                )
            }
            Exclusion::ProductBelowFloor { product, price, floor } => write!(
                f,
                "price {price} for product {product} is below its price floor of {floor} (no reële prijs)"
            ),
        }
    }
}

/// The rules of a lot's ranking, from the definition.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    pub criteria: &'a [Criterion],
    pub formula: PriceFormula,
    pub min_quality: Option<u32>,
    pub price_floor: Option<Cents>,
    pub max_awards: Option<u32>,
    /// The lot's products: the basket weights and reële prijs of each.
    pub products: &'a [Product],
}

/// One criterion of a ranked offer: the points given and what they weigh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub criterion: String,
    pub points: Option<i64>,
    pub weighted: Option<Ratio>,
}

/// An offer's place in the ranking of its lot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub kvk: String,
    pub name: String,
    pub rank: Option<u32>,
    pub score: Option<Ratio>,
    pub parts: Vec<Part>,
    /// The basket price of the lot (SPEC §3).
    pub price: Option<Cents>,
    /// The price per product code.
    pub prices: BTreeMap<String, Cents>,
    pub awarded: bool,
    pub excluded: Option<Exclusion>,
}

/// The outcome of a lot, best first, excluded offers last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LotOutcome {
    pub lot: String,
    pub offers: Vec<Ranked>,
    /// Providers tied for the last award place that no draw has separated.
    pub tie: Vec<String>,
}

/// Why the award cannot be decided now, and what to do first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AwardRefusal {
    Undecided {
        tender: String,
        providers: Vec<String>,
    },
    MissingScores {
        tender: String,
        offers: Vec<String>,
    },
    Tie {
        tender: String,
        lot: String,
        tied: Vec<String>,
        kvks: Vec<String>,
    },
    NothingToAward {
        tender: String,
    },
}

impl From<AwardRefusal> for Message {
    fn from(refusal: AwardRefusal) -> Message {
        match refusal {
            AwardRefusal::Undecided { tender, providers } => msg!(
                "award-undecided",
                tender = tender,
                count = providers.len(),
                providers = providers.join(", ")
            ),
            AwardRefusal::MissingScores { tender, offers } => msg!(
                "award-missing-scores",
                tender = tender,
                count = offers.len(),
                offers = offers.join(", ")
            ),
            AwardRefusal::Tie {
                tender,
                lot,
                tied,
                kvks,
            } => msg!(
                "award-tie",
                lot = lot,
                tender = tender,
                first = tied[..tied.len().saturating_sub(1)].join(", "),
                last = tied.last().cloned().unwrap_or_default(),
                kvks = kvks.join(",")
            ),
            AwardRefusal::NothingToAward { tender } => msg!("award-nothing", tender = tender),
        }
    }
}

/// The outcome of every lot from the admitted registrations and their scores.
pub fn outcomes(tender: &Tender, registrations: &[Registration], scores: &Scores, draw: &[String]) -> Vec<LotOutcome> {
    let def = &tender.definition;
    let formula = def.award.as_ref().map_or(PriceFormula::Relative, |a| a.price_formula);
    let min_quality = def.award.as_ref().and_then(|a| a.min_quality);
    let price_criterion = def.criteria.iter().find(|c| c.price).map_or("", |c| c.id.as_str());
    def.lots
        .iter()
        .map(|lot| {
            let offers: Vec<Offer> = registrations
                .iter()
                .filter(|r| r.status.is_admitted() && r.lots.contains(&lot.id))
                .map(|r| offer(r, lot, price_criterion, scores.get(&(r.kvk.clone(), lot.id.clone()))))
                .collect();
            match def.kind {
                Kind::Classic => {
                    let rules = Rules {
                        criteria: &def.criteria,
                        formula,
                        min_quality,
                        price_floor: lot.price_floor,
                        max_awards: lot.max_awards,
                        products: &lot.products,
                    };
                    rank(&lot.id, &rules, &offers, draw)
                }
                Kind::Bestuurlijk | Kind::Raamovereenkomst => admit_all(&lot.id, &offers),
            }
        })
        .collect()
}

/// An offer from its stored scores: points per criterion, prices per product.
fn offer(r: &Registration, lot: &Lot, price_criterion: &str, scores: Option<&BTreeMap<String, ScoreValue>>) -> Offer {
    let mut points = BTreeMap::new();
    let mut prices = BTreeMap::new();
    for (key, value) in scores.into_iter().flatten() {
        match value {
            ScoreValue::Points(p) => {
                points.insert(key.clone(), *p);
            }
            ScoreValue::Price(c) => {
                if let Some(code) = scoring::product_of(lot, price_criterion, key) {
                    prices.insert(code.to_string(), *c);
                }
            }
        }
    }
    Offer {
        kvk: r.kvk.clone(),
        name: r.name.clone(),
        points,
        prices,
    }
}

/// The award decision: every lot's outcome, or a refusal when an admission is
/// undecided, a score is missing, a tie is unbroken or nothing is offered.
pub fn decide(
    tender: &Tender,
    registrations: &[Registration],
    scores: &Scores,
    draw: &[String],
) -> Result<Vec<LotOutcome>, AwardRefusal> {
    let id = &tender.definition.id;
    let undecided: Vec<String> = registrations
        .iter()
        .filter(|r| r.status == Status::Registered)
        .map(|r| format!("{} ({})", r.name, r.kvk))
        .collect();
    if !undecided.is_empty() {
        return Err(AwardRefusal::Undecided {
            tender: id.clone(),
            providers: undecided,
        });
    }
    let lots = outcomes(tender, registrations, scores, draw);
    let missing: Vec<String> = lots
        .iter()
        .flat_map(|lot| {
            lot.offers.iter().filter_map(move |o| match &o.excluded {
                Some(Exclusion::MissingScore(criteria)) => {
                    Some(format!("{} lot {} ({})", o.kvk, lot.lot, criteria.join(", ")))
                }
                _ => None,
            })
        })
        .collect();
    if !missing.is_empty() {
        return Err(AwardRefusal::MissingScores {
            tender: id.clone(),
            offers: missing,
        });
    }
    if let Some(lot) = lots.iter().find(|lot| !lot.tie.is_empty()) {
        return Err(AwardRefusal::Tie {
            tender: id.clone(),
            lot: lot.lot.clone(),
            tied: lot
                .offers
                .iter()
                .filter(|o| lot.tie.contains(&o.kvk))
                .map(|o| format!("{} ({})", o.name, o.kvk))
                .collect(),
            kvks: lot.tie.clone(),
        });
    }
    if lots.iter().all(|lot| lot.offers.is_empty()) {
        return Err(AwardRefusal::NothingToAward { tender: id.clone() });
    }
    Ok(lots)
}

/// What a decision makes of every ranked registration: awarded in any lot, or not.
pub fn statuses(lots: &[LotOutcome]) -> BTreeMap<&str, Status> {
    let mut statuses = BTreeMap::new();
    for offer in lots.iter().flat_map(|lot| &lot.offers) {
        let status = statuses.entry(offer.kvk.as_str()).or_insert(Status::NotAwarded);
        if offer.awarded {
            *status = Status::Awarded;
        }
    }
    statuses
}

/// Whether a higher score is better (relative, none) or a lower one (fictitious price).
fn higher_is_better(formula: PriceFormula) -> bool {
    formula != PriceFormula::Fictitious
}

/// Points of a criterion as a share of its weight: points / max_points × weight.
fn weighted(points: i64, c: &Criterion) -> Ratio {
    Ratio::new(
        i128::from(points) * i128::from(c.weight),
        100 * i128::from(c.max_points),
    )
}

/// The award for a fixed-tariff tender: every qualified provider of the lot.
pub fn admit_all(lot: &str, offers: &[Offer]) -> LotOutcome {
    let offers = offers
        .iter()
        .map(|o| Ranked {
            kvk: o.kvk.clone(),
            name: o.name.clone(),
            rank: None,
            score: None,
            parts: Vec::new(),
            price: None,
            prices: BTreeMap::new(),
            awarded: true,
            excluded: None,
        })
        .collect();
    LotOutcome {
        lot: lot.to_string(),
        offers,
        tie: Vec::new(),
    }
}

/// Ranks the offers of a classic lot. `draw` is the outcome of a lottery
/// between tied providers, best first; it only orders providers that are tied.
pub fn rank(lot: &str, rules: &Rules, offers: &[Offer], draw: &[String]) -> LotOutcome {
    let (mut eligible, mut excluded): (Vec<Ranked>, Vec<Ranked>) = offers
        .iter()
        .map(|o| evaluate(rules, o))
        .partition(|r| r.excluded.is_none());
    if rules.formula == PriceFormula::Relative {
        score_prices(rules, &mut eligible);
    }
    let better = higher_is_better(rules.formula);
    eligible.sort_by(|a, b| {
        let order = a.score.cmp(&b.score);
        (if better { order.reverse() } else { order }).then_with(|| a.kvk.cmp(&b.kvk))
    });
    let places = rules
        .max_awards
        .map_or(eligible.len(), |n| (n as usize).min(eligible.len()));
    let (tie, drawn) = apply_draw(&mut eligible, places, draw);
    assign_ranks(&mut eligible, &drawn);
    for (i, offer) in eligible.iter_mut().enumerate() {
        offer.awarded = i < places && !tie.contains(&offer.kvk);
    }
    excluded.sort_by(|a, b| a.kvk.cmp(&b.kvk));
    eligible.append(&mut excluded);
    LotOutcome {
        lot: lot.to_string(),
        offers: eligible,
        tie,
    }
}

/// Scores the quality criteria and applies the exclusions that need no other offer.
fn evaluate(rules: &Rules, offer: &Offer) -> Ranked {
    let mut missing = Vec::new();
    let mut parts = Vec::new();
    let mut price = None;
    for c in rules.criteria {
        if c.price {
            match scoring::basket(rules.products, &offer.prices) {
                Ok(basket) => price = Some(basket),
                Err(_) if rules.products.len() == 1 => missing.push(c.id.clone()),
                Err(codes) => missing.extend(codes.iter().map(|code| format!("{}:{code}", c.id))),
            }
            continue;
        }
        let points = offer.points.get(&c.id).copied();
        if points.is_none() {
            missing.push(c.id.clone());
        }
        parts.push(Part {
            criterion: c.id.clone(),
            points,
            weighted: points.map(|p| weighted(p, c)),
        });
    }
    let quality: Ratio = parts.iter().filter_map(|p| p.weighted).sum();
    let mut ranked = Ranked {
        kvk: offer.kvk.clone(),
        name: offer.name.clone(),
        rank: None,
        score: None,
        parts,
        price,
        prices: offer.prices.clone(),
        awarded: false,
        excluded: None,
    };
    ranked.excluded = exclusion(rules, &ranked, quality, &missing);
    if ranked.excluded.is_none() {
        ranked.score = Some(match rules.formula {
            PriceFormula::None | PriceFormula::Relative => quality,
            PriceFormula::Fictitious => fictitious_price(rules, price, &ranked.parts),
        });
    }
    ranked
}

fn exclusion(rules: &Rules, offer: &Ranked, quality: Ratio, missing: &[String]) -> Option<Exclusion> {
    if !missing.is_empty() {
        return Some(Exclusion::MissingScore(missing.to_vec()));
    }
    if let Some(min) = rules.min_quality {
        let share = quality_share(rules, quality, &offer.parts);
        if share < Ratio::integer(i128::from(min)) {
            return Some(Exclusion::BelowMinimum { share, min });
        }
    }
    if let (Some(floor), Some(price)) = (rules.price_floor, offer.price) {
        if price < floor {
            return Some(Exclusion::BelowFloor { price, floor });
        }
    }
    scoring::below_floor(rules.products, &offer.prices)
}

/// The quality as a percentage for `min_quality`: of the quality weights, or
/// under `fictitious` (where the weights play no part) of the total quality
/// value in euros, Σ value (SPEC §3).
fn quality_share(rules: &Rules, quality: Ratio, parts: &[Part]) -> Ratio {
    let quality_criteria = || rules.criteria.iter().filter(|c| !c.price);
    if rules.formula == PriceFormula::Fictitious {
        let total: i128 = quality_criteria().map(|c| i128::from(c.value.map_or(0, |v| v.0))).sum();
        return worth(rules, parts) * Ratio::new(100 * 100, total.max(1));
    }
    let quality_weight: u32 = quality_criteria().map(|c| c.weight).sum();
    quality * Ratio::new(100, i128::from(quality_weight.max(1)))
}

/// Gunnen op waarde: the price less what the quality is worth, in euros.
fn fictitious_price(rules: &Rules, price: Option<Cents>, parts: &[Part]) -> Ratio {
    let price = Ratio::new(i128::from(price.map_or(0, |p| p.0)), 100);
    price - worth(rules, parts)
}

/// What the quality points are worth in euros: Σ points / max_points × value.
fn worth(rules: &Rules, parts: &[Part]) -> Ratio {
    parts
        .iter()
        .filter_map(|part| {
            let c = rules.criteria.iter().find(|c| c.id == part.criterion)?;
            let value = i128::from(c.value.map_or(0, |v| v.0));
            Some(Ratio::new(
                i128::from(part.points?) * value,
                100 * i128::from(c.max_points) * 100,
            ))
        })
        .sum()
}

/// Relative price scoring: the lowest price in the lot / this price × the price weight.
fn score_prices(rules: &Rules, eligible: &mut [Ranked]) {
    let Some(weight) = rules.criteria.iter().find(|c| c.price).map(|c| i128::from(c.weight)) else {
        return;
    };
    let Some(lowest) = eligible.iter().filter_map(|r| r.price).min() else {
        return;
    };
    for offer in eligible.iter_mut() {
        let price = offer.price.map_or(1, |p| p.0.max(1));
        let price_score = Ratio::new(i128::from(lowest.0) * weight, i128::from(price));
        offer.score = offer.score.map(|quality| quality + price_score);
    }
}

/// Orders the providers tied across the last award place by the draw. Returns
/// those still tied when the draw does not name them all, and those it ordered.
fn apply_draw(eligible: &mut [Ranked], places: usize, draw: &[String]) -> (Vec<String>, Vec<String>) {
    if places == 0 || places >= eligible.len() || eligible[places - 1].score != eligible[places].score {
        return (Vec::new(), Vec::new());
    }
    let score = eligible[places - 1].score;
    let start = eligible.iter().position(|r| r.score == score).unwrap_or(0);
    let end = eligible.iter().rposition(|r| r.score == score).map_or(start, |i| i + 1);
    let group = &mut eligible[start..end];
    let position = |kvk: &str| draw.iter().position(|d| d == kvk);
    let kvks = group.iter().map(|r| r.kvk.clone()).collect();
    if group.iter().all(|r| position(&r.kvk).is_some()) {
        group.sort_by_key(|r| position(&r.kvk));
        (Vec::new(), kvks)
    } else {
        (kvks, Vec::new())
    }
}

/// Competition ranking (1, 2, 2, 4); providers ordered by a draw get their own ranks.
fn assign_ranks(eligible: &mut [Ranked], drawn: &[String]) {
    for i in 0..eligible.len() {
        let same_as_previous = i > 0
            && eligible[i].score == eligible[i - 1].score
            && !(drawn.contains(&eligible[i].kvk) && drawn.contains(&eligible[i - 1].kvk));
        eligible[i].rank = Some(if same_as_previous {
            eligible[i - 1].rank.unwrap_or(1)
        } else {
            i as u32 + 1
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(id: &str, weight: u32, value: Option<i64>, price: bool) -> Criterion {
        Criterion {
            id: id.into(),
            name: id.into(),
            weight,
            max_points: 10,
            value: value.map(Cents),
            price,
        }
    }

    fn offer(kvk: &str, points: &[(&str, i64)], euros: Option<i64>) -> Offer {
        Offer {
            kvk: kvk.into(),
            name: format!("Aanbieder {kvk}"),
            points: points.iter().map(|(c, p)| (c.to_string(), p * 100)).collect(),
            prices: euros
                .map(|e| ("02A01".to_string(), Cents(e * 100)))
                .into_iter()
                .collect(),
        }
    }

    fn product(code: &str, weight: Option<u32>, floor: Option<i64>) -> Product {
        Product {
            code: code.into(),
            name: code.into(),
            unit: crate::domain::definition::Unit::Uur,
            funding: crate::domain::definition::Funding::Inspanning,
            tariff: None,
            weight,
            price_floor: floor.map(Cents),
        }
    }

    /// The one product of the lots of these tests.
    static ONE: std::sync::LazyLock<Vec<Product>> = std::sync::LazyLock::new(|| vec![product("02A01", None, None)]);

    fn summary(outcome: &LotOutcome) -> Vec<(String, Option<u32>, String, bool)> {
        outcome
            .offers
            .iter()
            .map(|r| {
                (
                    r.kvk.clone(),
                    r.rank,
                    r.score.map_or(String::new(), |s| s.to_string()),
                    r.awarded,
                )
            })
            .collect()
    }

    fn row(kvk: &str, rank: Option<u32>, score: &str, awarded: bool) -> (String, Option<u32>, String, bool) {
        (kvk.to_string(), rank, score.to_string(), awarded)
    }

    /// Plan 40, team 30, price 30. A: 8, 6, € 100 → 32 + 18 + 80/100×30 = 74.
    /// B: 6, 9, € 80 → 24 + 27 + 30 = 81. C: 10, 10, € 120 → 40 + 30 + 20 = 90.
    fn relative() -> (Vec<Criterion>, Vec<Offer>) {
        let criteria = vec![
            criterion("plan", 40, None, false),
            criterion("team", 30, None, false),
            criterion("prijs", 30, None, true),
        ];
        let offers = vec![
            offer("00000001", &[("plan", 8), ("team", 6)], Some(100)),
            offer("00000002", &[("plan", 6), ("team", 9)], Some(80)),
            offer("00000003", &[("plan", 10), ("team", 10)], Some(120)),
        ];
        (criteria, offers)
    }

    fn rules(criteria: &[Criterion], formula: PriceFormula) -> Rules<'_> {
        Rules {
            criteria,
            formula,
            min_quality: None,
            price_floor: None,
            max_awards: None,
            products: &ONE,
        }
    }

    #[test]
    fn relative_price_and_quality() {
        let (criteria, offers) = relative();
        let outcome = rank(
            "lot",
            &Rules {
                max_awards: Some(2),
                ..rules(&criteria, PriceFormula::Relative)
            },
            &offers,
            &[],
        );
        assert_eq!(
            summary(&outcome),
            [
                row("00000003", Some(1), "90.00", true),
                row("00000002", Some(2), "81.00", true),
                row("00000001", Some(3), "74.00", false)
            ]
        );
        assert_eq!(outcome.offers[0].parts[0].weighted, Some(Ratio::integer(40)));
    }

    #[test]
    fn quality_below_the_minimum_is_excluded() {
        // Quality shares: A 50/70 = 71.43 %, B 51/70 = 72.86 %, C 100 %.
        let (criteria, offers) = relative();
        let outcome = rank(
            "lot",
            &Rules {
                min_quality: Some(72),
                ..rules(&criteria, PriceFormula::Relative)
            },
            &offers,
            &[],
        );
        let a = outcome.offers.iter().find(|r| r.kvk == "00000001").unwrap();
        assert_eq!(
            a.excluded.as_ref().map(ToString::to_string).as_deref(),
            Some("quality 71.43% is below the minimum of 72%")
        );
        assert_eq!((a.rank, a.awarded), (None, false));
        assert_eq!(
            outcome.offers.last().unwrap().kvk,
            "00000001",
            "excluded offers come last"
        );
    }

    #[test]
    fn a_price_below_the_floor_is_excluded_and_does_not_set_the_lowest_price() {
        let (criteria, offers) = relative();
        let floor = Rules {
            price_floor: Some(Cents(90_00)),
            ..rules(&criteria, PriceFormula::Relative)
        };
        let outcome = rank("lot", &floor, &offers, &[]);
        // Without B (€ 80), the lowest price is A's € 100: A 32 + 18 + 30 = 80, C 70 + 25 = 95.
        assert_eq!(
            summary(&outcome)[..2],
            [
                row("00000003", Some(1), "95.00", true),
                row("00000001", Some(2), "80.00", true)
            ]
        );
        assert!(
            outcome.offers[2]
                .excluded
                .as_ref()
                .unwrap()
                .to_string()
                .contains("below the price floor of € 90,00")
        );
    }

    #[test]
    fn a_missing_score_is_excluded_naming_the_criterion() {
        let (criteria, mut offers) = relative();
        offers[0].points.remove("team");
        offers[1].prices.clear();
        let outcome = rank("lot", &rules(&criteria, PriceFormula::Relative), &offers, &[]);
        let reasons: Vec<Option<Exclusion>> = outcome.offers.iter().map(|r| r.excluded.clone()).collect();
        let missing = |c: &str| Some(Exclusion::MissingScore(vec![c.to_string()]));
        assert_eq!(reasons, [None, missing("team"), missing("prijs")]);
    }

    #[test]
    fn fictitious_price_lowest_first() {
        // Plan worth € 4000, team € 3000 at full points.
        // A € 100000 − (3200 + 1800) = 95000; B € 98000 − (2400 + 2700) = 92900; C € 104000 − 7000 = 97000.
        let criteria = vec![
            criterion("plan", 40, Some(400_000), false),
            criterion("team", 30, Some(300_000), false),
            criterion("prijs", 30, None, true),
        ];
        let offers = vec![
            offer("00000001", &[("plan", 8), ("team", 6)], Some(100_000)),
            offer("00000002", &[("plan", 6), ("team", 9)], Some(98_000)),
            offer("00000003", &[("plan", 10), ("team", 10)], Some(104_000)),
        ];
        let outcome = rank("lot", &rules(&criteria, PriceFormula::Fictitious), &offers, &[]);
        assert_eq!(
            summary(&outcome),
            [
                row("00000002", Some(1), "92900.00", true),
                row("00000001", Some(2), "95000.00", true),
                row("00000003", Some(3), "97000.00", true)
            ]
        );
    }

    /// Quality only: plan 60, team 40. A 48 + 24 = 72, B 36 + 36 = 72, C 100.
    fn quality_only() -> (Vec<Criterion>, Vec<Offer>) {
        let criteria = vec![criterion("plan", 60, None, false), criterion("team", 40, None, false)];
        let offers = vec![
            offer("00000001", &[("plan", 8), ("team", 6)], None),
            offer("00000002", &[("plan", 6), ("team", 9)], None),
            offer("00000003", &[("plan", 10), ("team", 10)], None),
        ];
        (criteria, offers)
    }

    #[test]
    fn a_tie_for_the_last_place_is_not_broken_by_the_tool() {
        let (criteria, offers) = quality_only();
        let two = Rules {
            max_awards: Some(2),
            ..rules(&criteria, PriceFormula::None)
        };
        let outcome = rank("lot", &two, &offers, &[]);
        assert_eq!(outcome.tie, ["00000001", "00000002"]);
        assert_eq!(
            summary(&outcome),
            [
                row("00000003", Some(1), "100.00", true),
                row("00000001", Some(2), "72.00", false),
                row("00000002", Some(2), "72.00", false)
            ]
        );
    }

    #[test]
    fn the_draw_orders_the_tied_providers() {
        let (criteria, offers) = quality_only();
        let two = Rules {
            max_awards: Some(2),
            ..rules(&criteria, PriceFormula::None)
        };
        let outcome = rank("lot", &two, &offers, &["00000002".to_string(), "00000001".to_string()]);
        assert!(outcome.tie.is_empty());
        assert_eq!(
            summary(&outcome),
            [
                row("00000003", Some(1), "100.00", true),
                row("00000002", Some(2), "72.00", true),
                row("00000001", Some(3), "72.00", false)
            ]
        );
    }

    #[test]
    fn a_tie_that_decides_nothing_shares_its_rank() {
        let (criteria, offers) = quality_only();
        let outcome = rank("lot", &rules(&criteria, PriceFormula::None), &offers, &[]);
        assert!(outcome.tie.is_empty());
        assert!(outcome.offers.iter().all(|r| r.awarded));
        assert_eq!(outcome.offers[1].rank, outcome.offers[2].rank);
    }

    #[test]
    fn thirds_make_an_exact_tie() {
        // Weights 30/30/40 at max 10 with 10/3 points each way round: 1/3 sums are exact.
        let criteria = vec![
            Criterion {
                max_points: 3,
                ..criterion("a", 30, None, false)
            },
            Criterion {
                max_points: 3,
                ..criterion("b", 30, None, false)
            },
            Criterion {
                max_points: 3,
                ..criterion("c", 40, None, false)
            },
        ];
        let offers = vec![
            offer("00000001", &[("a", 1), ("b", 1), ("c", 1)], None),
            offer("00000002", &[("a", 0), ("b", 2), ("c", 1)], None),
        ];
        let one = Rules {
            max_awards: Some(1),
            ..rules(&criteria, PriceFormula::None)
        };
        assert_eq!(rank("lot", &one, &offers, &[]).tie.len(), 2);
    }

    #[test]
    fn fixed_tariffs_award_every_qualified_provider() {
        let (_, offers) = quality_only();
        let outcome = admit_all("lot", &offers);
        assert!(outcome.offers.iter().all(|r| r.awarded && r.rank.is_none()));
    }

    #[test]
    fn min_quality_under_fictitious_is_a_share_of_the_quality_value_in_euros_spec_3() {
        // Plan worth € 1000 (weight 10), team € 9000 (weight 60). Full points on plan
        // and none on team: 100 % of the quality weight of plan but 1000 / 10000 = 10 % of the value.
        let criteria = vec![
            criterion("plan", 10, Some(100_000), false),
            criterion("team", 60, Some(900_000), false),
            criterion("prijs", 30, None, true),
        ];
        let offers = vec![
            offer("00000001", &[("plan", 10), ("team", 0)], Some(50_000)),
            offer("00000002", &[("plan", 0), ("team", 5)], Some(50_000)),
        ];
        let outcome = rank(
            "lot",
            &Rules {
                min_quality: Some(40),
                ..rules(&criteria, PriceFormula::Fictitious)
            },
            &offers,
            &[],
        );
        let reason = |kvk: &str| {
            let offer = outcome.offers.iter().find(|o| o.kvk == kvk).unwrap();
            offer.excluded.as_ref().map(ToString::to_string)
        };
        assert_eq!(
            reason("00000001").as_deref(),
            Some("quality 10.00% is below the minimum of 40%")
        );
        assert_eq!(reason("00000002"), None, "4500 / 10000 = 45 %");
    }

    #[test]
    fn the_basket_ranks_a_lot_of_several_products_and_a_product_floor_excludes_spec_3() {
        // The case: a gezinshuis (43A01, 3/4 of the basket) and treatment (44A01, 1/4).
        let products = vec![
            product("43A01", Some(75), None),
            product("44A01", Some(25), Some(30_000)),
        ];
        let criteria = vec![
            criterion("kwaliteit", 60, None, false),
            criterion("prijs", 40, None, true),
        ];
        let priced = |kvk: &str, gezinshuis: i64, behandeling: i64| Offer {
            prices: [
                ("43A01".to_string(), Cents(gezinshuis)),
                ("44A01".to_string(), Cents(behandeling)),
            ]
            .into_iter()
            .collect(),
            ..offer(kvk, &[("kwaliteit", 8)], None)
        };
        let offers = vec![
            priced("00000001", 18_500, 31_200),
            priced("00000002", 17_000, 29_000),
            Offer {
                prices: [("43A01".to_string(), Cents(18_000))].into_iter().collect(),
                ..offer("00000003", &[("kwaliteit", 8)], None)
            },
        ];
        let lot = Rules {
            products: &products,
            ..rules(&criteria, PriceFormula::Relative)
        };
        let outcome = rank("verblijf", &lot, &offers, &[]);
        let first = &outcome.offers[0];
        assert_eq!((first.kvk.as_str(), first.price), ("00000001", Some(Cents(21_675))));
        assert_eq!(first.prices["44A01"], Cents(31_200));
        let reason = |kvk: &str| {
            outcome
                .offers
                .iter()
                .find(|o| o.kvk == kvk)
                .unwrap()
                .excluded
                .as_ref()
                .unwrap()
                .to_string()
        };
        assert!(reason("00000002").contains("product 44A01 is below its price floor of € 300,00"));
        assert_eq!(reason("00000003"), "missing score: prijs:44A01");
    }

    fn registration(kvk: &str, status: Status) -> Registration {
        Registration {
            kvk: kvk.into(),
            name: format!("Aanbieder {kvk}"),
            agb: None,
            email: None,
            lots: vec!["begeleiding".into()],
            meets: Vec::new(),
            small: false,
            status,
            reason: None,
            registered_at: chrono::DateTime::UNIX_EPOCH,
            joining: false,
            joining_at: None,
        }
    }

    /// The classic template with one lot, `begeleiding`, and the registrations' scores.
    fn classic() -> Tender {
        let source = include_str!("../templates/classic.toml");
        let (mut tender, _) = Tender::from_source(source).unwrap();
        tender.definition.lots.retain(|l| l.id == "begeleiding");
        tender.definition.lots[0].max_awards = Some(1);
        tender
    }

    fn scored(tender: &Tender, offers: &[(&str, i64, i64)]) -> Scores {
        let mut scores = Scores::new();
        for (kvk, points, euros) in offers {
            let entry = scores.entry((kvk.to_string(), "begeleiding".to_string())).or_default();
            for c in &tender.definition.criteria {
                let value = if c.price {
                    ScoreValue::Price(Cents(euros * 100))
                } else {
                    ScoreValue::Points(points * 100)
                };
                entry.insert(c.id.clone(), value);
            }
        }
        scores
    }

    #[test]
    fn an_award_is_refused_while_an_admission_is_undecided_or_a_score_missing() {
        let tender = classic();
        let both = [
            registration("00000001", Status::Qualified),
            registration("00000002", Status::Registered),
        ];
        let refusal = decide(&tender, &both, &Scores::new(), &[]).unwrap_err();
        assert!(matches!(&refusal, AwardRefusal::Undecided { providers, .. } if providers.len() == 1));
        assert!(Message::from(refusal).contains("1 registration is still without an admission decision"));

        let one = [registration("00000001", Status::Qualified)];
        let refusal = decide(&tender, &one, &Scores::new(), &[]).unwrap_err();
        assert!(
            matches!(&refusal, AwardRefusal::MissingScores { offers, .. } if offers.len() == 1),
            "{refusal:?}"
        );
        assert!(Message::from(refusal).contains("1 offer lacks a score"));
    }

    #[test]
    fn an_unbroken_tie_and_nothing_to_award_are_refused_and_a_draw_decides() {
        let tender = classic();
        let two = [
            registration("00000001", Status::Qualified),
            registration("00000002", Status::Qualified),
        ];
        let scores = scored(&tender, &[("00000001", 8, 100), ("00000002", 8, 100)]);
        let refusal = decide(&tender, &two, &scores, &[]).unwrap_err();
        assert!(
            matches!(&refusal, AwardRefusal::Tie { kvks, .. } if kvks.len() == 2),
            "{refusal:?}"
        );
        let draw = ["00000002".to_string(), "00000001".to_string()];
        let lots = decide(&tender, &two, &scores, &draw).unwrap();
        let statuses = statuses(&lots);
        assert_eq!(statuses["00000002"], Status::Awarded);
        assert_eq!(statuses["00000001"], Status::NotAwarded);

        let rejected = [registration("00000001", Status::Rejected)];
        let refusal = decide(&tender, &rejected, &Scores::new(), &[]).unwrap_err();
        assert!(matches!(refusal, AwardRefusal::NothingToAward { .. }));
    }
}
