//! `tender remind`: for cron, what is due within a window and what is overdue,
//! across every tender; nothing at all when nothing is.

use std::collections::HashMap;

use serde::Serialize;

use crate::cli::Outcome;
use crate::cli::context::Ctx;
use crate::cli::i18n::{Lang, tr};
use crate::cli::output::{self, Format, Record};
use crate::domain::evidence::Evidence;
use crate::domain::lifecycle::Phase;
use crate::domain::notice::award_notice_due;
use crate::domain::questions;
use crate::domain::reminders::{Duties, Expiring, Reminder, Signing, Window};
use crate::domain::schedule::rfc3339;
use crate::store::{Read, StoreError, TenderSummary};

/// For cron: every deadline within the window and every overdue step, across all tenders
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How far ahead to look, in days or weeks: 1d, 14d, 8w
    #[arg(long, value_name = "DURATION", default_value = "14d")]
    within: Window,
    /// Exit with 3 when something was printed, so that a script can tell
    #[arg(long)]
    exit_code: bool,
}

#[derive(Serialize)]
struct Row {
    tender: String,
    what: &'static str,
    due: String,
    overdue: bool,
    /// Calendar days until (positive) or since (negative) the due day.
    days: i64,
    summary: String,
    next: String,
    #[serde(skip)]
    local: String,
}

impl Record for Row {
    const HEADERS: &'static [&'static str] = &["due", "tender", "what", "when", "summary", "next"];
    const COLUMNS: &'static [&'static str] = &["due", "tender", "what", "days", "overdue", "summary", "next"];
    fn cells(&self) -> Vec<String> {
        self.cells_in(Lang::En)
    }
    fn cells_in(&self, lang: Lang) -> Vec<String> {
        let (summary, next) = if self.overdue {
            (
                tr!(lang, "remind-overdue", summary = self.summary.as_str()),
                tr!(lang, "remind-next", next = self.next.as_str()),
            )
        } else {
            (self.summary.clone(), String::new())
        };
        vec![
            self.local.clone(),
            self.tender.clone(),
            self.what.to_string(),
            tr!(
                lang,
                "remind-days",
                when = match self.days.signum() {
                    0 => "today",
                    1 => "future",
                    _ => "past",
                },
                days = self.days.abs()
            ),
            summary,
            next,
        ]
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<Outcome> {
    let window = args.within;
    let store = ctx.store()?;
    let mut evidence: HashMap<String, Vec<Evidence>> = HashMap::new();
    for (tender, piece) in store.contracted_evidence()? {
        evidence.entry(tender).or_default().push(piece);
    }
    let mut rows = Vec::new();
    // Only the tenders whose watch (kept by every change) says that this run
    // can report something of them: the rest have nothing due or overdue.
    for tender in store.tenders_to_remind(ctx.now, window.horizon(ctx.now))? {
        let signing = signing(store.as_ref(), &tender, ctx)?;
        let duties = duties(
            store.as_ref(),
            &tender,
            evidence.get(&tender.id).map_or(&[], Vec::as_slice),
            ctx,
        )?;
        let facts = tender.facts();
        let reminders = facts
            .reminders(ctx.now, window, &signing)
            .into_iter()
            .chain(facts.duty_reminders(ctx.now, window, &duties));
        rows.extend(reminders.map(|r| row(&tender, r)));
    }
    rows.sort_by(|a, b| (&a.due_at, &a.row.tender).cmp(&(&b.due_at, &b.row.tender)));
    let rows: Vec<Row> = rows.into_iter().map(|sorted| sorted.row).collect();
    match ctx.format {
        // Cron mails whatever is printed: nothing due, not a byte.
        Format::Table => print!(
            "{}",
            output::lines(&rows.iter().map(|r| r.cells_in(ctx.lang)).collect::<Vec<_>>())
        ),
        format => output::records(format, &rows)?,
    }
    Ok(if args.exit_code && !rows.is_empty() {
        Outcome::Attention
    } else {
        Outcome::Done
    })
}

/// A row with the moment it sorts by.
struct Sorted {
    due_at: chrono::DateTime<chrono::Utc>,
    row: Row,
}

fn row(tender: &TenderSummary, reminder: Reminder) -> Sorted {
    let entry = reminder.entry;
    let s = &tender.schedule;
    Sorted {
        due_at: entry.at,
        row: Row {
            tender: tender.id.clone(),
            what: entry.kind.as_str(),
            due: rfc3339(entry.at, s.timezone),
            overdue: reminder.overdue,
            days: reminder.days,
            summary: entry.label,
            next: entry.next,
            local: s.local(entry.at),
        },
    }
}

/// What the tender owes, read only where it can matter at *now*.
fn duties(store: &dyn Read, tender: &TenderSummary, evidence: &[Evidence], ctx: &Ctx) -> Result<Duties, StoreError> {
    let facts = tender.facts();
    let s = &tender.schedule;
    let phase = facts.phase(ctx.now);
    let unanswered = if phase == Phase::Open && ctx.now > s.answers_due() {
        questions::unanswered(&store.questions(&tender.id)?)
    } else {
        Vec::new()
    };
    // An open house owes no notice; the others' definitions are read only while one is due.
    let award_notice = match tender.history.first_signed_at.filter(|_| !tender.open_house) {
        Some(first) if store.award_notice(&tender.id)?.is_none() => {
            let stored = store.tender(&tender.id)?;
            award_notice_due(&stored.tender.definition, s, first)
        }
        _ => None,
    };
    Ok(Duties {
        unanswered,
        award_notice,
        expiring: Expiring::latest(evidence, s.timezone),
    })
}

/// Who still has to sign, read only when it can matter at *now*.
fn signing(store: &dyn Read, tender: &TenderSummary, ctx: &Ctx) -> Result<Signing, StoreError> {
    if !tender.facts().signing_matters(ctx.now) {
        return Ok(Signing::default());
    }
    Ok(Signing::new(
        store.decision(&tender.id)?.as_ref(),
        &store.registrations(&tender.id)?,
        &store.signatures(&tender.id)?,
    ))
}
