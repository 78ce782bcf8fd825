//! `tender check`: validate and lint definition files, without a database.

use std::path::PathBuf;

use crate::cli::context::Ctx;
use crate::cli::definition_file;
use crate::domain::plural::count;

/// Validate definition files and run the legal checks; no database is touched
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition files (TOML)
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

pub fn run(_ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut failed = Vec::new();
    for path in &args.files {
        match definition_file::load(path) {
            Ok(loaded) => {
                definition_file::warn(path, &loaded.warnings);
                let def = &loaded.tender.definition;
                println!(
                    "{}: `{}` is a valid {} tender ({})",
                    path.display(),
                    def.id,
                    def.kind,
                    count(loaded.warnings.len(), "warning")
                );
            }
            Err(error) if args.files.len() == 1 => return Err(error.into()),
            Err(error) => {
                eprintln!("error: {error}");
                failed.push(path.display().to_string());
            }
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        anyhow::bail!(
            "{} of {} definitions {} not valid: {}",
            failed.len(),
            args.files.len(),
            if failed.len() == 1 { "is" } else { "are" },
            failed.join(", ")
        )
    }
}
