//! Everything that is printed: tables, CSV and JSON for data on stdout, and
//! the styling rules (NO_COLOR, terminals).

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use serde::Serialize;
use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::i18n::Lang;
use crate::domain::text;

/// How data is printed (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    /// An Excel workbook on stdout (refused on a terminal).
    Xlsx,
}

/// A row of a listing: its JSON form is its `Serialize`, its table form its
/// cells, and its CSV form the JSON values of its `COLUMNS`.
pub trait Record: Serialize {
    /// The titles of the table's columns.
    const HEADERS: &'static [&'static str];
    /// The CSV columns: JSON keys in their JSON order, so that both formats
    /// name a value alike; `a.b` is key `b` of object `a` (or of each object
    /// in array `a`).
    const COLUMNS: &'static [&'static str];
    /// The columns of free text (titles, names, details), which a table too
    /// wide for its room shortens; every other column is printed whole.
    const FREE_TEXT: &'static [usize] = &[];
    fn cells(&self) -> Vec<String>;
    /// The cells for a reader of `lang`; the same as `cells` where nothing in
    /// them is a word of a language.
    fn cells_in(&self, lang: Lang) -> Vec<String> {
        let _ = lang;
        self.cells()
    }
}

/// Prints records in the chosen format, with English table headings; JSON is always one array.
pub fn records<R: Record>(format: Format, records: &[R]) -> anyhow::Result<()> {
    records_in(format, Lang::En, records)
}

/// Prints records in the chosen format; a table speaks `lang` (its headings
/// from the catalogue, see `Lang::heading`), JSON and CSV never change.
pub fn records_in<R: Record>(format: Format, lang: Lang, records: &[R]) -> anyhow::Result<()> {
    match format {
        Format::Json => json(&records),
        Format::Csv | Format::Xlsx => {
            let values = records
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<Vec<_>, _>>()?;
            rows(format, R::COLUMNS, &values)
        }
        Format::Table => {
            let headers = headings(lang, R::HEADERS);
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            print!(
                "{}",
                table(&headers, R::FREE_TEXT, records.iter().map(|r| r.cells_in(lang)))
            );
            Ok(())
        }
    }
}

/// Table headings in `lang`.
pub fn headings(lang: Lang, headers: &[&str]) -> Vec<String> {
    headers.iter().map(|h| lang.heading(h)).collect()
}

/// Prints JSON objects as CSV or as a workbook, one row each, in `columns`
/// (JSON keys, see `Record::COLUMNS`).
pub fn rows(format: Format, columns: &[&str], values: &[Value]) -> anyhow::Result<()> {
    match format {
        Format::Xlsx => super::workbook::write(columns, values),
        _ => csv(columns, values.iter().map(|value| csv_cells(value, columns))),
    }
}

/// The CSV cells of a JSON object: absent and null values are empty, lists
/// are joined with `|` (as in CSV input).
pub fn csv_cells(value: &Value, columns: &[&str]) -> Vec<String> {
    columns.iter().map(|path| csv_cell(&lookup(value, path))).collect()
}

pub(super) fn lookup(value: &Value, path: &str) -> Value {
    let (key, rest) = path.split_once('.').unwrap_or((path, ""));
    let found = |v: &Value| match rest {
        "" => v[key].clone(),
        _ => lookup(&v[key], rest),
    };
    match value {
        Value::Array(items) => Value::Array(items.iter().map(found).collect()),
        other => found(other),
    }
}

pub(super) fn csv_cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => spreadsheet_text(text),
        Value::Array(items) => items.iter().map(csv_cell).collect::<Vec<_>>().join("|"),
        other => other.to_string(),
    }
}

/// A text cell for a spreadsheet (SPEC §4): one that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'`, so that no
/// spreadsheet runs it as a formula (`=HYPERLINK(...)` in a provider's
/// name); control characters are escaped as on a terminal. Every CSV writer
/// passes its text cells through here.
pub fn spreadsheet_text(text: &str) -> String {
    let escaped = escape(text.to_string());
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{escaped}")
    } else {
        escaped
    }
}

/// Stored text made safe for a terminal (see `domain::text::escape`).
pub fn escape(text: String) -> String {
    match text::escape(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(escaped) => escaped,
    }
}

