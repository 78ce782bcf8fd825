//! `tender score`: points and prices for the offers of a classic tender.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::csv_input::{self, BadRow};
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::definition::Definition;
use crate::domain::intake::Registration;
use crate::domain::lifecycle::Action;
use crate::domain::money::Cents;
use crate::domain::ratio::Ratio;
use crate::domain::scoring::{self, Given, ScoreValue};
use crate::store::{StoredTender, Txn};

/// Record a score for a classic offer (points for a criterion, or the price of a product), or many from CSV
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("value").args(["points", "price", "csv"]).required(true))]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's KvK number
    #[arg(long, required_unless_present = "csv", conflicts_with = "csv")]
    kvk: Option<String>,
    /// The lot of the offer
    #[arg(long, required_unless_present = "csv", conflicts_with = "csv")]
    lot: Option<String>,
    /// The quality criterion the points are for
    #[arg(long, requires = "points", conflicts_with = "csv")]
    criterion: Option<String>,
    /// Points, from 0 to the criterion's max_points (two decimals at most)
    #[arg(long, requires = "criterion")]
    points: Option<String>,
    /// The offered price in euros, for the price criterion
    #[arg(long, value_name = "EUR")]
    price: Option<String>,
    /// The product the price is for; needed when the lot has several products
    #[arg(long, requires = "price", value_name = "CODE")]
    product: Option<String>,
    /// Record every row of this CSV file (header kvk,lot,criterion,value; a product's price as prijs:CODE)
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
}

/// One checked score, ready to store.
struct Entry {
    kvk: String,
    lot: String,
    criterion: String,
    value: ScoreValue,
}

/// One recorded score, as `--format json` lists it.
#[derive(Serialize)]
struct ScoreJson<'a> {
    kvk: &'a str,
    lot: &'a str,
    criterion: &'a str,
    points: Option<f64>,
    price: Option<f64>,
}

#[derive(Serialize)]
struct Facts<'a> {
    scores: Vec<ScoreJson<'a>>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let (event, entries, detail) = decision::change(ctx, &args.id, Action::Score, |tx, stored, _| {
        let registrations = tx.registrations(&args.id)?;
        let entries = entries(&args, stored, &registrations, ctx.lang)?;
        let (event, detail) = save(tx, &args, &entries, ctx.lang)?;
        Ok((event, entries, detail))
    })?;
    let sentence = if args.csv.is_some() {
        tr!(ctx.lang, "score-csv-done", count = entries.len(), id = args.id.as_str())
    } else {
        detail
    };
    let scores = entries
        .iter()
        .map(|e| ScoreJson {
            kvk: &e.kvk,
            lot: &e.lot,
            criterion: &e.criterion,
            points: match e.value {
                ScoreValue::Points(p) => Some(Ratio::new(p.into(), 100).to_f64()),
                ScoreValue::Price(_) => None,
            },
            price: match e.value {
                ScoreValue::Price(c) => Some(c.euros()),
                ScoreValue::Points(_) => None,
            },
        })
        .collect();
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Score,
        event: Some(event),
        facts: Facts { scores },
    };
    decision::confirm(ctx, &recorded, &sentence)
}

/// The scores the command gives: one from the flags, or every row of the CSV.
fn entries(
    args: &Args,
    stored: &StoredTender,
    registrations: &[Registration],
    lang: Lang,
) -> anyhow::Result<Vec<Entry>> {
    Ok(match &args.csv {
        Some(path) => read_csv(path, stored, registrations, lang)?,
        None => {
            let price_criterion = stored
                .tender
                .definition
                .criteria
                .iter()
                .find(|c| c.price)
                .map(|c| c.id.clone());
            let criterion = match (&args.criterion, price_criterion) {
                (Some(c), _) => c.clone(),
                (None, Some(price)) => price,
                (None, None) => anyhow::bail!(tr!(lang, "score-no-price-criterion", id = args.id.as_str())),
            };
            let value = args.points.as_deref().or(args.price.as_deref()).unwrap_or_default();
            let kvk = args.kvk.clone().unwrap_or_default();
            let lot = args.lot.clone().unwrap_or_default();
            let given = if args.price.is_some() {
                Given::Price
            } else {
                Given::Points
            };
            let score = Score {
                kvk: &kvk,
                lot: &lot,
                criterion: &criterion,
                product: args.product.as_deref(),
            };
            let (key, value) = check(&stored.tender.definition, registrations, &score, (value, given), lang)
                .map_err(anyhow::Error::msg)?;
            vec![Entry {
                kvk,
                lot,
                criterion: key,
                value,
            }]
        }
    })
}

/// Records the scores and their audit event (in English); returns the event
/// and what it recorded in the user's language.
fn save(tx: &mut dyn Txn, args: &Args, entries: &[Entry], lang: Lang) -> anyhow::Result<(i64, String)> {
    let id = &args.id;
    let mut saved = Vec::new();
    for e in entries {
        let old = tx.save_score(id, (&e.kvk, &e.lot, &e.criterion), e.value)?;
        saved.push((e, old));
    }
    let describe = |lang: Lang| {
        let lines: Vec<String> = saved
            .iter()
            .map(|(e, old)| {
                let line = tr!(
                    lang,
                    "score-line",
                    kvk = e.kvk.as_str(),
                    lot = e.lot.as_str(),
                    criterion = e.criterion.as_str(),
                    value = show(lang, e.value)
                );
                match old {
                    Some(o) => tr!(lang, "score-replaced", line = line, old = show(lang, *o)),
                    None => line,
                }
            })
            .collect();
        match &args.csv {
            Some(path) => tr!(
                lang,
                "score-csv-detail",
                count = entries.len(),
                file = path.display().to_string(),
                scores = lines.join("; ")
            ),
            None => lines.join("; "),
        }
    };
    let event = tx.record(id, EventKind::Score, &describe(Lang::En))?;
    Ok((event, describe(lang)))
}

