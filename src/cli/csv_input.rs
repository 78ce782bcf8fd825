//! Reading the CSV files officers export from spreadsheets: comma or semicolon
//! (detected from the header), an optional UTF-8 byte order mark, named columns.

use std::collections::HashMap;
use std::path::Path;

use anyhow::bail;

/// One data row: its line number in the file and its cells by column name.
#[derive(Debug)]
pub struct CsvRow {
    pub line: u64,
    cells: HashMap<&'static str, String>,
}

impl CsvRow {
    /// A cell, trimmed; empty when the column is absent.
    pub fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", |v| v.trim())
    }

    /// A cell holding a list separated by `|`, without empty items.
    pub fn list(&self, column: &str) -> Vec<String> {
        self.get(column)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// A cell, or `None` when empty.
    pub fn optional(&self, column: &str) -> Option<String> {
        Some(self.get(column).to_string()).filter(|v| !v.is_empty())
    }
}

/// A row that could not be read, with its line number.
#[derive(Debug)]
pub struct BadRow {
    pub line: u64,
    pub reason: String,
}

/// A column of a CSV file and whether it must be there.
pub type Column = (&'static str, bool);

/// The rows of a CSV file whose header has every required column of `columns`
/// and no unknown one; rows of the wrong length become bad rows.
pub fn read(path: &Path, columns: &[Column]) -> anyhow::Result<(Vec<CsvRow>, Vec<BadRow>)> {
    let name = path.display();
    let expected = || columns.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(",");
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read {name}: {e}"))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        bail!("{name} is not UTF-8 text (line {line}); save it from the spreadsheet as \"CSV UTF-8\"");
    }
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    if first_line.iter().all(u8::is_ascii_whitespace) {
        bail!("{name} is empty; the first line must be the header {}", expected());
    }
    let semicolons = first_line.iter().filter(|&&b| b == b';').count();
    let commas = first_line.iter().filter(|&&b| b == b',').count();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if semicolons > commas { b';' } else { b',' })
        .flexible(true)
        .from_reader(bytes);
    let header: Vec<String> = reader.headers()?.iter().map(|h| h.trim().to_lowercase()).collect();
    let columns = header_columns(&header, columns)
        .map_err(|problem| anyhow::anyhow!("{name} has a wrong header: {problem}; expected {}", expected()))?;
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    for record in reader.records() {
        let record = record?;
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > columns.len() {
            bad.push(BadRow {
                line,
                reason: format!("{} cells where the header has {}", record.len(), columns.len()),
            });
            continue;
        }
        let cells = columns
            .iter()
            .zip(record.iter())
            .map(|(&c, v)| (c, v.to_string()))
            .collect();
        rows.push(CsvRow { line, cells });
    }
    Ok((rows, bad))
}

fn header_columns(header: &[String], expected: &[Column]) -> Result<Vec<&'static str>, String> {
    let mut columns = Vec::new();
    for name in header {
        let known = expected.iter().map(|(c, _)| c).find(|c| **c == name.as_str());
        match known {
            Some(column) if columns.contains(column) => return Err(format!("column `{name}` appears twice")),
            Some(column) => columns.push(*column),
            None => return Err(format!("unknown column `{name}`")),
        }
    }
    if let Some((missing, _)) = expected.iter().find(|(c, required)| *required && !columns.contains(c)) {
        return Err(format!("column `{missing}` is missing"));
    }
    Ok(columns)
}

/// Reports bad rows as one error: a sentence, then a line per row.
pub fn bad_rows_error(path: &Path, bad: &mut [BadRow], nothing: &str) -> anyhow::Error {
    bad.sort_by_key(|b| b.line);
    let rows: Vec<String> = bad.iter().map(|b| format!("  line {}: {}", b.line, b.reason)).collect();
    anyhow::anyhow!(
        "{} has {} bad row{}, so {nothing}:\n{}",
        path.display(),
        bad.len(),
        if bad.len() == 1 { "" } else { "s" },
        rows.join("\n")
    )
}
