//! `tender providers`: the contract register, for the care desks: every
//! provider with a contract in force now, with the tariffs in force.

use std::collections::HashMap;

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::i18n::tr;
use crate::cli::output::{self, Record};
use crate::domain::award::ScoreValue;
use crate::domain::checks::is_product_code;
use crate::domain::contracts::terminated_on;
use crate::domain::definition::{Kind, Lot};
use crate::domain::dossier::{Amendment, tariff_at};
use crate::domain::money::Cents;
use crate::domain::register::Term;
use crate::domain::schedule::rfc3339;
use crate::store::{Read, StoreError, StoredTender, TenderSummary};

/// The contract register: every provider with a contract in force now, per tender and lot, with its products and tariffs
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this tender
    #[arg(long, value_name = "ID")]
    tender: Option<String>,
    /// Only lots with this product (its code, like 02A01)
    #[arg(long, value_name = "CODE")]
    product: Option<String>,
    /// Only lots that serve this member municipality
    #[arg(long, value_name = "NAME")]
    member: Option<String>,
}

#[derive(Serialize)]
struct Row {
    tender: String,
    lot: String,
    kvk: String,
    name: String,
    agb: Option<String>,
    email: Option<String>,
    products: Vec<ProductRow>,
    members: Vec<String>,
    from: String,
    until: String,
    #[serde(skip)]
    local: [String; 2],
}

#[derive(Serialize)]
struct ProductRow {
    code: String,
    name: String,
    unit: String,
    tariff: Option<f64>,
    #[serde(skip)]
    text: String,
}

impl Record for Row {
    const HEADERS: &'static [&'static str] = &[
        "tender", "lot", "kvk", "name", "agb", "email", "products", "members", "from", "until",
    ];
    const COLUMNS: &'static [&'static str] = &[
        "tender",
        "lot",
        "kvk",
        "name",
        "agb",
        "email",
        "products.code",
        "products.tariff",
        "members",
        "from",
        "until",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.tender.clone(),
            self.lot.clone(),
            self.kvk.clone(),
            self.name.clone(),
            self.agb.clone().unwrap_or_default(),
            self.email.clone().unwrap_or_default(),
            self.products
                .iter()
                .map(|p| p.text.clone())
                .collect::<Vec<_>>()
                .join("\n"),
            self.members.join(", "),
            self.local[0].clone(),
            self.local[1].clone(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    if let Some(code) = args.product.as_deref().filter(|c| !is_product_code(c)) {
        anyhow::bail!(tr!(ctx.lang, "providers-not-a-code", code = code));
    }
    let store = ctx.store()?;
    // Only a tender with a signature can have a contract in force.
    let (signed, unsigned): (Vec<TenderSummary>, Vec<TenderSummary>) = match &args.tender {
        Some(id) => {
            store.tender(id)?;
            store
                .tenders()?
                .into_iter()
                .filter(|t| &t.id == id)
                .partition(is_signed)
        }
        None => store.tenders()?.into_iter().partition(is_signed),
    };
    let load = |all: &[TenderSummary]| -> Result<Vec<StoredTender>, StoreError> {
        all.iter().map(|t| store.tender(&t.id)).collect()
    };
    let tenders = load(&signed)?;
    if let Some(member) = &args.member {
        let serves = |t: &StoredTender| t.tender.definition.authority.members.contains(member);
        let known = tenders.iter().any(serves) || load(&unsigned)?.iter().any(serves);
        if !known {
            anyhow::bail!(tr!(
                ctx.lang,
                "providers-no-member",
                member = member.as_str(),
                scope = if args.tender.is_some() { "one" } else { "any" },
                tender = args.tender.as_deref().unwrap_or("")
            ));
        }
    }
    let mut rows = Vec::new();
    for stored in &tenders {
        rows.extend(register(store.as_ref(), stored, &args, ctx)?);
    }
    output::records_in(ctx.format, ctx.lang, &rows)
}

fn is_signed(tender: &TenderSummary) -> bool {
    tender.history.first_signed_at.is_some()
}

/// The rows of one tender: a contract in force, per lot the provider serves.
fn register(store: &dyn Read, stored: &StoredTender, args: &Args, ctx: &Ctx) -> anyhow::Result<Vec<Row>> {
    let id = &stored.tender.definition.id;
    let signatures = store.signatures(id)?;
    if signatures.is_empty() {
        return Ok(Vec::new());
    }
    let def = &stored.tender.definition;
    let s = &stored.tender.schedule;
    let end = stored.facts().contract_end();
    let registrations: HashMap<String, _> = store
        .registrations(id)?
        .into_iter()
        .map(|r| (r.kvk.clone(), r))
        .collect();
    let decision = store.decision(id)?;
    let changes = store.amendments(id)?;
    let terminations = store.terminations(id)?;
    let scores = if def.kind == Kind::Classic {
        store.scores(id)?
    } else {
        Default::default()
    };
    let price_criterion = def.criteria.iter().find(|c| c.price).map(|c| c.id.as_str());
    let mut rows = Vec::new();
    for signature in &signatures {
        // A terminated contract leaves the register from its termination day.
        let term = Term::new(signature, end, terminated_on(signature, &terminations));
        let Some(registration) = registrations.get(&signature.kvk).filter(|_| term.in_force(ctx.now)) else {
            continue;
        };
        let awarded: Vec<&str> = decision
            .iter()
            .flat_map(|d| &d.lines)
            .filter(|l| l.awarded && l.kvk == signature.kvk)
            .map(|l| l.lot.as_str())
            .collect();
        let lots: Vec<&str> = if awarded.is_empty() {
            registration.lots.iter().map(String::as_str).collect()
        } else {
            awarded
        };
        for lot in lots.iter().filter_map(|l| def.lot(l)) {
            let members = lot.members(&def.authority);
            let wanted_product = args
                .product
                .as_ref()
                .is_none_or(|c| lot.products.iter().any(|p| &p.code == c));
            let wanted_member = args.member.as_ref().is_none_or(|m| members.contains(m));
            if !wanted_product || !wanted_member {
                continue;
            }
            // A classic one-product lot is contracted at the offered price.
            let offered = price_criterion
                .and_then(|c| scores.get(&(signature.kvk.clone(), lot.id.clone()))?.get(c))
                .and_then(|v| match v {
                    ScoreValue::Price(price) if lot.products.len() == 1 => Some(*price),
                    _ => None,
                });
            rows.push(Row {
                tender: id.clone(),
                lot: lot.id.clone(),
                kvk: signature.kvk.clone(),
                name: registration.name.clone(),
                agb: registration.agb.clone(),
                email: registration.email.clone(),
                products: products(lot, &changes, offered, ctx.now),
                members: members.to_vec(),
                from: rfc3339(term.from, s.timezone),
                until: rfc3339(term.last(), s.timezone),
                local: [s.local(term.from), s.local(term.last())],
            });
        }
    }
    Ok(rows)
}

fn products(
    lot: &Lot,
    changes: &[Amendment],
    offered: Option<Cents>,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<ProductRow> {
    lot.products
        .iter()
        .map(|p| {
            let tariff = tariff_at(changes, &lot.id, p, offered, now);
            ProductRow {
                code: p.code.clone(),
                name: p.name.clone(),
                unit: p.unit.to_string(),
                tariff: tariff.map(Cents::euros),
                text: format!(
                    "{} {}: {} per {}",
                    p.code,
                    p.name,
                    tariff.map_or("(no tariff)".to_string(), |t| t.to_string()),
                    p.unit
                ),
            }
        })
        .collect()
}
