//! A loaded tender: its definition together with the resolved schedule.

use super::checks::{self, Finding, Severity};
use super::definition::{Definition, ParseError};
use super::schedule::Schedule;

#[derive(Debug, Clone)]
pub struct Tender {
    pub definition: Definition,
    pub schedule: Schedule,
}

/// Why a definition cannot be loaded.
#[derive(Debug)]
pub enum DefinitionError {
    Parse(Vec<ParseError>),
    Invalid(Vec<Finding>),
}

impl Tender {
    /// Parses and checks a definition; on success also returns its warnings.
    pub fn from_source(source: &str) -> Result<(Tender, Vec<Finding>), DefinitionError> {
        let definition = Definition::parse_all(source).map_err(DefinitionError::Parse)?;
        let checked = checks::check(&definition);
        match checked.schedule {
            Some(schedule) if !checked.has_errors() => Ok((Tender { definition, schedule }, checked.findings)),
            _ => Err(DefinitionError::Invalid(
                checked
                    .findings
                    .into_iter()
                    .filter(|f| f.severity == Severity::Error)
                    .collect(),
            )),
        }
    }
}
