//! `tender amend`: a tariff or budget changed by agreement (bestuurlijk).

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::domain::audit::EventKind;
use crate::domain::dossier::{AmendedField, Amendment, in_force, member_budgets};
use crate::domain::lifecycle::Action;
use crate::domain::money::Cents;
use crate::store::StoredTender;

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
    /// The new budget of the lot in euros (with --member: that member's share of it)
    #[arg(long, value_name = "EUR")]
    budget: Option<String>,
    /// The member municipality whose share of the lot budget changes
    #[arg(long, requires = "budget", value_name = "NAME")]
    member: Option<String>,
    /// Why, as agreed at the overlegtafel
    #[arg(long)]
    reason: String,
}

/// One change, as `--format json` lists it.
#[derive(Serialize)]
struct ChangeJson<'a> {
    lot: &'a str,
    product: Option<&'a str>,
    field: AmendedField,
    old: Option<f64>,
    new: f64,
}

#[derive(Serialize)]
struct Facts<'a> {
    changes: Vec<ChangeJson<'a>>,
    reason: &'a str,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!("--reason is empty; record the agreement the change rests on");
    }
    let (event, changes, detail) = decision::change(ctx, &args.id, Action::Amend, |tx, stored, _| {
        let changes = changes(&args, stored, &tx.amendments(&args.id)?, reason)?;
        let described: Vec<String> = changes.iter().map(describe).collect();
        let detail = format!("{}: {reason}", described.join("; "));
        let event = tx.record(&args.id, EventKind::Amend, &detail)?;
        for a in &changes {
            tx.add_amendment(&args.id, event, a)?;
        }
        Ok((event, changes, detail))
    })?;
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Amend,
        event: Some(event),
        facts: Facts {
            changes: changes
                .iter()
                .map(|a| ChangeJson {
                    lot: &a.lot,
                    product: a.product.as_deref(),
                    field: a.field,
                    old: a.old.map(Cents::euros),
                    new: a.new.euros(),
                })
                .collect(),
            reason,
        },
    };
    decision::confirm(ctx, &recorded, &detail)
}

/// The amendments the flags ask for, each with the value it replaces.
fn changes(args: &Args, stored: &StoredTender, existing: &[Amendment], reason: &str) -> anyhow::Result<Vec<Amendment>> {
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
        let old = in_force(existing, &lot.id, Some(code), AmendedField::Tariff, product.tariff);
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
        let new = euros("budget", budget)?;
        let shares = member_budgets(existing, lot);
        let (member, old) = match (&args.member, shares.is_empty()) {
            (Some(member), _) => {
                let members = lot.members(&def.authority);
                if !members.contains(member) {
                    anyhow::bail!(
                        "--member `{member}` is not a member that lot `{}` serves; its members are: {}",
                        lot.id,
                        members.join(", ")
                    );
                }
                let old = shares.iter().find(|(m, _)| m == member).map(|(_, share)| *share);
                (Some(member.clone()), old)
            }
            (None, false) => anyhow::bail!(
                "lot `{}` divides its budget over its members (budget_by_member); change one member's share with --member NAME",
                lot.id
            ),
            (None, true) => (
                None,
                in_force(existing, &lot.id, None, AmendedField::Budget, lot.budget),
            ),
        };
        changes.push(Amendment {
            member,
            ..amendment(&lot.id, None, AmendedField::Budget, old, new, reason)
        });
    }
    Ok(changes)
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
        member: None,
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
    let product = match &a.member {
        Some(member) => format!("{product} share of {member}"),
        None => product,
    };
    let old = a.old.map_or("(none)".to_string(), |c| c.to_string());
    format!("lot {}{product} {} {old} → {}", a.lot, a.field, a.new)
}
