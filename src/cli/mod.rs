//! The command line: parses arguments, calls the domain and the store, prints.

mod commands;
mod context;
mod csv_input;
mod decision;
mod definition_file;
mod output;
mod timeline_view;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use commands::*;
use context::Ctx;
use output::Format;

/// Tender lifecycle manager for regional social-care procurement (Wmo 2015, Jeugdwet).
#[derive(Debug, Parser)]
#[command(name = "tender", version, propagate_version = true)]
pub struct Cli {
    /// The database file (created on first use)
    #[arg(long, global = true, env = "TENDER_DB", default_value = "tender.db")]
    db: PathBuf,
    /// The moment to act at instead of the clock: YYYY-MM-DD[THH:MM[:SS]] in Europe/Amsterdam, or RFC 3339
    #[arg(long, global = true, env = "TENDER_NOW")]
    now: Option<String>,
    /// How data is printed
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Who is acting, recorded with every change
    #[arg(long, global = true, env = "USER")]
    actor: Option<String>,
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
    Amend(amend::Args),
    Extend(extend::Args),
    Consult(consult::Args),
    Log(log::Args),
    Completions(completions::Args),
}

/// Runs the command line and maps the outcome to an exit code: 0 done, 1 an
/// error (printed as `error: …`), 2 a usage error (printed by clap).
pub fn main() -> ExitCode {
    end_quietly_on_a_closed_pipe();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(exit_code(&error))
        }
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

/// Every error that reaches the top is the user's to fix: exit 1.
fn exit_code(_error: &anyhow::Error) -> u8 {
    1
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let ctx = Ctx::new(cli.db, cli.now.as_deref(), cli.format, cli.actor)?;
    match cli.command {
        Command::New(args) => new::run(&ctx, args),
        Command::Check(args) => check::run(&ctx, args),
        Command::Update(args) => update::run(&ctx, args),
        Command::List(args) => list::run(&ctx, args),
        Command::Show(args) => show::run(&ctx, args),
        Command::Timeline(args) => timeline::run(&ctx, args),
        Command::Publish(args) => publish::run(&ctx, args),
        Command::Cancel(args) => cancel::run(&ctx, args),
        Command::Register(args) => register::run(&ctx, args),
        Command::Withdraw(args) => withdraw::run(&ctx, args),
        Command::Registrations(args) => registrations::run(&ctx, args),
        Command::Qualify(args) => qualify::run(&ctx, args),
        Command::Score(args) => score::run(&ctx, args),
        Command::Award(args) => award::run(&ctx, args),
        Command::Object(args) => object::run(&ctx, args),
        Command::Resolve(args) => resolve::run(&ctx, args),
        Command::Sign(args) => sign::run(&ctx, args),
        Command::Amend(args) => amend::run(&ctx, args),
        Command::Extend(args) => extend::run(&ctx, args),
        Command::Consult(args) => consult::run(&ctx, args),
        Command::Log(args) => log::run(&ctx, args),
        Command::Completions(args) => completions::run(&ctx, args),
    }
}

/// The clap command, for completions.
fn command() -> clap::Command {
    Cli::command()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_consistent() {
        super::command().debug_assert();
    }
}
