//! `tender publish`: announce the tender; registration opens.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::checks::{self, Severity};
use crate::domain::lifecycle::Action;

/// Publish (announce) a draft tender after the legal checks; registration opens
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut store = ctx.store()?;
    let published = decision::record(
        ctx,
        &mut store,
        &args.id,
        Action::Publish,
        EventKind::Publish,
        |stored, _, history| {
            let schedule = &stored.tender.schedule;
            let findings = checks::check_at_publication(&stored.tender.definition, ctx.now).findings;
            if let Some(error) = findings.iter().find(|f| f.severity == Severity::Error) {
                anyhow::bail!("tender `{}` cannot be published: {}", args.id, error.message);
            }
            for warning in findings.iter().filter(|f| f.severity == Severity::Warning) {
                eprintln!("warning: {}", warning.message);
            }
            if ctx.now >= schedule.registration_deadline {
                anyhow::bail!(
                    "tender `{}` cannot be published: its registration deadline {} has passed; set a later deadline with `tender update` first",
                    args.id,
                    schedule.local(schedule.registration_deadline)
                );
            }
            history.published_at = Some(ctx.now);
            Ok(format!(
                "published; registration open until {}",
                schedule.local(schedule.registration_deadline)
            ))
        },
    )?;
    let schedule = &published.tender.schedule;
    println!(
        "published `{}`; registration is open until {} ({})",
        args.id,
        schedule.local(schedule.registration_deadline),
        schedule.timezone
    );
    Ok(())
}
