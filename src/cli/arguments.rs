//! Every value on the command line (and from TENDER_DB, TENDER_NOW, USER)
//! checked once, before any command runs: no control characters (SPEC §6),
//! so that no name, reason or actor stored today can steer a terminal
//! tomorrow, and no empty value where a value is needed.

use std::ffi::OsString;

use clap::ArgMatches;
use clap::parser::ValueSource;

use super::i18n::{Lang, tr};
use crate::domain::text::{self, Lines};

/// The arguments that hold free text, which may span lines.
const FREE_TEXT: &[&str] = &["reason", "summary", "text", "question"];

/// The arguments that may not be empty when given. An empty `TENDER_NOW=`
/// is refused too, rather than taken as unset: a half-set variable in a
/// crontab or script meant some moment, and acting at the clock instead
/// would record events at the wrong time.
const NOT_EMPTY: &[&str] = &["actor", "now", "db", "name", "reason", "summary", "text", "question"];

/// The global options that fall back on an environment variable. clap does not
/// read these variables (it would print an option set through one in usage
/// lines as if it were required), so `cli::run` takes them through `fallback`
/// and `check` checks them like the options, named by the variable.
const ENVIRONMENT: [(&str, &str); 3] = [("db", "TENDER_DB"), ("now", "TENDER_NOW"), ("actor", "USER")];

/// The value of the environment variable that option `id` falls back on.
pub fn fallback(id: &str) -> Option<OsString> {
    ENVIRONMENT
        .iter()
        .find(|(option, _)| *option == id)
        .and_then(|(_, variable)| std::env::var_os(variable))
}

/// Checks the values of `matches` (and of its subcommand) against `command`,
/// and the environment variables that stand in for options not given.
pub fn check(command: &clap::Command, matches: &ArgMatches, lang: Lang) -> anyhow::Result<()> {
    values(command, matches, lang)?;
    for (id, variable) in ENVIRONMENT {
        if matches.value_source(id) == Some(ValueSource::CommandLine) {
            continue;
        }
        let Some(value) = std::env::var_os(variable) else {
            continue;
        };
        let value = value.to_string_lossy();
        text::check(variable, &value, Lines::One).map_err(anyhow::Error::msg)?;
        if value.trim().is_empty() {
            anyhow::bail!(tr!(lang, "variable-empty", variable = variable));
        }
    }
    Ok(())
}

fn values(command: &clap::Command, matches: &ArgMatches, lang: Lang) -> anyhow::Result<()> {
    for id in matches.ids() {
        let id = id.as_str();
        let Some(arg) = command.get_arguments().find(|a| a.get_id() == id) else {
            continue;
        };
        let field = name(arg);
        let lines = if FREE_TEXT.contains(&id) {
            Lines::Many
        } else {
            Lines::One
        };
        for value in matches.get_raw(id).into_iter().flatten() {
            let value = value.to_string_lossy();
            text::check(&field, &value, lines).map_err(anyhow::Error::msg)?;
            if NOT_EMPTY.contains(&id) && value.trim().is_empty() {
                anyhow::bail!(tr!(lang, "option-empty", option = field.as_str()));
            }
        }
    }
    match matches.subcommand() {
        Some((name, sub)) => {
            let sub_command = command.find_subcommand(name).expect("clap matched this subcommand");
            values(sub_command, sub, lang)
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
