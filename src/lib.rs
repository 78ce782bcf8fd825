//! `tender`: the lifecycle of regional social-care tenders (Wmo 2015, Jeugdwet).
//!
//! Three layers that never mix: `cli` parses arguments and prints, `domain`
//! decides, `store` persists.

pub mod cli;
pub mod domain;
pub mod store;
