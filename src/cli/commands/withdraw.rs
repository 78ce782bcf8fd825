//! `tender withdraw`: a provider withdraws its registration.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::contracts;
use crate::domain::intake::{Status, check_kvk};
use crate::domain::lifecycle::Action;

/// Withdraw a provider's registration or offer, until the award decision; it may register again while registration is open
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's KvK number (8 digits)
    #[arg(long)]
    kvk: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let mut store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    decision::allow(&stored, Action::Withdraw, ctx)?;
    if let Some(refusal) =
        contracts::withdrawal_refusal(&args.kvk, &store.signatures(&args.id)?, &store.terminations(&args.id)?)
    {
        anyhow::bail!("tender `{}`: cannot withdraw: {refusal}", args.id);
    }
    let detail = store.change(&ctx.stamp(), |change| -> anyhow::Result<String> {
        let Some(mut registration) = change
            .registration(&args.id, &args.kvk)?
            .filter(|r| r.status.is_active())
        else {
            anyhow::bail!(
                "KvK {} has no registration for `{}` to withdraw; `tender registrations {}` lists them",
                args.kvk,
                args.id,
                args.id
            );
        };
        registration.status = Status::Withdrawn;
        change.set_registration_status(&args.id, &registration)?;
        let detail = format!(
            "{} (KvK {}) withdrew its registration",
            registration.name, registration.kvk
        );
        change.record(&args.id, EventKind::Withdraw, &detail)?;
        Ok(detail)
    })?;
    println!("{detail}");
    Ok(())
}
