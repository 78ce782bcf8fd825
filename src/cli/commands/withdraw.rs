//! `tender withdraw`: a provider withdraws its registration.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
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
    check_kvk(&args.kvk)?;
    let (event, name, detail) = decision::change(ctx, &args.id, Action::Withdraw, |tx, _, _| {
        if let Some(refusal) =
            contracts::withdrawal_refusal(&args.kvk, &tx.signatures(&args.id)?, &tx.terminations(&args.id)?)
        {
            return Err(anyhow::Error::from(refusal).context(format!("tender `{}`: cannot withdraw", args.id)));
        }
        let Some(mut registration) = tx.registration(&args.id, &args.kvk)?.filter(|r| r.status.is_active()) else {
            anyhow::bail!(
                "KvK {} has no registration for `{}` to withdraw; `tender registrations {}` lists them",
                args.kvk,
                args.id,
                args.id
            );
        };
        registration.status = Status::Withdrawn;
        tx.set_registration_status(&args.id, &registration)?;
        let detail = format!(
            "{} (KvK {}) withdrew its registration",
            registration.name, registration.kvk
        );
        let event = tx.record(&args.id, EventKind::Withdraw, &detail)?;
        Ok((event, registration.name, detail))
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
