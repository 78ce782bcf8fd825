//! `tender sign`: a contract, or an accession to a framework, is signed.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::contracts;
use crate::domain::dossier::Signature;
use crate::domain::intake::{Status, check_kvk};
use crate::domain::lifecycle::Action;
use crate::domain::schedule::{Edge, parse_moment};

/// Record a signed contract (or accession to the framework) with an awarded provider
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's KvK number
    #[arg(long)]
    kvk: String,
    /// The day it was signed (default: now)
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let mut store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let schedule = &stored.tender.schedule;
    let signed_on = match &args.on {
        Some(text) => parse_moment(text, schedule.timezone, Edge::Start).map_err(|e| anyhow::anyhow!("--on: {e}"))?,
        None => ctx.now,
    };
    decision::allow(&stored, Action::Sign, ctx)?;
    contracts::check_signed_on(&stored.facts(), signed_on, ctx.now)
        .map_err(|e| anyhow::anyhow!("tender `{}`: cannot sign: {e}", args.id))?;
    let Some(registration) = store.registrations(&args.id)?.into_iter().find(|r| r.kvk == args.kvk) else {
        anyhow::bail!("KvK {} did not register for `{}`", args.kvk, args.id);
    };
    let joiner = registration.joining && registration.status == Status::Qualified;
    if registration.status != Status::Awarded && !joiner {
        anyhow::bail!(
            "{} (KvK {}) is {}; only an awarded provider (or an admitted newcomer to an open house) signs",
            registration.name,
            args.kvk,
            registration.status
        );
    }
    if contracts::is_signed(&args.kvk, &store.signatures(&args.id)?, &store.terminations(&args.id)?) {
        anyhow::bail!(
            "{} (KvK {}) has already signed for `{}`",
            registration.name,
            args.kvk,
            args.id
        );
    }
    let effective_at = contracts::effective_from(
        schedule.contract_start,
        signed_on,
        registration.joining_at.filter(|_| joiner),
    );
    let signature = Signature {
        kvk: args.kvk.clone(),
        name: registration.name.clone(),
        signed_on,
        effective_at,
    };
    let mut history = stored.history.clone();
    history.first_signed_at = Some(history.first_signed_at.map_or(signed_on, |first| first.min(signed_on)));
    let detail = format!(
        "{} (KvK {}) signed{} on {}, effective {}",
        registration.name,
        args.kvk,
        if joiner { " its accession" } else { "" },
        schedule.local(signed_on),
        schedule.local(effective_at)
    );
    store.change(&ctx.stamp(), |change| -> anyhow::Result<()> {
        change.add_signature(&args.id, &signature)?;
        change.save_history(&args.id, &history)?;
        change.record(&args.id, EventKind::Sign, &detail)?;
        Ok(())
    })?;
    println!("{detail}");
    Ok(())
}
