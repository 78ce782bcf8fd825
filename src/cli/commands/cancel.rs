//! `tender cancel`: withdraw the tender (intrekking).

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::lifecycle::{Action, Phase, Transition};

/// Cancel (withdraw) a tender, from any phase before its contracts are active
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// Why the tender is withdrawn; recorded in the audit trail
    #[arg(long)]
    reason: String,
}

#[derive(Serialize)]
struct Facts<'a> {
    /// The phase the tender was cancelled in.
    phase: Phase,
    reason: &'a str,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!(tr!(ctx.lang, "cancel-no-reason"));
    }
    let mut phase = Phase::Draft;
    let done = decision::record(
        ctx,
        &args.id,
        Action::Cancel,
        (EventKind::Cancel, Transition::Cancel),
        |_, before| {
            phase = before;
            Ok(tr!(Lang::En, "cancel-detail", phase = before.as_str(), reason = reason))
        },
    )?;
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Cancel,
        event: Some(done.event),
        facts: Facts { phase, reason },
    };
    decision::confirm(ctx, &recorded, &tr!(ctx.lang, "cancel-done", id = args.id.as_str()))
}
