//! `tender qualify`: the admission check (toelatingseisen).

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::domain::audit::EventKind;
use crate::domain::evidence::unproven;
use crate::domain::intake::{Status, check_kvk, check_requirements, merge_requirements, missing_requirements};
use crate::domain::lifecycle::{Action, Phase};
use crate::domain::schedule::rfc3339;

/// Record the admission check: requirements met (qualified when all are), or a rejection
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("outcome").required(true).args(["meets", "reject"]))]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's KvK number (8 digits)
    #[arg(long)]
    kvk: String,
    /// Requirements the provider has been found to meet, comma-separated (added to those declared)
    #[arg(long, value_delimiter = ',')]
    meets: Option<Vec<String>>,
    /// Reject the registration, with the reason
    #[arg(long, value_name = "REASON")]
    reject: Option<String>,
}

#[derive(Serialize)]
struct Facts<'a> {
    kvk: &'a str,
    name: String,
    status: Status,
    meets: Vec<String>,
    missing: Vec<String>,
    reason: Option<String>,
    joining_at: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk)?;
    let confirmed = args.meets.unwrap_or_default();
    let (event, kind, facts, detail) = decision::change(ctx, &args.id, Action::Qualify, |tx, stored, phase| {
        let def = &stored.tender.definition;
        let timezone = stored.tender.schedule.timezone;
        check_requirements(def, &confirmed)?;
        let Some(mut registration) = tx.registration(&args.id, &args.kvk)? else {
            anyhow::bail!(
                "KvK {} is not registered for `{}`; `tender registrations {}` lists who is",
                args.kvk,
                args.id,
                args.id
            );
        };
        if !registration.status.is_active() {
            anyhow::bail!(
                "{} (KvK {}) withdrew its registration for `{}`, so there is nothing to admit or reject",
                registration.name,
                args.kvk,
                args.id
            );
        }
        let running = matches!(phase, Phase::Contracted | Phase::Active);
        if running && !registration.joining {
            anyhow::bail!(
                "{} (KvK {}) registered before the framework started; its admission was decided in evaluation",
                registration.name,
                args.kvk
            );
        }
        let who = format!("{} (KvK {})", registration.name, registration.kvk);
        let (event, detail) = match &args.reject {
            Some(reason) if reason.trim().is_empty() => {
                anyhow::bail!("--reject needs a reason; it is recorded and sent to the provider")
            }
            Some(reason) => {
                registration.status = Status::Rejected;
                registration.reason = Some(reason.trim().to_string());
                (EventKind::Reject, format!("{who} rejected: {}", reason.trim()))
            }
            None => {
                let mut pieces = tx.evidence(&args.id)?;
                pieces.retain(|p| p.kvk == args.kvk);
                if let Some(why) = unproven(def, &confirmed, &pieces, ctx.now, timezone) {
                    return Err(anyhow::Error::from(why).context(format!("{who} does not meet it yet")));
                }
                let merged = merge_requirements(def, &registration.meets, &confirmed);
                // A declared requirement that asks for evidence counts only with a valid piece.
                registration.meets = merged
                    .iter()
                    .filter(|id| unproven(def, std::slice::from_ref(id), &pieces, ctx.now, timezone).is_none())
                    .cloned()
                    .collect();
                let missing = missing_requirements(def, &registration.lots, &registration.meets);
                if missing.is_empty() {
                    registration.status = Status::Qualified;
                    registration.reason = None;
                    registration.joining_at = if running {
                        stored.tender.schedule.next_joining(ctx.now)
                    } else {
                        None
                    };
                    let joins = registration
                        .joining_at
                        .map(|at| format!("; joins the framework on {}", stored.tender.schedule.local(at)))
                        .unwrap_or_default();
                    (
                        EventKind::Qualify,
                        format!("{who} qualified: meets every requirement{joins}"),
                    )
                } else {
                    (
                        EventKind::Qualify,
                        format!(
                            "{who} meets {}; still missing {}",
                            registration.meets.join(", "),
                            missing.join(", ")
                        ),
                    )
                }
            }
        };
        tx.set_registration_status(&args.id, &registration)?;
        let id = tx.record(&args.id, event, &detail)?;
        let schedule = &stored.tender.schedule;
        let facts = Facts {
            kvk: &args.kvk,
            missing: missing_requirements(def, &registration.lots, &registration.meets)
                .into_iter()
                .map(str::to_string)
                .collect(),
            name: registration.name,
            status: registration.status,
            meets: registration.meets,
            reason: registration.reason,
            joining_at: registration.joining_at.map(|at| rfc3339(at, schedule.timezone)),
        };
        Ok((id, event, facts, detail))
    })?;
    let recorded = Recorded {
        tender: &args.id,
        action: kind,
        event: Some(event),
        facts,
    };
    decision::confirm(ctx, &recorded, &detail)
}
