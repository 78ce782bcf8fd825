//! `tender award`: the award decision per lot, the re-award after an upheld
//! objection, and the final award after the standstill.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::i18n::tr;
use crate::cli::output::{self, Format};
use crate::cli::ranking_view;
use crate::domain::audit::EventKind;
use crate::domain::award::{LotOutcome, Offer, Rules, admit_all, rank};
use crate::domain::definition::{Kind, PriceFormula};
use crate::domain::intake::{Registration, Status, check_kvk};
use crate::domain::lifecycle::Action;
use crate::domain::money::Cents;
use crate::domain::plural::count;
use crate::domain::ratio::Ratio;
use crate::domain::schedule::rfc3339;
use crate::store::{ScoreValue, Scores, StoredTender};

/// Compute and record the award decision per lot; --final after the standstill
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// Show the outcome without recording it
    #[arg(long, conflicts_with = "final_")]
    dry_run: bool,
    /// The outcome of a draw between tied providers: KvK numbers, best first
    #[arg(long, value_delimiter = ',', value_name = "KVK,…", conflicts_with = "final_")]
    draw: Vec<String>,
    /// Make the award final, after the standstill and with no open objection
    #[arg(long = "final")]
    final_: bool,
    /// Record a new decision after an upheld objection; a new standstill starts
    #[arg(long, conflicts_with = "final_")]
    redo: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut store = ctx.store()?;
    if args.final_ {
        let done = decision::record(
            ctx,
            &mut store,
            &args.id,
            Action::FinalAward,
            EventKind::FinalAward,
            |_, _, h| {
                h.final_at = Some(ctx.now);
                Ok("the award is final".to_string())
            },
        )?;
        println!(
            "the award of `{}` is final; sign the contracts with `tender sign`",
            done.tender.definition.id
        );
        return Ok(());
    }
    for kvk in &args.draw {
        check_kvk(kvk).map_err(|e| anyhow::anyhow!("--draw: {e}"))?;
    }
    let stored = store.tender(&args.id)?;
    let action = if args.redo { Action::Redo } else { Action::Award };
    decision::allow(&stored, action, ctx)?;
    let registrations = store.registrations(&args.id)?;
    let scores = store.scores(&args.id)?;
    let outcomes = compute(&stored, &registrations, &scores, &args.draw);
    if !args.dry_run {
        refuse_incomplete(&stored, &registrations, &outcomes)?;
    }
    let standstill_end =
        (stored.tender.schedule.standstill_days > 0).then(|| stored.tender.schedule.standstill_end(ctx.now));
    let mut number = None;
    if !args.dry_run {
        let detail = describe(
            &outcomes,
            &args.draw,
            standstill_end.map(|end| stored.tender.schedule.local(end)),
        );
        let draw = args.draw.clone();
        let outcomes_ref = &outcomes;
        store.change(&ctx.stamp(), |change| -> anyhow::Result<()> {
            let mut history = stored.history.clone();
            history.decided_at = Some(ctx.now);
            history.final_at = None;
            let n = change.save_decision(&args.id, &draw, outcomes_ref)?;
            change.save_history(&args.id, &history)?;
            change.record(&args.id, EventKind::Award, &format!("decision {n}: {detail}"))?;
            number = Some(n);
            Ok(())
        })?;
    }
    print(ctx, &stored, number, standstill_end, &outcomes)
}

/// The outcome of every lot from the qualified registrations and their scores.
pub fn compute(
    stored: &StoredTender,
    registrations: &[Registration],
    scores: &Scores,
    draw: &[String],
) -> Vec<LotOutcome> {
    let def = &stored.tender.definition;
    let formula = def.award.as_ref().map_or(PriceFormula::Relative, |a| a.price_formula);
    let min_quality = def.award.as_ref().and_then(|a| a.min_quality);
    let admitted = |r: &&Registration| matches!(r.status, Status::Qualified | Status::Awarded | Status::NotAwarded);
    def.lots
        .iter()
        .map(|lot| {
            let offers: Vec<Offer> = registrations
                .iter()
                .filter(admitted)
                .filter(|r| r.lots.contains(&lot.id))
                .map(|r| offer(r, scores.get(&(r.kvk.clone(), lot.id.clone()))))
                .collect();
            match def.kind {
                Kind::Classic => {
                    let rules = Rules {
                        criteria: &def.criteria,
                        formula,
                        min_quality,
                        price_floor: lot.price_floor,
                        max_awards: lot.max_awards,
                    };
                    rank(&lot.id, &rules, &offers, draw)
                }
                Kind::Bestuurlijk | Kind::Raamovereenkomst => admit_all(&lot.id, &offers),
            }
        })
        .collect()
}

