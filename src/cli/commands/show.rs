//! `tender show`: one tender in full: definition summary, phase, timeline, lots.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::output::{self, Format, Record};
use crate::cli::timeline_view::{Milestone, milestones};
use crate::domain::definition::{Definition, Lot};

/// Show a tender: summary, phase, timeline (past / next) and lots
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

#[derive(Serialize)]
struct Shown<'a> {
    id: &'a str,
    title: &'a str,
    kind: &'static str,
    phase: &'static str,
    next_step: String,
    timeline: Vec<Milestone>,
    registrations: u64,
    lots: Vec<LotRow>,
}

#[derive(Serialize)]
struct LotRow {
    lot: String,
    name: String,
    budget: Option<f64>,
    #[serde(skip)]
    budget_text: String,
    registrations: u64,
    products: Vec<ProductRow>,
}

#[derive(Serialize)]
struct ProductRow {
    code: String,
    name: String,
    unit: &'static str,
    funding: &'static str,
    tariff: Option<f64>,
}

impl LotRow {
    fn new(lot: &Lot, registrations: u64) -> LotRow {
        LotRow {
            lot: lot.id.clone(),
            name: lot.name.clone(),
            budget: lot.budget.map(|b| b.euros()),
            budget_text: lot.budget.map_or(String::new(), |b| b.to_string()),
            registrations,
            products: lot
                .products
                .iter()
                .map(|p| ProductRow {
                    code: p.code.clone(),
                    name: p.name.clone(),
                    unit: p.unit.as_str(),
                    funding: p.funding.as_str(),
                    tariff: p.tariff.map(|t| t.euros()),
                })
                .collect(),
        }
    }
}

impl Record for LotRow {
    const HEADERS: &'static [&'static str] = &["lot", "name", "budget", "products", "registrations"];
    fn cells(&self) -> Vec<String> {
        let products: Vec<String> = self.products.iter().map(|p| format!("{} {}", p.code, p.name)).collect();
        vec![
            self.lot.clone(),
            self.name.clone(),
            self.budget_text.clone(),
            products.join("\n"),
            self.registrations.to_string(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let per_lot = store.lot_counts(&args.id)?;
    let total = store.registration_count(&args.id)?;
    let facts = stored.facts();
    let def = &stored.tender.definition;
    let phase = facts.phase(ctx.now);
    let shown = Shown {
        id: &def.id,
        title: &def.title,
        kind: def.kind.as_str(),
        phase: phase.as_str(),
        next_step: facts.next_step(phase, ctx.now),
        timeline: milestones(&facts, ctx.now),
        registrations: total,
        lots: def
            .lots
            .iter()
            .map(|lot| LotRow::new(lot, per_lot.get(&lot.id).copied().unwrap_or(0)))
            .collect(),
    };
    match ctx.format {
        Format::Json => output::json(&shown),
        Format::Csv => output::records(Format::Csv, &shown.lots),
        Format::Table => {
            print!("{}", summary(def, &shown, &stored.tender.schedule.timezone.to_string()));
            println!("\nTimeline ({})", stored.tender.schedule.timezone);
            print!(
                "{}",
                output::table(Milestone::HEADERS, shown.timeline.iter().map(Record::cells))
            );
            println!(
                "\nLots ({} registration{} in all)",
                shown.registrations,
                if shown.registrations == 1 { "" } else { "s" }
            );
            print!(
                "{}",
                output::table(LotRow::HEADERS, shown.lots.iter().map(Record::cells))
            );
            Ok(())
        }
    }
}

fn summary(def: &Definition, shown: &Shown, timezone: &str) -> String {
    let domains: Vec<&str> = def.domain.iter().map(|d| d.as_str()).collect();
    let others: Vec<&str> = def
        .authority
        .members
        .iter()
        .filter(|m| **m != def.authority.lead)
        .map(String::as_str)
        .collect();
    let mut lines = vec![
        format!("{} — {}", def.id, def.title),
        format!(
            "kind:       {} ({}), regime {}, domain {}",
            def.kind,
            def.kind.dutch(),
            def.regime,
            domains.join(", ")
        ),
        format!(
            "authority:  {} (lead){}",
            def.authority.lead,
            others.iter().map(|m| format!(", {m}")).collect::<String>()
        ),
        format!("phase:      {}", shown.phase),
        format!("next:       {}", shown.next_step),
        format!("time zone:  {timezone}"),
    ];
    if let Some(reference) = &def.reference {
        lines.push(format!("reference:  {reference}"));
    }
    if let Some(value) = def.estimated_value {
        lines.push(format!("value:      {value} (estimated)"));
    }
    lines.push(String::new());
    lines.join("\n")
}
