//! `tender object`: an objection (bezwaar, kort geding) during the standstill.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::intake::check_kvk;
use crate::domain::lifecycle::{Action, Transition};

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

#[derive(Serialize)]
struct Facts<'a> {
    objection: u32,
    /// The number of the decision objected to.
    decision: u32,
    kvk: &'a str,
    name: String,
    reason: &'a str,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let reason = args.reason.trim();
    if reason.is_empty() {
        anyhow::bail!(tr!(ctx.lang, "object-no-reason"));
    }
    let (event, facts) = decision::change(ctx, &args.id, Action::Object, |tx, stored, _| {
        let Some(provider) = tx.registration(&args.id, &args.kvk)? else {
            anyhow::bail!(tr!(
                ctx.lang,
                "object-not-registered",
                kvk = args.kvk.as_str(),
                id = args.id.as_str()
            ));
        };
        // The standstill phase means a decision is recorded; the objection is against the latest.
        let decision = tx.decision(&args.id)?.map_or(0, |d| d.number);
        let number = tx.add_objection(&args.id, &args.kvk, reason, decision)?;
        let mut history = stored.history.clone();
        history.apply(Transition::Object, ctx.now);
        tx.save_history(&args.id, &history)?;
        let event = tx.record(
            &args.id,
            EventKind::Object,
            &tr!(
                Lang::En,
                "object-detail",
                number = number,
                name = provider.name.as_str(),
                kvk = args.kvk.as_str(),
                reason = reason
            ),
        )?;
        let facts = Facts {
            objection: number,
            decision,
            kvk: &args.kvk,
            name: provider.name,
            reason,
        };
        Ok((event, facts))
    })?;
    let sentence = tr!(
        ctx.lang,
        "object-done",
        number = facts.objection,
        name = facts.name.as_str(),
        id = args.id.as_str()
    );
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Object,
        event: Some(event),
        facts,
    };
    decision::confirm(ctx, &recorded, &sentence)
}