/// Points or a price; the audit trail (English) keeps its recorded notation.
fn show(lang: Lang, value: ScoreValue) -> String {
    match (lang, value) {
        (Lang::En, ScoreValue::Points(p)) => tr!(lang, "score-points", points = Ratio::new(p.into(), 100).to_string()),
        (Lang::En, ScoreValue::Price(c)) => c.to_string(),
        (_, ScoreValue::Points(p)) => tr!(lang, "score-points", points = lang.points(Ratio::new(p.into(), 100))),
        (_, ScoreValue::Price(c)) => lang.money(c),
    }
}

/// What one score is about: an offer's lot, a criterion, and for a price the product.
struct Score<'a> {
    kvk: &'a str,
    lot: &'a str,
    criterion: &'a str,
    product: Option<&'a str>,
}

/// Checks one score against the definition and the registrations; returns
/// the key it is stored under (the criterion, or `prijs:CODE`) and the value.
fn check(
    def: &Definition,
    registrations: &[Registration],
    score: &Score,
    (value, given): (&str, Given),
    lang: Lang,
) -> Result<(String, ScoreValue), String> {
    let Score {
        kvk,
        lot,
        criterion,
        product,
    } = *score;
    let Some(registration) = registrations.iter().find(|r| r.kvk == kvk && r.status.is_active()) else {
        return Err(tr!(lang, "qualify-not-registered", kvk = kvk, id = def.id.as_str()));
    };
    let Some(lot) = def.lot(lot) else {
        let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
        return Err(tr!(
            lang,
            "score-no-lot",
            lot = lot,
            id = def.id.as_str(),
            lots = lots.join(", ")
        ));
    };
    if !registration.lots.contains(&lot.id) {
        return Err(tr!(
            lang,
            "score-not-for-lot",
            name = registration.name.as_str(),
            kvk = kvk,
            lot = lot.id.as_str()
        ));
    }
    if !registration.status.is_admitted() {
        return Err(tr!(
            lang,
            "score-not-qualified",
            name = registration.name.as_str(),
            kvk = kvk,
            status = tr!(lang, "registration-status", status = registration.status.as_str())
        ));
    }
    let Some(c) = def.criteria.iter().find(|c| c.id == criterion) else {
        let ids: Vec<&str> = def.criteria.iter().map(|c| c.id.as_str()).collect();
        return Err(tr!(
            lang,
            "score-no-criterion",
            criterion = criterion,
            id = def.id.as_str(),
            criteria = ids.join(", ")
        ));
    };
    if product.is_some() && !c.price {
        return Err(tr!(lang, "score-not-per-product", criterion = criterion));
    }
    let amount = Cents::parse_euros(value).map_err(|_| tr!(lang, "score-not-a-number", value = value))?;
    let value = scoring::value(c, amount, value, given)?;
    let key = if c.price {
        scoring::price_key(&c.id, lot, product)?
    } else {
        c.id.clone()
    };
    Ok((key, value))
}

const COLUMNS: &[csv_input::Column] = &[("kvk", true), ("lot", true), ("criterion", true), ("value", true)];

fn read_csv(
    path: &Path,
    stored: &StoredTender,
    registrations: &[Registration],
    lang: Lang,
) -> anyhow::Result<Vec<Entry>> {
    let (rows, mut bad) = csv_input::read(path, COLUMNS, lang)?;
    let def = &stored.tender.definition;
    let mut seen = HashSet::new();
    let mut entries = Vec::with_capacity(rows.len());
    for row in rows {
        let (kvk, lot, column) = (row.get("kvk"), row.get("lot"), row.get("criterion"));
        // `prijs:CODE` is the price of one product of the lot.
        let (criterion, product) = column.split_once(':').map_or((column, None), |(c, p)| (c, Some(p)));
        let score = Score {
            kvk,
            lot,
            criterion,
            product,
        };
        match check(def, registrations, &score, (row.get("value"), Given::Cell), lang) {
            Ok((key, _)) if !seen.insert((kvk.to_string(), lot.to_string(), key.clone())) => bad.push(BadRow {
                line: row.line,
                reason: tr!(lang, "score-csv-twice", kvk = kvk, lot = lot, criterion = column),
            }),
            Ok((key, value)) => entries.push(Entry {
                kvk: kvk.into(),
                lot: lot.into(),
                criterion: key,
                value,
            }),
            Err(reason) => bad.push(BadRow { line: row.line, reason }),
        }
    }
    let nothing = tr!(lang, "score-csv-nothing");
    if !bad.is_empty() {
        return Err(csv_input::bad_rows_error(path, &mut bad, &nothing, lang));
    }
    if entries.is_empty() {
        anyhow::bail!(tr!(
            lang,
            "csv-no-rows",
            file = path.display().to_string(),
            nothing = nothing
        ));
    }
    Ok(entries)
}