/// Prints one JSON value, pretty, followed by a newline.
pub fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Prints CSV with a header line, quoted where needed.
pub fn csv(headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> anyhow::Result<()> {
    let mut writer = ::csv::Writer::from_writer(std::io::stdout().lock());
    writer.write_record(headers)?;
    for row in rows {
        writer.write_record(&row)?;
    }
    writer.flush()?;
    Ok(())
}

/// A table with a header row, ending in a newline, as wide as the room it is
/// printed in (`Room`): the columns listed in `free_text` (titles, names,
/// details) are shortened with `…` to fit, the others (ids, KvK numbers,
/// moments, statuses) never, so that what a user copies from a table is whole.
/// Drawn directly rather than through comfy-table, which took a third of the
/// time and most of the memory of a listing of thousands of rows (SPEC §7).
pub fn table(headers: &[&str], free_text: &[usize], rows: impl Iterator<Item = Vec<String>>) -> String {
    let rows: Vec<Vec<String>> = rows.map(|row| row.into_iter().map(escape).collect()).collect();
    let widths = fit(&natural_widths(headers, &rows), headers, free_text, Room::here());
    let shorten = |row: Vec<String>| -> Vec<String> {
        row.into_iter()
            .zip(&widths)
            .map(|(cell, &width)| shortened(&cell, width))
            .collect()
    };
    plain(headers, rows.into_iter().map(shorten).collect())
}

/// How much room a table has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Room {
    /// A line of this many columns: `COLUMNS` when set, else the terminal's width.
    Width(usize),
    /// A pipe or a file with no `COLUMNS`: any width, but no free-text column
    /// wider than `MAX_FREE_TEXT`, so that a long audit detail does not make a
    /// line of thousands of characters.
    Unbounded,
}

/// The widest a free-text column gets where the width is unknown (pipes, files, cron mail).
const MAX_FREE_TEXT: usize = 60;

/// The narrowest a free-text column is shortened to (or its header's width).
const MIN_FREE_TEXT: usize = 10;

impl Room {
    fn here() -> Room {
        let columns = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok());
        match columns.or_else(terminal_width) {
            Some(width) if width > 0 => Room::Width(width),
            _ => Room::Unbounded,
        }
    }
}

/// The width of the terminal on stdout, if stdout is one.
fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one winsize into the struct it is given.
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_col > 0).then_some(usize::from(size.ws_col))
}

/// Each column's widest line, header included.
fn natural_widths(headers: &[&str], rows: &[Vec<String>]) -> Vec<usize> {
    let columns = rows.iter().map(Vec::len).fold(headers.len(), usize::max);
    let mut widths = vec![0; columns];
    let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    for row in std::iter::once(&header).chain(rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = cell.split('\n').map(UnicodeWidthStr::width).fold(*width, usize::max);
        }
    }
    widths
}

/// The column widths in `room`: the free-text columns give up width, widest
/// first, until the table fits or each is down to its least; the others keep theirs.
fn fit(natural: &[usize], headers: &[&str], free_text: &[usize], room: Room) -> Vec<usize> {
    let mut widths = natural.to_vec();
    let least = |c: usize| headers.get(c).map_or(0, |h| h.width()).max(MIN_FREE_TEXT);
    let free: Vec<usize> = free_text.iter().copied().filter(|&c| c < widths.len()).collect();
    let Room::Width(limit) = room else {
        for &c in &free {
            widths[c] = widths[c].min(MAX_FREE_TEXT.max(least(c)));
        }
        return widths;
    };
    // Every column takes its width, a space either side and one border.
    let drawn = |widths: &[usize]| widths.iter().map(|w| w + 3).sum::<usize>() + 1;
    let mut excess = drawn(&widths).saturating_sub(limit);
    while excess > 0 {
        let widest = free
            .iter()
            .copied()
            .filter(|&c| widths[c] > least(c))
            .max_by_key(|&c| (widths[c], std::cmp::Reverse(c)));
        let Some(c) = widest else { break };
        widths[c] -= 1;
        excess -= 1;
    }
    widths
}

