//! `tender consult`: a consultation round (overlegtafel) of a bestuurlijke aanbesteding.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::lifecycle::Action;
use crate::domain::schedule::{Edge, parse_moment};

/// Record a consultation round with the providers (overlegtafel)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The day the round was held
    #[arg(long, value_name = "DATE")]
    on: String,
    /// What was discussed and agreed
    #[arg(long)]
    summary: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let summary = args.summary.trim();
    if summary.is_empty() {
        anyhow::bail!("--summary is empty; record what was discussed and agreed");
    }
    let mut store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let schedule = &stored.tender.schedule;
    let held_on = parse_moment(&args.on, schedule.timezone, Edge::Start).map_err(|e| anyhow::anyhow!("--on: {e}"))?;
    decision::allow(&stored, Action::Consult, ctx)?;
    let number = store.change(&ctx.stamp(), |change| -> anyhow::Result<u32> {
        let number = change.add_consultation(&args.id, held_on, summary)?;
        let day = schedule.local_date(held_on);
        change.record(
            &args.id,
            EventKind::Consult,
            &format!("consultation round {number} on {day}: {summary}"),
        )?;
        Ok(number)
    })?;
    println!("recorded consultation round {number} of `{}`", args.id);
    Ok(())
}
