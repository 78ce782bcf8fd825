//! `tender new`: load a definition as a draft, or print a template.

use std::path::PathBuf;

use crate::cli::choices::one_of;
use crate::cli::context::Ctx;
use crate::cli::definition_file;
use crate::cli::output::{self, Format};
use crate::cli::timeline_view::milestones;
use crate::domain::audit::EventKind;
use crate::domain::definition::Kind;
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

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let Some(path) = args.file else {
        let kind = args.template.expect("clap requires FILE or --template");
        print!("{}", template(kind));
        return Ok(());
    };
    let loaded = definition_file::load(&path)?;
    definition_file::warn(&path, &loaded.warnings);
    let id = loaded.tender.definition.id.clone();
    let mut store = ctx.create_store()?;
    store.change(&ctx.stamp(), |change| {
        change.insert_tender(&loaded.tender, &loaded.source)?;
        change.record(&id, EventKind::New, &format!("loaded {} as a draft", path.display()))
    })?;
    let stored = store.tender(&id)?;
    let steps = milestones(&stored.facts(), ctx.now);
    if ctx.format == Format::Table {
        eprintln!(
            "loaded `{id}` ({}) as a draft; publish it with `tender publish {id}`",
            stored.tender.definition.kind
        );
    }
    output::records_in(ctx.format, ctx.lang, &steps)
}
