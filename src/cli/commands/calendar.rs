//! `tender calendar`: every deadline as an RFC 5545 calendar, for Outlook and
//! Thunderbird.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::cli::context::Ctx;
use crate::cli::ical::{self, Writer};
use crate::cli::output_file::{self, Access};
use crate::domain::reminders::Entry;
use crate::store::TenderSummary;

/// An iCalendar file of every deadline (of one tender, or of all), with alarms 7 days and 1 day before
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this tender's deadlines
    id: Option<String>,
    /// Write the calendar to FILE instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Alarms before each deadline, as RFC 5545 durations.
const ALARMS: [(&str, &str); 2] = [("-P7D", "in 7 days"), ("-P1D", "tomorrow")];

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    // Refused before any work, so that nothing else is printed first.
    if let Some(path) = &args.output {
        output_file::check(path, &ctx.db, "calendar")?;
    }
    let store = ctx.store()?;
    let mut tenders = store.tenders()?;
    if let Some(id) = &args.id {
        tenders.retain(|t| &t.id == id);
        if tenders.is_empty() {
            // Refuses with the store's own message for an unknown tender.
            store.tender(id)?;
        }
    }
    let text = calendar(&tenders, ctx.now);
    match &args.output {
        Some(path) => output_file::write_text(path, &ctx.db, "calendar", Access::Shared, &text),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// The calendar of the tenders' agendas as known at `now`.
fn calendar(tenders: &[TenderSummary], now: DateTime<Utc>) -> String {
    let mut w = Writer::default();
    w.raw("BEGIN", "VCALENDAR");
    w.raw("VERSION", "2.0");
    w.raw(
        "PRODID",
        concat!("-//tender//tender ", env!("CARGO_PKG_VERSION"), "//NL"),
    );
    w.raw("CALSCALE", "GREGORIAN");
    w.raw("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME", "Aanbestedingen: termijnen");
    if tenders
        .iter()
        .any(|t| t.schedule.timezone == chrono_tz::Europe::Amsterdam)
    {
        w.amsterdam();
    }
    for tender in tenders {
        let facts = tender.facts();
        for entry in facts.agenda(now) {
            event(&mut w, tender, &entry, now, None);
        }
        for (entry, why) in facts.withdrawn(now) {
            event(&mut w, tender, &entry, now, Some(&why));
        }
    }
    w.raw("END", "VCALENDAR");
    w.finish()
}

/// One VEVENT; a withdrawn deadline (with why) is written cancelled and
/// without alarms, under the UID it had, so that a re-import removes it.
fn event(w: &mut Writer, tender: &TenderSummary, entry: &Entry, now: DateTime<Utc>, withdrawn: Option<&str>) {
    let summary = format!("{}: {}", tender.id, entry.label);
    let description = match withdrawn {
        Some(why) => format!(
            "{} ({}), {}: no longer a deadline, because {why}.",
            tender.title, tender.id, entry.kind
        ),
        None => format!(
            "{} ({}), {} {}.\nNext: {}.",
            tender.title,
            tender.id,
            entry.kind,
            tender.schedule.local(entry.at),
            entry.next
        ),
    };
    w.raw("BEGIN", "VEVENT");
    // The same tender and deadline keep the same UID, so a re-import updates the event.
    w.text("UID", &format!("{}.{}@tender", tender.id, entry.key));
    w.raw("DTSTAMP", &ical::utc(now));
    w.time("DTSTART", entry.at, tender.schedule.timezone);
    w.text("SUMMARY", &summary);
    w.text("DESCRIPTION", &description);
    w.text("CATEGORIES", entry.kind.as_str());
    w.raw("TRANSP", "TRANSPARENT");
    if withdrawn.is_some() {
        w.raw("STATUS", "CANCELLED");
    } else {
        w.raw("STATUS", "CONFIRMED");
        for (trigger, when) in ALARMS {
            w.raw("BEGIN", "VALARM");
            w.raw("ACTION", "DISPLAY");
            w.raw("TRIGGER", trigger);
            w.text("DESCRIPTION", &format!("{summary} ({when})"));
            w.raw("END", "VALARM");
        }
    }
    w.raw("END", "VEVENT");
}
