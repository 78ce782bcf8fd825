//! `tender object`: an objection (bezwaar, kort geding) during the standstill.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::intake::check_kvk;
use crate::domain::lifecycle::Action;

/// Record an objection against the award decision, during the standstill
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The objecting provider's KvK number
    #[arg(long)]
    kvk: String,
    /// What the objection says
    #[arg(long)]
    reason: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!("--reason is empty; record what the objection says");
    }
    let mut store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    decision::allow(&stored, Action::Object, ctx)?;
    let Some(provider) = store.registrations(&args.id)?.into_iter().find(|r| r.kvk == args.kvk) else {
        anyhow::bail!(
            "KvK {} did not register for `{}`; only a provider that took part can object",
            args.kvk,
            args.id
        );
    };
    let number = store.change(&ctx.stamp(), |change| -> anyhow::Result<u32> {
        let number = change.add_objection(&args.id, &args.kvk, reason)?;
        change.record(
            &args.id,
            EventKind::Object,
            &format!("objection {number} by {} (KvK {}): {reason}", provider.name, args.kvk),
        )?;
        Ok(number)
    })?;
    println!(
        "recorded objection {number} by {}; the award cannot become final until it is resolved with `tender resolve {} --objection {number}`",
        provider.name, args.id
    );
    Ok(())
}
