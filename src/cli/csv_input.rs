//! Reading the CSV files officers export from spreadsheets: comma or semicolon
//! (detected from the header), an optional UTF-8 byte order mark, named columns.

use std::collections::HashMap;
use std::path::Path;

use anyhow::bail;

use crate::cli::i18n::{Lang, tr};
use crate::cli::input_file;
use crate::domain::text;

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
pub fn read(path: &Path, columns: &[Column], lang: Lang) -> anyhow::Result<(Vec<CsvRow>, Vec<BadRow>)> {
    let name = path.display().to_string();
    let bytes = input_file::read(path, lang)
        .map_err(|why| anyhow::anyhow!(tr!(lang, "csv-cannot-read", file = name.as_str(), why = why)))?;
    parse(&name, &bytes, columns, lang)
}

/// The rows of `bytes`, the content of the file `name`, as `read` gives them.
fn parse(name: &str, bytes: &[u8], columns: &[Column], lang: Lang) -> anyhow::Result<(Vec<CsvRow>, Vec<BadRow>)> {
    let expected = || columns.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(",");
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = Lines::new(bytes).at(e.valid_up_to());
        bail!(tr!(lang, "csv-not-utf8", file = name, line = line));
    }
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    if first_line.iter().all(u8::is_ascii_whitespace) {
        bail!(tr!(lang, "csv-empty", file = name, header = expected()));
    }
    let semicolons = first_line.iter().filter(|&&b| b == b';').count();
    let commas = first_line.iter().filter(|&&b| b == b',').count();
    let delimiter = if semicolons > commas { b';' } else { b',' };
    if let Some(offset) = unclosed_quote(bytes, delimiter) {
        let line = Lines::new(bytes).at(offset);
        bail!(tr!(lang, "csv-unclosed-quote", file = name, line = line));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(bytes);
    let header: Vec<String> = reader.headers()?.iter().map(|h| h.trim().to_lowercase()).collect();
    let columns = header_columns(&header, columns, lang).map_err(|problem| {
        anyhow::anyhow!(tr!(
            lang,
            "csv-wrong-header",
            file = name,
            problem = problem,
            header = expected()
        ))
    })?;
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    let mut lines = Lines::new(bytes);
    for record in reader.records() {
        let record = record?;
        let line = lines.at(record.position().map_or(0, |p| p.byte() as usize));
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > columns.len() {
            bad.push(BadRow {
                line,
                reason: tr!(lang, "csv-cells", cells = record.len(), columns = columns.len()),
            });
            continue;
        }
        let plain = columns
            .iter()
            .zip(record.iter())
            .try_for_each(|(c, v)| text::check(&tr!(lang, "csv-column", column = *c), v, text::Lines::Many));
        if let Err(reason) = plain {
            bad.push(BadRow { line, reason });
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

/// The offset of a quote that opens a cell and is never closed (RFC 4180: a
/// quote opens a cell only at its start; `""` inside is a quote).
fn unclosed_quote(bytes: &[u8], delimiter: u8) -> Option<usize> {
    let mut opened = None;
    let mut at_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match opened {
            Some(_) if b == b'"' && bytes.get(i + 1) == Some(&b'"') => i += 1,
            Some(_) if b == b'"' => opened = None,
            Some(_) => {}
            None if b == b'"' && at_start => opened = Some(i),
            None => {}
        }
        at_start = opened.is_none() && (b == delimiter || b == b'\n' || b == b'\r');
        i += 1;
    }
    opened
}

/// Line numbers as a spreadsheet user counts them: `\r\n`, `\n` and a lone
/// `\r` each end a line. (The csv crate counts `\n` only, and places a record
/// before the line breaks and blank lines it skipped to reach it.)
struct Lines<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl Lines<'_> {
    fn new(bytes: &[u8]) -> Lines<'_> {
        Lines {
            bytes,
            offset: 0,
            line: 1,
        }
    }

    /// The line of the first byte at or after `offset` that does not end a
    /// line; offsets must come in increasing order.
    fn at(&mut self, offset: usize) -> u64 {
        let offset = offset.clamp(self.offset, self.bytes.len());
        let breaks = self.bytes[offset..].iter().take_while(|b| matches!(b, b'\r' | b'\n'));
        let start = offset + breaks.count();
        for i in self.offset..start {
            let lone_cr = self.bytes[i] == b'\r' && self.bytes.get(i + 1) != Some(&b'\n');
            self.line += u64::from(self.bytes[i] == b'\n' || lone_cr);
        }
        self.offset = start;
        self.line
    }
}

fn header_columns(header: &[String], expected: &[Column], lang: Lang) -> Result<Vec<&'static str>, String> {
    let mut columns = Vec::new();
    for name in header {
        let known = expected.iter().map(|(c, _)| c).find(|c| **c == name.as_str());
        match known {
            Some(column) if columns.contains(column) => {
                return Err(tr!(lang, "csv-column-twice", column = name.as_str()));
            }
            Some(column) => columns.push(*column),
            None => return Err(tr!(lang, "csv-column-unknown", column = name.as_str())),
        }
    }
    if let Some((missing, _)) = expected.iter().find(|(c, required)| *required && !columns.contains(c)) {
        return Err(tr!(lang, "csv-column-missing", column = *missing));
    }
    Ok(columns)
}

