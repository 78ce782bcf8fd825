//! `--format xlsx`: a listing as an Excel workbook on stdout (SPEC §4
//! "Formats"). Cells are typed from the listing's JSON values, so the workbook
//! says what the JSON says: text stays text (KvK and AGB numbers keep their
//! leading zeros), numbers are numbers, moments are Excel dates.

use std::io::Write;

use chrono::{DateTime, Datelike, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use serde_json::Value;

use super::output::{csv_cell, lookup, spreadsheet_text};

/// Columns wider than this wrap in Excel anyway; narrower than this hide their header.
const WIDTH: (usize, usize) = (8, 60);

struct Styles {
    header: Format,
    integer: Format,
    decimal: Format,
    moment: Format,
}

/// Writes one worksheet: a bold, frozen header row of `columns` (the JSON
/// keys, as in CSV) and one row per JSON object.
pub fn write(columns: &[&str], rows: &[Value]) -> anyhow::Result<()> {
    let bytes = workbook(columns, rows)?;
    let mut out = std::io::stdout().lock();
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

fn workbook(columns: &[&str], rows: &[Value]) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles {
        header: Format::new().set_bold(),
        integer: Format::new().set_num_format("0"),
        decimal: Format::new().set_num_format("#,##0.00"),
        moment: Format::new().set_num_format("dd-mm-yyyy hh:mm"),
    };
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("tender")?;
    let mut widths: Vec<usize> = columns.iter().map(|c| c.chars().count()).collect();
    for (col, name) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, &styles.header)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, path) in columns.iter().enumerate() {
            let width = cell(sheet, &styles, r as u32 + 1, c as u16, &lookup(row, path))?;
            widths[c] = widths[c].max(width);
        }
    }
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, (width + 2).clamp(WIDTH.0, WIDTH.1) as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

/// Writes one value and returns the width it needs.
fn cell(sheet: &mut Worksheet, styles: &Styles, row: u32, col: u16, value: &Value) -> Result<usize, XlsxError> {
    match value {
        Value::Null => Ok(0),
        Value::Bool(b) => {
            sheet.write_boolean(row, col, *b)?;
            Ok(5)
        }
        Value::Number(n) => {
            let style = if n.is_f64() { &styles.decimal } else { &styles.integer };
            sheet.write_number_with_format(row, col, n.as_f64().unwrap_or_default(), style)?;
            Ok(n.to_string().len() + 2)
        }
        Value::String(text) => match moment(text) {
            Some(at) => {
                sheet.write_datetime_with_format(row, col, &at, &styles.moment)?;
                Ok(16)
            }
            None => text_cell(sheet, row, col, text),
        },
        // Joined as CSV joins them, each text already guarded.
        Value::Array(_) | Value::Object(_) => {
            let joined = csv_cell(value);
            sheet.write_string(row, col, &joined)?;
            Ok(joined.chars().count())
        }
    }
}

/// Text as CSV writes it: what a spreadsheet would run as a formula gets a
/// leading `'` (SPEC §4), control characters are escaped.
fn text_cell(sheet: &mut Worksheet, row: u32, col: u16, text: &str) -> Result<usize, XlsxError> {
    let guarded = spreadsheet_text(text);
    sheet.write_string(row, col, &guarded)?;
    Ok(guarded.lines().map(|l| l.chars().count()).max().unwrap_or(0))
}

/// An RFC 3339 moment as the JSON carries it (with the tender's local offset)
/// becomes that local date and time: Excel dates have no time zone.
fn moment(text: &str) -> Option<ExcelDateTime> {
    if text.len() < 20 || !text.as_bytes()[4..].starts_with(b"-") {
        return None;
    }
    let local = DateTime::parse_from_rfc3339(text).ok()?.naive_local();
    ExcelDateTime::from_ymd(
        u16::try_from(local.year()).ok()?,
        local.month() as u8,
        local.day() as u8,
    )
    .ok()?
    .and_hms(local.hour() as u16, local.minute() as u8, local.second())
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_are_local_and_other_text_is_not_a_moment() {
        assert!(moment("2021-10-01T12:00:00+02:00").is_some());
        assert!(moment("2021-10-01").is_none());
        assert!(moment("09123456").is_none());
        assert!(moment("a text that is long enough").is_none());
    }

    #[test]
    fn a_workbook_is_written() {
        let rows = [serde_json::json!({"kvk": "09123456", "n": 3, "price": 78.5, "at": "2021-10-01T12:00:00+02:00"})];
        let bytes = workbook(&["kvk", "n", "price", "at"], &rows).unwrap();
        assert!(bytes.starts_with(b"PK"), "a zip archive");
    }
}
