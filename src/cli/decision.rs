//! The one way a command changes a tender: one transaction in which the
//! tender is loaded, time is checked to run forward, the lifecycle allows the
//! action, the command decides and writes its rows and its audit event. No
//! command reads what it decides on before the transaction begins.

use anyhow::Context as _;
use serde::Serialize;

use super::context::Ctx;
use super::i18n::tr;
use super::output::{self, Format};
use crate::domain::audit::EventKind;
use crate::domain::chronology::forward;
use crate::domain::lifecycle::{Action, Phase, Transition};
use crate::store::{StoredTender, Txn};

/// Runs `f` in one transaction on tender `id` once the lifecycle allows `action` now.
pub fn change<T>(
    ctx: &Ctx,
    id: &str,
    action: Action,
    f: impl FnOnce(&mut dyn Txn, &StoredTender, Phase) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let mut store = ctx.store()?;
    store.change(id, &ctx.stamp(), |tx| {
        let stored = load(tx, id, ctx)?;
        let phase = allow(&stored, action, ctx)?;
        f(tx, &stored, phase)
    })
}

/// What a change of a tender's decisions recorded.
pub struct Done {
    /// The tender as the change left it.
    pub stored: StoredTender,
    pub event: i64,
}

/// Records `action` as `transition` of the tender's decisions: `describe`
/// may still refuse, else says what happened for the audit trail.
pub fn record(
    ctx: &Ctx,
    id: &str,
    action: Action,
    (kind, transition): (EventKind, Transition),
    describe: impl FnOnce(&StoredTender, Phase) -> anyhow::Result<String>,
) -> anyhow::Result<Done> {
    change(ctx, id, action, |tx, stored, phase| {
        let detail = describe(stored, phase)?;
        let mut stored = stored.clone();
        stored.history.apply(transition, ctx.now);
        tx.save_history(id, &stored.history)?;
        let event = tx.record(id, kind, &detail)?;
        Ok(Done { stored, event })
    })
}

/// Loads tender `id` in the transaction; refused when `now` lies before its latest event.
pub fn load(tx: &dyn Txn, id: &str, ctx: &Ctx) -> anyhow::Result<StoredTender> {
    let stored = tx.tender(id)?;
    forward(tx.latest_event(id)?.as_ref(), ctx.now, stored.tender.schedule.timezone)
        .with_context(|| tr!(ctx.lang, "context-tender", id = id))?;
    Ok(stored)
}

/// Asks the lifecycle whether `action` is allowed on the tender now; a refusal
/// names the tender, the phase, the reason and the next step.
pub fn allow(stored: &StoredTender, action: Action, ctx: &Ctx) -> anyhow::Result<Phase> {
    let id = &stored.tender.definition.id;
    stored
        .facts()
        .allow(action, ctx.now)
        .with_context(|| tr!(ctx.lang, "context-tender", id = id.as_str()))
}

/// What a change recorded, as `--format json` prints it: `{tender, action,
/// event, …}` with the command's own facts after (in one order every run).
#[derive(Serialize)]
pub struct Recorded<'a, F: Serialize> {
    pub tender: &'a str,
    pub action: EventKind,
    /// The audit event's id; none when nothing was recorded (a dry run).
    pub event: Option<i64>,
    #[serde(flatten)]
    pub facts: F,
}

/// Confirms a change: the sentence for people on stderr, and with `--format
/// json` the record on stdout, for every command alike.
pub fn confirm<F: Serialize>(ctx: &Ctx, recorded: &Recorded<F>, sentence: &str) -> anyhow::Result<()> {
    eprintln!("{sentence}");
    match ctx.format {
        Format::Json => output::json(recorded),
        Format::Table | Format::Csv | Format::Xlsx => Ok(()),
    }
}

/// The facts of a change that its audit detail says in full.
#[derive(Serialize)]
pub struct Described<'a> {
    pub detail: &'a str,
}

/// Confirms a change recorded as `event` whose facts are its audit detail
/// (as recorded, in English); the person reads `sentence`.
pub fn confirm_described(
    ctx: &Ctx,
    tender: &str,
    action: EventKind,
    event: i64,
    (detail, sentence): (&str, &str),
) -> anyhow::Result<()> {
    let recorded = Recorded {
        tender,
        action,
        event: Some(event),
        facts: Described { detail },
    };
    confirm(ctx, &recorded, sentence)
}
