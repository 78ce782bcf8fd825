//! The command line: parses arguments, calls the domain and the store, prints.

mod arguments;
mod choices;
mod commands;
mod context;
mod csv_input;
mod decision;
mod definition_file;
mod document;
mod errors;
mod i18n;
mod ical;
mod input_file;
mod output;
mod output_file;
mod ranking_view;
mod timeline_view;
mod workbook;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::domain::text;
use commands::*;
use context::Ctx;
use i18n::{Lang, tr};
use output::Format;

/// Tender lifecycle manager for regional social-care procurement (Wmo 2015, Jeugdwet).
#[derive(Debug, Parser)]
#[command(name = "tender", version, propagate_version = true)]
pub struct Cli {
    /// The database file [default: $TENDER_DB, else tender.db]; only `tender new` creates it
    // The environment is read in `run`, not by clap: clap would print an option
    // set through the environment in usage lines as if it were required.
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// The moment to act at instead of the clock [default: $TENDER_NOW]: YYYY-MM-DD[THH:MM[:SS]] in Europe/Amsterdam, or RFC 3339
    #[arg(long, global = true, value_name = "DATETIME")]
    now: Option<String>,
    /// How data is printed
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Who is acting, recorded with every change [default: $USER]
    #[arg(long, global = true, value_name = "NAME")]
    actor: Option<String>,
    /// The language of messages, documents and letters (else LC_ALL, LC_MESSAGES, LANG)
    #[arg(long, global = true, value_enum)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    New(new::Args),
    Check(check::Args),
    Update(update::Args),
    List(list::Args),
    Show(show::Args),
    Timeline(timeline::Args),
    Publish(publish::Args),
    Cancel(cancel::Args),
    Register(register::Args),
    Withdraw(withdraw::Args),
    Registrations(registrations::Args),
    Qualify(qualify::Args),
    Score(score::Args),
    Award(award::Args),
    Object(object::Args),
    Resolve(resolve::Args),
    Sign(sign::Args),
    Terminate(terminate::Args),
    Amend(amend::Args),
    Extend(extend::Args),
    Consult(consult::Args),
    Ask(ask::Args),
    Answer(answer::Args),
    Questions(questions::Args),
    Nvi(nvi::Args),
    Evidence(evidence::Args),
    Providers(providers::Args),
    Notice(notice::Args),
    Log(log::Args),
    Remind(remind::Args),
    Calendar(calendar::Args),
    Report(report::Args),
    Letters(letters::Args),
    Export(export::Args),
    Backup(backup::Args),
    Copy(copy::Args),
    Completions(completions::Args),
    Man(man::Args),
}

/// How a command that succeeded ended. Most commands are simply done; `remind
/// --exit-code` asks for attention, so that cron and scripts can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Something was printed that needs a person's attention.
    Attention,
}

/// A command whose `run` returns `()` is done.
impl From<()> for Outcome {
    fn from((): ()) -> Outcome {
        Outcome::Done
    }
}

/// Runs the command line and exits with the code of its result (see `exit_code`);
/// usage errors are printed by clap and exit 2.
pub fn main() -> ExitCode {
    end_quietly_on_a_closed_pipe();
    completions::answer_when_asked();
    let command = Cli::command();
    let matches = command.clone().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
    let result = arguments::check(&command, &matches, lang).and_then(|()| run(cli, lang));
    if let Err(error) = &result {
        // Errors quote what the user typed and what the database holds, so
        // they are escaped like every other text that reaches the terminal.
        eprintln!(
            "{}: {}",
            tr!(lang, "error-prefix"),
            text::escape(&errors::sentence(lang, error))
        );
    }
    ExitCode::from(exit_code(&result))
}

/// 0 done, 3 done with something that needs attention, 1 an error (every error
/// that reaches the top is the user's to fix).
fn exit_code(result: &anyhow::Result<Outcome>) -> u8 {
    match result {
        Ok(Outcome::Done) => 0,
        Ok(Outcome::Attention) => 3,
        Err(_) => 1,
    }
}

