//! `tender qualify`: the admission check (toelatingseisen).

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
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
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let confirmed = args.meets.unwrap_or_default();
    let (event, kind, facts, detail) = decision::change(ctx, &args.id, Action::Qualify, |tx, stored, phase| {
        let def = &stored.tender.definition;
        let timezone = stored.tender.schedule.timezone;
        check_requirements(def, &confirmed).map_err(anyhow::Error::msg)?;
        let Some(mut registration) = tx.registration(&args.id, &args.kvk)? else {
            anyhow::bail!(tr!(
                ctx.lang,
                "qualify-not-registered",
                kvk = args.kvk.as_str(),
                id = args.id.as_str()
            ));
        };
        if !registration.status.is_active() {
            anyhow::bail!(tr!(
                ctx.lang,
                "qualify-withdrawn",
                name = registration.name.as_str(),
                kvk = args.kvk.as_str(),
                id = args.id.as_str()
            ));
        }
        let running = matches!(phase, Phase::Contracted | Phase::Active);
        if running && !registration.joining {
            anyhow::bail!(tr!(
                ctx.lang,
                "qualify-not-joining",
                name = registration.name.as_str(),
                kvk = args.kvk.as_str()
            ));
        }
        let who = format!("{} (KvK {})", registration.name, registration.kvk);
        let (event, said) = match &args.reject {
            Some(reason) if reason.trim().is_empty() => anyhow::bail!(tr!(ctx.lang, "qualify-no-reason")),
            Some(reason) => {
                registration.status = Status::Rejected;
                registration.reason = Some(reason.trim().to_string());
                (EventKind::Reject, Said::Rejected(reason.trim().to_string()))
            }
            None => {
                let mut pieces = tx.evidence(&args.id)?;
                pieces.retain(|p| p.kvk == args.kvk);
                if let Some(why) = unproven(def, &confirmed, &pieces, ctx.now, timezone) {
                    anyhow::bail!(tr!(
                        ctx.lang,
                        "qualify-unproven",
                        who = who.as_str(),
                        why = why.to_string()
                    ));
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
                    let joins = registration.joining_at.map(|at| stored.tender.schedule.local(at));
                    (EventKind::Qualify, Said::Qualified { joins })
                } else {
                    let missing = missing.join(", ");
                    (
                        EventKind::Qualify,
                        Said::Partly {
                            meets: registration.meets.join(", "),
                            missing,
                        },
                    )
                }
            }
        };
        tx.set_registration_status(&args.id, &registration)?;
        let id = tx.record(&args.id, event, &said.text(Lang::En, &who))?;
        let detail = said.text(ctx.lang, &who);
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

/// What the admission check decided, to say in English for the audit trail
/// and in the user's language for the user.
enum Said {
    Rejected(String),
    /// Every requirement met; an open house's joiner joins at the moment given.
    Qualified {
        joins: Option<String>,
    },
    Partly {
        meets: String,
        missing: String,
    },
}

impl Said {
    fn text(&self, lang: Lang, who: &str) -> String {
        match self {
            Said::Rejected(reason) => tr!(lang, "qualify-rejected", who = who, reason = reason.as_str()),
            Said::Qualified { joins: None } => tr!(lang, "qualify-qualified", who = who),
            Said::Qualified { joins: Some(at) } => tr!(lang, "qualify-qualified-joins", who = who, at = at.as_str()),
            Said::Partly { meets, missing } => tr!(
                lang,
                "qualify-partly",
                who = who,
                meets = meets.as_str(),
                missing = missing.as_str()
            ),
        }
    }
}
