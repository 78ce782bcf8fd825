//! `tender sign`: a contract, or an accession to a framework, is signed.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::chronology::not_before;
use crate::domain::contracts;
use crate::domain::dossier::Signature;
use crate::domain::intake::{Status, check_kvk};
use crate::domain::lifecycle::{Action, Transition};
use crate::domain::schedule::{Edge, parse_moment, rfc3339};

/// Record a signed contract (or accession to the framework) with an awarded provider
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's KvK number
    #[arg(long)]
    kvk: String,
    /// The day it was signed (default: now)
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

#[derive(Serialize)]
struct Facts<'a> {
    kvk: &'a str,
    name: String,
    accession: bool,
    signed_on: String,
    effective_at: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let (event, facts, detail) = decision::change(ctx, &args.id, Action::Sign, |tx, stored, _| {
        let schedule = &stored.tender.schedule;
        let signed_on = match &args.on {
            Some(text) => {
                parse_moment(text, schedule.timezone, Edge::Start).map_err(|e| anyhow::anyhow!("--on: {e}"))?
            }
            None => ctx.now,
        };
        contracts::check_signed_on(&stored.facts(), signed_on, ctx.now).map_err(|e| {
            anyhow::anyhow!(tr!(
                ctx.lang,
                "sign-refused",
                id = args.id.as_str(),
                why = e.to_string()
            ))
        })?;
        let Some(registration) = tx.registration(&args.id, &args.kvk)? else {
            anyhow::bail!(tr!(
                ctx.lang,
                "sign-not-registered",
                kvk = args.kvk.as_str(),
                id = args.id.as_str()
            ));
        };
        let joiner = registration.joining && registration.status == Status::Qualified;
        if registration.status != Status::Awarded && !joiner {
            anyhow::bail!(tr!(
                ctx.lang,
                "sign-not-awarded",
                name = registration.name.as_str(),
                kvk = args.kvk.as_str(),
                status = tr!(ctx.lang, "registration-status", status = registration.status.as_str())
            ));
        }
        if contracts::is_signed(&args.kvk, &tx.signatures(&args.id)?, &tx.terminations(&args.id)?) {
            anyhow::bail!(tr!(
                ctx.lang,
                "sign-already",
                name = registration.name.as_str(),
                kvk = args.kvk.as_str(),
                id = args.id.as_str()
            ));
        }
        // A contract is signed after the final award (checked above), an accession after the application.
        if joiner {
            not_before(
                signed_on,
                "the application",
                registration.registered_at,
                schedule.timezone,
            )?;
        }
        let effective_at = contracts::effective_from(
            schedule.contract_start,
            signed_on,
            registration.joining_at.filter(|_| joiner),
        );
        let said = |lang: Lang| {
            tr!(
                lang,
                "sign-done",
                name = registration.name.as_str(),
                kvk = args.kvk.as_str(),
                accession = joiner.to_string(),
                on = schedule.local(signed_on),
                effective = schedule.local(effective_at)
            )
        };
        let detail = said(ctx.lang);
        let mut history = stored.history.clone();
        history.apply(Transition::Sign { on: signed_on }, ctx.now);
        tx.save_history(&args.id, &history)?;
        let event = tx.record(&args.id, EventKind::Sign, &said(Lang::En))?;
        let signature = Signature {
            kvk: args.kvk.clone(),
            name: registration.name.clone(),
            signed_on,
            effective_at,
        };
        tx.add_signature(&args.id, event, &signature)?;
        // An admitted newcomer is awarded by its accession.
        if joiner {
            let mut awarded = registration.clone();
            awarded.status = Status::Awarded;
            tx.set_registration_status(&args.id, &awarded)?;
        }
        let facts = Facts {
            kvk: &args.kvk,
            name: registration.name,
            accession: joiner,
            signed_on: rfc3339(signed_on, schedule.timezone),
            effective_at: rfc3339(effective_at, schedule.timezone),
        };
        Ok((event, facts, detail))
    })?;
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Sign,
        event: Some(event),
        facts,
    };
    decision::confirm(ctx, &recorded, &detail)
}
