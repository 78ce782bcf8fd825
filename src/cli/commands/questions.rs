//! `tender questions`: every question with its answer, and the nota that published it.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::output::{self, Record};
use crate::domain::questions::{Asker, Question};
use crate::domain::schedule::{Schedule, rfc3339};

/// List every question with its answer and the nota van inlichtingen that published it
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

#[derive(Serialize)]
struct Row {
    number: u32,
    lot: Option<String>,
    asked_at: String,
    question: String,
    answer: Option<String>,
    answered_at: Option<String>,
    published_at: Option<String>,
    /// The nota van inlichtingen that published the answer.
    nota: Option<u32>,
    /// Who asked: a KvK number or a name; never in the nota itself.
    asked_by: Option<String>,
    #[serde(skip)]
    local: [String; 2],
}

impl Record for Row {
    const HEADERS: &'static [&'static str] = &["no", "lot", "asked", "by", "question", "answer", "published"];
    const COLUMNS: &'static [&'static str] = &[
        "number",
        "lot",
        "asked_at",
        "question",
        "answer",
        "answered_at",
        "published_at",
        "nota",
        "asked_by",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.number.to_string(),
            self.lot.clone().unwrap_or_default(),
            self.local[0].clone(),
            self.asked_by.clone().unwrap_or_default(),
            self.question.clone(),
            self.answer.clone().unwrap_or_else(|| "(not answered)".to_string()),
            self.nota
                .map(|n| format!("nota {n}, {}", self.local[1]))
                .unwrap_or_default(),
        ]
    }
}

impl Row {
    fn new(q: Question, s: &Schedule) -> Row {
        let answer = q.answer.as_ref();
        let nota = answer.and_then(|a| a.nota);
        Row {
            number: q.number,
            local: [s.local(q.asked_at), nota.map_or(String::new(), |n| s.local(n.at))],
            asked_at: rfc3339(q.asked_at, s.timezone),
            answered_at: answer.map(|a| rfc3339(a.answered_at, s.timezone)),
            published_at: nota.map(|n| rfc3339(n.at, s.timezone)),
            nota: nota.map(|n| n.number),
            answer: answer.map(|a| a.text.clone()),
            asked_by: match q.asker {
                Asker::Provider(kvk) => Some(kvk),
                Asker::Party(name) => Some(name),
                Asker::Unnamed => None,
            },
            lot: q.lot,
            question: q.question,
        }
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let schedule = &stored.tender.schedule;
    let rows: Vec<Row> = store
        .questions(&args.id)?
        .into_iter()
        .map(|q| Row::new(q, schedule))
        .collect();
    output::records_in(ctx.format, ctx.lang, &rows)
}
