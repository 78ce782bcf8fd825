//! The one way a command records a decision on a tender: ask the lifecycle,
//! change the decisions, write the audit event, all in one transaction.

use anyhow::Context as _;

use super::context::Ctx;
use crate::domain::audit::EventKind;
use crate::domain::lifecycle::{Action, History, Phase};
use crate::store::{Store, StoredTender};

/// Records `action` on tender `id`: refused when the lifecycle does not allow
/// it now; otherwise `decide` changes the history and describes the event.
pub fn record(
    ctx: &Ctx,
    store: &mut Store,
    id: &str,
    action: Action,
    event: EventKind,
    decide: impl FnOnce(&StoredTender, Phase, &mut History) -> anyhow::Result<String>,
) -> anyhow::Result<StoredTender> {
    let stored = store.tender(id)?;
    let phase = allow(&stored, action, ctx)?;
    let mut history = stored.history.clone();
    let detail = decide(&stored, phase, &mut history)?;
    store.change(&ctx.stamp(), |change| {
        change.save_history(id, &history)?;
        change.record(id, event, &detail)
    })?;
    Ok(StoredTender { history, ..stored })
}

/// Asks the lifecycle whether `action` is allowed on the tender now; a refusal
/// names the tender, the phase, the reason and the next step.
pub fn allow(stored: &StoredTender, action: Action, ctx: &Ctx) -> anyhow::Result<Phase> {
    let id = &stored.tender.definition.id;
    stored
        .facts()
        .allow(action, ctx.now)
        .with_context(|| format!("tender `{id}`"))
}
