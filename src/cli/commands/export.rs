//! `tender export`: the tender's public history as open data.

use std::path::PathBuf;

use crate::cli::context::Ctx;
use crate::cli::i18n::tr;
use crate::cli::output;
use crate::cli::output_file::{self, Access, Output};
use crate::domain::ocds::{self, PLACEHOLDER_PREFIX};

/// Export the tender's public history as an OCDS 1.1 release package (JSON)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// As an Open Contracting Data Standard 1.1 release package, one release per public step
    #[arg(long, required = true)]
    ocds: bool,
    /// Write the package to FILE (replacing it) instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    // Refused before any work, so that nothing else is printed first.
    if let Some(path) = &args.output {
        output_file::check(path, &ctx.db, Output::Export, ctx.lang)?;
    }
    let store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let package = ocds::package(&store.trail(&args.id)?, &store.registrations(&args.id)?, ctx.now)?;
    if stored.tender.definition.ocid_prefix.is_none() {
        let warning = tr!(
            ctx.lang,
            "export-no-ocid-prefix",
            id = args.id.as_str(),
            placeholder = PLACEHOLDER_PREFIX
        );
        eprintln!("{}: {warning}", tr!(ctx.lang, "warning-prefix"));
    }
    match &args.output {
        None => output::json(&package),
        Some(path) => {
            let text = serde_json::to_string_pretty(&package)? + "\n";
            output_file::write_text(path, &ctx.db, Output::Export, ctx.lang, Access::Shared, &text)
        }
    }
}
