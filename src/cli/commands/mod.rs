//! One module per subcommand, each with its `Args` (the `--help` text) and
//! `run(ctx, args)`, which returns `()` when done or, where a command can ask
//! for attention (`remind`), an `Outcome`.

pub mod amend;
pub mod answer;
pub mod ask;
pub mod award;
pub mod backup;
pub mod calendar;
pub mod cancel;
pub mod check;
pub mod completions;
pub mod consult;
pub mod copy;
pub mod evidence;
pub mod export;
pub mod extend;
pub mod letters;
pub mod list;
pub mod log;
pub mod man;
pub mod new;
pub mod notice;
pub mod nvi;
pub mod object;
pub mod providers;
pub mod publish;
pub mod qualify;
pub mod questions;
pub mod register;
pub mod registrations;
pub mod remind;
pub mod report;
pub mod resolve;
pub mod score;
pub mod show;
pub mod sign;
pub mod terminate;
pub mod timeline;
pub mod update;
pub mod withdraw;
