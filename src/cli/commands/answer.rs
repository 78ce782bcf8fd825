//! `tender answer`: the answer to a question; a later answer replaces it.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;

/// Record the answer to question N (a later answer replaces it, and waits for the next nota)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The number of the question
    #[arg(long, value_name = "N")]
    question: u32,
    /// The answer, as it goes into the nota van inlichtingen
    #[arg(long)]
    text: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let text = args.text.trim();
    if text.is_empty() {
        anyhow::bail!(tr!(ctx.lang, "answer-no-text"));
    }
    let mut store = ctx.store()?;
    let (event, detail, sentence) = store.change(&args.id, &ctx.stamp(), |change| -> anyhow::Result<_> {
        decision::load(&*change, &args.id, ctx)?;
        let questions = change.questions(&args.id)?;
        if !questions.iter().any(|q| q.number == args.question) {
            anyhow::bail!(tr!(
                ctx.lang,
                "answer-no-question",
                question = args.question,
                id = args.id.as_str(),
                last = questions.last().map_or(0, |q| q.number)
            ));
        }
        let old = change.answer(&args.id, args.question, text)?;
        let said = |lang: Lang| match &old {
            Some(old) => tr!(
                lang,
                "answer-replaced",
                question = args.question,
                old = old.as_str(),
                text = text
            ),
            None => tr!(lang, "answer-done", question = args.question, text = text),
        };
        let event = change.record(&args.id, EventKind::Answer, &said(Lang::En))?;
        Ok((event, said(Lang::En), said(ctx.lang)))
    })?;
    decision::confirm_described(ctx, &args.id, EventKind::Answer, event, (&detail, &sentence))
}
