//! `tender resolve`: close an objection as upheld or rejected.

use crate::cli::choices::one_of;
use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::dossier::Outcome;
use crate::domain::lifecycle::Action;

/// Close an objection; an upheld one requires a new decision with `award --redo`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The objection's number, as `object` printed it
    #[arg(long)]
    objection: u32,
    /// Whether the objection is upheld
    #[arg(long, value_parser = one_of(Outcome::ALL, Outcome::as_str))]
    outcome: Outcome,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    decision::allow(&stored, Action::Resolve, ctx)?;
    store.change(&ctx.stamp(), |change| -> anyhow::Result<()> {
        if !change.resolve_objection(&args.id, args.objection, args.outcome.as_str())? {
            anyhow::bail!(
                "objection {} of `{}` is not open; `tender show {}` lists the objections",
                args.objection,
                args.id,
                args.id
            );
        }
        Ok(change.record(
            &args.id,
            EventKind::Resolve,
            &format!("objection {} {}", args.objection, args.outcome),
        )?)
    })?;
    match args.outcome {
        Outcome::Upheld => println!(
            "objection {} upheld; re-evaluate where needed and record a new decision with `tender award {} --redo`",
            args.objection, args.id
        ),
        Outcome::Rejected => println!("objection {} rejected", args.objection),
    }
    Ok(())
}