/// When a reader such as `head` stops reading, end as other Unix tools do
/// (killed by SIGPIPE) instead of panicking on the failed write.
fn end_quietly_on_a_closed_pipe() {
    // SAFETY: restores the default action of one signal, before any thread starts.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn run(cli: Cli, lang: Lang) -> anyhow::Result<Outcome> {
    let ctx = Ctx::new(
        database(cli.db),
        or_environment(cli.now, "now").as_deref(),
        cli.format,
        or_environment(cli.actor, "actor"),
        lang,
    )?;
    Ok(match cli.command {
        Command::New(args) => new::run(&ctx, args)?.into(),
        Command::Check(args) => check::run(&ctx, args)?.into(),
        Command::Update(args) => update::run(&ctx, args)?.into(),
        Command::List(args) => list::run(&ctx, args)?.into(),
        Command::Show(args) => show::run(&ctx, args)?.into(),
        Command::Timeline(args) => timeline::run(&ctx, args)?.into(),
        Command::Publish(args) => publish::run(&ctx, args)?.into(),
        Command::Cancel(args) => cancel::run(&ctx, args)?.into(),
        Command::Register(args) => register::run(&ctx, args)?.into(),
        Command::Withdraw(args) => withdraw::run(&ctx, args)?.into(),
        Command::Registrations(args) => registrations::run(&ctx, args)?.into(),
        Command::Qualify(args) => qualify::run(&ctx, args)?.into(),
        Command::Score(args) => score::run(&ctx, args)?.into(),
        Command::Award(args) => award::run(&ctx, args)?.into(),
        Command::Object(args) => object::run(&ctx, args)?.into(),
        Command::Resolve(args) => resolve::run(&ctx, args)?.into(),
        Command::Sign(args) => sign::run(&ctx, args)?.into(),
        Command::Terminate(args) => terminate::run(&ctx, args)?.into(),
        Command::Amend(args) => amend::run(&ctx, args)?.into(),
        Command::Extend(args) => extend::run(&ctx, args)?.into(),
        Command::Consult(args) => consult::run(&ctx, args)?.into(),
        Command::Ask(args) => ask::run(&ctx, args)?.into(),
        Command::Answer(args) => answer::run(&ctx, args)?.into(),
        Command::Questions(args) => questions::run(&ctx, args)?.into(),
        Command::Nvi(args) => nvi::run(&ctx, args)?.into(),
        Command::Evidence(args) => evidence::run(&ctx, args)?.into(),
        Command::Providers(args) => providers::run(&ctx, args)?.into(),
        Command::Notice(args) => notice::run(&ctx, args)?.into(),
        Command::Log(args) => log::run(&ctx, args)?.into(),
        Command::Completions(args) => completions::run(&ctx, args)?.into(),
        Command::Man(args) => man::run(&ctx, args)?.into(),
        Command::Remind(args) => remind::run(&ctx, args)?,
        Command::Calendar(args) => calendar::run(&ctx, args)?.into(),
        Command::Report(args) => report::run(&ctx, args)?.into(),
        Command::Letters(args) => letters::run(&ctx, args)?.into(),
        Command::Export(args) => export::run(&ctx, args)?.into(),
        Command::Backup(args) => backup::run(&ctx, args)?.into(),
        Command::Copy(args) => copy::run(&ctx, args)?.into(),
    })
}

/// The database: `--db`, else `TENDER_DB`, else `./tender.db`.
fn database(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| arguments::fallback("db").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("tender.db"))
}

/// An option's value, else that of the environment variable it falls back on.
fn or_environment(value: Option<String>, id: &str) -> Option<String> {
    value.or_else(|| arguments::fallback(id).map(|v| v.to_string_lossy().into_owned()))
}

/// The clap command, for completions and the man page: the tender ids of the
/// database complete every tender's `ID`.
fn command() -> clap::Command {
    completions::with_tender_ids(Cli::command())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_consistent() {
        super::command().debug_assert();
    }

    #[test]
    fn outcomes_and_errors_map_to_exit_codes() {
        use super::{Outcome, exit_code};
        assert_eq!(exit_code(&Ok(Outcome::Done)), 0);
        assert_eq!(exit_code(&Ok(Outcome::Attention)), 3);
        assert_eq!(exit_code(&Err(anyhow::anyhow!("no tender `x`"))), 1);
        assert_eq!(Outcome::from(()), Outcome::Done);
    }
}
