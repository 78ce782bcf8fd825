//! `tender resolve`: close an objection as upheld or rejected.

use serde::Serialize;

use crate::cli::choices::one_of;
use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::dossier::Outcome;
use crate::domain::lifecycle::{Action, Transition};

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

#[derive(Serialize)]
struct Facts {
    objection: u32,
    outcome: Outcome,
    /// Whether a new decision (`award --redo`) is now due.
    redo_required: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let (event, redo_required) = decision::change(ctx, &args.id, Action::Resolve, |tx, stored, _| {
        let objections = tx.objections(&args.id)?;
        let Some(objection) = objections
            .iter()
            .find(|o| o.number == args.objection && o.outcome.is_none())
        else {
            anyhow::bail!(tr!(
                ctx.lang,
                "resolve-not-open",
                number = args.objection,
                id = args.id.as_str()
            ));
        };
        let current = tx.decision(&args.id)?.map(|d| d.number);
        let upheld_against_current = args.outcome == Outcome::Upheld && current == Some(objection.decision);
        tx.resolve_objection(&args.id, args.objection, args.outcome)?;
        let mut history = stored.history.clone();
        history.apply(Transition::Resolve { upheld_against_current }, ctx.now);
        tx.save_history(&args.id, &history)?;
        let event = tx.record(
            &args.id,
            EventKind::Resolve,
            &tr!(
                Lang::En,
                "resolve-detail",
                number = args.objection,
                outcome = args.outcome.as_str()
            ),
        )?;
        Ok((event, history.redo_required))
    })?;
    let sentence = tr!(
        ctx.lang,
        "resolve-done",
        number = args.objection,
        outcome = args.outcome.as_str(),
        id = args.id.as_str()
    );
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Resolve,
        event: Some(event),
        facts: Facts {
            objection: args.objection,
            outcome: args.outcome,
            redo_required,
        },
    };
    decision::confirm(ctx, &recorded, &sentence)
}
