//! `tender amend`: a tariff or budget changed by agreement (bestuurlijk).

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::dossier::{AmendedField, Amendment, in_force};
use crate::domain::lifecycle::Action;
use crate::domain::money::Cents;

/// Change a tariff or a lot budget by agreement, after the award (bestuurlijk only)
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("change").args(["tariff", "budget"]).required(true).multiple(true))]
pub struct Args {
    /// The tender id
    id: String,
    /// The lot
    #[arg(long)]
    lot: String,
    /// The product whose tariff changes
    #[arg(long, requires = "tariff", value_name = "CODE")]
    product: Option<String>,
    /// The new tariff in euros
    #[arg(long, requires = "product", value_name = "EUR")]
    tariff: Option<String>,
    /// The new budget of the lot in euros
    #[arg(long, value_name = "EUR")]
    budget: Option<String>,
    /// Why, as agreed at the overlegtafel
    #[arg(long)]
    reason: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!("--reason is empty; record the agreement the change rests on");
    }
    let mut store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    decision::allow(&stored, Action::Amend, ctx)?;
    let def = &stored.tender.definition;
    let Some(lot) = def.lot(&args.lot) else {
        let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
        anyhow::bail!(
            "lot `{}` does not exist in tender `{}`; the lots are: {}",
            args.lot,
            args.id,
            lots.join(", ")
        );
    };
    let euros = |flag: &str, text: &str| Cents::parse_euros(text).map_err(|e| anyhow::anyhow!("--{flag}: {e}"));
    let existing = store.amendments(&args.id)?;
    let mut changes = Vec::new();
    if let (Some(code), Some(tariff)) = (&args.product, &args.tariff) {
        let Some(product) = lot.products.iter().find(|p| &p.code == code) else {
            let codes: Vec<&str> = lot.products.iter().map(|p| p.code.as_str()).collect();
            anyhow::bail!(
                "product `{code}` is not in lot `{}`; its products are: {}",
                lot.id,
                codes.join(", ")
            );
        };
        let old = in_force(&existing, &lot.id, Some(code), AmendedField::Tariff, product.tariff);
        changes.push(amendment(
            &lot.id,
            Some(code.clone()),
            AmendedField::Tariff,
            old,
            euros("tariff", tariff)?,
            reason,
        ));
    }
    if let Some(budget) = &args.budget {
        let old = in_force(&existing, &lot.id, None, AmendedField::Budget, lot.budget);
        changes.push(amendment(
            &lot.id,
            None,
            AmendedField::Budget,
            old,
            euros("budget", budget)?,
            reason,
        ));
    }
    let described: Vec<String> = changes.iter().map(describe).collect();
    let detail = format!("{}: {reason}", described.join("; "));
    store.change(&ctx.stamp(), |change| -> anyhow::Result<()> {
        for a in &changes {
            change.add_amendment(&args.id, a)?;
        }
        change.record(&args.id, EventKind::Amend, &detail)?;
        Ok(())
    })?;
    println!("{detail}");
    Ok(())
}

fn amendment(
    lot: &str,
    product: Option<String>,
    field: AmendedField,
    old: Option<Cents>,
    new: Cents,
    reason: &str,
) -> Amendment {
    Amendment {
        number: 0,
        lot: lot.to_string(),
        product,
        field,
        old,
        new,
        reason: reason.to_string(),
        at: chrono::DateTime::UNIX_EPOCH,
    }
}

/// `lot begeleiding product 02A01 tariff € 61,20 → € 63,00`
pub fn describe(a: &Amendment) -> String {
    let product = a.product.as_ref().map(|p| format!(" product {p}")).unwrap_or_default();
    let old = a.old.map_or("(none)".to_string(), |c| c.to_string());
    format!("lot {}{product} {} {old} → {}", a.lot, a.field, a.new)
}
