//! The rules of tendering, as plain data and plain functions: no IO, no SQL, no clap.

pub mod checks;
pub mod deadlines;
pub mod definition;
pub mod lifecycle;
pub mod money;
pub mod schedule;
pub mod tender;
pub mod text_enum;
