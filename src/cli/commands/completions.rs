//! `tender completions`: shell completion scripts that ask tender itself what
//! fits (clap_complete's dynamic completion), so that the values of every
//! option with a closed list and the tender ids of the database complete.

use std::ffi::OsString;
use std::path::PathBuf;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::{CompleteEnv, Shells};

use crate::cli::context::Ctx;

/// The environment variable through which the shell's script asks tender.
const VAR: &str = "COMPLETE";

/// Print a shell completion script, e.g. `tender completions bash > ~/.local/share/bash-completion/completions/tender`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell: bash, zsh, fish, powershell or elvish
    shell: clap_complete::Shell,
}

pub fn run(_ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let name = args.shell.to_string();
    let shells = Shells::builtins();
    let shell = shells
        .completer(&name)
        .ok_or_else(|| anyhow::anyhow!("no dynamic completion for {name}"))?;
    // The script calls this binary back while completing, as it was called now.
    let completer = std::env::current_exe()?;
    shell.write_registration(
        VAR,
        "tender",
        "tender",
        &completer.to_string_lossy(),
        &mut std::io::stdout().lock(),
    )?;
    Ok(())
}

/// When the shell's script asks (`COMPLETE=bash tender -- WORDS…`), prints
/// the completions and exits; otherwise returns at once.
pub fn answer_when_asked() {
    CompleteEnv::with_factory(crate::cli::command).var(VAR).complete();
}

/// Adds the tender ids of the database as the values of every subcommand's `id`.
pub fn with_tender_ids(command: clap::Command) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .filter(|sub| sub.get_arguments().any(|arg| arg.get_id() == "id"))
        .map(|sub| sub.get_name().to_string())
        .collect();
    names.iter().fold(command, |command, name| {
        command.mut_subcommand(name, |sub| {
            sub.mut_arg("id", |arg| arg.add(ArgValueCandidates::new(tender_ids)))
        })
    })
}

/// The ids in the database that the command line being completed names
/// (`--db`, else TENDER_DB, else ./tender.db); none when it cannot be read.
fn tender_ids() -> Vec<CompletionCandidate> {
    let db = crate::cli::database(db_being_completed(std::env::args_os().collect()));
    let Ok(store) = crate::store::open_existing(&db) else {
        return Vec::new();
    };
    store
        .tender_ids()
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

/// The value of `--db` among the words of the line being completed.
fn db_being_completed(words: Vec<OsString>) -> Option<PathBuf> {
    let words: Vec<String> = words.into_iter().map(|w| w.to_string_lossy().into_owned()).collect();
    words
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, word)| match word.strip_prefix("--db") {
            Some("") => words.get(i + 1).map(PathBuf::from),
            Some(rest) => rest.strip_prefix('=').map(PathBuf::from),
            None => None,
        })
}

#[cfg(test)]
mod tests {
    use super::db_being_completed;
    use std::path::PathBuf;

    #[test]
    fn the_database_is_the_last_db_option_of_the_line() {
        let words = |w: &[&str]| w.iter().map(Into::into).collect();
        assert_eq!(db_being_completed(words(&["tender", "--", "tender", "show", ""])), None);
        assert_eq!(
            db_being_completed(words(&["tender", "--", "tender", "--db", "a.db", "show", ""])),
            Some(PathBuf::from("a.db"))
        );
        assert_eq!(
            db_being_completed(words(&[
                "tender",
                "--",
                "tender",
                "--db=b.db",
                "show",
                "--db",
                "c.db",
                ""
            ])),
            Some(PathBuf::from("c.db"))
        );
        assert_eq!(
            db_being_completed(words(&["tender", "--", "tender", "--dbx", ""])),
            None
        );
    }
}
