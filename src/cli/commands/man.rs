//! `tender man`: the manual page.

use crate::cli::context::Ctx;

/// Print the man page (roff), e.g. `tender man > ~/.local/share/man/man1/tender.1`
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    clap_mangen::Man::new(crate::cli::command()).render(&mut std::io::stdout().lock())?;
    Ok(())
}