/// Each line of `cell` cut to `width` columns, ending in `…` where it was cut.
fn shortened(cell: &str, width: usize) -> String {
    let cut = |line: &str| {
        if line.width() <= width {
            return line.to_string();
        }
        let mut kept = String::new();
        let mut used = 0;
        for c in line.chars() {
            let w = c.width().unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            kept.push(c);
            used += w;
        }
        format!("{}…", kept.trim_end())
    };
    cell.split('\n').map(cut).collect::<Vec<_>>().join("\n")
}

/// What comfy-table draws with `UTF8_FULL_CONDENSED` when it need not fit a
/// width: columns as wide as their widest line, a cell's lines split at `\n`.
fn plain(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let widths = natural_widths(headers, &rows);
    let columns = widths.len();
    let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    let rule = |left: &str, line: &str, joint: &str, right: &str| {
        let parts: Vec<String> = widths.iter().map(|w| line.repeat(w + 2)).collect();
        format!("{left}{}{right}\n", parts.join(joint))
    };
    let mut out = rule("┌", "─", "┬", "┐");
    let draw = |row: &[String], out: &mut String| {
        let lines: Vec<Vec<&str>> = (0..columns)
            .map(|c| row.get(c).map_or(vec![""], |cell| cell.split('\n').collect()))
            .collect();
        for i in 0..lines.iter().map(Vec::len).max().unwrap_or(1) {
            out.push('│');
            for (c, cell) in lines.iter().enumerate() {
                let text = cell.get(i).copied().unwrap_or("");
                out.push(' ');
                out.push_str(text);
                out.extend(std::iter::repeat_n(' ', widths[c] - text.width() + 1));
                out.push(if c + 1 < columns { '┆' } else { '│' });
            }
            out.push('\n');
        }
    };
    draw(&header, &mut out);
    out.push_str(&rule("╞", "═", "╪", "╡"));
    for row in &rows {
        draw(row, &mut out);
    }
    out.push_str(&rule("└", "─", "┴", "┘"));
    out
}

