//! `tender backup`: a consistent copy of the database, safe while others use it.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::i18n::tr;
use crate::cli::output::{self, Format};
use crate::cli::output_file::{self, Access, Output};

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
    output_file::check(file, &ctx.db, Output::Backup, ctx.lang)?;
    if file.exists() && !args.force {
        anyhow::bail!(tr!(ctx.lang, "backup-exists", file = file.display().to_string()));
    }
    let store = ctx.store()?;
    let database = store.file().unwrap_or(&ctx.db).to_path_buf();
    output_file::write(file, &database, Output::Backup, ctx.lang, Access::Private, |partial| {
        Ok(store.backup(partial)?)
    })?;
    // A server's place, never its URL: the URL may hold a password.
    let done = tr!(
        ctx.lang,
        "backup-done",
        database = store.place(),
        file = file.display().to_string()
    );
    eprintln!("{done}");
    match ctx.format {
        Format::Json => output::json(&Json {
            database: store.place(),
            backup: file.display().to_string(),
        }),
        Format::Table | Format::Csv | Format::Xlsx => Ok(()),
    }
}