fn offer(r: &Registration, scores: Option<&HashMap<String, ScoreValue>>) -> Offer {
    let mut points = HashMap::new();
    let mut price = None;
    for (criterion, value) in scores.into_iter().flatten() {
        match value {
            ScoreValue::Points(p) => {
                points.insert(criterion.clone(), *p);
            }
            ScoreValue::Price(c) => price = Some(*c),
        }
    }
    Offer {
        kvk: r.kvk.clone(),
        name: r.name.clone(),
        points,
        price,
    }
}

/// Refuses a decision with undecided admissions, missing scores or an unbroken tie.
fn refuse_incomplete(
    stored: &StoredTender,
    registrations: &[Registration],
    outcomes: &[LotOutcome],
) -> anyhow::Result<()> {
    let id = &stored.tender.definition.id;
    let undecided: Vec<String> = registrations
        .iter()
        .filter(|r| r.status == Status::Registered)
        .map(|r| format!("{} ({})", r.name, r.kvk))
        .collect();
    if !undecided.is_empty() {
        anyhow::bail!(
            "tender `{id}` cannot be awarded: {} registration{} still without an admission decision: {}; qualify or reject them first",
            undecided.len(),
            if undecided.len() == 1 { " is" } else { "s are" },
            undecided.join(", ")
        );
    }
    let missing: Vec<String> = outcomes
        .iter()
        .flat_map(|lot| {
            lot.offers.iter().filter_map(move |o| {
                let reason = o.excluded.as_deref()?.strip_prefix("missing score: ")?;
                Some(format!("{} lot {} ({reason})", o.kvk, lot.lot))
            })
        })
        .collect();
    if !missing.is_empty() {
        anyhow::bail!(
            "tender `{id}` cannot be awarded: {} {} a score: {}; record them with `tender score`",
            count(missing.len(), "offer"),
            if missing.len() == 1 { "lacks" } else { "lack" },
            missing.join(", ")
        );
    }
    if let Some(lot) = outcomes.iter().find(|lot| !lot.tie.is_empty()) {
        let tied: Vec<String> = lot
            .offers
            .iter()
            .filter(|o| lot.tie.contains(&o.kvk))
            .map(|o| format!("{} ({})", o.name, o.kvk))
            .collect();
        anyhow::bail!(
            "lot `{}` of tender `{id}` has a tie for the last award place between {}; hold a draw and pass its outcome with --draw {} (best first)",
            lot.lot,
            tied.join(" and "),
            lot.tie.join(",")
        );
    }
    if outcomes.iter().all(|lot| lot.offers.is_empty()) {
        anyhow::bail!("tender `{id}` has no qualified offers; there is nothing to award");
    }
    Ok(())
}

/// The decision in words, for the audit trail.
fn describe(outcomes: &[LotOutcome], draw: &[String], standstill_end: Option<String>) -> String {
    let mut parts: Vec<String> = outcomes
        .iter()
        .map(|lot| {
            let names = |awarded: bool| -> Vec<String> {
                lot.offers
                    .iter()
                    .filter(|o| o.awarded == awarded && o.excluded.is_none())
                    .map(|o| o.kvk.clone())
                    .collect()
            };
            let excluded: Vec<String> = lot
                .offers
                .iter()
                .filter_map(|o| o.excluded.as_ref().map(|why| format!("{} ({why})", o.kvk)))
                .collect();
            let mut text = format!("lot {}: awarded {}", lot.lot, list(&names(true)));
            if !names(false).is_empty() {
                text.push_str(&format!(", not awarded {}", list(&names(false))));
            }
            if !excluded.is_empty() {
                text.push_str(&format!(", excluded {}", excluded.join(", ")));
            }
            text
        })
        .collect();
    if !draw.is_empty() {
        parts.push(format!("draw: {}", draw.join(", ")));
    }
    if let Some(end) = standstill_end {
        parts.push(format!("standstill until {end}"));
    }
    parts.join("; ")
}

