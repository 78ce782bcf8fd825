//! `tender ask`: a question (vraag) for the nota van inlichtingen.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::domain::audit::EventKind;
use crate::domain::intake::check_kvk;
use crate::domain::questions::{Asker, Question};
use anyhow::Context as _;

/// Record a question for the nota van inlichtingen, until the questions deadline
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The question, as asked
    #[arg(long)]
    question: String,
    /// Asked by this registered provider (KvK number)
    #[arg(long, conflicts_with = "from")]
    kvk: Option<String>,
    /// Asked by this interested party, not (yet) registered
    #[arg(long, value_name = "NAME")]
    from: Option<String>,
    /// The lot the question is about
    #[arg(long)]
    lot: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let text = args.question.trim();
    if text.is_empty() {
        anyhow::bail!("--question is empty; record the question as it was asked");
    }
    if let Some(kvk) = &args.kvk {
        check_kvk(kvk)?;
    }
    let mut store = ctx.store()?;
    let (event, number, detail) =
        store.change(&args.id, &ctx.stamp(), |change| -> anyhow::Result<(i64, u32, String)> {
            let stored = decision::load(&*change, &args.id, ctx)?;
            stored
                .facts()
                .may_ask(ctx.now)
                .map_err(anyhow::Error::from)
                .with_context(|| format!("cannot ask a question in `{}`", args.id))?;
            let def = &stored.tender.definition;
            if let Some(lot) = args.lot.as_deref().filter(|lot| def.lot(lot).is_none()) {
                let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
                anyhow::bail!(
                    "lot `{lot}` does not exist in tender `{}`; the lots are: {}",
                    args.id,
                    lots.join(", ")
                );
            }
            let asker = match (&args.kvk, &args.from) {
                (Some(kvk), _) => {
                    if change
                        .registration(&args.id, kvk)?
                        .is_none_or(|r| !r.status.is_active())
                    {
                        anyhow::bail!(
                            "KvK {kvk} is not registered for `{}`; an interested party asks with --from NAME",
                            args.id
                        );
                    }
                    Asker::Provider(kvk.clone())
                }
                (None, Some(name)) if !name.trim().is_empty() => Asker::Party(name.trim().to_string()),
                (None, Some(_)) => anyhow::bail!("--from is empty; give the name of who asks, or leave it out"),
                (None, None) => Asker::Unnamed,
            };
            let question = Question {
                number: 0,
                lot: args.lot.clone(),
                asker,
                question: text.to_string(),
                asked_at: ctx.now,
                answer: None,
            };
            let number = change.add_question(&args.id, &question)?;
            let lot = args.lot.as_ref().map(|l| format!(" (lot {l})")).unwrap_or_default();
            let detail = format!("question {number}{lot}: {text}");
            let event = change.record(&args.id, EventKind::Ask, &detail)?;
            Ok((event, number, detail))
        })?;
    let recorded = decision::Recorded {
        tender: &args.id,
        action: EventKind::Ask,
        event: Some(event),
        facts: Asked {
            number,
            lot: args.lot.as_deref(),
            detail: &detail,
        },
    };
    decision::confirm(ctx, &recorded, &format!("recorded question {number} of `{}`", args.id))
}

#[derive(serde::Serialize)]
struct Asked<'a> {
    number: u32,
    lot: Option<&'a str>,
    detail: &'a str,
}
