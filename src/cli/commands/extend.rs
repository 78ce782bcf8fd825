//! `tender extend`: exercise the next extension option.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::lifecycle::Action;
use crate::domain::plural::count;

/// Exercise the next extension option, moving the contract end
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut store = ctx.store()?;
    let extended = decision::record(
        ctx,
        &mut store,
        &args.id,
        Action::Extend,
        EventKind::Extend,
        |stored, _, history| {
            let s = &stored.tender.schedule;
            let before = s.contract_end_after(history.extensions_used as usize);
            history.extensions_used += 1;
            let after = s.contract_end_after(history.extensions_used as usize);
            Ok(format!(
                "extension option {} of {} ({}) exercised; the contract now ends {} instead of {}",
                history.extensions_used,
                s.extension_months.len(),
                count(s.extension_months[history.extensions_used as usize - 1], "month"),
                s.local(after),
                s.local(before)
            ))
        },
    )?;
    let facts = extended.facts();
    println!(
        "`{}` now ends {}",
        args.id,
        extended.tender.schedule.local(facts.contract_end())
    );
    Ok(())
}
