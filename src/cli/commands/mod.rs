//! One module per subcommand, each with its `Args` (the `--help` text) and
//! `run(ctx, args)`.

pub mod cancel;
pub mod check;
pub mod completions;
pub mod list;
pub mod log;
pub mod new;
pub mod publish;
pub mod qualify;
pub mod register;
pub mod registrations;
pub mod show;
pub mod timeline;
pub mod update;
pub mod withdraw;
