//! `tender backup`: a consistent copy of the database, safe while others use it.

use std::path::PathBuf;

use crate::cli::context::Ctx;
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
    output_file::write(file, store.path(), "backup", Access::Private, |partial| {
        Ok(store.backup(partial)?)
    })?;
    println!("backed up {} to {}", store.path().display(), file.display());
    Ok(())
}
