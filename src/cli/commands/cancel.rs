//! `tender cancel`: withdraw the tender (intrekking).

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::lifecycle::Action;

/// Cancel (withdraw) a tender, from any phase before its contracts are active
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// Why the tender is withdrawn; recorded in the audit trail
    #[arg(long)]
    reason: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!("--reason is empty; say why the tender is cancelled, it goes into the audit trail");
    }
    let mut store = ctx.store()?;
    decision::record(
        ctx,
        &mut store,
        &args.id,
        Action::Cancel,
        EventKind::Cancel,
        |_, phase, history| {
            history.cancelled_at = Some(ctx.now);
            Ok(format!("cancelled in phase {phase}: {reason}"))
        },
    )?;
    println!("cancelled `{}`", args.id);
    Ok(())
}
