//! `tender timeline`: the phases and deadlines as a chart in the terminal.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::i18n::{Lang, tr};
use crate::cli::output::{self, Format, Record};
use crate::cli::timeline_view::{Milestone, milestones};
use crate::domain::lifecycle::{Phase, Span};
use crate::domain::schedule::Schedule;
use crate::domain::schedule::rfc3339;

/// Show the phases and deadlines of a tender as a chart, with now marked
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

/// Characters of the bar part of the chart.
const WIDTH: usize = 48;

#[derive(Serialize)]
struct Chart {
    id: String,
    phase: &'static str,
    now: String,
    spans: Vec<SpanRow>,
    milestones: Vec<Milestone>,
}

#[derive(Serialize)]
struct SpanRow {
    name: &'static str,
    from: String,
    to: String,
    current: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let stored = ctx.store()?.tender(&args.id)?;
    let facts = stored.facts();
    let schedule = &stored.tender.schedule;
    let phase = facts.phase(ctx.now);
    let spans = facts.plan();
    let current = |span: &Span| {
        span.name == phase.as_str() || (span.name == Phase::Awarded.as_str() && phase == Phase::Contracted)
    };
    let steps = milestones(&facts, ctx.now);
    match ctx.format {
        Format::Json => output::json(&Chart {
            id: args.id,
            phase: phase.as_str(),
            now: rfc3339(ctx.now, schedule.timezone),
            spans: spans
                .iter()
                .map(|s| SpanRow {
                    name: s.name,
                    from: rfc3339(s.from, schedule.timezone),
                    to: rfc3339(s.to, schedule.timezone),
                    current: current(s),
                })
                .collect(),
            milestones: steps,
        }),
        format @ (Format::Csv | Format::Xlsx) => output::records(format, &steps),
        Format::Table => {
            let color = output::color();
            println!(
                "{} — {} ({})\n",
                args.id,
                stored.tender.definition.title,
                tr!(ctx.lang, "timeline-phase", phase = output::bold(phase.as_str(), color))
            );
            print!("{}", chart(&spans, schedule, ctx.now, &current, color, ctx.lang));
            println!();
            let headers = output::headings(ctx.lang, Milestone::HEADERS);
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            print!(
                "{}",
                output::table(
                    &headers,
                    Milestone::FREE_TEXT,
                    steps.iter().map(|s| s.cells_in(ctx.lang))
                )
            );
            Ok(())
        }
    }
}

fn chart(
    spans: &[Span],
    schedule: &Schedule,
    now: DateTime<Utc>,
    current: &dyn Fn(&Span) -> bool,
    color: bool,
    lang: Lang,
) -> String {
    let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
        return String::new();
    };
    let (start, end) = (first.from, last.to.max(first.from + chrono::Duration::days(1)));
    let column = |at: DateTime<Utc>| -> usize {
        let part = (at - start).num_seconds() as f64 / (end - start).num_seconds() as f64;
        ((part * WIDTH as f64) as usize).min(WIDTH - 1)
    };
    let mut out = format!(
        "{:14}{:<width$}{}\n",
        "",
        schedule.local_date(start).to_string(),
        schedule.local_date(end),
        width = WIDTH - 10
    );
    for span in spans {
        let (from, to) = (column(span.from), column(span.to).max(column(span.from)));
        let bar: String = (0..WIDTH)
            .map(|i| if (from..=to).contains(&i) { '█' } else { '·' })
            .collect();
        let marker = if current(span) { "▶" } else { " " };
        let line = format!(
            "{marker} {:<11} {bar}  {} → {}",
            span.name,
            schedule.local(span.from),
            schedule.local(span.to)
        );
        out.push_str(&if current(span) {
            output::bold(&line, color)
        } else {
            line
        });
        out.push('\n');
    }
    let position = if now < start {
        format!("◀ {}", tr!(lang, "timeline-before"))
    } else if now > end {
        format!("{}▶ {}", " ".repeat(WIDTH), tr!(lang, "timeline-after"))
    } else {
        format!("{}▲", " ".repeat(column(now)))
    };
    out.push_str(&format!(
        "  {:<11} {position}  {}\n",
        tr!(lang, "timeline-now"),
        schedule.local(now)
    ));
    out
}
