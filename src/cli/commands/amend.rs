//! `tender amend`: a tariff or budget changed after the award, with its legal
//! basis, in force from a date; or an indexation of every price of a lot.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::amendments;
use crate::domain::audit::EventKind;
use crate::domain::dossier::{AmendedField, Amendment, Basis, in_force, member_budgets};
use crate::domain::lifecycle::Action;
use crate::domain::money::Cents;
use crate::domain::schedule::{Edge, parse_moment, rfc3339};
use crate::store::StoredTender;

/// Change a tariff or a lot budget after the award, or index every price of a lot, with its legal basis
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("change").args(["tariff", "budget", "index"]).required(true).multiple(true))]
pub struct Args {
    /// The tender id
    id: String,
    /// The lot
    #[arg(long)]
    lot: String,
    /// The product whose tariff changes
    #[arg(long, requires = "tariff", value_name = "CODE")]
    product: Option<String>,
    /// The new fixed tariff in euros
    #[arg(long, requires = "product", conflicts_with = "index", value_name = "EUR")]
    tariff: Option<String>,
    /// Raise every contracted price of the lot by this percentage (the annual indexation), like 2.5
    #[arg(long, value_name = "PERCENT")]
    index: Option<String>,
    /// The new budget of the lot in euros (with --member: that member's share of it)
    #[arg(long, value_name = "EUR")]
    budget: Option<String>,
    /// The member municipality whose share of the lot budget changes
    #[arg(long, requires = "budget", value_name = "NAME")]
    member: Option<String>,
    /// The legal ground: indexation, review-clause (a herzieningsclausule in the documents), or agreement (bestuurlijk)
    #[arg(long, value_parser = ["indexation", "review-clause", "agreement"])]
    basis: String,
    /// The day from which the change is in force (default: now)
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Why: the agreement, the index figure or the clause the change rests on
    #[arg(long)]
    reason: String,
}

/// One change, as `--format json` lists it (`new` of an indexation is the percentage).
#[derive(Serialize)]
struct ChangeJson<'a> {
    lot: &'a str,
    product: Option<&'a str>,
    member: Option<&'a str>,
    field: AmendedField,
    old: Option<f64>,
    new: f64,
}

#[derive(Serialize)]
struct Facts<'a> {
    changes: Vec<ChangeJson<'a>>,
    basis: Basis,
    from: String,
    reason: &'a str,
}

/// What an amendment recorded: its changes, when they take effect, and the
/// warnings of a substantial change (printed once it is recorded).
struct Amended {
    event: i64,
    changes: Vec<Amendment>,
    from: String,
    detail: String,
    warnings: Vec<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!(tr!(ctx.lang, "amend-no-reason"));
    }
    let basis: Basis = args.basis.parse().map_err(anyhow::Error::msg)?;
    let amended = decision::change(ctx, &args.id, Action::Amend, |tx, stored, _| {
        let schedule = &stored.tender.schedule;
        let existing = tx.amendments(&args.id)?;
        let (changes, from) = changes(ctx, &args, stored, &existing, basis, reason)?;
        let mut earlier = existing;
        let mut warnings = Vec::new();
        for a in &changes {
            warnings.extend(amendments::substantial_warning(&stored.tender.definition, &earlier, a));
            earlier.push(a.clone());
        }
        let said = |lang: Lang| {
            let described: Vec<String> = changes.iter().map(|a| describe(lang, a)).collect();
            tr!(
                lang,
                "amend-done",
                changes = described.join("; "),
                from = schedule.local(from),
                basis = basis.as_str(),
                reason = reason
            )
        };
        let detail = said(ctx.lang);
        let event = tx.record(&args.id, EventKind::Amend, &said(Lang::En))?;
        for a in &changes {
            tx.add_amendment(&args.id, event, a)?;
        }
        Ok(Amended {
            event,
            changes,
            from: rfc3339(from, schedule.timezone),
            detail,
            warnings,
        })
    })?;
    for warning in &amended.warnings {
        eprintln!("{}: {warning}", tr!(ctx.lang, "warning-prefix"));
    }
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Amend,
        event: Some(amended.event),
        facts: Facts {
            changes: amended
                .changes
                .iter()
                .map(|a| ChangeJson {
                    lot: &a.lot,
                    product: a.product.as_deref(),
                    member: a.member.as_deref(),
                    field: a.field,
                    old: a.old.map(Cents::euros),
                    new: a.new.euros(),
                })
                .collect(),
            basis,
            from: amended.from,
            reason,
        },
    };
    decision::confirm(ctx, &recorded, &amended.detail)
}