/// Rows as plain aligned lines, without borders or a header, for listings read in
/// a mail (`remind`): every column but the last padded to its widest cell.
pub fn lines(rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().cloned().map(escape).collect())
        .collect();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|row| row.get(i))
                .map(|cell| cell.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 < row.len() {
                let pad = widths[i] - cell.width();
                line.push_str(&format!("{cell}{}  ", " ".repeat(pad)));
            } else {
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Whether to use ANSI colours: only on a terminal, and never with NO_COLOR set.
pub fn color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// Bold text when colours are on.
pub fn bold(text: &str, color: bool) -> String {
    if color {
        format!("\x1b[1m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// A progress line on stderr for long bulk work, only on a terminal.
pub struct Progress {
    label: String,
    total: usize,
    done: usize,
    visible: bool,
}

impl Progress {
    /// Rows below which a bulk job is too quick to need progress.
    const THRESHOLD: usize = 1_000;

    pub fn new(label: String, total: usize) -> Progress {
        let visible = total >= Self::THRESHOLD && std::io::stderr().is_terminal();
        Progress {
            label,
            total,
            done: 0,
            visible,
        }
    }

    pub fn tick(&mut self) {
        self.done += 1;
        if self.visible && (self.done % 250 == 0 || self.done == self.total) {
            let width = 30;
            let filled = width * self.done / self.total.max(1);
            eprint!(
                "\r{} [{}{}] {}/{}",
                self.label,
                "#".repeat(filled),
                " ".repeat(width - filled),
                self.done,
                self.total
            );
        }
    }

    pub fn finish(&self) {
        if self.visible {
            eprintln!();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use comfy_table::{ContentArrangement, Table, presets};

    fn comfy(headers: &[&str], rows: impl Iterator<Item = Vec<String>>, arrangement: ContentArrangement) -> String {
        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .set_header(headers.to_vec())
            .set_content_arrangement(arrangement);
        for row in rows {
            table.add_row(row);
        }
        format!("{table}\n")
    }

    fn cells(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
    }

    #[test]
    fn the_plain_table_is_the_comfy_table() {
        let headers = ["lot", "naam", "products", "n"];
        let samples = [
            cells(&[]),
            cells(&[&["a", "Zorggroep Ôns Thús", "02A01 Begeleiding\n07A01 Dagbesteding", "3"]]),
            cells(&[
                &["", "", "", ""],
                &["lang perceel", "€ 1.500.000,00", "", "1000"],
                &["x"],
            ]),
            cells(&[&["宽字符", "a\n\nb", "tab\there", "  spaces  "]]),
        ];
        for rows in samples {
            let expected = comfy(&headers, rows.clone().into_iter(), ContentArrangement::Disabled);
            assert_eq!(plain(&headers, rows), expected);
        }
    }

    #[test]
    fn free_text_gives_up_width_widest_first_and_keys_never() {
        let headers = ["id", "title", "detail"];
        let natural = [20, 40, 30];
        // 20+40+30 plus 3 per column and 1: 100 wide.
        assert_eq!(fit(&natural, &headers, &[1, 2], Room::Width(100)), natural);
        assert_eq!(fit(&natural, &headers, &[1, 2], Room::Width(80)), [20, 25, 25]);
        assert_eq!(
            fit(&natural, &headers, &[1, 2], Room::Width(10)),
            [20, 10, 10],
            "never below the least"
        );
        assert_eq!(
            fit(&natural, &headers, &[], Room::Width(10)),
            natural,
            "keys keep their width"
        );
        let piped = fit(&[20, 500, 30], &headers, &[1, 2], Room::Unbounded);
        assert_eq!(piped, [20, MAX_FREE_TEXT, 30]);
    }

    #[test]
    fn a_shortened_cell_ends_in_an_ellipsis_within_its_width() {
        assert_eq!(shortened("Wmo en Jeugdhulp Achterhoek 2022", 10), "Wmo en Je…");
        assert_eq!(shortened("kort", 10), "kort");
        assert_eq!(
            shortened("02A01 Begeleiding\n07A01 Dagbesteding", 12),
            "02A01 Begel…\n07A01 Dagbe…"
        );
        assert_eq!(shortened("宽字符宽字符", 6), "宽字…");
        assert_eq!(shortened("word and more", 6), "word…", "no space before the ellipsis");
    }

    #[test]
    fn text_that_a_spreadsheet_would_run_gets_a_leading_quote() {
        for (text, cell) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+31 6", "'+31 6"),
            ("-1+2", "'-1+2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\\u{9}x"),
            ("\rx", "'\\u{d}x"),
            ("Zorg = goed", "Zorg = goed"),
            ("\u{1b}[2J", "\\u{1b}[2J"),
        ] {
            assert_eq!(spreadsheet_text(text), cell, "{text:?}");
        }
        let value = serde_json::json!({"name": "=1+1", "days": -3});
        assert_eq!(csv_cells(&value, &["name", "days"]), ["'=1+1", "-3"]);
    }

    #[test]
    fn tables_escape_control_characters_but_keep_line_breaks() {
        let rows = cells(&[&["Zorg\u{1b}]0;x\u{7}", "a\nb"]]);
        let drawn = plain(
            &["naam", "x"],
            rows.clone()
                .into_iter()
                .map(|r| r.into_iter().map(escape).collect())
                .collect(),
        );
        assert!(
            drawn.contains("Zorg\\u{1b}]0;x\\u{7}") && !drawn.contains('\u{1b}'),
            "{drawn}"
        );
        assert_eq!(table(&["naam", "x"], &[], rows.into_iter()), drawn);
        assert_eq!(lines(&[vec!["\u{9b}a".into()]]), "\\u{9b}a\n");
    }

    #[test]
    fn csv_cells_follow_the_json_keys() {
        let value = serde_json::json!({
            "id": "x", "count": 3, "small": true, "none": null, "lots": ["a", "b"],
            "next": {"what": "start", "at": "2027-01-01"}, "products": [{"code": "02A01"}, {"code": "07A01"}]
        });
        let columns = [
            "id",
            "count",
            "small",
            "none",
            "lots",
            "next.what",
            "next.at",
            "products.code",
            "missing",
        ];
        assert_eq!(
            csv_cells(&value, &columns),
            ["x", "3", "true", "", "a|b", "start", "2027-01-01", "02A01|07A01", ""]
        );
        assert_eq!(csv_cells(&serde_json::json!({"next": null}), &["next.what"]), [""]);
    }
}
