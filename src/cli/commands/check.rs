//! `tender check`: validate and lint definition files, without a database.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::definition_file;
use crate::cli::i18n::tr;
use crate::cli::output::{self, Format};
use crate::domain::definition::Kind;

/// Validate definition files and run the legal checks; no database is touched
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition files (TOML)
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

/// A valid definition, as `--format json` lists it.
#[derive(Serialize)]
struct Valid {
    file: String,
    tender: String,
    kind: Kind,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct Json {
    valid: Vec<Valid>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut failed = Vec::new();
    let mut valid = Vec::new();
    for path in &args.files {
        match definition_file::load(path, ctx.lang) {
            Ok(loaded) => {
                definition_file::warn(path, &loaded.warnings, ctx.lang);
                let def = &loaded.tender.definition;
                let said = tr!(
                    ctx.lang,
                    "check-valid",
                    file = path.display().to_string(),
                    id = def.id.as_str(),
                    kind = def.kind.as_str(),
                    warnings = loaded.warnings.len()
                );
                eprintln!("{said}");
                valid.push(Valid {
                    file: path.display().to_string(),
                    tender: def.id.clone(),
                    kind: def.kind,
                    warnings: loaded.warnings.iter().map(|w| w.message.clone()).collect(),
                });
            }
            Err(error) if args.files.len() == 1 => return Err(error.into()),
            Err(error) => {
                eprintln!("{}: {error}", tr!(ctx.lang, "error-prefix"));
                failed.push(path.display().to_string());
            }
        }
    }
    if failed.is_empty() {
        match ctx.format {
            Format::Json => output::json(&Json { valid }),
            Format::Table | Format::Csv | Format::Xlsx => Ok(()),
        }
    } else {
        anyhow::bail!(tr!(
            ctx.lang,
            "check-invalid",
            failed = failed.len(),
            total = args.files.len(),
            files = failed.join(", ")
        ))
    }
}