/// The amendments the flags ask for, each with the value it replaces, and the
/// moment from which they are in force.
fn changes(
    ctx: &Ctx,
    args: &Args,
    stored: &StoredTender,
    existing: &[Amendment],
    basis: Basis,
    reason: &str,
) -> anyhow::Result<(Vec<Amendment>, chrono::DateTime<chrono::Utc>)> {
    let def = &stored.tender.definition;
    let schedule = &stored.tender.schedule;
    let lang = ctx.lang;
    let refused = |e: String| anyhow::anyhow!(tr!(lang, "amend-refused", id = args.id.as_str(), why = e));
    amendments::check_basis(def.kind, basis).map_err(refused)?;
    let from = match &args.from {
        Some(text) => parse_moment(text, schedule.timezone, Edge::Start).map_err(|e| anyhow::anyhow!("--from: {e}"))?,
        None => ctx.now,
    };
    amendments::check_from(from, stored.history.decided_at, |t| schedule.local(t)).map_err(refused)?;
    let Some(lot) = def.lot(&args.lot) else {
        let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
        anyhow::bail!(tr!(
            lang,
            "score-no-lot",
            lot = args.lot.as_str(),
            id = args.id.as_str(),
            lots = lots.join(", ")
        ));
    };
    let euros = |flag: &str, text: &str| Cents::parse_euros(text).map_err(|e| anyhow::anyhow!("--{flag}: {e}"));
    let change = |field, product: Option<String>, old, new| Amendment {
        number: 0,
        lot: lot.id.clone(),
        product,
        member: None,
        field,
        old,
        new,
        reason: reason.to_string(),
        at: ctx.now,
        basis,
        from,
    };
    let mut changes = Vec::new();
    if let (Some(code), Some(tariff)) = (&args.product, &args.tariff) {
        let Some(product) = lot.products.iter().find(|p| &p.code == code) else {
            let codes: Vec<&str> = lot.products.iter().map(|p| p.code.as_str()).collect();
            anyhow::bail!(tr!(
                lang,
                "amend-no-product",
                code = code.as_str(),
                lot = lot.id.as_str(),
                products = codes.join(", ")
            ));
        };
        let old = in_force(
            existing,
            &lot.id,
            Some(code),
            AmendedField::Tariff,
            product.tariff,
            from,
        );
        changes.push(change(
            AmendedField::Tariff,
            Some(code.clone()),
            old,
            euros("tariff", tariff)?,
        ));
    }
    if let Some(percent) = &args.index {
        let hundredths = Cents::parse_euros(percent)
            .map_err(|_| anyhow::anyhow!(tr!(lang, "amend-index-not-a-number", percent = percent.as_str())))?;
        if hundredths.0 == 0 {
            anyhow::bail!(tr!(lang, "amend-index-zero"));
        }
        changes.push(change(AmendedField::Index, None, None, hundredths));
    }
    if let Some(budget) = &args.budget {
        let new = euros("budget", budget)?;
        let shares = member_budgets(existing, lot, from);
        let (member, old) = match (&args.member, shares.is_empty()) {
            (Some(member), _) => {
                let members = lot.members(&def.authority);
                if !members.contains(member) {
                    anyhow::bail!(tr!(
                        lang,
                        "amend-no-member",
                        member = member.as_str(),
                        lot = lot.id.as_str(),
                        members = members.join(", ")
                    ));
                }
                let old = shares.iter().find(|(m, _)| m == member).map(|(_, share)| *share);
                (Some(member.clone()), old)
            }
            (None, false) => anyhow::bail!(tr!(lang, "amend-member-needed", lot = lot.id.as_str())),
            (None, true) => (
                None,
                in_force(existing, &lot.id, None, AmendedField::Budget, lot.budget, from),
            ),
        };
        changes.push(Amendment {
            member,
            ..change(AmendedField::Budget, None, old, new)
        });
    }
    Ok((changes, from))
}

/// The new value as written: euros, or the percentage of an indexation.
pub fn new_value(a: &Amendment) -> String {
    match a.field {
        AmendedField::Index => format!("+{}%", a.new.euros()),
        _ => a.new.to_string(),
    }
}

/// `lot begeleiding product 02A01 tariff € 61,20 → € 63,00`, `lot begeleiding index +2.5%`
fn describe(lang: Lang, a: &Amendment) -> String {
    if a.field == AmendedField::Index {
        return tr!(lang, "amend-index", lot = a.lot.as_str(), index = new_value(a));
    }
    let product = a
        .product
        .as_ref()
        .map(|p| tr!(lang, "amend-product", product = p.as_str()))
        .unwrap_or_default();
    let product = match &a.member {
        Some(member) => tr!(lang, "amend-share", product = product, member = member.as_str()),
        None => product,
    };
    let old = a.old.map_or_else(|| tr!(lang, "detail-none"), |c| c.to_string());
    tr!(
        lang,
        "amend-change",
        lot = a.lot.as_str(),
        product = product,
        field = a.field.as_str(),
        old = old,
        new = a.new.to_string()
    )
}
