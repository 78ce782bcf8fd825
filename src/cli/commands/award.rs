//! `tender award`: the award decision per lot, the re-award after an upheld
//! objection, and the final award after the standstill.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::tr;
use crate::cli::output::{self, Format};
use crate::cli::ranking_view;
use crate::domain::audit::EventKind;
use crate::domain::award::{LotOutcome, decide, outcomes, statuses};
use crate::domain::intake::check_kvk;
use crate::domain::lifecycle::{Action, Transition};
use crate::domain::money::Cents;
use crate::domain::ratio::Ratio;
use crate::domain::schedule::rfc3339;
use crate::store::StoredTender;

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
    if args.final_ {
        return final_award(ctx, &args.id);
    }
    for kvk in &args.draw {
        check_kvk(kvk).map_err(|e| anyhow::anyhow!("--draw: {e}"))?;
    }
    let action = if args.redo { Action::Redo } else { Action::Award };
    if args.dry_run {
        let store = ctx.store()?;
        let stored = store.tender(&args.id)?;
        decision::allow(&stored, action, ctx)?;
        let lots = outcomes(
            &stored.tender,
            &store.registrations(&args.id)?,
            &store.scores(&args.id)?,
            &args.draw,
        );
        let standstill_end = standstill_end(&stored, ctx.now);
        return print(ctx, &stored, None, standstill_end, &lots);
    }
    let (stored, recorded, lots) = decision::change(ctx, &args.id, action, |tx, stored, _| {
        let registrations = tx.registrations(&args.id)?;
        let lots = decide(&stored.tender, &registrations, &tx.scores(&args.id)?, &args.draw)?;
        let number = tx.decision(&args.id)?.map_or(1, |d| d.number + 1);
        let end = standstill_end(stored, ctx.now);
        let detail = describe(&lots, &args.draw, end.map(|end| stored.tender.schedule.local(end)));
        let mut stored = stored.clone();
        stored.history.apply(Transition::Award, ctx.now);
        tx.save_history(&args.id, &stored.history)?;
        let event = tx.record(&args.id, EventKind::Award, &format!("decision {number}: {detail}"))?;
        tx.save_decision(&args.id, number, event, &args.draw, &lots)?;
        tx.set_statuses(&args.id, &statuses(&lots))?;
        Ok((stored, (number, event), lots))
    })?;
    let end = standstill_end(&stored, ctx.now);
    print(ctx, &stored, Some(recorded), end, &lots)
}

/// The end of the standstill a decision now starts; none without a standstill.
fn standstill_end(stored: &StoredTender, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let schedule = &stored.tender.schedule;
    (schedule.standstill_days > 0).then(|| schedule.standstill_end(now))
}

#[derive(Serialize)]
struct FinalFacts {
    final_at: String,
}

fn final_award(ctx: &Ctx, id: &str) -> anyhow::Result<()> {
    let done = decision::record(
        ctx,
        id,
        Action::FinalAward,
        (EventKind::FinalAward, Transition::FinalAward),
        |_, _| Ok("the award is final".to_string()),
    )?;
    let recorded = Recorded {
        tender: id,
        action: EventKind::FinalAward,
        event: Some(done.event),
        facts: FinalFacts {
            final_at: rfc3339(ctx.now, done.stored.tender.schedule.timezone),
        },
    };
    let sentence = tr!(ctx.lang, "award-final-done", id = id);
    decision::confirm(ctx, &recorded, &sentence)
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
struct Facts {
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
    /// The basket price of the lot.
    price: Option<f64>,
    /// The price per product code.
    prices: BTreeMap<String, f64>,
}

fn print(
    ctx: &Ctx,
    stored: &StoredTender,
    recorded: Option<(u32, i64)>,
    standstill_end: Option<DateTime<Utc>>,
    outcomes: &[LotOutcome],
) -> anyhow::Result<()> {
    let number = recorded.map(|(number, _)| number);
    let schedule = &stored.tender.schedule;
    let def = &stored.tender.definition;
    let points = |p: Option<i64>| p.map(|p| Ratio::new(p.into(), 100));
    // Only JSON and CSV print it: a table of 5,000 offers need not build it.
    let facts = || Facts {
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
                        excluded: o.excluded.as_ref().map(ToString::to_string),
                        points: o
                            .parts
                            .iter()
                            .map(|p| (p.criterion.clone(), points(p.points).map(Ratio::to_f64)))
                            .collect(),
                        price: o.price.map(Cents::euros),
                        prices: o.prices.iter().map(|(code, p)| (code.clone(), p.euros())).collect(),
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
    // The sentence for people, on stderr in every format.
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
    match ctx.format {
        Format::Json => output::json(&Recorded {
            tender: &def.id,
            action: EventKind::Award,
            event: recorded.map(|(_, event)| event),
            facts: facts(),
        }),
        format @ (Format::Csv | Format::Xlsx) => {
            // One row per offer, named by the JSON keys of the lot and the offer.
            let mut columns = vec!["lot".to_string()];
            columns.extend(["kvk", "name", "rank", "score", "awarded", "excluded"].map(String::from));
            columns.extend(quality.iter().map(|c| format!("points.{c}")));
            columns.push("price".to_string());
            let mut codes: Vec<&str> = def
                .lots
                .iter()
                .flat_map(|l| &l.products)
                .map(|p| p.code.as_str())
                .collect();
            codes.sort_unstable();
            codes.dedup();
            columns.extend(codes.iter().map(|code| format!("prices.{code}")));
            let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
            let mut rows = Vec::new();
            for lot in &facts().lots {
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
            Ok(())
        }
    }
}
