//! `tender terminate`: end one provider's signed contract early.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::contracts::{self, Termination};
use crate::domain::intake::check_kvk;
use crate::domain::lifecycle::Action;
use crate::domain::schedule::{Edge, parse_moment, rfc3339};

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

#[derive(Serialize)]
struct Facts<'a> {
    kvk: &'a str,
    name: String,
    terminated_on: String,
    reason: &'a str,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!(tr!(ctx.lang, "terminate-no-reason"));
    }
    let (event, facts, detail, open_house) = decision::change(ctx, &args.id, Action::Terminate, |tx, stored, _| {
        let schedule = &stored.tender.schedule;
        let on = parse_moment(&args.on, schedule.timezone, Edge::Start).map_err(|e| anyhow::anyhow!("--on: {e}"))?;
        let signatures = tx.signatures(&args.id)?;
        let terminations = tx.terminations(&args.id)?;
        let contract_end = stored.facts().contract_end();
        contracts::check_termination(&args.kvk, &signatures, &terminations, on, contract_end, |t| {
            schedule.local(t)
        })
        .map_err(|e| {
            anyhow::anyhow!(tr!(
                ctx.lang,
                "terminate-refused",
                id = args.id.as_str(),
                why = e.to_string()
            ))
        })?;
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
        let said = |lang: Lang| {
            tr!(
                lang,
                "terminate-done",
                name = name.as_str(),
                kvk = args.kvk.as_str(),
                on = schedule.local(on),
                reason = reason
            )
        };
        let detail = said(ctx.lang);
        let event = tx.record(&args.id, EventKind::Terminate, &said(Lang::En))?;
        tx.add_termination(&args.id, event, &termination)?;
        let facts = Facts {
            kvk: &args.kvk,
            name,
            terminated_on: rfc3339(on, schedule.timezone),
            reason,
        };
        Ok((event, facts, detail, stored.tender.definition.is_open_house()))
    })?;
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Terminate,
        event: Some(event),
        facts,
    };
    decision::confirm(ctx, &recorded, &detail)?;
    if open_house {
        eprintln!("{}", tr!(ctx.lang, "terminate-join-again"));
    }
    Ok(())
}
