//! `tender answer`: the answer to a question; a later answer replaces it.

use crate::cli::context::Ctx;
use crate::cli::decision;
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
        anyhow::bail!("--text is empty; give the answer as it goes into the nota van inlichtingen");
    }
    let mut store = ctx.store()?;
    let (event, detail) = store.change(&args.id, &ctx.stamp(), |change| -> anyhow::Result<(i64, String)> {
        decision::load(&*change, &args.id, ctx)?;
        let questions = change.questions(&args.id)?;
        if !questions.iter().any(|q| q.number == args.question) {
            anyhow::bail!(
                "question {} does not exist in `{}`; {}",
                args.question,
                args.id,
                match questions.last() {
                    Some(last) => format!("the questions are numbered 1 to {}", last.number),
                    None => "no question has been asked".to_string(),
                }
            );
        }
        let detail = match change.answer(&args.id, args.question, text)? {
            Some(old) => format!("answer to question {} replaced (was: {old}): {text}", args.question),
            None => format!("answer to question {}: {text}", args.question),
        };
        let event = change.record(&args.id, EventKind::Answer, &detail)?;
        Ok((event, detail))
    })?;
    decision::confirm_described(ctx, &args.id, EventKind::Answer, event, &detail)
}
