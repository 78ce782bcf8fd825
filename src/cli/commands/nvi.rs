//! `tender nvi`: the nota van inlichtingen, and its publication to every registrant at once.

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::document::Document;
use crate::domain::audit::EventKind;
use crate::domain::definition::Definition;
use crate::domain::questions::{Question, next_nota};
use crate::domain::schedule::Schedule;
use crate::store::StoredTender;
use anyhow::Context as _;

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
            let number = next_nota(&questions, change.notas(&args.id)?)
                .map_err(anyhow::Error::from)
                .with_context(|| format!("cannot publish a nota van inlichtingen of `{}`", args.id))?;
            let count = change.publish_nota(&args.id, number)?;
            let detail = format!("nota van inlichtingen {number} published to every registrant: {count} answers");
            change.record(&args.id, EventKind::Nvi, &detail)?;
            eprintln!("{detail}");
            Ok((stored, change.questions(&args.id)?, number))
        })?
    } else {
        (
            store.tender(&args.id)?,
            store.questions(&args.id)?,
            store.notas(&args.id)?,
        )
    };
    let doc = nota(&stored, &questions, published);
    print!("{}", if args.html { doc.html() } else { doc.markdown() });
    Ok(())
}

/// The nota as published so far: the answered questions per lot, general ones
/// first, each under its number; an answer not yet published is marked a draft.
fn nota(stored: &StoredTender, questions: &[Question], published: u32) -> Document {
    let def = &stored.tender.definition;
    let s = &stored.tender.schedule;
    let drafts = questions.iter().any(Question::newly_answered);
    let title = match (published, drafts) {
        (0, _) => "Nota van inlichtingen (concept)".to_string(),
        (n, false) => format!("Nota van inlichtingen {n}"),
        (n, true) => format!("Nota van inlichtingen {n}, with new answers (concept)"),
    };
    let mut doc = Document::new(format!("{title}: {} — {}", def.id, def.title));
    doc.paragraph(intro(def, s, questions));
    let answered: Vec<&Question> = questions.iter().filter(|q| q.answer.is_some()).collect();
    if answered.is_empty() {
        doc.paragraph("No question has been answered yet.");
    }
    let general = std::iter::once((None, "General questions".to_string()));
    let lots = def
        .lots
        .iter()
        .map(|l| (Some(l.id.as_str()), format!("Lot {} — {}", l.id, l.name)));
    for (lot, heading) in general.chain(lots) {
        let here: Vec<&&Question> = answered.iter().filter(|q| q.lot.as_deref() == lot).collect();
        if here.is_empty() {
            continue;
        }
        doc.heading(2, heading);
        for q in here {
            let answer = q.answer.as_ref().expect("answered");
            let when = match answer.nota {
                Some(n) => format!("nota {}, {}", n.number, s.local_date(n.at)),
                None => "not yet published".to_string(),
            };
            doc.heading(3, format!("Question {} ({when})", q.number));
            doc.paragraph(format!("Question: {}", q.question));
            doc.paragraph(format!("Answer: {}", answer.text));
        }
    }
    doc
}

fn intro(def: &Definition, s: &Schedule, questions: &[Question]) -> String {
    format!(
        "{} ({}), for {}. The answers are part of the tender documents and count from their publication to every registrant at once. {} questions asked; registration closes {}.",
        def.title,
        def.kind.dutch(),
        def.authority.members.join(", "),
        questions.len(),
        s.local(s.registration_deadline)
    )
}
