//! `tender consult`: a consultation round (overlegtafel) of a bestuurlijke aanbesteding.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::chronology::not_before;
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

#[derive(Serialize)]
struct Facts<'a> {
    round: u32,
    held_on: String,
    summary: &'a str,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let summary = args.summary.trim();
    if summary.is_empty() {
        anyhow::bail!(tr!(ctx.lang, "consult-no-summary"));
    }
    let (event, facts) = decision::change(ctx, &args.id, Action::Consult, |tx, stored, _| {
        let schedule = &stored.tender.schedule;
        let held_on =
            parse_moment(&args.on, schedule.timezone, Edge::Start).map_err(|e| anyhow::anyhow!("--on: {e}"))?;
        if held_on > ctx.now {
            anyhow::bail!(tr!(
                ctx.lang,
                "consult-future",
                on = schedule.local_date(held_on).to_string()
            ));
        }
        // A round of this tender is held once the tender exists (its first event).
        if let Some(first) = tx.events(&args.id)?.first() {
            let day_of_first = schedule.local_date(first.at);
            let start_of_that_day =
                parse_moment(&day_of_first.to_string(), schedule.timezone, Edge::Start).map_err(anyhow::Error::msg)?;
            not_before(held_on, "the tender was loaded", start_of_that_day, schedule.timezone)?;
        }
        let number = tx.add_consultation(&args.id, held_on, summary)?;
        let day = schedule.local_date(held_on);
        let event = tx.record(
            &args.id,
            EventKind::Consult,
            &tr!(
                Lang::En,
                "consult-detail",
                number = number,
                day = day.to_string(),
                summary = summary
            ),
        )?;
        let facts = Facts {
            round: number,
            held_on: day.to_string(),
            summary,
        };
        Ok((event, facts))
    })?;
    let sentence = tr!(ctx.lang, "consult-done", number = facts.round, id = args.id.as_str());
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Consult,
        event: Some(event),
        facts,
    };
    decision::confirm(ctx, &recorded, &sentence)
}
