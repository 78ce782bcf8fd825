//! Reading a definition file for `new`, `check` and `update`, and reporting
//! what is wrong with it line by line.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::cli::i18n::{Lang, tr};
use crate::cli::input_file;
use crate::domain::checks::Finding;
use crate::domain::tender::{DefinitionError, Tender};

/// A definition file that passed every check, with its warnings.
pub struct Loaded {
    pub tender: Tender,
    pub source: String,
    pub warnings: Vec<Finding>,
}

/// A definition file that cannot be loaded: each problem on its own `error:` line.
#[derive(Debug)]
pub struct DefinitionFileError {
    path: PathBuf,
    problems: Vec<String>,
    /// The `error:` of the lines after the first, in the user's language.
    prefix: String,
}

impl std::error::Error for DefinitionFileError {}

impl fmt::Display for DefinitionFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self
            .problems
            .iter()
            .map(|p| format!("{}: {p}", self.path.display()))
            .collect();
        // main prefixes the first line with `error: `; the others get theirs here.
        f.write_str(&lines.join(&format!("\n{}: ", self.prefix)))
    }
}

/// Reads and checks a definition file.
pub fn load(path: &Path, lang: Lang) -> Result<Loaded, DefinitionFileError> {
    let fail = |problems| DefinitionFileError {
        path: path.to_path_buf(),
        problems,
        prefix: tr!(lang, "error-prefix"),
    };
    let bytes =
        input_file::read(path, lang).map_err(|why| fail(vec![tr!(lang, "definition-cannot-read", why = why)]))?;
    let source = String::from_utf8(bytes).map_err(|_| fail(vec![tr!(lang, "definition-not-utf8")]))?;
    match Tender::from_source(&source) {
        Ok((tender, warnings)) => Ok(Loaded {
            tender,
            source,
            warnings,
        }),
        Err(DefinitionError::Parse(errors)) => Err(fail(errors.iter().map(ToString::to_string).collect())),
        Err(DefinitionError::Invalid(findings)) => Err(fail(findings.into_iter().map(|f| f.message).collect())),
    }
}

/// Prints warnings on stderr, each naming the file.
pub fn warn(path: &Path, warnings: &[Finding], lang: Lang) {
    for warning in warnings {
        eprintln!(
            "{}: {}: {}",
            tr!(lang, "warning-prefix"),
            path.display(),
            warning.message
        );
    }
}
