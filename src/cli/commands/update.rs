//! `tender update`: replace a draft's definition, or extend a deadline of a
//! published tender (rectificatie).

use std::path::PathBuf;

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::definition_file;
use crate::domain::audit::EventKind;
use crate::domain::lifecycle::{Action, Phase};
use crate::domain::revision::{changes, rectification_problem};

/// Replace a draft's definition from its file; after publication, only extend deadlines (rectificatie)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition file (TOML); its `id` names the tender to update
    file: PathBuf,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let loaded = definition_file::load(&args.file)?;
    definition_file::warn(&args.file, &loaded.warnings);
    let id = loaded.tender.definition.id.clone();
    let mut store = ctx.store()?;
    let stored = store.tender(&id)?;
    let changed = changes(&stored.source, &loaded.source);
    if changed.is_empty() {
        println!("`{id}` is unchanged");
        return Ok(());
    }
    let facts = stored.facts();
    let (action, event) = match facts.phase(ctx.now) {
        Phase::Draft => (Action::Update, EventKind::Update),
        _ => (Action::Rectify, EventKind::Rectify),
    };
    decision::allow(&stored, action, ctx)?;
    if action == Action::Rectify {
        if let Some(problem) = rectification_problem(&changed, &stored.tender.schedule, &loaded.tender.schedule) {
            anyhow::bail!("tender `{id}` is published: {problem}");
        }
    }
    let detail: Vec<String> = changed.iter().map(ToString::to_string).collect();
    store.change(&ctx.stamp(), |change| {
        change.replace_definition(&loaded.tender, &loaded.source)?;
        change.record(&id, event, &detail.join("; "))
    })?;
    let what = if action == Action::Rectify {
        "rectified"
    } else {
        "updated"
    };
    println!("{what} `{id}`: {}", detail.join("; "));
    Ok(())
}
