//! `tender amend`: a tariff or budget changed after the award, with its legal
//! basis, in force from a date; or an indexation of every price of a lot.

use anyhow::Context as _;
use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::domain::amendments;
use crate::domain::audit::EventKind;
use crate::domain::dossier::{AmendedField, Amendment, Basis, in_force, member_budgets};
use crate::domain::lifecycle::Action;
use crate::domain::message::Message;
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
    warnings: Vec<Message>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!("--reason is empty; record the agreement, index or clause the change rests on");
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
        let described: Vec<String> = changes.iter().map(describe).collect();
        let detail = format!(
            "{} from {} ({basis}): {reason}",
            described.join("; "),
            schedule.local(from)
        );
        let event = tx.record(&args.id, EventKind::Amend, &detail)?;
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
        eprintln!("warning: {}", ctx.lang.message(warning));
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
    let refused = |e: Message| anyhow::Error::from(e).context(format!("tender `{}`: cannot amend", args.id));
    amendments::check_basis(def.kind, basis).map_err(refused)?;
    let from = match &args.from {
        Some(text) => parse_moment(text, schedule.timezone, Edge::Start)
            .map_err(anyhow::Error::from)
            .context("--from")?,
        None => ctx.now,
    };
    amendments::check_from(from, stored.history.decided_at, schedule.timezone).map_err(refused)?;
    let Some(lot) = def.lot(&args.lot) else {
        let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
        anyhow::bail!(
            "lot `{}` does not exist in tender `{}`; the lots are: {}",
            args.lot,
            args.id,
            lots.join(", ")
        );
    };
    let euros = |flag: &str, text: &str| {
        Cents::parse_euros(text).map_err(|e| anyhow::Error::from(e).context(format!("--{flag}")))
    };
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
            anyhow::bail!(
                "product `{code}` is not in lot `{}`; its products are: {}",
                lot.id,
                codes.join(", ")
            );
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
        let hundredths = Cents::parse_euros(percent).map_err(|_| {
            anyhow::anyhow!(
                "--index: `{percent}` is not a percentage; write a number with at most two decimals, like 2.5"
            )
        })?;
        if hundredths.0 == 0 {
            anyhow::bail!("--index 0 changes nothing; give the percentage of the indexation, like 2.5");
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
pub fn describe(a: &Amendment) -> String {
    if a.field == AmendedField::Index {
        return format!("lot {} index {}", a.lot, new_value(a));
    }
    let product = a.product.as_ref().map(|p| format!(" product {p}")).unwrap_or_default();
    let product = match &a.member {
        Some(member) => format!("{product} share of {member}"),
        None => product,
    };
    let old = a.old.map_or("(none)".to_string(), |c| c.to_string());
    format!("lot {}{product} {} {old} → {}", a.lot, a.field, a.new)
}
