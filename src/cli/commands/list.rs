//! `tender list`: every tender with its phase and next deadline.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::output::{self, Record};
use crate::domain::schedule::rfc3339;

/// List every tender: id, kind, phase, next deadline, registrations
#[derive(Debug, clap::Args)]
pub struct Args {}

#[derive(Serialize)]
struct Row {
    id: String,
    title: String,
    kind: &'static str,
    phase: &'static str,
    next_deadline: Option<NextDeadline>,
    registrations: u64,
}

#[derive(Serialize)]
struct NextDeadline {
    what: &'static str,
    at: String,
    #[serde(skip)]
    local: String,
}

impl Record for Row {
    const HEADERS: &'static [&'static str] = &["id", "title", "kind", "phase", "next deadline", "registrations"];
    const FREE_TEXT: &'static [usize] = &[1];
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "kind",
        "phase",
        "next_deadline.what",
        "next_deadline.at",
        "registrations",
    ];
    fn cells(&self) -> Vec<String> {
        let next = self
            .next_deadline
            .as_ref()
            .map_or(String::new(), |d| format!("{} {}", d.what, d.local));
        vec![
            self.id.clone(),
            self.title.clone(),
            self.kind.to_string(),
            self.phase.to_string(),
            next,
            self.registrations.to_string(),
        ]
    }
}

pub fn run(ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let tenders = store.tenders()?;
    let counts = store.registration_counts()?;
    let rows: Vec<Row> = tenders
        .iter()
        .map(|t| {
            let facts = t.facts();
            Row {
                id: t.id.clone(),
                title: t.title.clone(),
                kind: t.kind.as_str(),
                phase: facts.phase(ctx.now).as_str(),
                next_deadline: facts.next_deadline(ctx.now).map(|d| NextDeadline {
                    what: d.kind.as_str(),
                    at: rfc3339(d.at, t.schedule.timezone),
                    local: t.schedule.local(d.at),
                }),
                registrations: counts.get(&t.id).copied().unwrap_or(0),
            }
        })
        .collect();
    output::records_in(ctx.format, ctx.lang, &rows)
}
