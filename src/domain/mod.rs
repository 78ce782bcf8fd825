//! The rules of tendering, as plain data and plain functions: no IO, no SQL, no clap.

pub mod amendments;
pub mod audit;
pub mod award;
pub mod bounds;
pub mod calendar;
pub mod checks;
pub mod chronology;
pub mod contracts;
pub mod deadlines;
pub mod definition;
pub mod dossier;
pub mod evidence;
#[cfg(test)]
mod fixtures;
pub mod intake;
pub mod letters;
pub mod lifecycle;
pub mod message;
pub mod money;
pub mod notice;
pub mod ocds;
pub mod plural;
pub mod questions;
pub mod ratio;
pub mod register;
pub mod reminders;
pub mod revision;
pub mod schedule;
pub mod scoring;
pub mod templates;
pub mod tender;
pub mod termijnen;
pub mod text;
pub mod text_enum;
