//! `tender ask`: a question (vraag) for the nota van inlichtingen.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::intake::check_kvk;
use crate::domain::questions::{Asker, Question};

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
        anyhow::bail!(tr!(ctx.lang, "ask-no-question"));
    }
    if let Some(kvk) = &args.kvk {
        check_kvk(kvk).map_err(anyhow::Error::msg)?;
    }
    let mut store = ctx.store()?;
    let (event, number, detail) =
        store.change(&args.id, &ctx.stamp(), |change| -> anyhow::Result<(i64, u32, String)> {
            let stored = decision::load(&*change, &args.id, ctx)?;
            stored.facts().may_ask(ctx.now).map_err(|why| {
                anyhow::anyhow!(tr!(
                    ctx.lang,
                    "ask-refused",
                    id = args.id.as_str(),
                    why = why.to_string()
                ))
            })?;
            let def = &stored.tender.definition;
            if let Some(lot) = args.lot.as_deref().filter(|lot| def.lot(lot).is_none()) {
                let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
                anyhow::bail!(tr!(
                    ctx.lang,
                    "score-no-lot",
                    lot = lot,
                    id = args.id.as_str(),
                    lots = lots.join(", ")
                ));
            }
            let asker = match (&args.kvk, &args.from) {
                (Some(kvk), _) => {
                    if change
                        .registration(&args.id, kvk)?
                        .is_none_or(|r| !r.status.is_active())
                    {
                        anyhow::bail!(tr!(
                            ctx.lang,
                            "ask-not-registered",
                            kvk = kvk.as_str(),
                            id = args.id.as_str()
                        ));
                    }
                    Asker::Provider(kvk.clone())
                }
                (None, Some(name)) if !name.trim().is_empty() => Asker::Party(name.trim().to_string()),
                (None, Some(_)) => anyhow::bail!(tr!(ctx.lang, "ask-no-from")),
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
            let lot = args
                .lot
                .as_deref()
                .map_or_else(String::new, |l| tr!(Lang::En, "ask-detail-lot", lot = l));
            let detail = tr!(Lang::En, "ask-detail", number = number, lot = lot, text = text);
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
    decision::confirm(
        ctx,
        &recorded,
        &tr!(ctx.lang, "ask-done", number = number, id = args.id.as_str()),
    )
}

#[derive(serde::Serialize)]
struct Asked<'a> {
    number: u32,
    lot: Option<&'a str>,
    detail: &'a str,
}