/// The bad rows listed one by one; the rest are counted.
const LISTED: usize = 50;

/// Reports bad rows as one error: a sentence, then a line per row for the
/// first 50 and a count of the others; `nothing` says what was not done.
pub fn bad_rows_error(path: &Path, bad: &mut [BadRow], nothing: &str, lang: Lang) -> anyhow::Error {
    bad.sort_by_key(|b| b.line);
    let mut rows: Vec<String> = bad
        .iter()
        .take(LISTED)
        .map(|b| tr!(lang, "csv-bad-row", line = b.line, reason = b.reason.as_str()))
        .collect();
    if bad.len() > LISTED {
        rows.push(tr!(lang, "csv-bad-rows-more", count = bad.len() - LISTED));
    }
    let sentence = tr!(
        lang,
        "csv-bad-rows",
        file = path.display().to_string(),
        count = bad.len(),
        nothing = nothing
    );
    anyhow::anyhow!("{sentence}:\n{}", rows.join("\n"))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const COLUMNS: &[Column] = &[("name", true), ("kvk", true), ("lots", true), ("small", false)];

    /// Bytes that often get past the header: a valid or nearly valid one, then
    /// rows from an alphabet of separators, quotes, line ends and stray bytes.
    fn csv_bytes() -> impl Strategy<Value = Vec<u8>> {
        let header = prop::sample::select(vec![
            &b"name,kvk,lots,small\n"[..],
            b"\xEF\xBB\xBFname;kvk;lots\r\n",
            b"Name , KVK,lots\n",
            b"name,kvk\n",
            b"",
        ]);
        let body = prop::collection::vec(
            prop::sample::select(b"ab1,;|\"\r\n \t\xC3\xA9\xFF\x00".to_vec()),
            0..120,
        );
        (header, body).prop_map(|(header, body)| [header, &body[..]].concat())
    }

    #[test]
    fn line_numbers_count_crlf_lone_cr_and_blank_lines() {
        let lines = |bytes: &[u8]| -> Vec<u64> {
            let (rows, _) = parse("t.csv", bytes, COLUMNS, Lang::En).unwrap();
            rows.iter().map(|r| r.line).collect()
        };
        assert_eq!(lines(b"name,kvk,lots\na,1,x\nb,2,x\n"), [2, 3]);
        assert_eq!(lines(b"name,kvk,lots\r\na,1,x\r\nb,2,x\r\n"), [2, 3]);
        assert_eq!(lines(b"name,kvk,lots\ra,1,x\rb,2,x"), [2, 3]);
        assert_eq!(lines(b"name,kvk,lots\r\n\r\na,1,x\n\n\nb,2,x"), [3, 6]);
        assert_eq!(lines(b"name,kvk,lots\n\"a\nb\",1,x\nc,2,x\n"), [2, 4]);
    }

    #[test]
    fn an_unclosed_quote_is_reported_at_the_line_it_opens() {
        let err = parse("t.csv", b"name,kvk,lots\na,1,x\n\"b,2,x\nc,3,x\n", COLUMNS, Lang::En).unwrap_err();
        assert!(
            err.to_string().starts_with("t.csv, line 3: a cell opens with a quote"),
            "{err}"
        );
        let closed = parse(
            "t.csv",
            b"name,kvk,lots\n\"a \"\"b\"\"\nc\",1,x\nd\"e,2,x\n",
            COLUMNS,
            Lang::En,
        )
        .unwrap();
        assert_eq!(closed.0.len(), 2);
    }

    #[test]
    fn a_cell_with_a_control_character_is_a_bad_row() {
        let (rows, bad) = parse("t.csv", b"name,kvk,lots\na\x1b[2J,1,x\nb,2,x\n", COLUMNS, Lang::En).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(bad[0].line, 2);
        assert!(
            bad[0]
                .reason
                .starts_with("column `name` holds the control character U+001B"),
            "{}",
            bad[0].reason
        );
    }

    #[test]
    fn more_than_50_bad_rows_are_listed_up_to_50_and_counted() {
        let mut bad: Vec<BadRow> = (2..=61)
            .map(|line| BadRow {
                line,
                reason: "bad".into(),
            })
            .collect();
        let text = bad_rows_error(Path::new("t.csv"), &mut bad, "nothing was registered", Lang::En).to_string();
        assert!(
            text.starts_with("t.csv has 60 bad rows, so nothing was registered:"),
            "{text}"
        );
        assert!(
            text.contains("  line 51: bad\n") && !text.contains("line 52:"),
            "{text}"
        );
        assert!(text.ends_with("\n  and 10 more"), "{text}");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn any_bytes_are_rows_or_one_error(
            bytes in prop_oneof![csv_bytes(), prop::collection::vec(any::<u8>(), 0..200)],
        ) {
            let lines = bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u64 + 1;
            if let Ok((rows, bad)) = parse("intake.csv", &bytes, COLUMNS, Lang::En) {
                for line in rows.iter().map(|r| r.line).chain(bad.iter().map(|b| b.line)) {
                    prop_assert!((2..=lines).contains(&line), "line {line} of {lines}");
                }
                for row in &rows {
                    prop_assert!(row.cells.len() <= COLUMNS.len());
                    prop_assert!(row.cells.keys().all(|c| COLUMNS.iter().any(|(known, _)| known == c)));
                }
            }
        }
    }
}
