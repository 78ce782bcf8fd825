//! `tender log`: the audit trail of a tender.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::output::{self, Record};
use crate::domain::schedule::rfc3339;

/// Show the audit trail: every event, who, when, what
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

#[derive(Serialize)]
struct Row {
    at: String,
    at_utc: String,
    actor: String,
    /// Who was really connected: the operating-system user, the database role (SPEC §4).
    account: Option<String>,
    action: &'static str,
    detail: String,
    /// The event's id, as the command that recorded it printed it (`--format json`).
    event: i64,
    #[serde(skip)]
    local: String,
}

impl Record for Row {
    const HEADERS: &'static [&'static str] = &["at", "UTC", "actor", "account", "action", "detail"];
    const FREE_TEXT: &'static [usize] = &[5];
    const COLUMNS: &'static [&'static str] = &["at", "at_utc", "actor", "account", "action", "detail", "event"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.local.clone(),
            self.at_utc.clone(),
            self.actor.clone(),
            self.account.clone().unwrap_or_default(),
            self.action.to_string(),
            self.detail.clone(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let timezone = store.tender(&args.id)?.tender.schedule.timezone;
    let rows: Vec<Row> = store
        .events(&args.id)?
        .into_iter()
        .map(|e| Row {
            at: rfc3339(e.at, timezone),
            at_utc: e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            local: e.at.with_timezone(&timezone).format("%Y-%m-%d %H:%M:%S").to_string(),
            actor: e.actor,
            account: e.account,
            action: e.kind.as_str(),
            detail: e.detail,
            event: e.id,
        })
        .collect();
    output::records_in(ctx.format, ctx.lang, &rows)
}
