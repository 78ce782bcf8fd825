//! `tender man`: the manual page, one page with every command.

use std::io::Write as _;

use clap_mangen::Man;

use crate::cli::context::Ctx;

/// Print the man page (roff), e.g. `tender man > ~/.local/share/man/man1/tender.1`
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(&page(crate::cli::command())?)?;
    Ok(())
}

/// The page of `command`: its name, synopsis, description and global options,
/// then a COMMANDS section with each subcommand's synopsis, description and
/// own options, so that one `man tender` holds what every `--help` says
/// (clap_mangen alone would point to a page per subcommand that nobody installs).
fn page(command: clap::Command) -> std::io::Result<Vec<u8>> {
    let man = Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    writeln!(page, ".SH COMMANDS")?;
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("tender {}", sub.get_name());
        let man = Man::new(sub.clone().bin_name(name.clone()));
        writeln!(page, ".SS \"{name}\"")?;
        page.extend(without_heading(&man, Man::render_description_section)?);
        writeln!(page, ".PP")?;
        page.extend(without_heading(&man, Man::render_synopsis_section)?);
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            page.extend(without_heading(&man, Man::render_options_section)?);
        }
    }
    man.render_version_section(&mut page)?;
    Ok(page)
}

/// A section of `man` without its `.SH` line, to sit inside a `.SS`.
fn without_heading(
    man: &Man,
    render: fn(&Man, &mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<Vec<u8>> {
    let mut section = Vec::new();
    render(man, &mut section)?;
    let text = String::from_utf8_lossy(&section);
    let body: Vec<&str> = text.lines().filter(|line| !line.starts_with(".SH ")).collect();
    Ok(format!("{}\n", body.join("\n")).into_bytes())
}
