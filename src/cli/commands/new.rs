//! `tender new`: load a definition as a draft, or print a template.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::choices::one_of;
use crate::cli::context::Ctx;
use crate::cli::decision::{self, Recorded};
use crate::cli::definition_file;
use crate::cli::i18n::{Lang, tr};
use crate::cli::output::{self, Format};
use crate::cli::timeline_view::{Milestone, milestones};
use crate::domain::audit::EventKind;
use crate::domain::definition::Kind;
use crate::domain::lifecycle::{Facts as Lifecycle, History};
use crate::domain::templates::template;

/// Load a tender definition as a draft and print its timeline, or print a template
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition file (TOML), e.g. tenders/achterhoek-2022.toml
    #[arg(required_unless_present = "template")]
    file: Option<PathBuf>,
    /// Print a commented template for KIND instead
    #[arg(long, value_name = "KIND", conflicts_with = "file", value_parser = one_of(Kind::ALL, Kind::as_str))]
    template: Option<Kind>,
}

#[derive(Serialize)]
struct Facts {
    kind: Kind,
    timeline: Vec<Milestone>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let Some(path) = args.file else {
        let kind = args.template.expect("clap requires FILE or --template");
        print!("{}", template(kind));
        return Ok(());
    };
    let loaded = definition_file::load(&path, ctx.lang)?;
    definition_file::warn(&path, &loaded.warnings, ctx.lang);
    let id = loaded.tender.definition.id.clone();
    let mut store = ctx.create_store()?;
    // The first event of a tender is recorded at `--now`, like every other.
    let event = store.change(&id, &ctx.stamp(), |tx| -> anyhow::Result<i64> {
        tx.insert_tender(&loaded.tender, &loaded.source)?;
        let detail = tr!(Lang::En, "new-detail", file = path.display().to_string());
        let event = tx.record(&id, EventKind::New, &detail)?;
        tx.add_revision(event, &loaded.tender, &loaded.source)?;
        Ok(event)
    })?;
    let def = &loaded.tender.definition;
    let draft = History::default();
    let facts = Lifecycle {
        kind: def.kind,
        open_house: def.is_open_house(),
        schedule: &loaded.tender.schedule,
        history: &draft,
    };
    let steps = milestones(&facts, ctx.now);
    let sentence = tr!(ctx.lang, "new-done", id = id.as_str(), kind = def.kind.as_str());
    match ctx.format {
        Format::Json => {
            let recorded = Recorded {
                tender: &id,
                action: EventKind::New,
                event: Some(event),
                facts: Facts {
                    kind: def.kind,
                    timeline: steps,
                },
            };
            decision::confirm(ctx, &recorded, &sentence)
        }
        Format::Table | Format::Csv | Format::Xlsx => {
            eprintln!("{sentence}");
            output::records_in(ctx.format, ctx.lang, &steps)
        }
    }
}
