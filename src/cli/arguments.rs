//! Every value on the command line (and from TENDER_DB, TENDER_NOW, USER)
//! checked once, before any command runs: no control characters (SPEC §6),
//! so that no name, reason or actor stored today can steer a terminal
//! tomorrow, and no empty value where a value is needed.

use clap::ArgMatches;

use crate::domain::text::{self, Lines};

/// The arguments that hold free text, which may span lines.
const FREE_TEXT: &[&str] = &["reason", "summary", "text", "question"];

/// The arguments that may not be empty when given. An empty `TENDER_NOW=`
/// is refused too, rather than taken as unset: a half-set variable in a
/// crontab or script meant some moment, and acting at the clock instead
/// would record events at the wrong time.
const NOT_EMPTY: &[&str] = &["actor", "now", "db", "name", "reason", "summary", "text", "question"];

/// Checks the values of `matches` (and of its subcommand) against `command`.
pub fn check(command: &clap::Command, matches: &ArgMatches) -> anyhow::Result<()> {
    for id in matches.ids() {
        let id = id.as_str();
        let Some(arg) = command.get_arguments().find(|a| a.get_id() == id) else {
            continue;
        };
        let from_env = matches.value_source(id) == Some(clap::parser::ValueSource::EnvVariable);
        let field = match arg.get_env() {
            Some(variable) if from_env => variable.to_string_lossy().into_owned(),
            _ => name(arg),
        };
        let lines = if FREE_TEXT.contains(&id) {
            Lines::Many
        } else {
            Lines::One
        };
        for value in matches.get_raw(id).into_iter().flatten() {
            let value = value.to_string_lossy();
            text::check(&field, &value, lines).map_err(anyhow::Error::msg)?;
            if NOT_EMPTY.contains(&id) && value.trim().is_empty() {
                anyhow::bail!(
                    "{field} is empty; give a value, or {}",
                    if from_env {
                        "unset the variable"
                    } else {
                        "leave the option out"
                    }
                );
            }
        }
    }
    match matches.subcommand() {
        Some((name, sub)) => {
            let sub_command = command.find_subcommand(name).expect("clap matched this subcommand");
            check(sub_command, sub)
        }
        None => Ok(()),
    }
}

/// `--reason`, or `ID` for a positional argument.
fn name(arg: &clap::Arg) -> String {
    match arg.get_long() {
        Some(long) => format!("--{long}"),
        None => arg
            .get_value_names()
            .and_then(|names| names.first())
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |n| n.to_string()),
    }
}
