//! `tender extend`: exercise the next extension option.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::lifecycle::{Action, Transition};
use crate::domain::schedule::rfc3339;

/// Exercise the next extension option, moving the contract end
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

#[derive(Serialize)]
struct Facts {
    option: u32,
    options: usize,
    contract_end: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let done = decision::record(
        ctx,
        &args.id,
        Action::Extend,
        (EventKind::Extend, Transition::Extend),
        |stored, _| {
            let s = &stored.tender.schedule;
            let used = stored.history.extensions_used as usize;
            Ok(tr!(
                Lang::En,
                "extend-detail",
                number = used + 1,
                options = s.extension_months.len(),
                months = s.extension_months[used],
                end = s.local(s.contract_end_after(used + 1)),
                before = s.local(s.contract_end_after(used))
            ))
        },
    )?;
    let schedule = &done.stored.tender.schedule;
    let end = done.stored.facts().contract_end();
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Extend,
        event: Some(done.event),
        facts: Facts {
            option: done.stored.history.extensions_used,
            options: schedule.extension_months.len(),
            contract_end: rfc3339(end, schedule.timezone),
        },
    };
    decision::confirm(
        ctx,
        &recorded,
        &tr!(
            ctx.lang,
            "extend-done",
            id = args.id.as_str(),
            end = schedule.local(end)
        ),
    )
}
