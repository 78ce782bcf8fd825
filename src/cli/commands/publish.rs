//! `tender publish`: announce the tender; registration opens.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::checks::{self, Severity};
use crate::domain::lifecycle::{Action, Transition};
use crate::domain::schedule::rfc3339;

/// Publish (announce) a draft tender after the legal checks; registration opens
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

#[derive(Serialize)]
struct Facts {
    registration_deadline: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let done = decision::record(
        ctx,
        &args.id,
        Action::Publish,
        (EventKind::Publish, Transition::Publish),
        |stored, _| {
            let schedule = &stored.tender.schedule;
            let findings = checks::check_at_publication(&stored.tender.definition, ctx.now).findings;
            if let Some(error) = findings.iter().find(|f| f.severity == Severity::Error) {
                anyhow::bail!(tr!(
                    ctx.lang,
                    "publish-refused",
                    id = args.id.as_str(),
                    why = error.message.as_str()
                ));
            }
            for warning in findings.iter().filter(|f| f.severity == Severity::Warning) {
                eprintln!("{}: {}", tr!(ctx.lang, "warning-prefix"), warning.message);
            }
            if ctx.now >= schedule.registration_deadline {
                anyhow::bail!(tr!(
                    ctx.lang,
                    "publish-deadline-passed",
                    id = args.id.as_str(),
                    deadline = schedule.local(schedule.registration_deadline)
                ));
            }
            Ok(tr!(
                Lang::En,
                "publish-detail",
                deadline = schedule.local(schedule.registration_deadline)
            ))
        },
    )?;
    let schedule = &done.stored.tender.schedule;
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Publish,
        event: Some(done.event),
        facts: Facts {
            registration_deadline: rfc3339(schedule.registration_deadline, schedule.timezone),
        },
    };
    let sentence = tr!(
        ctx.lang,
        "publish-done",
        id = args.id.as_str(),
        deadline = schedule.local(schedule.registration_deadline),
        timezone = schedule.timezone.name()
    );
    decision::confirm(ctx, &recorded, &sentence)
}
