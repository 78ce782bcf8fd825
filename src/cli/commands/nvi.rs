//! `tender nvi`: the nota van inlichtingen, and its publication to every registrant at once.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::document::Document;
use crate::cli::i18n::{Lang, tr};
use crate::domain::audit::EventKind;
use crate::domain::definition::Definition;
use crate::domain::questions::{Question, next_nota};
use crate::domain::schedule::Schedule;
use crate::store::StoredTender;

/// The nota van inlichtingen: every answered question, numbered, per lot, without who asked (Markdown, or --html)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// Record its publication to all registrants at once, as the next nota
    #[arg(long)]
    publish: bool,
    /// An HTML page instead of Markdown
    #[arg(long)]
    html: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut store = ctx.store()?;
    let (stored, questions, published) = if args.publish {
        store.change(&args.id, &ctx.stamp(), |change| -> anyhow::Result<_> {
            let stored = decision::load(&*change, &args.id, ctx)?;
            let questions = change.questions(&args.id)?;
            let number = next_nota(&questions, change.notas(&args.id)?).map_err(|why| {
                anyhow::anyhow!(tr!(
                    ctx.lang,
                    "nvi-refused",
                    id = args.id.as_str(),
                    why = why.to_string()
                ))
            })?;
            let count = change.publish_nota(&args.id, number)?;
            let said = |lang: Lang| tr!(lang, "nvi-done", number = number, count = count);
            change.record(&args.id, EventKind::Nvi, &said(Lang::En))?;
            eprintln!("{}", said(ctx.lang));
            Ok((stored, change.questions(&args.id)?, number))
        })?
    } else {
        (
            store.tender(&args.id)?,
            store.questions(&args.id)?,
            store.notas(&args.id)?,
        )
    };
    let doc = nota(&stored, &questions, published, ctx.lang);
    print!("{}", if args.html { doc.html() } else { doc.markdown() });
    Ok(())
}

/// The nota as published so far: the answered questions per lot, general ones
/// first, each under its number; an answer not yet published is marked a draft.
fn nota(stored: &StoredTender, questions: &[Question], published: u32, lang: Lang) -> Document {
    let def = &stored.tender.definition;
    let s = &stored.tender.schedule;
    let drafts = questions.iter().any(Question::newly_answered);
    let title = tr!(
        lang,
        "nvi-title",
        number = published,
        drafts = drafts.to_string(),
        id = def.id.as_str(),
        title = def.title.as_str()
    );
    let mut doc = Document::new(title);
    doc.paragraph(intro(def, s, questions, lang));
    let answered: Vec<&Question> = questions.iter().filter(|q| q.answer.is_some()).collect();
    if answered.is_empty() {
        doc.paragraph(tr!(lang, "nvi-none-answered"));
    }
    let general = std::iter::once((None, tr!(lang, "nvi-general")));
    let lots = def.lots.iter().map(|l| {
        let heading = tr!(lang, "nvi-lot", lot = l.id.as_str(), name = l.name.as_str());
        (Some(l.id.as_str()), heading)
    });
    for (lot, heading) in general.chain(lots) {
        let here: Vec<&&Question> = answered.iter().filter(|q| q.lot.as_deref() == lot).collect();
        if here.is_empty() {
            continue;
        }
        doc.heading(2, heading);
        for q in here {
            let answer = q.answer.as_ref().expect("answered");
            let when = match answer.nota {
                Some(n) => tr!(
                    lang,
                    "nvi-published",
                    number = n.number,
                    on = s.local_date(n.at).to_string()
                ),
                None => tr!(lang, "nvi-not-published"),
            };
            doc.heading(3, tr!(lang, "nvi-question-heading", number = q.number, when = when));
            doc.paragraph(tr!(lang, "nvi-question", text = q.question.as_str()));
            doc.paragraph(tr!(lang, "nvi-answer", text = answer.text.as_str()));
        }
    }
    doc
}

fn intro(def: &Definition, s: &Schedule, questions: &[Question], lang: Lang) -> String {
    tr!(
        lang,
        "nvi-intro",
        title = def.title.as_str(),
        kind = def.kind.dutch(),
        members = def.authority.members.join(", "),
        count = questions.len(),
        deadline = s.local(s.registration_deadline)
    )
}
