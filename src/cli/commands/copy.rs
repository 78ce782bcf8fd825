//! `tender copy --to`: the whole database into an empty one, a file or a
//! server database, so that a region moves from a file to its server (or
//! keeps a server's dossier as a file) in one command.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::i18n::tr;
use crate::cli::output::{self, Format};
use crate::store;

/// Copy the whole database (every tender, event, registration, score, decision, signature, amendment …) into an empty target
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The empty target: a new file, or a PostgreSQL URL (postgres://user@host:port/dbname) of a database without tables
    #[arg(long)]
    to: String,
}

/// What a copy wrote, as `--format json` prints it.
#[derive(Serialize)]
struct Json {
    source: String,
    target: String,
    /// Rows per table, the same on both sides.
    rows: Vec<Count>,
}

#[derive(Serialize)]
struct Count {
    table: &'static str,
    rows: usize,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let source = ctx.store()?;
    let target = store::place(&args.to)?;
    let rows = store::copy(&*source, &args.to)?;
    let counts = rows.counts();
    let count = |table: &str| counts.iter().find(|(t, _)| *t == table).map_or(0, |(_, n)| *n);
    eprintln!(
        "{}",
        tr!(
            ctx.lang,
            "copy-done",
            source = source.place(),
            target = target.clone(),
            tenders = count("tender"),
            events = count("event"),
            registrations = count("registration"),
            rows = rows.total()
        )
    );
    match ctx.format {
        Format::Json => output::json(&Json {
            source: source.place(),
            target,
            rows: counts.into_iter().map(|(table, rows)| Count { table, rows }).collect(),
        }),
        Format::Table | Format::Csv | Format::Xlsx => Ok(()),
    }
}
