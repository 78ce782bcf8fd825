//! `tender notice`: the notice of the awarded contract was published.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::notice::AwardNotice;
use crate::domain::schedule::{Edge, parse_moment};
use anyhow::Context as _;

/// Record that the notice of the awarded contract was published (e.g. its TenderNed reference)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The day it was published
    #[arg(long, value_name = "DATE")]
    on: String,
    /// Its reference, such as the TenderNed number
    #[arg(long = "ref", value_name = "TEXT")]
    reference: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut store = ctx.store()?;
    let (event, detail) = store.change(&args.id, &ctx.stamp(), |change| -> anyhow::Result<(i64, String)> {
        let stored = decision::load(&*change, &args.id, ctx)?;
        let s = &stored.tender.schedule;
        let on = parse_moment(&args.on, s.timezone, Edge::Start).map_err(anyhow::Error::from).context("--on")?;
        let Some(first) = stored.history.first_signed_at else {
            anyhow::bail!(
                "`{}` has no signed contract yet; the notice of the awarded contract follows the first signature (`tender sign`)",
                args.id
            );
        };
        if on > ctx.now {
            anyhow::bail!("--on {} is in the future; record the notice once it is published", s.local_date(on));
        }
        if s.local_date(on) < s.local_date(first) {
            anyhow::bail!(
                "--on {} lies before the first signature on {}; the notice announces a contract that was signed",
                s.local_date(on),
                s.local_date(first)
            );
        }
        if let Some(known) = change.award_notice(&args.id)? {
            anyhow::bail!(
                "the notice of the awarded contract of `{}` was already recorded as published on {}",
                args.id,
                s.local_date(known.published_on)
            );
        }
        let reference = args.reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
        change.save_award_notice(
            &args.id,
            &AwardNotice {
                published_on: on,
                reference: reference.map(str::to_string),
            },
        )?;
        let detail = format!(
            "notice of the awarded contract published on {}{}",
            s.local_date(on),
            reference.map(|r| format!(" ({r})")).unwrap_or_default()
        );
        let event = change.record(&args.id, EventKind::Notice, &detail)?;
        Ok((event, detail))
    })?;
    decision::confirm_described(ctx, &args.id, EventKind::Notice, event, &detail)
}
