//! `tender completions`: shell completion scripts.

use crate::cli::context::Ctx;

/// Print a shell completion script, e.g. `tender completions bash > /etc/bash_completion.d/tender`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell: bash, zsh, fish, powershell or elvish
    shell: clap_complete::Shell,
}

pub fn run(_ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    clap_complete::generate(args.shell, &mut crate::cli::command(), "tender", &mut std::io::stdout());
    Ok(())
}
