//! `tender terminate`: end one provider's signed contract early.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::contracts::{self, Termination};
use crate::domain::intake::check_kvk;
use crate::domain::lifecycle::Action;
use crate::domain::schedule::{Edge, parse_moment};

/// End one provider's signed contract (bankruptcy, notice, ontbinding); in an open house it may join again
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's KvK number
    #[arg(long)]
    kvk: String,
    /// The day the contract ends; the provider is out of the contract register from then
    #[arg(long, value_name = "DATE")]
    on: String,
    /// Why: bankruptcy, notice (opzegging), ontbinding, …; recorded in the audit trail
    #[arg(long)]
    reason: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!("--reason is empty; say why the contract ends (bankruptcy, notice, ontbinding)");
    }
    let mut store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let schedule = &stored.tender.schedule;
    let on = parse_moment(&args.on, schedule.timezone, Edge::Start).map_err(|e| anyhow::anyhow!("--on: {e}"))?;
    decision::allow(&stored, Action::Terminate, ctx)?;
    let signatures = store.signatures(&args.id)?;
    let terminations = store.terminations(&args.id)?;
    let contract_end = stored.facts().contract_end();
    contracts::check_termination(&args.kvk, &signatures, &terminations, on, contract_end, |t| {
        schedule.local(t)
    })
    .map_err(|e| anyhow::anyhow!("tender `{}`: cannot terminate: {e}", args.id))?;
    let name = signatures
        .iter()
        .find(|s| s.kvk == args.kvk)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let termination = Termination {
        kvk: args.kvk.clone(),
        name: name.clone(),
        on,
        reason: reason.to_string(),
        at: ctx.now,
    };
    let detail = format!(
        "{name} (KvK {}): contract terminated as of {}: {reason}",
        args.kvk,
        schedule.local(on)
    );
    store.change(&ctx.stamp(), |change| -> anyhow::Result<()> {
        change.add_termination(&args.id, &termination)?;
        change.record(&args.id, EventKind::Terminate, &detail)?;
        Ok(())
    })?;
    println!("{detail}");
    if stored.tender.definition.is_open_house() {
        eprintln!("it may apply to join the framework again with `tender register`");
    }
    Ok(())
}
