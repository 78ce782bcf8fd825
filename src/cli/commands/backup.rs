//! `tender backup`: a consistent copy of the database, safe while others use it.

use std::path::PathBuf;

use crate::cli::context::Ctx;
use crate::cli::output;

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
    if file.exists() && !args.force {
        anyhow::bail!(
            "{} already exists; choose a new file for the backup, or pass --force to replace it",
            file.display()
        );
    }
    let store = ctx.store()?;
    if file.exists() && same_file(store.path(), file) {
        anyhow::bail!(
            "{} is the database itself; choose another file for the backup",
            file.display()
        );
    }
    output::replace_file(file, |partial| Ok(store.backup(partial)?))?;
    println!("backed up {} to {}", store.path().display(), file.display());
    Ok(())
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}
