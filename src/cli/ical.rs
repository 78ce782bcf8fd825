//! The RFC 5545 text format: content lines ending in CRLF, folded at 75
//! octets, text values escaped, and the time zone that our events use.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// A calendar being written, one content line at a time.
#[derive(Default)]
pub struct Writer {
    out: String,
}

/// The longest content line, in octets, before it is folded (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

impl Writer {
    /// A property whose value is written as it is (dates, codes, durations).
    pub fn raw(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{value}"));
    }

    /// A property whose value is text, escaped (RFC 5545 §3.3.11).
    pub fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape(value));
    }

    /// A date-time property: in `Europe/Amsterdam` with its time zone id, or in UTC.
    pub fn time(&mut self, name: &str, at: DateTime<Utc>, timezone: Tz) {
        if timezone == chrono_tz::Europe::Amsterdam {
            let local = at.with_timezone(&timezone).format("%Y%m%dT%H%M%S");
            self.raw(&format!("{name};TZID={timezone}"), &local.to_string());
        } else {
            self.raw(name, &utc(at));
        }
    }

    /// The VTIMEZONE of `Europe/Amsterdam`: CET, and CEST from the last Sunday
    /// of March to the last Sunday of October.
    pub fn amsterdam(&mut self) {
        for line in [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ] {
            self.line(line);
        }
    }

    /// One content line, folded: a CRLF and a space before every 75th octet,
    /// never inside a UTF-8 character.
    fn line(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            if width + c.len_utf8() > LINE_OCTETS {
                self.out.push_str("\r\n ");
                width = 1;
            }
            self.out.push(c);
            width += c.len_utf8();
        }
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// A UTC date-time value: `20260301T110000Z`.
pub fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Backslash, semicolon and comma escaped, line breaks as `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // RFC 5545 text allows no control characters but the tab.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        let mut w = Writer::default();
        w.text("SUMMARY", "a, b; c\\d\r\ne\u{7}\tf");
        assert_eq!(w.finish(), "SUMMARY:a\\, b\\; c\\\\d\\ne\tf\r\n");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut w = Writer::default();
        let value = "é".repeat(100);
        w.text("DESCRIPTION", &value);
        let text = w.finish();
        for line in text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= LINE_OCTETS, "{} octets: {line}", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{value}\r\n"));
    }

    #[test]
    fn amsterdam_times_carry_their_zone_and_others_are_utc() {
        let at = "2026-03-30T10:00:00Z".parse().unwrap();
        let mut w = Writer::default();
        w.time("DTSTART", at, chrono_tz::Europe::Amsterdam);
        w.time("DTSTART", at, chrono_tz::Europe::London);
        assert_eq!(
            w.finish(),
            "DTSTART;TZID=Europe/Amsterdam:20260330T120000\r\nDTSTART:20260330T100000Z\r\n"
        );
    }
}