fn list(kvks: &[String]) -> String {
    if kvks.is_empty() {
        "none".to_string()
    } else {
        kvks.join(", ")
    }
}

#[derive(Serialize)]
struct Json<'a> {
    tender: &'a str,
    decision: Option<u32>,
    dry_run: bool,
    standstill_end: Option<String>,
    lots: Vec<LotJson>,
}

#[derive(Serialize)]
struct LotJson {
    lot: String,
    tie: Vec<String>,
    offers: Vec<OfferJson>,
}

#[derive(Serialize)]
struct OfferJson {
    kvk: String,
    name: String,
    rank: Option<u32>,
    score: Option<f64>,
    awarded: bool,
    excluded: Option<String>,
    points: BTreeMap<String, Option<f64>>,
    price: Option<f64>,
}

fn print(
    ctx: &Ctx,
    stored: &StoredTender,
    number: Option<u32>,
    standstill_end: Option<chrono::DateTime<chrono::Utc>>,
    outcomes: &[LotOutcome],
) -> anyhow::Result<()> {
    let schedule = &stored.tender.schedule;
    let def = &stored.tender.definition;
    let points = |p: Option<i64>| p.map(|p| Ratio::new(p.into(), 100));
    // Only JSON and CSV print it: a table of 5,000 offers need not build it.
    let json = || Json {
        tender: &def.id,
        decision: number,
        dry_run: number.is_none(),
        standstill_end: standstill_end.map(|end| rfc3339(end, schedule.timezone)),
        lots: outcomes
            .iter()
            .map(|lot| LotJson {
                lot: lot.lot.clone(),
                tie: lot.tie.clone(),
                offers: lot
                    .offers
                    .iter()
                    .map(|o| OfferJson {
                        kvk: o.kvk.clone(),
                        name: o.name.clone(),
                        rank: o.rank,
                        score: o.score.map(Ratio::to_f64),
                        awarded: o.awarded,
                        excluded: o.excluded.clone(),
                        points: o
                            .parts
                            .iter()
                            .map(|p| (p.criterion.clone(), points(p.points).map(Ratio::to_f64)))
                            .collect(),
                        price: o.price.map(Cents::euros),
                    })
                    .collect(),
            })
            .collect(),
    };
    let quality: Vec<&str> = def
        .criteria
        .iter()
        .filter(|c| !c.price)
        .map(|c| c.id.as_str())
        .collect();
    match ctx.format {
        Format::Json => output::json(&json()),
        format @ (Format::Csv | Format::Xlsx) => {
            // One row per offer, named by the JSON keys of the lot and the offer.
            let mut columns = vec!["lot".to_string()];
            columns.extend(["kvk", "name", "rank", "score", "awarded", "excluded"].map(String::from));
            columns.extend(quality.iter().map(|c| format!("points.{c}")));
            columns.push("price".to_string());
            let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
            let mut rows = Vec::new();
            for lot in &json().lots {
                for offer in &lot.offers {
                    let mut value = serde_json::to_value(offer)?;
                    value["lot"] = lot.lot.clone().into();
                    rows.push(value);
                }
            }
            output::rows(format, &columns, &rows)
        }
        Format::Table => {
            let headers = ranking_view::headers(def, ctx.lang);
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let rows = outcomes.iter().flat_map(|lot| ranking_view::rows(lot, ctx.lang));
            print!("{}", output::table(&headers, &ranking_view::free_text(&headers), rows));
            let lang = ctx.lang;
            let tender = def.id.as_str();
            eprintln!(
                "{}",
                match (number, standstill_end) {
                    (None, _) => tr!(lang, "award-dry-run"),
                    (Some(n), Some(end)) => tr!(
                        lang,
                        "award-recorded-standstill",
                        number = n,
                        end = schedule.local(end),
                        tender = tender
                    ),
                    (Some(n), None) => tr!(lang, "award-recorded", number = n, tender = tender),
                }
            );
            Ok(())
        }
    }
}
