//! `tender notice`: the notice of the awarded contract was published.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::notice::AwardNotice;
use crate::domain::schedule::{Edge, parse_moment};

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
    let (event, detail, sentence) = store.change(&args.id, &ctx.stamp(), |change| -> anyhow::Result<_> {
        let stored = decision::load(&*change, &args.id, ctx)?;
        let s = &stored.tender.schedule;
        let on = parse_moment(&args.on, s.timezone, Edge::Start).map_err(|e| anyhow::anyhow!("--on: {e}"))?;
        let Some(first) = stored.history.first_signed_at else {
            anyhow::bail!(tr!(ctx.lang, "notice-not-signed", id = args.id.as_str()));
        };
        if on > ctx.now {
            anyhow::bail!(tr!(ctx.lang, "notice-future", on = s.local_date(on).to_string()));
        }
        if s.local_date(on) < s.local_date(first) {
            anyhow::bail!(tr!(
                ctx.lang,
                "notice-before-signature",
                on = s.local_date(on).to_string(),
                first = s.local_date(first).to_string()
            ));
        }
        if let Some(known) = change.award_notice(&args.id)? {
            anyhow::bail!(tr!(
                ctx.lang,
                "notice-already",
                id = args.id.as_str(),
                on = s.local_date(known.published_on).to_string()
            ));
        }
        let reference = args.reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
        change.save_award_notice(
            &args.id,
            &AwardNotice {
                published_on: on,
                reference: reference.map(str::to_string),
            },
        )?;
        let said = |lang: Lang| {
            tr!(
                lang,
                "notice-done",
                on = s.local_date(on).to_string(),
                reference = reference.map_or_else(String::new, |r| tr!(lang, "notice-reference", reference = r))
            )
        };
        let event = change.record(&args.id, EventKind::Notice, &said(Lang::En))?;
        Ok((event, said(Lang::En), said(ctx.lang)))
    })?;
    decision::confirm_described(ctx, &args.id, EventKind::Notice, event, (&detail, &sentence))
}
