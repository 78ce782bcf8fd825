//! `tender calendar`: every deadline as an RFC 5545 calendar, for Outlook and
//! Thunderbird.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::cli::context::Ctx;
use crate::cli::i18n::{Lang, tr};
use crate::cli::ical::{self, Writer};
use crate::cli::output_file::{self, Access, Output};
use crate::domain::calendar::{CalendarEvent, Version, events, versions};
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

/// Alarms before each deadline: RFC 5545 durations, and the days they come before.
const ALARMS: [(&str, i64); 2] = [("-P7D", 7), ("-P1D", 1)];

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    // Refused before any work, so that nothing else is printed first.
    if let Some(path) = &args.output {
        output_file::check(path, &ctx.db, Output::Calendar, ctx.lang)?;
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
    let versioned = tenders
        .iter()
        .map(|t| Ok((t, versions(&store.trail(&t.id)?))))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let text = calendar(&versioned, &store.database_id()?, ctx.now, ctx.lang);
    match &args.output {
        Some(path) => output_file::write_text(path, &ctx.db, Output::Calendar, ctx.lang, Access::Shared, &text),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// The calendar of the tenders' agendas as known at `now`, each event with
/// its version; `database` makes the UIDs unique across databases.
fn calendar(
    tenders: &[(&TenderSummary, HashMap<String, Version>)],
    database: &str,
    now: DateTime<Utc>,
    lang: Lang,
) -> String {
    let mut w = Writer::default();
    w.raw("BEGIN", "VCALENDAR");
    w.raw("VERSION", "2.0");
    w.raw(
        "PRODID",
        concat!("-//tender//tender ", env!("CARGO_PKG_VERSION"), "//NL"),
    );
    w.raw("CALSCALE", "GREGORIAN");
    w.raw("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME", &tr!(lang, "calendar-name"));
    if tenders
        .iter()
        .any(|(t, _)| t.schedule.timezone == chrono_tz::Europe::Amsterdam)
    {
        w.amsterdam();
    }
    for (tender, versions) in tenders {
        for shown in events(&tender.facts(), now) {
            // An event of the plan that no trail event produced (a database
            // whose trail starts late) is as old as the export.
            let version = versions.get(&shown.entry.key).copied().unwrap_or(Version {
                sequence: 0,
                created: now,
                modified: now,
            });
            event(&mut w, (tender, &shown), version, database, lang);
        }
    }
    w.raw("END", "VCALENDAR");
    w.finish()
}

/// One VEVENT. A deadline is an instant: DTEND is DTSTART, so a deadline at
/// 23:59 stays on its day in every calendar program. A withdrawn deadline is
/// written cancelled and without alarms, under the UID it had, so that a
/// re-import removes it; its SUMMARY says so for programs that show it anyway.
fn event(
    w: &mut Writer,
    (tender, shown): (&TenderSummary, &CalendarEvent),
    version: Version,
    database: &str,
    lang: Lang,
) {
    let entry = &shown.entry;
    let summary = tr!(
        lang,
        "calendar-summary",
        cancelled = shown.withdrawn.is_some().to_string(),
        id = tender.id.as_str(),
        label = entry.label.as_str()
    );
    let when = tender.schedule.local(entry.at);
    let description = match &shown.withdrawn {
        Some(why) => tr!(
            lang,
            "calendar-withdrawn",
            title = tender.title.as_str(),
            id = tender.id.as_str(),
            label = entry.label.as_str(),
            when = when,
            why = why.to_string()
        ),
        None => tr!(
            lang,
            "calendar-description",
            title = tender.title.as_str(),
            id = tender.id.as_str(),
            label = entry.label.as_str(),
            when = when,
            next = entry.next.as_str()
        ),
    };
    w.raw("BEGIN", "VEVENT");
    // The same tender and deadline keep the same UID, so a re-import updates the event.
    w.text("UID", &format!("{}.{}@{database}.tender", tender.id, entry.key));
    w.raw("DTSTAMP", &ical::utc(version.modified));
    w.raw("CREATED", &ical::utc(version.created));
    w.raw("LAST-MODIFIED", &ical::utc(version.modified));
    w.raw("SEQUENCE", &version.sequence.to_string());
    w.time("DTSTART", entry.at, tender.schedule.timezone);
    w.time("DTEND", entry.at, tender.schedule.timezone);
    w.text("SUMMARY", &summary);
    w.text("DESCRIPTION", &description);
    w.text("CATEGORIES", entry.kind.as_str());
    w.raw("TRANSP", "TRANSPARENT");
    if shown.withdrawn.is_some() {
        w.raw("STATUS", "CANCELLED");
    } else {
        w.raw("STATUS", "CONFIRMED");
        for (trigger, days) in ALARMS {
            w.raw("BEGIN", "VALARM");
            w.raw("ACTION", "DISPLAY");
            w.raw("TRIGGER", trigger);
            w.text(
                "DESCRIPTION",
                &tr!(lang, "calendar-alarm", summary = summary.as_str(), days = days),
            );
            w.raw("END", "VALARM");
        }
    }
    w.raw("END", "VEVENT");
}
