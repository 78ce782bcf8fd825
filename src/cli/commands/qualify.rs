//! `tender qualify`: the admission check (toelatingseisen).

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::evidence::unproven;
use crate::domain::intake::{Status, check_kvk, check_requirements, merge_requirements, missing_requirements};
use crate::domain::lifecycle::{Action, Phase};

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

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let mut store = ctx.store()?;
    let confirmed = args.meets.unwrap_or_default();
    let detail = store.change(&ctx.stamp(), |change| -> anyhow::Result<String> {
        let stored = change.tender(&args.id)?;
        let phase = decision::allow(&stored, Action::Qualify, ctx)?;
        let def = &stored.tender.definition;
        let timezone = stored.tender.schedule.timezone;
        check_requirements(def, &confirmed).map_err(anyhow::Error::msg)?;
        let Some(mut registration) = change.registration(&args.id, &args.kvk)? else {
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
                let mut pieces = change.evidence(&args.id)?;
                pieces.retain(|p| p.kvk == args.kvk);
                if let Some(why) = unproven(def, &confirmed, &pieces, ctx.now, timezone) {
                    anyhow::bail!("{who} does not meet it yet: {why}");
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
        change.set_registration_status(&args.id, &registration)?;
        change.record(&args.id, event, &detail)?;
        Ok(detail)
    })?;
    println!("{detail}");
    Ok(())
}
