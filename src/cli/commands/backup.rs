//! `tender backup`: a consistent copy of the database, safe while others use it.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::output::{self, Format};
use crate::cli::output_file::{self, Access};

/// Write a consistent copy of the database to FILE, safe while others are using it
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file to write the copy to; it opens with `tender --db FILE`
    file: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
}

/// What a backup wrote, as `--format json` prints it.
#[derive(Serialize)]
struct Json {
    database: String,
    backup: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let file = &args.file;
    output_file::check(file, &ctx.db, "backup")?;
    if file.exists() && !args.force {
        anyhow::bail!(
            "{} already exists; choose a new file for the backup, or pass --force to replace it",
            file.display()
        );
    }
    let store = ctx.store()?;
    let database = store.file().unwrap_or(&ctx.db).to_path_buf();
    output_file::write(file, &database, "backup", Access::Private, |partial| {
        Ok(store.backup(partial)?)
    })?;
    // A server's place, never its URL: the URL may hold a password.
    eprintln!("backed up {} to {}", store.place(), file.display());
    match ctx.format {
        Format::Json => output::json(&Json {
            database: store.place(),
            backup: file.display().to_string(),
        }),
        Format::Table | Format::Csv | Format::Xlsx => Ok(()),
    }
}
