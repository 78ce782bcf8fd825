//! `tender withdraw`: a provider withdraws its registration.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::contracts;
use crate::domain::intake::{Status, check_kvk};
use crate::domain::lifecycle::Action;

/// Withdraw a provider's registration or offer, until the award decision; it may register again while registration is open
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's KvK number (8 digits)
    #[arg(long)]
    kvk: String,
}

#[derive(Serialize)]
struct Facts<'a> {
    kvk: &'a str,
    name: String,
    status: Status,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    check_kvk(&args.kvk).map_err(anyhow::Error::msg)?;
    let (event, name, detail) = decision::change(ctx, &args.id, Action::Withdraw, |tx, _, _| {
        if let Some(refusal) =
            contracts::withdrawal_refusal(&args.kvk, &tx.signatures(&args.id)?, &tx.terminations(&args.id)?)
        {
            anyhow::bail!(tr!(
                ctx.lang,
                "withdraw-refused",
                id = args.id.as_str(),
                why = refusal.to_string()
            ));
        }
        let Some(mut registration) = tx.registration(&args.id, &args.kvk)?.filter(|r| r.status.is_active()) else {
            anyhow::bail!(tr!(
                ctx.lang,
                "withdraw-none",
                kvk = args.kvk.as_str(),
                id = args.id.as_str()
            ));
        };
        registration.status = Status::Withdrawn;
        tx.set_registration_status(&args.id, &registration)?;
        let said = |lang: Lang| {
            tr!(
                lang,
                "withdraw-done",
                name = registration.name.as_str(),
                kvk = registration.kvk.as_str()
            )
        };
        let event = tx.record(&args.id, EventKind::Withdraw, &said(Lang::En))?;
        Ok((event, registration.name.clone(), said(ctx.lang)))
    })?;
    let recorded = Recorded {
        tender: &args.id,
        action: EventKind::Withdraw,
        event: Some(event),
        facts: Facts {
            kvk: &args.kvk,
            name,
            status: Status::Withdrawn,
        },
    };
    decision::confirm(ctx, &recorded, &detail)
}
