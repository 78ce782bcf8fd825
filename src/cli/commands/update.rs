//! `tender update`: replace a draft's definition, or extend a deadline of a
//! published tender (rectificatie).

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::definition_file;
use crate::cli::i18n::tr;
use crate::domain::audit::EventKind;
use crate::domain::lifecycle::{Action, Phase};
use crate::domain::revision::{changes, rectification_problem};

/// Replace a draft's definition from its file; after publication, only extend deadlines (rectificatie)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition file (TOML); its `id` names the tender to update
    file: PathBuf,
}

#[derive(Serialize)]
struct Facts {
    changes: Vec<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let loaded = definition_file::load(&args.file, ctx.lang)?;
    definition_file::warn(&args.file, &loaded.warnings, ctx.lang);
    let id = loaded.tender.definition.id.clone();
    let mut store = ctx.store()?;
    let done = store.change(
        &id,
        &ctx.stamp(),
        |tx| -> anyhow::Result<Option<(EventKind, i64, Vec<String>)>> {
            let stored = decision::load(tx, &id, ctx)?;
            let changed = changes(&stored.source, &loaded.source);
            if changed.is_empty() {
                return Ok(None);
            }
            let (action, kind) = match stored.facts().phase(ctx.now) {
                Phase::Draft => (Action::Update, EventKind::Update),
                _ => (Action::Rectify, EventKind::Rectify),
            };
            decision::allow(&stored, action, ctx)?;
            if action == Action::Rectify {
                if let Some(problem) = rectification_problem(&changed, &stored.tender.schedule, &loaded.tender.schedule)
                {
                    anyhow::bail!(tr!(
                        ctx.lang,
                        "update-published",
                        id = id.as_str(),
                        problem = problem.to_string()
                    ));
                }
            }
            let detail: Vec<String> = changed.iter().map(ToString::to_string).collect();
            tx.replace_definition(&loaded.tender, &loaded.source)?;
            let event = tx.record(&id, kind, &detail.join("; "))?;
            tx.add_revision(event, &loaded.tender, &loaded.source)?;
            Ok(Some((kind, event, detail)))
        },
    )?;
    let Some((kind, event, detail)) = done else {
        let recorded = Recorded {
            tender: &id,
            action: EventKind::Update,
            event: None,
            facts: Facts { changes: Vec::new() },
        };
        return decision::confirm(ctx, &recorded, &tr!(ctx.lang, "update-unchanged", id = id.as_str()));
    };
    let sentence = tr!(
        ctx.lang,
        "update-done",
        id = id.as_str(),
        rectified = (kind == EventKind::Rectify).to_string(),
        changes = detail.join("; ")
    );
    let recorded = Recorded {
        tender: &id,
        action: kind,
        event: Some(event),
        facts: Facts { changes: detail },
    };
    decision::confirm(ctx, &recorded, &sentence)
}
